/**
 * The wiki's own addresses on a served mirror (session 22): zh.wikipedia's variant paths
 * (`/zh-tw/數學`), every name of a namespace (canonical, local, alias, any case), the first
 * letter of a first-letter wiki, and titles the file paths refuse or a browser mangles (a
 * leading dot, `.md` at the end, a backslash, `%`, `?`, `%23` for `#`, a second encoding,
 * CJK Extension B).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { RunningReader } from '../../src/reader/server.js';
import { EXIT, runMirror } from '../../src/mirror/run.js';
import { pageXml, SAMPLE, tmpDir } from '../mirror/helpers.js';
import { rawGet, serveMirror } from './helpers.js';
import { readMirrorSite } from '../../src/reader/mirror-site.js';
import { wikiUrlTarget } from '../../src/reader/wiki-urls.js';
import { buildSite } from '../../src/site/defaults.js';

/** A ukwiki export: its local namespace names, as the real dump's siteinfo gives them. */
function ukDump(pages: string): string {
  return `<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="uk">
  <siteinfo>
    <sitename>Вікіпедія</sitename>
    <dbname>ukwiki</dbname>
    <base>https://uk.wikipedia.org/wiki/Main</base>
    <generator>MediaWiki 1.42</generator>
    <case>first-letter</case>
    <namespaces>
      <namespace key="0" case="first-letter" />
      <namespace key="4" case="first-letter">Вікіпедія</namespace>
      <namespace key="10" case="first-letter">Шаблон</namespace>
      <namespace key="14" case="first-letter">Категорія</namespace>
    </namespaces>
  </siteinfo>
${pages}</mediawiki>
`;
}

let work = '';
const readers: RunningReader[] = [];
let uk: RunningReader;
let zh: RunningReader;
let zhTw: RunningReader;

const serve = (out: string): Promise<RunningReader> => serveMirror(out, readers);

before(async () => {
  work = tmpDir('wiki-addresses');
  const dump = path.join(work, 'uk.xml');
  const pages = [
    pageXml(1, 'Київ', 'Столиця.\n\n== Історія ==\nДавня.\n\n[[Категорія:Міста]]\n'),
    pageXml(2, '.hack', 'Серія ігор.\n'),
    pageXml(3, 'README.md', 'Файл.\n'),
    pageXml(4, 'A\\B', 'Зворотна риска.\n'),
    pageXml(5, '100%', 'Сто відсотків.\n'),
    pageXml(6, 'Хто?', 'Питання.\n'),
    pageXml(7, '𠮷野家', 'Розширення B.\n'),
    pageXml(8, 'Категорія:Міста', 'Міста.\n', { ns: 14 }),
    pageXml(9, 'Вікіпедія:Кнайпа', 'Обговорення.\n', { ns: 4 }),
    pageXml(10, 'Шаблон:Навбокс', '{{{1}}}\n', { ns: 10 }),
    pageXml(11, 'IPhone', 'Телефон.\n'),
  ].join('');
  fs.writeFileSync(dump, ukDump(pages));
  const ukOut = path.join(work, 'uk');
  const opts = { jobs: 1, progress: null, log: () => {} };
  assert.equal((await runMirror({ ...opts, dump, outDir: ukOut, namespaces: [0, 4, 14], rawNamespaces: [10] })).exitCode, EXIT.OK);
  const zhOut = path.join(work, 'zh');
  assert.equal((await runMirror({ ...opts, dump: SAMPLE, outDir: zhOut })).exitCode, EXIT.OK);
  const twOut = path.join(work, 'zh-tw');
  assert.equal((await runMirror({ ...opts, dump: SAMPLE, outDir: twOut, variant: 'zh-tw' })).exitCode, EXIT.OK);
  uk = await serve(ukOut);
  zh = await serve(zhOut);
  zhTw = await serve(twOut);
});

