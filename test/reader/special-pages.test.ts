/**
 * Session 23: Special:Random by its names, `?curid=` / `?oldid=` addresses, and a page asked in
 * another Chinese variant than the mirror holds (converted text, links and anchors untouched).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { RunningReader } from '../../src/reader/server.js';
import { EXIT, runMirror } from '../../src/mirror/run.js';
import { SAMPLE, tmpDir } from '../mirror/helpers.js';
import { rawGet, serveMirror } from './helpers.js';
import { MirrorTitles } from '../../src/reader/mirror-titles.js';
import { idRequest, idRequestTitle, positiveInt, randomPage, randomPageFolder } from '../../src/reader/special-pages.js';
import { askedVariant, carryVariant, convertHtmlText } from '../../src/reader/variant-view.js';
import { buildSite } from '../../src/site/defaults.js';

let work = '';
const readers: RunningReader[] = [];
let zh: RunningReader;
let zhTw: RunningReader;
let bare: RunningReader;

const serve = (out: string): Promise<RunningReader> => serveMirror(out, readers);

before(async () => {
  work = tmpDir('special-pages');
  const opts = { jobs: 1, progress: null, log: () => {} };
  const zhOut = path.join(work, 'zh');
  assert.equal((await runMirror({ ...opts, dump: SAMPLE, outDir: zhOut })).exitCode, EXIT.OK);
  const twOut = path.join(work, 'zh-tw');
  assert.equal((await runMirror({ ...opts, dump: SAMPLE, outDir: twOut, variant: 'zh-tw' })).exitCode, EXIT.OK);
  // A mirror published without its run index: index.tsv has no ids.
  const bareOut = path.join(work, 'bare');
  fs.cpSync(zhOut, bareOut, { recursive: true });
  fs.rmSync(path.join(bareOut, '.wikimark'), { recursive: true, force: true });
  zh = await serve(zhOut);
  zhTw = await serve(twOut);
  bare = await serve(bareOut);
});

after(async () => {
  for (const reader of readers) await reader.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

async function goesTo(reader: RunningReader, rawPath: string): Promise<string> {
  const res = await rawGet(reader.port, rawPath);
  return res.status === 302 ? String(res.headers.location) : `${res.status}`;
}
const enc = (s: string) => s.split('/').map(encodeURIComponent).join('/');
const MATH = '/Page/%E6%95%B0%E5%AD%A6.md';

test('Special:Random by its English and local names opens an article, never a redirect, and is not kept by the browser', async () => {
  const index = fs.readFileSync(path.join(work, 'zh', 'index.tsv'), 'utf8');
  const articles = new Set(index.split('\n').slice(1).filter((l) => l.split('\t')[2] === 'page' && l.split('\t')[1]!.startsWith('Page/')).map((l) => `/${enc(l.split('\t')[1]!)}`));
  for (const name of ['Special:Random', 'Special:RandomPage', 'special:random', '特殊:随机页面', 'Special:隨機頁面', '特殊:随机页面', 'Special:Random/']) {
    const res = await rawGet(zh.port, `/wiki/${enc(name)}`);
    assert.equal(res.status, 302, name);
    assert.ok(articles.has(String(res.headers.location)), `${name} → ${res.headers.location}`);
    assert.equal(res.headers['cache-control'], 'no-store');
  }
  // The home page offers it.
  assert.match((await rawGet(zh.port, '/')).body, /or open <a href="\/wiki\/Special:Random">a random page<\/a>\./);
  // index.php?title= reaches it through /wiki/.
  assert.equal(await goesTo(zh, '/w/index.php?title=Special:Random'), '/wiki/Special%3ARandom');
  // Another wiki's name for it is no special page here.
  assert.equal(await goesTo(zh, `/wiki/${enc('Special:おまかせ表示')}`), '404');
  // A namespace: Special:Random/Category, by any of its names; one the mirror has no folder for is said so.
  for (const name of ['Special:Random/Category', 'Special:Random/分类']) {
    assert.match(await goesTo(zh, `/wiki/${enc(name)}`), /^\/Category\/[^/]+\.md$/, name);
  }
  const none = await rawGet(zh.port, '/wiki/Special:Random/Template');
  assert.equal(none.status, 404);
  assert.match(none.body, /This mirror has no pages in the namespace <code>Template<\/code>/);
});

test('randomPage draws every article of a folder and no other kind', () => {
  const file = path.join(work, 'ra.tsv');
  fs.writeFileSync(file, 'title\tfile\tkind\nA\tPage/A.md\tpage\nB\tPage/B.md\tredirect\nCategory:C\tCategory/C.md\tcategory\nD\tPage/D.md\tpage\n');
  const titles = MirrorTitles.read(file, 'en');
  const seen = new Set<string>();
  for (const r of [0, 0.3, 0.5, 0.99]) seen.add(randomPage(titles, 'Page', () => r)!.title);
  assert.deepEqual([...seen].sort(), ['A', 'D']);
  // The walk after the draws finds a rare kind: draws that all land on articles, then the category.
  assert.equal(randomPage(titles, 'Category', () => 0)!.title, 'Category:C');
  assert.equal(randomPage(titles, 'Project', () => 0), null);
});

test('?curid= and ?oldid= reach the page by its ids, as MediaWiki::parseTitle reads them', async () => {
  // The sample's 数学 is page 101 at revision 5007; 代数 102, 几何学 103 at 5021.
  assert.equal(await goesTo(zh, '/?curid=101'), MATH);
  assert.equal(await goesTo(zh, '/w/index.php?curid=102'), '/Page/%E4%BB%A3%E6%95%B0.md');
  assert.equal(await goesTo(zh, '/index.php?curid=101&title=Unix'), MATH);
  // An oldid the mirror holds overrides the title; the page keeps it to say nothing more.
  assert.equal(await goesTo(zh, `/w/index.php?title=${encodeURIComponent('数学')}&oldid=5021`), '/Page/%E5%87%A0%E4%BD%95%E5%AD%A6.md?oldid=5021');
  assert.equal(await goesTo(zh, `/wiki/${encodeURIComponent('数学')}?oldid=5007`), `${MATH}?oldid=5007`);
  const held = await rawGet(zh.port, `${MATH}?oldid=5007`);
  assert.equal(held.status, 200);
  assert.doesNotMatch(held.body, /is not in this mirror/);
  // An older revision: the page as the mirror holds it, saying so.
  assert.equal(await goesTo(zh, `/w/index.php?title=${encodeURIComponent('数学')}&oldid=123`), `${MATH}?oldid=123`);
  const old = await rawGet(zh.port, `${MATH}?oldid=123`);
  assert.match(old.body, /<p class="notice">Revision 123 is not in this mirror, which holds revision 5007 \(2024-05-18T08:41:00Z\) of this page: that is shown here\.<\/p>/);
  // A curid the mirror lacks leaves the title to name the page.
  assert.equal(await goesTo(zh, `/w/index.php?title=${encodeURIComponent('数学')}&curid=99999`), MATH);
});

test('ids that name nothing are a 404 that says why and links the live wiki', async () => {
  const noRev = await rawGet(zh.port, '/?oldid=123');
  assert.equal(noRev.status, 404);
  assert.match(noRev.body, /<h1>Not found: revision 123<\/h1>/);
  assert.match(noRev.body, /the mirror holds each page at its revision in the dump/);
  assert.match(noRev.body, /href="https:\/\/zh\.wikipedia\.org\/w\/index\.php\?oldid=123"/);
  const noPage = await rawGet(zh.port, '/w/index.php?curid=99999');
  assert.equal(noPage.status, 404);
  assert.match(noPage.body, /<h1>Not found: page id 99999<\/h1>/);
  assert.match(noPage.body, /href="https:\/\/zh\.wikipedia\.org\/w\/index\.php\?curid=99999"/);
  const published = await rawGet(bare.port, '/?curid=101');
  assert.equal(published.status, 404);
  assert.match(published.body, /published without its run index \(<code>\.wikimark\/<\/code>\)/);
  // Not ids: the home page, as the wiki's main page.
  assert.equal((await rawGet(zh.port, '/?curid=abc')).status, 200);
  assert.equal((await rawGet(zh.port, '/?curid=0')).status, 200);
});

test('idRequest and idRequestTitle: which addresses carry ids, and curid, title, oldid in that order', () => {
  const site = buildSite({ lang: 'zh' });
  assert.deepEqual(idRequest(site, '/', 'curid=7'), { curid: 7, oldid: null, title: null });
  assert.deepEqual(idRequest(site, '/wiki/%E6%95%B0%E5%AD%A6', 'oldid=9'), { curid: null, oldid: 9, title: '数学' });
  assert.deepEqual(idRequest(site, '/zh-tw/%E6%95%B0%E5%AD%A6', 'oldid=9'), { curid: null, oldid: 9, title: '数学' });
  assert.equal(idRequest(site, '/Page/X.md', 'oldid=9'), null);
  assert.equal(idRequest(site, '/', 'curid=-3&oldid=x'), null);
  const asked: number[] = [];
  const facts = {
    titleOfPage: (id: number) => (id === 1 ? 'A' : null),
    titleOfRevision: (rev: number) => (asked.push(rev), rev === 10 ? 'B' : rev === 12 ? 'D' : null),
    revisionOfTitle: (title: string) => (title === 'D E' ? 12 : null),
  };
  assert.deepEqual(idRequestTitle({ curid: 1, oldid: null, title: 'C' }, facts), { title: 'A', revisionFound: false });
  assert.deepEqual(idRequestTitle({ curid: 2, oldid: null, title: 'C' }, facts), { title: 'C', revisionFound: false });
  assert.deepEqual(idRequestTitle({ curid: 1, oldid: 10, title: null }, facts), { title: 'B', revisionFound: true });
  assert.deepEqual(idRequestTitle({ curid: null, oldid: 11, title: null }, facts), { title: null, revisionFound: false });
  assert.deepEqual(asked, [10, 11]);
  // The revision a named title holds is found by the title, with no search by revision.
  assert.deepEqual(idRequestTitle({ curid: null, oldid: 12, title: 'D_E' }, facts), { title: 'D_E', revisionFound: true });
  assert.deepEqual(asked, [10, 11]);
});

test('a zh-tw mirror asked for /zh-cn/数学 shows the page converted to zh-cn, links and anchors untouched', async () => {
  assert.equal(await goesTo(zhTw, `/${enc('zh-cn/数学')}`), `${MATH}?variant=zh-cn`);
  assert.equal(await goesTo(zhTw, `/${enc('zh-tw/数学')}`), MATH);
  const held = (await rawGet(zhTw.port, MATH)).body;
  assert.match(held, /<h1>數學<\/h1>/);
  const res = await rawGet(zhTw.port, `${MATH}?variant=zh-cn`);
  assert.equal(res.status, 200);
  assert.match(res.body, /<main lang="zh-Hans-CN">\n<h1>数学<\/h1>/);
  assert.match(res.body, /<title>数学 — /);
  assert.match(res.body, /<td>数量、结构、空间与变化<\/td>/);
  assert.match(res.body, /converted by the reader from this mirror's text \(<code>zh-tw<\/code>\); <a href="\/Page\/%E6%95%B0%E5%AD%A6\.md\?variant=zh">the text as the mirror holds it<\/a>/);
  // Links to pages carry the variant on; their targets and section anchors are as the mirror wrote them.
  assert.match(res.body, /<a href="\.\.\/Page\/%E4%BB%A3%E6%95%B0\.md\?variant=zh-cn">代数<\/a>/);
  assert.match(res.body, /\.md\?variant=zh-cn#%E6%AD%B7%E5%8F%B2"/);
  // Through a redirect stub, the variant goes on to the target, which names the stub.
  const stub = '/Page/%E5%87%A0%E4%BD%95.md';
  assert.equal(await goesTo(zhTw, `/${enc('zh-cn/几何')}`), `${stub}?variant=zh-cn`);
  const target = await goesTo(zhTw, `${stub}?variant=zh-cn`);
  assert.equal(target, '/Page/%E5%87%A0%E4%BD%95%E5%AD%A6.md?from=Page%2F%E5%87%A0%E4%BD%95.md&variant=zh-cn');
  assert.match((await rawGet(zhTw.port, target)).body, /<main lang="zh-Hans-CN">\n<h1>几何学<\/h1>\n<p class="muted redirected">\(Redirected from <a href="\/Page\/%E5%87%A0%E4%BD%95\.md\?redirect=no&amp;variant=zh-cn">几何<\/a>\)<\/p>/);
  // ?variant=zh and the mirror's own variant: the text as held.
  for (const v of ['zh', 'zh-tw', 'zh-Hant-TW', 'nonsense']) {
    const same = (await rawGet(zhTw.port, `${MATH}?variant=${v}`)).body;
    assert.match(same, /<main lang="zh-Hant-TW">\n<h1>數學<\/h1>/, v);
    assert.doesNotMatch(same, /converted by the reader/, v);
  }
});

test('convertHtmlText converts text and title, not code; carryVariant adds the variant to page links only', () => {
  const html = '<p title="數學">數學<a href="../Page/%E6%95%B8.md#%E6%AD%B7">歷史</a><code>數學</code> 軟體<pre><code>後</code></pre>後</p>';
  assert.equal(
    convertHtmlText(html, 'zh-cn'),
    '<p title="数学">数学<a href="../Page/%E6%95%B8.md#%E6%AD%B7">历史</a><code>數學</code> 软件<pre><code>後</code></pre>后</p>',
  );
  assert.equal(
    carryVariant('<a href="../Page/A.md#s">a</a><a href="https://x.org/a.md">b</a><a href="#fn1">c</a><a href="/Page/B.md?variant=zh">d</a>', 'zh-cn'),
    '<a href="../Page/A.md?variant=zh-cn#s">a</a><a href="https://x.org/a.md">b</a><a href="#fn1">c</a><a href="/Page/B.md?variant=zh">d</a>',
  );
  assert.equal(askedVariant('zh', 'zh-tw', 'zh-cn'), 'zh-cn');
  assert.equal(askedVariant('zh', 'zh-tw', 'ZH-TW'), null);
  assert.equal(askedVariant('zh', null, 'zh'), null);
  assert.equal(askedVariant('ja', null, 'zh-cn'), null);
});

// Review of session 23.
test('a mirror without .wikimark/ cannot check a revision and says so, not that it lacks it', async () => {
  assert.equal(await goesTo(bare, `/wiki/${encodeURIComponent('数学')}?oldid=5007`), `${MATH}?oldid=5007`);
  const page = (await rawGet(bare.port, `${MATH}?oldid=5007`)).body;
  assert.match(page, /<p class="notice">Whether this is revision 5007 cannot be checked: this mirror was published without its run index \(<code>\.wikimark\/<\/code>\), which holds the revision ids\. The page is shown as the mirror holds it\.<\/p>/);
  assert.doesNotMatch(page, /is not in this mirror/);
});

test('an oldid that is no id (abc, empty, 0) gets no notice on a page address', async () => {
  for (const q of ['oldid=abc', 'oldid=', 'oldid=0', 'oldid=-5']) {
    const page = await rawGet(zh.port, `${MATH}?${q}`);
    assert.equal(page.status, 200, q);
    assert.doesNotMatch(page.body, /class="notice"/, q);
  }
  // PHP's (int) of a value that begins with a number is that number: still the held revision.
  assert.doesNotMatch((await rawGet(zh.port, `${MATH}?oldid=5007abc`)).body, /class="notice"/);
});

test('the variant asked for goes on from id addresses, ?variant= on any address, and Special:Random', async () => {
  assert.equal(await goesTo(zhTw, `/${enc('zh-cn/数学')}?oldid=5007`), `${MATH}?oldid=5007&variant=zh-cn`);
  assert.equal(await goesTo(zhTw, '/?curid=101&variant=zh-cn'), `${MATH}?variant=zh-cn`);
  assert.equal(await goesTo(zhTw, `/wiki/${encodeURIComponent('数学')}?variant=zh-cn`), `${MATH}?variant=zh-cn`);
  assert.equal(await goesTo(zhTw, `/wiki/${encodeURIComponent('数学')}?variant=zh-tw`), MATH);
  assert.equal(await goesTo(zhTw, `/w/index.php?title=${encodeURIComponent('数学')}&variant=zh-cn`), '/wiki/%E6%95%B0%E5%AD%A6?variant=zh-cn');
  const random = await goesTo(zhTw, `/${enc('zh-cn/Special:Random')}`);
  assert.match(random, /^\/Page\/[^?]+\.md\?variant=zh-cn$/);
  // redirect=no stays on a page id too (/?curid=104 is the redirect 几何).
  assert.equal(await goesTo(zh, '/?curid=104&redirect=no'), '/Page/%E5%87%A0%E4%BD%95.md?redirect=no');
});

test('ids are read as PHP (int) reads them; an id past the safe integers is a 404, not the home page', async () => {
  const p = (q: string, name = 'curid') => positiveInt(new URLSearchParams(q), name);
  assert.equal(p('curid=101abc'), 101);
  assert.equal(p('curid=1e3'), 1000);
  assert.equal(p('curid=%207'), 7);
  assert.equal(p('curid=1&curid=2'), 2);
  assert.equal(p('curid=abc'), null);
  assert.equal(p('curid=0.9'), null);
  assert.equal(p('curid=-4'), null);
  assert.equal(p('oldid=5', 'curid'), null);
  assert.equal(await goesTo(zh, '/?curid=7&curid=101'), MATH);
  const huge = await rawGet(zh.port, '/?curid=99999999999999999999');
  assert.equal(huge.status, 404);
  assert.match(huge.body, /No page of this mirror has that id/);
});

test('Special:Random on uk also by the ru names its messages fall back to', () => {
  const uk = buildSite({ lang: 'uk' });
  const titles = MirrorTitles.read(path.join(work, 'zh', 'index.tsv'), 'uk');
  for (const name of ['Випадкова_сторінка', 'Случайная_страница', 'Случайная', 'случайная страница']) {
    assert.deepEqual(randomPageFolder(titles, uk, `/wiki/${enc(`Спеціальна:${name}`)}`), { folder: 'Page', sub: '' }, name);
  }
  assert.equal(randomPageFolder(titles, buildSite({ lang: 'zh' }), `/wiki/${enc('Special:Случайная')}`), null);
});

test('search on a zh-tw mirror looks a term up in zh-tw words too (软件 → 軟體), the regional tables of no other variant', async () => {
  await (await zhTw.indexer()).whenFinished();
  const body = (await rawGet(zhTw.port, `/search?q=${encodeURIComponent('软件')}`)).body;
  assert.match(body, /<mark>軟體<\/mark>/);
});
