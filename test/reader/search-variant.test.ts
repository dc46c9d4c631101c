/**
 * Session 24: search keeps the variant a page is read in (form, result links, titles, snippets,
 * pager), title results name a redirect's target (and list alike redirects to one page once),
 * raw UTF-8 in a request line is read as UTF-8, and `?oldid=` has an index on the revision.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { RunningReader } from '../../src/reader/server.js';
import { EXIT, runMirror } from '../../src/mirror/run.js';
import { miniDump, pageXml, SAMPLE, tmpDir } from '../mirror/helpers.js';
import { rawGet, serveMirror } from './helpers.js';
import { rawRequestAnswer } from '../../src/reader/raw-request-line.js';
import { labelText } from '../../src/reader/views.js';
import { runIndexFacts } from '../../src/reader/page-ids.js';
import { openDatabase } from '../../src/index/db.js';

let work = '';
const readers: RunningReader[] = [];
let zhTw: RunningReader;
const opts = { jobs: 1, progress: null, log: () => {} };

before(async () => {
  work = tmpDir('search-variant');
  const twOut = path.join(work, 'zh-tw');
  assert.equal((await runMirror({ ...opts, dump: SAMPLE, outDir: twOut, variant: 'zh-tw' })).exitCode, EXIT.OK);
  zhTw = await serveMirror(twOut, readers);
  await (await zhTw.indexer()).whenFinished();
});

after(async () => {
  for (const reader of readers) await reader.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const search = (q: string, extra = '') => rawGet(zhTw.port, `/search?q=${encodeURIComponent(q)}${extra}`);
const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));

test('a page read in a variant sends it with its search box; without one the box sends none', async () => {
  const page = await rawGet(zhTw.port, '/Page/%E6%95%B0%E5%AD%A6.md?variant=zh-cn');
  assert.match(page.body, /<form action="\/search" method="get" role="search"><input type="search" name="q" value="" placeholder="Search" aria-label="Search"><input type="hidden" name="variant" value="zh-cn"> <button>Search<\/button><\/form>/);
  const plain = await rawGet(zhTw.port, '/Page/%E6%95%B0%E5%AD%A6.md');
  assert.doesNotMatch(plain.body, /name="variant"/);
  // A variant the mirror holds (zh-tw) or an unknown one is no variant to carry.
  assert.doesNotMatch((await search('几何', '&variant=zh-tw')).body, /name="variant"|\?variant=/);
  assert.doesNotMatch((await search('几何', '&variant=xx')).body, /name="variant"|\?variant=/);
});

test('search results in a variant: titles, snippets and links in it, and the form keeps it', async () => {
  const body = main((await search('几何', '&variant=zh-cn')).body);
  // Titles in zh-cn, each link carrying the variant; the stub names its target.
  assert.match(body, /<ul lang="zh-Hans-CN">\n<li><a href="\/Page\/%E5%87%A0%E4%BD%95\.md\?variant=zh-cn">几何<\/a> <span class="muted">\(redirect to 几何学\)<\/span><\/li>\n<li><a href="\/Page\/%E5%87%A0%E4%BD%95%E5%AD%A6\.md\?variant=zh-cn">几何学<\/a><\/li>/);
  // A text result: zh-cn title, zh-cn snippet (the mirror holds 幾何學研究圖形), marks kept.
  assert.match(body, /<div class="result" lang="zh-Hans-CN"><a href="\/Page\/%E5%87%A0%E4%BD%95%E5%AD%A6\.md\?variant=zh-cn">几何学<\/a><div class="snippet">一个三角形的示意图 <mark>几何<\/mark>学研究图形的形状/);
  assert.doesNotMatch(body, /幾何|href="\/Page\/[^"?]*\.md"/);
  // The same search as held: zh-tw, no variant on links.
  const held = main((await search('几何')).body);
  assert.match(held, /<div class="result" lang="zh-Hant-TW"><a href="\/Page\/%E5%87%A0%E4%BD%95%E5%AD%A6\.md">幾何學<\/a><div class="snippet">一個三角形的示意圖 <mark>幾何<\/mark>學研究圖形/);
});

test('a snippet in a variant converts across its marks, as the page reads (硬件与软件, not 硬体与软体)', async () => {
  const body = main((await search('体', '&variant=zh-cn')).body);
  assert.match(body, /<mark>硬件<\/mark>与<mark>软件<\/mark>/);
  assert.doesNotMatch(body, /硬<mark>体<\/mark>/);
});

test('the pager keeps the variant', async () => {
  // 的 is in every page: more than one page of results.
  const first = (await search('的', '&variant=zh-cn')).body;
  assert.match(first, /<a rel="next" href="\/search\?q=%E7%9A%84&amp;page=2&amp;variant=zh-cn">next →<\/a>/);
  const second = (await search('的', '&page=2&variant=zh-cn')).body;
  assert.match(second, /<a rel="prev" href="\/search\?q=%E7%9A%84&amp;variant=zh-cn">← previous<\/a>/);
});

test('alike redirects to one page are listed once, naming the target (几何 and 幾何 are both 幾何 on zh-tw)', async () => {
  const body = main((await search('几何')).body);
  const lines = body.match(/<li>.*<\/li>/g) ?? [];
  assert.deepEqual(lines, [
    '<li><a href="/Page/%E5%87%A0%E4%BD%95.md">幾何</a> <span class="muted">(redirect to 幾何學)</span></li>',
    '<li><a href="/Page/%E5%87%A0%E4%BD%95%E5%AD%A6.md">幾何學</a></li>',
    '<li><a href="/Page/%E5%87%A0%E4%BD%95%E5%AD%A6%E7%9A%84%E5%8E%86%E5%8F%B2.md">幾何學的歷史</a> <span class="muted">(redirect to 幾何學#歷史)</span></li>',
  ]);
});

test('a redirect the mirror does not follow (a loop, a target outside it) names the title its link gives', async () => {
  const lines = async (q: string) => main((await rawGet(zhTw.port, `/search?q=${encodeURIComponent(q)}`)).body).match(/<li>.*<\/li>/g) ?? [];
  assert.deepEqual(await lines('失效'), ['<li><a href="/Page/%E5%A4%B1%E6%95%88%E9%87%8D%E5%AE%9A%E5%90%91.md">失效重定向</a> <span class="muted">(redirect to 從未存在的條目, not followed here)</span></li>']);
  assert.deepEqual(await lines('循环甲'), ['<li><a href="/Page/%E5%BE%AA%E7%8E%AF%E7%94%B2.md">循環甲</a> <span class="muted">(redirect to 循環乙, not followed here)</span></li>']);
});

test('alike redirects fold only when they lead to the same page and section; a target outside is named unescaped', async () => {
  const dump = path.join(work, 'alike.xml');
  fs.writeFileSync(dump, miniDump([
    pageXml(1, '几何学', '幾何學研究圖形。\n\n== 歷史 ==\n古代。\n\n== 应用 ==\n測量。'),
    pageXml(2, '几何乙', '#REDIRECT [[外部*甲_1]]', { redirect: '外部*甲_1' }),
    pageXml(3, '幾何乙', '#REDIRECT [[外部*丙_2]]', { redirect: '外部*丙_2' }),
    pageXml(4, '几何丙', '#REDIRECT [[几何学#歷史]]', { redirect: '几何学' }),
    pageXml(5, '幾何丙', '#REDIRECT [[几何学#应用]]', { redirect: '几何学' }),
    pageXml(6, '几何丁', '#REDIRECT [[几何学#歷史]]', { redirect: '几何学' }),
    pageXml(7, '幾何丁', '#REDIRECT [[几何学#歷史]]', { redirect: '几何学' }),
    pageXml(8, 'A*搜尋演算法', '#REDIRECT [[A*搜索算法]]', { redirect: 'A*搜索算法' }),
  ].join('')));
  const out = path.join(work, 'alike');
  assert.equal((await runMirror({ ...opts, dump, outDir: out, variant: 'zh-tw' })).exitCode, EXIT.OK);
  const reader = await serveMirror(out, readers);
  const lines = async (q: string) => main((await rawGet(reader.port, `/search?q=${encodeURIComponent(q)}`)).body).match(/<li>.*<\/li>/g) ?? [];
  assert.deepEqual(await lines('幾何'), [
    '<li><a href="/Page/%E5%87%A0%E4%BD%95%E4%B8%81.md">幾何丁</a> <span class="muted">(redirect to 幾何學#歷史)</span></li>',
    '<li><a href="/Page/%E5%87%A0%E4%BD%95%E4%B8%99.md">幾何丙</a> <span class="muted">(redirect to 幾何學#歷史)</span></li>',
    '<li><a href="/Page/%E5%87%A0%E4%BD%95%E4%B9%99.md">幾何乙</a> <span class="muted">(redirect to 外部*甲_1, not followed here)</span></li>',
    '<li><a href="/Page/%E5%87%A0%E4%BD%95%E5%AD%A6.md">幾何學</a></li>',
    '<li><a href="/Page/%E5%B9%BE%E4%BD%95%E4%B8%99.md">幾何丙</a> <span class="muted">(redirect to 幾何學#應用)</span></li>',
    '<li><a href="/Page/%E5%B9%BE%E4%BD%95%E4%B9%99.md">幾何乙</a> <span class="muted">(redirect to 外部*丙_2, not followed here)</span></li>',
  ]);
  assert.deepEqual(await lines('A*'), ['<li><a href="/Page/A%252A%E6%90%9C%E5%B0%8B%E6%BC%94%E7%AE%97%E6%B3%95.md">A*搜尋演算法</a> <span class="muted">(redirect to A*搜索算法, not followed here)</span></li>']);
});

test('labelText reads a link label of the mirror as text, escapes and entities in one pass', () => {
  assert.equal(labelText('外部\\*甲\\_1'), '外部*甲_1');
  assert.equal(labelText('\\&amp; &amp; &#42; a\\\\b Ж\\ж'), '&amp; & * a\\b Ж\\ж');
});

/** Sends `bytes` as the request line of a GET and returns the raw response. */
function rawRequest(port: number, target: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(Buffer.concat([Buffer.from('GET '), target, Buffer.from(' HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')]));
    });
    socket.setTimeout(5000, () => socket.destroy(new Error('no answer')));
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
}