after(async () => {
  for (const reader of readers) await reader.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** Where the reader sends an address (the raw path, sent as given): the Location, or the status. */
async function goesTo(reader: RunningReader, rawPath: string): Promise<string> {
  const res = await rawGet(reader.port, rawPath);
  return res.status === 302 ? String(res.headers.location) : `${res.status}`;
}
const enc = (s: string) => s.split('/').map(encodeURIComponent).join('/');

test("zh.wikipedia's variant paths reach the page in either script, on a mirror with and without --variant", async () => {
  for (const reader of [zh, zhTw]) {
    for (const address of ['zh-tw/數學', 'zh-hans/数学', 'zh-cn/數學', 'zh-hk/數學', 'zh/数学', 'zh-cn/wiki/数学', 'zh-tw/Category:數學', 'zh-hant/分類:数学']) {
      // In the variant asked for (session 23), unless the mirror holds that one or it is zh (the text as written).
      const variant = address.slice(0, address.indexOf('/'));
      const shown = variant === 'zh' || (reader === zhTw && variant === 'zh-tw') ? '' : `?variant=${variant}`;
      const expected = (address.includes(':') ? '/Category/%E6%95%B0%E5%AD%A6.md' : '/Page/%E6%95%B0%E5%AD%A6.md') + shown;
      assert.equal(await goesTo(reader, `/${enc(address)}`), expected, address);
    }
    assert.equal(await goesTo(reader, `/${enc('zh-tw/不存在的條目')}`), '404');
  }
  // Variant paths are zh.wikipedia's: no other wiki has them.
  assert.equal(await goesTo(uk, `/${enc('zh-tw/Київ')}`), '404');
});

test('zh: a namespace by its alias or in lower case, a section as %23, a second encoding, Extension B', async () => {
  assert.equal(await goesTo(zh, `/${enc('wiki/分类:数学')}`), '/Category/%E6%95%B0%E5%AD%A6.md');
  assert.equal(await goesTo(zh, `/${enc('wiki/category:数学')}`), '/Category/%E6%95%B0%E5%AD%A6.md');
  assert.equal(await goesTo(zh, `/wiki/${encodeURIComponent('数学#参见')}`), `/Page/%E6%95%B0%E5%AD%A6.md#${encodeURIComponent('参见')}`);
  assert.equal(await goesTo(zh, `/wiki/${encodeURIComponent(encodeURIComponent('数学'))}`), '/Page/%E6%95%B0%E5%AD%A6.md');
  assert.equal(await goesTo(zh, `/wiki/${encodeURIComponent('𠮷野')}`), '/Page/%F0%A0%AE%B7%E9%87%8E.md');
  // A lower-case first letter: unix is the page Unix (UNIX is another, kept under a ~hash name).
  assert.equal(await goesTo(zh, '/wiki/unix'), '/Page/Unix.md');
  assert.equal(await goesTo(zh, '/wiki/aux'), '/Page/%2541ux.md');
  assert.equal(await goesTo(zh, '/Page/unix'), '/Page/Unix.md');
});

test("a ja or uk mirror: the canonical name where the mirror has the local one, aliases, any case, Project and WP", async () => {
  const kyiv = `/Page/${encodeURIComponent('Київ')}.md`;
  const cities = `/Category/${encodeURIComponent('Міста')}.md`;
  for (const address of ['wiki/Category:Міста', 'wiki/Категорія:Міста', 'wiki/категорія:міста', 'wiki/CATEGORY:Міста', 'Category/міста']) {
    assert.equal(await goesTo(uk, `/${enc(address)}`), cities, address);
  }
  const pub = `/Project/${encodeURIComponent('Кнайпа')}.md`;
  for (const address of ['wiki/Вікіпедія:Кнайпа', 'wiki/Project:Кнайпа', 'wiki/WP:Кнайпа', 'wiki/ВП:Кнайпа', 'wiki/Wikipedia:Кнайпа']) {
    assert.equal(await goesTo(uk, `/${enc(address)}`), pub, address);
  }
  // A namespace kept as raw wikitext: its .wikitext file.
  for (const address of ['wiki/Template:Навбокс', 'wiki/Шаблон:Навбокс', 'wiki/шаблон:навбокс']) {
    assert.equal(await goesTo(uk, `/${enc(address)}`), `/Template/${encodeURIComponent('Навбокс')}.wikitext`, address);
  }
  assert.equal(await goesTo(uk, `/${enc('wiki/київ')}`), kyiv);
  assert.equal(await goesTo(uk, '/wiki/iPhone'), '/Page/IPhone.md');
  assert.equal(await goesTo(uk, `/wiki/${encodeURIComponent('Київ#Історія')}`), `${kyiv}#${encodeURIComponent('історія')}`);
});

test('titles the file paths refuse or a browser mangles: a leading dot, .md at the end, backslash, %, ?, spaces and underscores', async () => {
  assert.equal(await goesTo(uk, '/wiki/.hack'), '/Page/.hack.md');
  assert.equal(await goesTo(uk, '/Page/.hack'), '/Page/.hack.md');
  assert.equal(await goesTo(uk, '/wiki/README.md'), '/Page/README.md.md');
  // A .md added to a title that has none.
  assert.equal(await goesTo(uk, `/wiki/${encodeURIComponent('Київ')}.md`), `/Page/${encodeURIComponent('Київ')}.md`);
  assert.equal(await goesTo(zh, `/wiki/${encodeURIComponent('数学')}.md`), '/Page/%E6%95%B0%E5%AD%A6.md');
  // A file address encoded twice (the reader's leniency: the wiki refuses %XX in titles).
  assert.equal(await goesTo(uk, `/Page/${encodeURIComponent(encodeURIComponent('Київ'))}.md`), `/Page/${encodeURIComponent('Київ')}.md`);
  assert.equal(await goesTo(uk, `/Category/${encodeURIComponent(encodeURIComponent('Міста'))}`), `/Category/${encodeURIComponent('Міста')}.md`);
  assert.equal(await goesTo(uk, '/Page/README.md'), '/Page/README.md.md');
  assert.equal(await goesTo(uk, '/wiki/A%5CB'), '/Page/A%255CB.md');
  // A browser sends a bare % as it is, and a ? starts the query.
  assert.equal(await goesTo(uk, '/wiki/100%'), '/Page/100%2525.md');
  assert.equal(await goesTo(uk, '/wiki/100%25'), '/Page/100%2525.md');
  assert.equal(await goesTo(uk, `/wiki/${encodeURIComponent('Хто')}?`), `/Page/${encodeURIComponent('Хто')}%253F.md`);
  assert.equal(await goesTo(uk, `/wiki/${encodeURIComponent('Хто?')}`), `/Page/${encodeURIComponent('Хто')}%253F.md`);
  assert.equal(await goesTo(uk, `/wiki/${encodeURIComponent('𠮷野家')}`), `/Page/${encodeURIComponent('𠮷野家')}.md`);
  assert.equal(await goesTo(uk, `/wiki/${encodeURIComponent('Вікіпедія: Кнайпа')}`), `/Project/${encodeURIComponent('Кнайпа')}.md`);
  assert.equal(await goesTo(uk, `/wiki/${encodeURIComponent('Категорія:__Міста_')}`), `/Category/${encodeURIComponent('Міста')}.md`);
  // No title of the mirror: what the file paths refuse stays a 400.
  assert.equal(await goesTo(uk, '/wiki/.env'), '400');
  assert.equal(await goesTo(uk, '/Page/..%2F..%2Fetc%2Fpasswd'), '400');
  assert.equal(await goesTo(uk, '/.wikimark/wikimark.sqlite'), '400');
  assert.equal(await goesTo(uk, '/wiki/%FF'), '400');
});

test("readMirrorSite: the run's siteinfo, else report.json's namespace names, else the language's defaults", () => {
  const run = readMirrorSite(path.join(work, 'uk'), 'uk');
  assert.equal(run.namespaces.get(14)?.name, 'Категорія');
  assert.equal(run.namespaceLookup.get('category'), 14);
  // A mirror published without its .wikimark folder: report.json still names the namespaces.
  const bare = tmpDir('mirror-site');
  // Names the language's defaults lack (a wiki that renamed its project namespace), so only
  // report.json can give them.
  fs.writeFileSync(path.join(bare, 'report.json'), JSON.stringify({ site: { lang: 'uk', namespaceNames: { '14': 'Категорія', '4': 'Енциклопедія', '100': 'Портал', x: 'no id' } } }));
  const reported = readMirrorSite(bare, 'uk');
  assert.equal(reported.namespaces.get(4)?.name, 'Енциклопедія');
  assert.equal(reported.namespaceLookup.get('енциклопедія'), 4);
  assert.equal(reported.namespaces.get(100)?.name, 'Портал');
  assert.equal(reported.namespaceLookup.get('wp'), 4);
  assert.equal(reported.case, 'first-letter');
  // Nothing readable: the built-in names of the language, never an error.
  fs.writeFileSync(path.join(bare, 'report.json'), '{');
  assert.equal(readMirrorSite(bare, 'ja').namespaceLookup.get('カテゴリ'), 14);
  fs.rmSync(bare, { recursive: true, force: true });
});

test("a 404 for a title the mirror lacks links to that page on the live wiki, read as the wiki reads it", async () => {
  const live = async (reader: RunningReader, rawPath: string) => /Or read <a href="([^"]*)">“([^”]*)” on the live wiki<\/a>/.exec((await rawGet(reader.port, rawPath)).body)?.slice(1, 3) ?? null;
  assert.deepEqual(await live(zh, `/Page/${encodeURIComponent('不存在')}.md`), ['https://zh.wikipedia.org/wiki/不存在', '不存在']);
  assert.deepEqual(await live(zh, `/${enc('zh-tw/不存在')}`), ['https://zh.wikipedia.org/wiki/不存在', '不存在']);
  assert.deepEqual(await live(zh, `/Category/${encodeURIComponent('不存在')}`), ['https://zh.wikipedia.org/wiki/Category:不存在', 'Category:不存在']);
  assert.deepEqual(await live(uk, `/${enc('wiki/category:немає')}`), ['https://uk.wikipedia.org/wiki/Категорія:Немає', 'Категорія:Немає']);
  assert.deepEqual(await live(uk, `/wiki/${encodeURIComponent('Нема є#Розділ')}`), ['https://uk.wikipedia.org/wiki/Нема_є#Розділ', 'Нема є']);
  // Not for an upload or a file that is no page.
  assert.equal(await live(zh, '/images/a/ab/X.png'), null);
  assert.equal(await live(zh, '/nothing'), null);
});

