/**
 * Session 24, round 3: the home page and the 404 page are shown in the variant asked for
 * (`/zh-cn/`, `/?variant=zh-cn`, `/zh-cn/X`), as pages and search are.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { RunningReader } from '../../src/reader/server.js';
import { EXIT, runMirror } from '../../src/mirror/run.js';
import { SAMPLE, tmpDir } from '../mirror/helpers.js';
import { rawGet, serveMirror } from './helpers.js';

let work = '';
const readers: RunningReader[] = [];
let zhTw: RunningReader;

before(async () => {
  work = tmpDir('variant-home');
  const out = path.join(work, 'zh-tw');
  assert.equal((await runMirror({ jobs: 1, progress: null, log: () => {}, dump: SAMPLE, outDir: out, variant: 'zh-tw' })).exitCode, EXIT.OK);
  zhTw = await serveMirror(out, readers);
});

after(async () => {
  for (const reader of readers) await reader.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));

test('the home page in a variant: its titles in it, links and the random page carrying it, the box sending it', async () => {
  const home = (await rawGet(zhTw.port, '/?variant=zh-cn')).body;
  const body = main(home);
  assert.match(body, /<ul lang="zh-Hans-CN" class="columns">\n<li><a href="\/Page\/%2541ux\.md\?variant=zh-cn">Aux<\/a><\/li>/);
  // The mirror holds 幾何學, 拉麵, 作業系統: shown as the zh-cn pages are titled.
  assert.match(body, /<li><a href="\/Page\/%E5%87%A0%E4%BD%95%E5%AD%A6\.md\?variant=zh-cn">几何学<\/a><\/li>/);
  assert.match(body, /<li><a href="\/Page\/%E6%8B%89%E9%9D%A2\.md\?variant=zh-cn">拉面<\/a><\/li>/);
  assert.match(body, /<li><a href="\/Page\/%E6%93%8D%E4%BD%9C%E7%B3%BB%E7%BB%9F\.md\?variant=zh-cn">操作系统<\/a><\/li>/);
  assert.doesNotMatch(body, /幾何學|拉麵|作業系統|\.md"/);
  assert.match(body, /<a href="\/wiki\/Special:Random\?variant=zh-cn">a random page<\/a>/);
  assert.match(body, /<p class="muted variant-note">大陆 \(<code>zh-cn<\/code>\): titles converted by the reader from this mirror's \(<code>zh-tw<\/code>\); <a href="\/\?variant=zh">as the mirror holds them<\/a>\.<\/p>/);
  assert.match(home, /<input type="hidden" name="variant" value="zh-cn">/);
  // As held: zh-tw titles, plain links, no variant anywhere.
  for (const address of ['/', '/?variant=zh', '/?variant=zh-tw', '/?variant=xx']) {
    const held = (await rawGet(zhTw.port, address)).body;
    assert.match(main(held), /<ul lang="zh-Hant-TW" class="columns">[^]*<li><a href="\/Page\/%E5%87%A0%E4%BD%95%E5%AD%A6\.md">幾何學<\/a><\/li>/, address);
    assert.doesNotMatch(held, /variant=zh-cn|name="variant"|variant-note/, address);
  }
});

test('a variant path alone is the home page in it (was the home page as held)', async () => {
  for (const address of ['/zh-cn/', '/zh-cn', '/wiki/?variant=zh-cn', '/zh-hans/']) {
    const r = await rawGet(zhTw.port, address);
    assert.equal(r.status, 302, address);
    assert.equal(r.headers.location, `/?variant=${address.includes('hans') ? 'zh-hans' : 'zh-cn'}`, address);
  }
  // The variant the mirror holds is no variant: home as it is.
  assert.equal((await rawGet(zhTw.port, '/zh-tw/')).headers.location, '/');
  assert.equal((await rawGet(zhTw.port, '/wiki/')).headers.location, '/');
});

test('the 404 page in a variant: its text converted (not the address asked for), its search carrying the variant', async () => {
  // 不存在的頁: the guess is shown in zh-cn (页), the address in <code> and the links' targets as asked.
  for (const address of ['/zh-cn/%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E9%A0%81', '/Page/%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E9%A0%81.md?variant=zh-cn']) {
    const r = await rawGet(zhTw.port, address);
    assert.equal(r.status, 404, address);
    const body = main(r.body);
    assert.match(body, /<p>This mirror has no page <code>(zh-cn|Page)\/不存在的頁(\.md)?<\/code>\.<\/p>/, address);
    assert.match(body, /<p><a href="\/search\?q=%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E9%A0%81&amp;variant=zh-cn">Search for “不存在的页”<\/a><\/p>/, address);
    assert.match(body, /<a href="https:\/\/zh\.wikipedia\.org\/wiki\/不存在的頁">“不存在的页” on the live wiki<\/a>/, address);
    assert.match(r.body, /<input type="hidden" name="variant" value="zh-cn">/, address);
  }
  // Only the titles are converted: zh-hk's table turns “” into 「」, but these are the page's English.
  const hk = main((await rawGet(zhTw.port, '/zh-hk/%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E9%A0%81')).body);
  assert.match(hk, /Search for “不存在的頁”<\/a>/);
  assert.match(hk, /“不存在的頁” on the live wiki<\/a>/);
  // Without a variant: as asked, nothing carried.
  const plain = await rawGet(zhTw.port, '/Page/%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E9%A0%81.md');
  assert.match(main(plain.body), /<p><a href="\/search\?q=%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E9%A0%81">Search for “不存在的頁”<\/a><\/p>/);
  assert.doesNotMatch(plain.body, /name="variant"|variant=/);
});

test('the ?curid= / ?oldid= 404 in a variant: the title it names converted, its search and live link carrying the variant (session 25)', async () => {
  // A curid the mirror lacks leaves the title to name the page: one the mirror lacks too.
  const title = encodeURIComponent('不存在的頁');
  for (const address of [`/w/index.php?title=${title}&curid=99999&variant=zh-cn`, `/zh-cn/${title}?curid=99999`]) {
    const r = await rawGet(zhTw.port, address);
    assert.equal(r.status, 404, address);
    assert.match(main(r.body), /<p><a href="\/search\?q=%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E9%A0%81&amp;variant=zh-cn">Search for “不存在的页”<\/a><\/p>/, address);
    assert.match(r.body, /<input type="hidden" name="variant" value="zh-cn">/, address);
  }
  // Ids that name nothing: the message's search box and its live-wiki link keep the variant.
  const noRev = await rawGet(zhTw.port, '/?oldid=123&variant=zh-cn');
  assert.equal(noRev.status, 404);
  assert.match(noRev.body, /<h1>Not found: revision 123<\/h1>/);
  assert.match(noRev.body, /<input type="hidden" name="variant" value="zh-cn">/);
  assert.match(noRev.body, /href="https:\/\/zh\.wikipedia\.org\/w\/index\.php\?oldid=123&amp;variant=zh-cn"/);
  // As held: nothing carried.
  const plain = await rawGet(zhTw.port, '/?oldid=123');
  assert.doesNotMatch(plain.body, /name="variant"|variant=/);
});