test('raw UTF-8 in the address (as curl sends it) goes on percent-encoded; bytes that are not UTF-8 are a 400 that says so', async () => {
  const utf8 = await rawRequest(zhTw.port, Buffer.from('/w/index.php?title=数学'));
  assert.match(utf8, /^HTTP\/1\.1 302 Found\r\nLocation: \/w\/index\.php\?title=%E6%95%B0%E5%AD%A6\r\n/);
  // …which reaches the page.
  const next = await rawGet(zhTw.port, '/w/index.php?title=%E6%95%B0%E5%AD%A6');
  assert.equal(next.headers.location, '/wiki/%E6%95%B0%E5%AD%A6');
  const bad = await rawRequest(zhTw.port, Buffer.from([0x2f, 0x77, 0x69, 0x6b, 0x69, 0x2f, 0xe6, 0x95]));
  assert.match(bad, /^HTTP\/1\.1 400 Bad Request\r\n[^]*\r\n\r\nThe address holds bytes that are not UTF-8: send it percent-encoded \(as a browser does\), or as UTF-8\.\n$/);
  // Other refused requests are answered as Node answers them.
  assert.match(await rawRequest(zhTw.port, Buffer.from('/a\x7fb')), /^HTTP\/1\.1 400 Bad Request\r\nConnection: close\r\n\r\n$/);
});