test("the wiki's other URL forms: index.php?title=, its searches, Special:Search by any name, /wiki/ alone", async () => {
  const math = '/Page/%E6%95%B0%E5%AD%A6.md';
  assert.equal(await goesTo(zh, `/w/index.php?title=${encodeURIComponent('数学')}`), `/wiki/${encodeURIComponent('数学')}`);
  assert.equal(await goesTo(zh, `/wiki/${encodeURIComponent('数学')}`), math);
  // ?redirect=no is kept to the stub, which is then shown, not followed.
  assert.equal(await goesTo(zh, `/w/index.php?title=${encodeURIComponent('几何')}&redirect=no`), `/wiki/${encodeURIComponent('几何')}?redirect=no`);
  assert.equal(await goesTo(zh, `/wiki/${encodeURIComponent('几何')}?redirect=no`), `/Page/${encodeURIComponent('几何')}.md?redirect=no`);
  assert.equal((await rawGet(zh.port, `/Page/${encodeURIComponent('几何')}.md?redirect=no`)).status, 200);
  const searchFor = (q: string) => `/search?q=${encodeURIComponent(q)}`;
  assert.equal(await goesTo(zh, `/w/index.php?search=${encodeURIComponent('勾股 定理')}&title=Special%3ASearch&go=Go`), searchFor('勾股 定理'));
  assert.equal(await goesTo(zh, `/wiki/Special:Search?search=${encodeURIComponent('勾股')}`), searchFor('勾股'));
  assert.equal(await goesTo(zh, `/wiki/${encodeURIComponent('特殊:search/勾股_定理')}`), searchFor('勾股 定理'));
  assert.equal(await goesTo(uk, `/wiki/${encodeURIComponent('Спеціальна:Search')}?search=${encodeURIComponent('Столиця')}`), searchFor('Столиця'));
  assert.equal(await goesTo(zh, '/wiki/Special:Search'), '/search');
  assert.equal(await goesTo(zh, '/w/index.php?title=Special:Search'), '/search');
  assert.equal(await goesTo(zh, '/wiki/'), '/');
  assert.equal(await goesTo(zh, '/w/index.php'), '404');
  // Another special page is no page of the mirror (Special:Random is, since session 23: special-pages.test.ts).
  assert.equal(await goesTo(zh, '/wiki/Special:RecentChanges'), '404');
});

