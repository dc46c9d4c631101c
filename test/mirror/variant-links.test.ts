/**
 * Titles in the other Chinese script find their page in a zh mirror, as on zh.wikipedia
 * (MediaWiki's findVariantLink): links, section links, category links, templates and #ifexist.
 * The exact title always wins; a wiki without variants looks nothing up.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { EXIT, runMirror } from '../../src/mirror/run.js';
import { VariantTitles, variantTitles, withVariantTitles } from '../../src/mirror/variant-links.js';
import { siteFromInfo } from '../../src/dump/site.js';
import { miniDump, pageXml, tmpDir } from './helpers.js';
import { usingRealEngine } from './cli.js';

async function mirror(dumpText: string, minSize = 0, out = path.join(tmpDir('variant-links'), 'out'), frontMatter = false): Promise<string> {
  const dump = path.join(path.dirname(out), `dump-${Date.now()}-${Math.random().toString(36).slice(2)}.xml`);
  fs.writeFileSync(dump, dumpText);
  const result = await runMirror({ dump, outDir: out, jobs: 1, progress: null, log: () => {}, minSize, frontMatter });
  assert.equal(result.exitCode, EXIT.OK);
  return out;
}

const read = (out: string, file: string) => fs.readFileSync(path.join(out, file), 'utf8');

const zhSite = () =>
  siteFromInfo({
    siteName: 'Wikipedia', lang: 'zh', base: 'https://zh.wikipedia.org/wiki/Main', case: 'first-letter',
    namespaces: [{ id: -2, name: 'Media', case: 'first-letter' }, { id: -1, name: 'Special', case: 'first-letter' }, { id: 14, name: 'Category', case: 'first-letter' }, { id: 10, name: 'Template', case: 'first-letter' }],
  } as never);

test('spellings: the name is converted in every variant, the namespace prefix is kept, repeats and the title itself left out', () => {
  const finder = new VariantTitles(zhSite());
  assert.deepEqual(finder.spellings('數學'), ['数学']);
  assert.deepEqual(finder.spellings('数学'), ['數學']);
  assert.deepEqual(finder.spellings('Category:數學'), ['Category:数学']);
  assert.deepEqual(finder.spellings('Mathematics'), []);
  // Special: and Media: get none (doVariants skips them; findVariantLink does nothing below namespace 0).
  assert.deepEqual(finder.spellings('Special:數學'), []);
  assert.deepEqual(finder.spellings('Media:數學.png'), []);
  assert.deepEqual(finder.spellings('Special:数学'), []);
});

test('User: and User talk: titles are looked up too on zh: ZhConverter has no user-page exception (that is LanguageConverterSpecific\'s, sr/kk/…)', () => {
  const site = siteFromInfo({
    siteName: 'Wikipedia', lang: 'zh', base: 'https://zh.wikipedia.org/wiki/Main', case: 'first-letter',
    namespaces: [{ id: -1, name: 'Special', case: 'first-letter' }, { id: 2, name: 'User', case: 'first-letter' }, { id: 3, name: 'User talk', case: 'first-letter' }, { id: 10, name: 'Template', case: 'first-letter' }],
  } as never);
  const finder = new VariantTitles(site);
  assert.deepEqual(finder.spellings('User:數學'), ['User:数学']);
  assert.deepEqual(finder.spellings('User talk:數學'), ['User talk:数学']);
  // links and categories (doVariants) and templates / #ifexist (findVariantLink) alike
  assert.equal(finder.find('User:數學', (t) => t === 'User:数学'), 'User:数学');
  const source = withVariantTitles({ get: () => null, exists: (t) => t === 'User talk:数学' }, finder);
  assert.equal(source.otherSpelling!('User talk:數學'), 'User talk:数学');
  // Special: stays as written in every case.
  assert.equal(finder.find('Special:數學', () => true), null);
  assert.equal(finder.findMissing('Special:數學', () => true), null);
});

test('find: the first spelling that exists, in MediaWiki order (zh-hans, zh-hant, zh-cn, zh-hk, …, zh-tw)', () => {
  const finder = new VariantTitles(zhSite());
  // 軟體 (zh-tw) is 软体 in zh-hans, 软件 in zh-cn (a region word) and 軟件 in zh-hk.
  assert.deepEqual(finder.spellings('軟體'), ['软体', '软件', '軟件']);
  assert.equal(finder.find('軟體', (t) => t === '軟件' || t === '软件'), '软件');
  assert.equal(finder.find('軟體', (t) => t !== '軟體'), '软体');
  assert.equal(finder.find('軟體', () => false), null);
  // A title that exists is never converted.
  assert.equal(finder.find('軟體', () => true), null);
});

test('a template source: otherSpelling finds a missing title in another script; get and exists stay exact', () => {
  const pages = new Map([['Template:数学', 'simplified'], ['Template:長城', 'traditional'], ['Template:长城', 'simplified wall']]);
  const source = withVariantTitles({ get: (t) => pages.get(t) ?? null, exists: (t) => pages.has(t) }, new VariantTitles(zhSite()));
  assert.equal(source.otherSpelling!('Template:數學'), 'Template:数学');
  assert.equal(source.get('Template:數學'), null);
  assert.equal(source.exists('Template:數學'), false);
  assert.equal(source.get('Template:長城'), 'traditional');
  assert.equal(source.get('Template:长城'), 'simplified wall');
  assert.equal(source.otherSpelling!('Template:物理'), null);
  // Asked again, the answer is kept (no second conversion).
  let lookups = 0;
  const kept = withVariantTitles({ get: () => null, exists: () => (lookups++, false) }, new VariantTitles(zhSite()));
  assert.equal(kept.otherSpelling!('Template:數學'), null);
  assert.equal(kept.otherSpelling!('Template:數學'), null);
  assert.equal(lookups, 1);
});

test('no finder for a wiki whose language has no variants', () => {
  for (const lang of ['ja', 'uk', 'en']) assert.equal(variantTitles(siteFromInfo({ lang, base: '', namespaces: [] } as never)), null);
  assert.ok(variantTitles(zhSite()));
});

test('zh mirror: [[數學]], [[數學#歷史]], a category link and category in the other script go to the simplified pages', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const out = await mirror(
    miniDump(
      pageXml(1, '数学', '数学是一门学科。\n\n== 歷史 ==\n古代。\n\n[[Category:数学]]\n') +
        pageXml(2, '几何', '[[數學]]的分支，见[[數學#歷史|历史]]和[[:Category:數學|分类]]。{{#ifexist:數學|有|无}}{{幾何註}}\n\n[[Category:數學]]\n') +
        pageXml(3, 'Category:数学', '数学分类。\n', { ns: 14 }) +
        pageXml(4, 'Template:几何注', '（模板文字）', { ns: 10 }),
    ),
  );
  const page = read(out, 'Page/几何.md');
  assert.match(page, /\[數學\]\(\.\.\/Page\/数学\.md\)的分支/);
  assert.match(page, /\[历史\]\(\.\.\/Page\/数学\.md#歷史\)/);
  assert.match(page, /\[分类\]\(\.\.\/Category\/数学\.md\)/);
  assert.match(page, /。有（模板文字）\n/);
  // The footer names the category as the wiki records it (doVariants rewrote the page's list).
  assert.match(page, /\*\*分类\*\*：\[数学\]\(\.\.\/Category\/数学\.md\)\n/);
  // The page is listed under 数学 and no file is made for 數學.
  assert.match(read(out, 'Category/数学.md'), /\[几何\]\(\.\.\/Page\/几何\.md\)/);
  assert.equal(fs.existsSync(path.join(out, 'Category/數學.md')), false);
});

test('zh mirror: a title that exists in both scripts as two pages links to the one written', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const out = await mirror(
    miniDump(
      pageXml(1, '长城', '简体页面。\n') + pageXml(2, '長城', '繁體頁面。\n') + pageXml(3, '游记', '[[長城]]与[[长城]]。\n'),
    ),
  );
  assert.match(read(out, 'Page/游记.md'), /\n\[長城\]\(\.\.\/Page\/長城\.md\)与\[长城\]\(\.\.\/Page\/长城\.md\)。\n/);
});

test('ja mirror: a title in another script is not looked up (no variants)', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const out = await mirror(miniDump(pageXml(1, '数学', '数学。\n') + pageXml(2, '幾何', '[[數學]]。\n'), 'ja'));
  assert.match(read(out, 'Page/幾何.md'), /(^|\n)\[數學\]\(https:\/\/ja\.wikipedia\.org\/wiki\/數學\)。\n/);
});

test('zh mirror: a title that is a page of the dump but not of the mirror goes to the wiki as written, not to another spelling', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const long = '长'.repeat(200);
  const out = await mirror(
    miniDump(pageXml(1, '长城', `${long}\n`) + pageXml(2, '長城', '短。\n') + pageXml(3, '游记', `[[長城]]。${long}\n`)),
    100,
  );
  assert.equal(fs.existsSync(path.join(out, 'Page/長城.md')), false);
  assert.match(read(out, 'Page/游记.md'), /\[長城\]\(https:\/\/zh\.wikipedia\.org\/wiki\/長城\)。/);
});

test('zh mirror: a template written in the other spelling of a built-in handler\'s name gets the handler, not the dump\'s text', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const out = await mirror(
    miniDump(
      pageXml(1, '某人', '生于{{出生日期和年齡|1950|1|1}}。\n') +
        pageXml(2, 'Template:出生日期和年龄', 'RAW TEMPLATE TEXT {{{1}}}', { ns: 10 }),
    ),
  );
  const page = read(out, 'Page/某人.md');
  assert.match(page, /生于1950年1月1日（\d+岁）。/);
  assert.doesNotMatch(page, /RAW TEMPLATE/);
});

test('zh mirror: a page in both spellings of a category, and in one twice, is listed once with its last sort key; footer and front matter name it once, as recorded', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const out = await mirror(
    miniDump(
      pageXml(1, '几何', '几何。\n\n[[Category:数学|A]][[Category:數學|Z]]\n') +
        pageXml(2, '代数', '代数。\n\n[[Category:数学|Y]][[Category:数学|B]]\n') +
        pageXml(3, '算术', '算术。\n\n[[Category:数学|M]]\n') +
        pageXml(4, 'Category:数学', '数学分类。\n', { ns: 14 }),
    ),
    0,
    undefined,
    true,
  );
  const page = read(out, 'Page/几何.md');
  assert.match(page, /categories:\n {2}- "数学"\n---/);
  assert.match(page, /\*\*分类\*\*：\[数学\]\(\.\.\/Category\/数学\.md\)\n/);
  assert.match(read(out, 'Page/代数.md'), /\*\*分类\*\*：\[数学\]\(\.\.\/Category\/数学\.md\)\n/);
  const category = read(out, 'Category/数学.md');
  assert.equal(category.match(/\[几何\]/g)?.length, 1);
  assert.equal(category.match(/\[代数\]/g)?.length, 1);
  // Sorted by the last sort keys: B (代数), M (算术), Z (几何).
  assert.ok(category.indexOf('[代数]') < category.indexOf('[算术]') && category.indexOf('[算术]') < category.indexOf('[几何]'));
});

test('zh mirror update: a new dump that adds Category:數學 files an unchanged page written [[Category:數學]] under 數學 only', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const page = pageXml(1, '几何', '几何。\n\n[[Category:數學]]\n');
  const simplified = pageXml(2, 'Category:数学', '数学分类。\n', { ns: 14 });
  const out = await mirror(miniDump(page + simplified));
  assert.match(read(out, 'Category/数学.md'), /\[几何\]/);
  await mirror(miniDump(page + simplified + pageXml(3, 'Category:數學', '數學分類。\n', { ns: 14 })), 0, out);
  assert.match(read(out, 'Category/數學.md'), /\[几何\]/);
  assert.doesNotMatch(read(out, 'Category/数学.md'), /\[几何\]/);
});

test('zh mirror update: a new dump that adds Category:数学 moves an unchanged page written [[Category:數學]] there, listed once', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const page = pageXml(1, '几何', '几何。\n\n[[Category:數學]]\n') + pageXml(2, '代数', '代数。\n\n[[Category:数学]]\n');
  const out = await mirror(miniDump(page));
  assert.match(read(out, 'Category/數學.md'), /\[几何\]/);
  await mirror(miniDump(page + pageXml(3, 'Category:数学', '数学分类。\n', { ns: 14 })), 0, out);
  const category = read(out, 'Category/数学.md');
  assert.equal(category.match(/\[几何\]/g)?.length, 1);
  assert.equal(category.match(/\[代数\]/g)?.length, 1);
  assert.equal(fs.existsSync(path.join(out, 'Category/數學.md')), false);
});

test('zh mirror: a link in the other script to a redirect follows it, section included', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const out = await mirror(
    miniDump(
      pageXml(1, '几何学', '几何学。\n\n== 历史 ==\n古代。\n') +
        pageXml(2, '几何', '#REDIRECT [[几何学#历史]]\n', { redirect: '几何学' }) +
        pageXml(3, '数学', '见[[幾何]]。\n'),
    ),
  );
  assert.match(read(out, 'Page/数学.md'), /见\[幾何\]\(\.\.\/Page\/几何学\.md#历史\)。/);
});

test('zh mirror: a spelling that is a page of the dump but not of the mirror (--min-size) goes to the wiki as written', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const long = '长'.repeat(200);
  const out = await mirror(miniDump(pageXml(1, '长城', '短。\n') + pageXml(2, '游记', `[[長城]]。${long}\n`)), 100);
  assert.equal(fs.existsSync(path.join(out, 'Page/长城.md')), false);
  assert.match(read(out, 'Page/游记.md'), /\[長城\]\(https:\/\/zh\.wikipedia\.org\/wiki\/長城\)。/);
});