test('rawRequestAnswer reads only a request line with bytes over 0x7F in a path', () => {
  const line = (s: string | Buffer) => Buffer.concat([Buffer.from('GET '), Buffer.from(s), Buffer.from(' HTTP/1.1\r\nHost: x\r\n\r\n')]);
  assert.deepEqual(rawRequestAnswer(line('/wiki/Київ?x=ї і')), null); // a space: not one target
  assert.deepEqual(rawRequestAnswer(line('/wiki/Київ?x=ї')), { kind: 'redirect', location: '/wiki/%D0%9A%D0%B8%D1%97%D0%B2?x=%D1%97' });
  assert.deepEqual(rawRequestAnswer(line('/wiki/A%20B')), null); // ASCII only: not ours
  assert.deepEqual(rawRequestAnswer(line('http://x/数')), null); // not a path
  assert.deepEqual(rawRequestAnswer(Buffer.from('GET /数')), null); // no line end yet
  assert.equal(rawRequestAnswer(line(Buffer.from([0x2f, 0xc3, 0x28])))?.kind, 'bad');
  assert.equal(rawRequestAnswer(undefined), null);
  // Sent on, `//host/…` (and `/\host/…`, read as `//` by browsers) would lead to another site.
  const offsite = { kind: 'bad', reason: 'An address beginning // or /\\ is no page of this mirror.' };
  assert.deepEqual(rawRequestAnswer(line('//example.com/?q=数')), offsite);
  assert.deepEqual(rawRequestAnswer(line('/\\evil.example/数')), offsite);
  assert.deepEqual(rawRequestAnswer(line('/a//数')), { kind: 'redirect', location: '/a//%E6%95%B0' });
});

test('a raw UTF-8 address beginning // or /\\ is a 400, no Location to another host', async () => {
  for (const target of ['//example.com/?q=数', '/\\evil.example/数']) {
    const answer = await rawRequest(zhTw.port, Buffer.from(target));
    assert.match(answer, /^HTTP\/1\.1 400 Bad Request\r\n[^]*\r\n\r\nAn address beginning \/\/ or \/\\ is no page of this mirror\.\n$/);
    assert.doesNotMatch(answer, /Location/i);
  }
});

test('?oldid= finds its page through the pages_rev index, which a later convert adds to an index that lacks it', async () => {
  const out = path.join(work, 'zh-tw');
  const dbFile = path.join(out, '.wikimark', 'wikimark.sqlite');
  const plan = () => {
    const db = openDatabase(dbFile, { readonly: true });
    try {
      return (db.prepare('EXPLAIN QUERY PLAN SELECT title FROM pages WHERE rev = ? LIMIT 1').all(5021) as Array<{ detail: string }>).map((r) => r.detail).join('; ');
    } finally {
      db.close();
    }
  };
  assert.match(plan(), /USING (COVERING )?INDEX pages_rev/);
  // A mirror made before the index: the reader (read-only) scans; the next convert run adds it.
  const db = openDatabase(dbFile);
  db.exec('DROP INDEX pages_rev');
  db.close();
  assert.match(plan(), /^SCAN pages/);
  assert.equal(runIndexFacts(out).titleOfRevision(5021), '几何学');
  assert.equal((await runMirror({ ...opts, dump: SAMPLE, outDir: out, variant: 'zh-tw' })).exitCode, EXIT.OK);
  assert.match(plan(), /USING (COVERING )?INDEX pages_rev/);
  assert.equal(runIndexFacts(out).titleOfRevision(5021), '几何学');
  assert.equal(runIndexFacts(out).titleOfRevision(1), null);
});