test("the search page by its name in the wiki's language, as each wiki's search box sends it (review of session 22)", async () => {
  const searchFor = (q: string) => `/search?q=${encodeURIComponent(q)}`;
  // uk: Спеціальна:Пошук (MessagesUk.php), in title= or in the path, any case.
  assert.equal(await goesTo(uk, `/w/index.php?title=${encodeURIComponent('Спеціальна:Пошук')}&search=${encodeURIComponent('Столиця')}&fulltext=1`), searchFor('Столиця'));
  assert.equal(await goesTo(uk, `/wiki/${encodeURIComponent('Спеціальна:Пошук')}?search=${encodeURIComponent('Столиця')}`), searchFor('Столиця'));
  assert.equal(await goesTo(uk, `/wiki/${encodeURIComponent('спеціальна:пошук/Давня_столиця')}`), searchFor('Давня столиця'));
  // zh: 搜索 (and the traditional 搜尋) under Special: or 特殊:.
  assert.equal(await goesTo(zh, `/w/index.php?title=Special:${encodeURIComponent('搜索')}&search=${encodeURIComponent('勾股')}&go=Go`), searchFor('勾股'));
  assert.equal(await goesTo(zh, `/wiki/${encodeURIComponent('特殊:搜尋')}?search=${encodeURIComponent('勾股')}`), searchFor('勾股'));
  // ja: 特別:検索, tested on the wiki's site (no ja mirror here).
  const ja = buildSite({ lang: 'ja' });
  assert.deepEqual(wikiUrlTarget(ja, '/w/index.php', `title=${encodeURIComponent('特別:検索')}&search=${encodeURIComponent('東京')}`), { kind: 'search', words: '東京', go: true });
  assert.deepEqual(wikiUrlTarget(ja, `/wiki/${encodeURIComponent('特別:検索')}`, ''), { kind: 'search', words: '', go: true });
  // Another wiki's name for the page is no search page here.
  assert.equal(wikiUrlTarget(ja, `/wiki/${encodeURIComponent('特別:搜索')}`, ''), null);
  // A bare % in the words, as a browser sends it, was a 400.
  assert.equal(await goesTo(zh, '/wiki/Special:Search/100%'), searchFor('100%'));
});

test("the wiki's search box opens the page its words name (SpecialSearch's go), unless asked for full text", async () => {
  const math = '/Page/%E6%95%B0%E5%AD%A6.md';
  assert.equal(await goesTo(zh, `/wiki/Special:Search?search=${encodeURIComponent('数学')}&go=Go`), math);
  assert.equal(await goesTo(zh, `/w/index.php?search=${encodeURIComponent('数学')}&title=Special%3ASearch`), math);
  // In the other script, and a redirect by its stub.
  assert.equal(await goesTo(zh, `/wiki/Special:Search/${encodeURIComponent('數學')}`), math);
  assert.equal(await goesTo(uk, `/w/index.php?search=${encodeURIComponent('київ')}`), `/Page/${encodeURIComponent('Київ')}.md`);
  // fulltext= (the "search pages containing" button) and offset= list results.
  assert.equal(await goesTo(zh, `/wiki/Special:Search?search=${encodeURIComponent('数学')}&fulltext=1`), `/search?q=${encodeURIComponent('数学')}`);
  assert.equal(await goesTo(zh, `/wiki/Special:Search?search=${encodeURIComponent('数学')}&offset=20`), `/search?q=${encodeURIComponent('数学')}`);
});

test('an address in decomposed Unicode (NFD) is read composed, and the wiki\'s own language prefix is dropped, as MediaWiki does', async () => {
  const bb = `/Page/${encodeURIComponent('Biángbiáng面')}.md`;
  assert.equal(await goesTo(zh, `/wiki/${encodeURIComponent('Biángbiáng面'.normalize('NFD'))}`), bb);
  assert.equal(await goesTo(zh, `/Page/${encodeURIComponent('Biángbiáng面'.normalize('NFD'))}`), bb);
  assert.equal(await goesTo(zh, `/wiki/${encodeURIComponent('zh:数学')}`), '/Page/%E6%95%B0%E5%AD%A6.md');
  assert.equal(await goesTo(zh, `/wiki/${encodeURIComponent('zh:Category:数学')}`), '/Category/%E6%95%B0%E5%AD%A6.md');
  assert.equal(await goesTo(uk, `/wiki/${encodeURIComponent('uk:Київ')}`), `/Page/${encodeURIComponent('Київ')}.md`);
  // Another language's prefix is an interwiki link, no page of this mirror.
  assert.equal(await goesTo(zh, `/wiki/${encodeURIComponent('ja:数学')}`), '404');
});

test('a section named in the other script goes to the heading as the page writes it (review of session 22)', async () => {
  const math = '/Page/%E6%95%B0%E5%AD%A6.md';
  // The zh-tw mirror's heading is 參見; the mixed-script mirror's 参见.
  // Shown in zh-cn (session 23), whose anchors are the page's own: the heading's id stays 參見.
  assert.equal(await goesTo(zhTw, `/zh-cn/${encodeURIComponent('数学#参见')}`), `${math}?variant=zh-cn#${encodeURIComponent('參見')}`);
  assert.equal(await goesTo(zhTw, `/wiki/${encodeURIComponent('数学#參見')}`), `${math}#${encodeURIComponent('參見')}`);
  assert.equal(await goesTo(zh, `/wiki/${encodeURIComponent('數學#參見')}`), `${math}#${encodeURIComponent('参见')}`);
  // A section the page lacks in any script stays as written.
  assert.equal(await goesTo(zh, `/wiki/${encodeURIComponent('数学#歷史')}`), `${math}#${encodeURIComponent('歷史')}`);
});

test('address nits (review of session 22): a variant path alone is the home page, variant paths in lower case only, a 404 for /wiki/File:X.png links to the live wiki', async () => {
  // In that variant since session 24's round 3 (variant-home.test.ts).
  assert.equal(await goesTo(zh, '/zh-tw/'), '/?variant=zh-tw');
  assert.equal(await goesTo(zh, '/zh-hans'), '/?variant=zh-hans');
  assert.equal(await goesTo(uk, '/zh-tw/'), '400');
  // The wiki's path router matches the variant codes as written.
  assert.equal(await goesTo(zh, `/ZH-tw/${encodeURIComponent('數學')}`), '404');
  assert.equal(await goesTo(zh, `/zh-TW/${encodeURIComponent('數學')}`), '404');
  const live = async (rawPath: string) => /Or read <a href="([^"]*)">/.exec((await rawGet(zh.port, rawPath)).body)?.[1] ?? null;
  assert.equal(await live('/wiki/File:X.png'), 'https://zh.wikipedia.org/wiki/File:X.png');
  assert.equal(await live(`/zh-tw/${encodeURIComponent('文件:Y.svg')}`), 'https://zh.wikipedia.org/wiki/File:Y.svg');
});
