/**
 * The byte-level scans (src/index/scan-xml.ts) give exactly what the text scans (scan.ts) give on
 * the decoded text: every page of the shared dumps and the zh corpus, and hostile hand-made cases.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DumpReader } from '../../src/dump/reader.js';
import { DumpError } from '../../src/dump/types.js';
import { mayStartWithHash, redirectHeadXml, scanCategoriesXml, hasCharacterReference } from '../../src/index/scan-xml.js';
import { DEFAULTSORT_NAME, scanCategories, scanRedirect, type ScannedCategory } from '../../src/index/scan.js';
import { siteFor } from '../../src/site/defaults.js';
import type { SiteConfig } from '../../src/site/types.js';
import { assertLinear } from '../helpers/linear.js';
import { DUMPS, hasShared, SHARED } from '../mirror/helpers.js';

/** The text as a dump holds it: escaped (with or without `>`), one char per UTF-8 byte. */
function asXml(text: string, escapeGt = true): string {
  let escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  if (escapeGt) escaped = escaped.replace(/>/g, '&gt;');
  return Buffer.from(escaped).toString('latin1');
}

/** Asserts both scans agree on `text` (as XML) and returns the categories. */
function sameScan(site: SiteConfig, text: string, label: string, xml = asXml(text)): ScannedCategory[] {
  const expected = scanCategories(site, text);
  assert.deepEqual(scanCategoriesXml(site, xml), expected, `categories: ${label}`);
  assert.deepEqual(scanRedirect(site, redirectHeadXml(xml)), scanRedirect(site, text), `redirect: ${label}`);
  const head = text.trimStart();
  if (head.startsWith('#') || head.startsWith('＃')) assert.ok(mayStartWithHash(xml), `# head: ${label}`);
  return expected;
}

function sameBothEscapes(site: SiteConfig, text: string, label: string): ScannedCategory[] {
  sameScan(site, text, `${label} (raw >)`, asXml(text, false));
  return sameScan(site, text, label);
}

test('every page of the shared ja/uk dumps scans the same from its XML bytes', async (t) => {
  if (!hasShared()) return t.skip('shared data not found');
  for (const name of ['jawiki-truncated.xml', 'ukwiki-truncated.xml']) {
    const reader = await DumpReader.open(path.join(DUMPS, name), { xmlText: true });
    const site = reader.site;
    let pages = 0;
    let categories = 0;
    try {
      for await (const page of reader.pages()) {
        assert.equal(hasCharacterReference(page.xmlText!), false, page.title);
        categories += sameScan(site, page.text, `${name} ${page.title}`, page.xmlText).length;
        pages++;
      }
    } catch (err) {
      if (!(err instanceof DumpError) || err.kind !== 'truncated') throw err;
    }
    assert.ok(pages > 200 && categories > 500, `${name}: ${pages} pages, ${categories} categories`);
  }
});

test('every zh corpus page and template scans the same, with `>` escaped or not', (t) => {
  const corpus = path.join(SHARED, 'corpus', 'zhwiki');
  if (!fs.existsSync(corpus)) return t.skip('shared data not found');
  const zh = siteFor('zh');
  let files = 0;
  for (const dir of ['pages', 'templates']) {
    for (const file of fs.readdirSync(path.join(corpus, dir)).filter((f) => f.endsWith('.wikitext'))) {
      sameBothEscapes(zh, fs.readFileSync(path.join(corpus, dir, file), 'utf8'), `${dir}/${file}`);
      files++;
    }
  }
  assert.ok(files >= 40, `${files} files`);
});

test('hidden regions: comments (closed or not), nowiki, pre, includeonly in any case and spacing', () => {
  const zh = siteFor('zh');
  const text = `[[Category:甲]] <!-- [[Category:注释]] --> <NoWiki >[[Category:不算]]</nowiki\u3000>
<pre class="x">[[Category:预]]</PRE > <prefix>[[Category:乙]]</prefix> <includeonly>[[Category:引用]]</includeonly>
<nowiki\u00a0>[[Category:丙]]</nowiki> <pre\u3000>[[Category:丁]]</pre> &lt;!-- [[Category:戊]] <!-- [[Category:未闭合]]`;
  assert.deepEqual(
    sameBothEscapes(zh, text, 'hidden').map((c) => c.name),
    ['甲', '乙', '戊'],
  );
  // A link broken by a comment is joined by its space, as the text scan sees it.
  assert.deepEqual(sameBothEscapes(zh, '[[Category:A<!-- x -->B]]', 'joined').map((c) => c.name), ['A B']);
  assert.deepEqual(sameBothEscapes(zh, '<pre title="a>b">[[Category:X]]</pre>', 'pre attribute').map((c) => c.name), []);
  assert.deepEqual(sameBothEscapes(zh, '<nowiki>[[Category:X]]', 'unclosed nowiki').map((c) => c.name), ['X']);
});

test('every white space `\\s` knows counts in a nowiki tag, and nothing else does', () => {
  const zh = siteFor('zh');
  for (let code = 0; code <= 0xffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const c = String.fromCharCode(code);
    if (c === '[' || c === ']' || c === '|') continue;
    sameScan(zh, `<nowiki${c}>[[Category:X]]</nowiki${c}>[[Category:Y]]`, `U+${code.toString(16)}`);
  }
});

test('entities in names and sort keys, namespace case and aliases, links that are not categories', () => {
  const zh = siteFor('zh');
  assert.deepEqual(sameBothEscapes(zh, '[[Category:A&B]] [[分类:C"D|k&ey<>]] [[ category : E_F ]] [[:Category:G]] [[Help:H]] [[Category:]]', 'entities'), [
    { name: 'A&B', sortKey: null },
    { name: 'C"D', sortKey: 'k&ey<>' },
    { name: 'E F', sortKey: null },
  ]);
  const uk = siteFor('uk');
  assert.deepEqual(
    sameBothEscapes(uk, '[[Категорія:Міста]] [[категорія:Річки|р]] [[КАТЕГОРІЯ:Гори]] [[Category:Озера]] [[Файл:X.jpg|thumb|[[Категорія:В описі]]]]', 'uk').map((c) => c.name),
    ['Міста', 'Річки', 'Гори', 'Озера', 'В описі'],
  );
  assert.deepEqual(sameBothEscapes(zh, '[[[Category:三]]] [[Category:A:B|x:y]] [[a\nCategory:X]] [[Category:X\n]] [[x|Category:Y]]', 'odd links').map((c) => c.name), ['三', 'A:B']);
});

test('DEFAULTSORT under English and local names, in either case, the last non-empty one winning', () => {
  const uk = siteFor('uk');
  const cases: Array<[string, string | null]> = [
    ['{{DEFAULTSORT:Київ}}', 'Київ'],
    ['{{ defaultsort : ключ }}', 'ключ'],
    ['{{СОРТУВАННЯ:Львів}}', 'Львів'],
    ['{{сортування:Одеса}}', 'Одеса'],
    ['{{СорТУВання:Суми}}', 'Суми'],
    ['{{ᲃОРТУВАННЯ:старе}}', 'старе'],
    ['{{默认排序:键}}{{默認排序:}}', '键'],
    ['{{デフォルトソート:かな}}{{기본정렬:가}}', '가'],
    ['{{DEFAULTSORTKEY:a}}{{DEFAULTCATEGORYSORT:b&c}}', 'b&c'],
    ['{{DEFAULTSORT|x}} {{DEFAULT SORT:y}} {{cite|url=https://x}} {{{DEFAULTSORT:z}}}', 'z'],
    ['{{DEFAULTSORT:a{{b}}}}', null],
    ['<!-- {{DEFAULTSORT:hidden}} -->', null],
  ];
  for (const [head, key] of cases) {
    const [category] = sameBothEscapes(uk, `${head}\n[[Категорія:К]]`, head);
    assert.equal(category!.sortKey, key, head);
  }
});

test('redirects: local words, full-width #, white space before it, heads longer than the part read', () => {
  const zh = siteFor('zh');
  const cases: Array<[string, string | null]> = [
    ['#REDIRECT [[几何学#历史]]', '几何学'],
    ['#重定向 [[分类:数学]]', 'Category:数学'],
    ['＃重定向 [[甲]]', null],
    ['\u3000 \n#redirect[[乙]]', '乙'],
    ['&#35;REDIRECT [[丙]]', null],
    ['  text #REDIRECT [[丁]]', null],
    [' '.repeat(700) + '#REDIRECT [[戊]]', null],
    ['#REDIRECT ' + '&'.repeat(550) + '[[己]]', null],
    ['#REDIRECT ' + '中'.repeat(580) + ' [[庚]]', null],
    ['#REDIRECT [[辛&"<>]]' + '&'.repeat(2000), null],
  ];
  for (const [text, target] of cases) {
    sameBothEscapes(zh, text, text.slice(0, 30));
    assert.equal(scanRedirect(zh, text)?.target ?? null, target, text.slice(0, 30));
  }
  const ja = siteFor('ja');
  sameBothEscapes(ja, '＃転送 [[日本]]', 'full-width #');
  assert.equal(scanRedirect(ja, '\u3000＃転送 [[日本]]')?.target, '日本');
  sameBothEscapes(ja, '\u3000＃転送 [[日本]]', 'full-width # after U+3000');
});

test('the `i` flag folds no other character into an ASCII letter (why the byte scans may skip them)', () => {
  for (let code = 0x80; code <= 0xffff; code++) {
    const c = String.fromCharCode(code);
    assert.equal(/[a-z]/i.test(c), false, `U+${code.toString(16)}`);
  }
  assert.ok(DEFAULTSORT_NAME.test(' DefaultSort '));
});

test('linear time on start tags without end tags, and on runs of brackets, braces and colons', () => {
  const zh = siteFor('zh');
  const hostile: Record<string, string> = {
    nowiki: '<nowiki>x',
    pre: '<pre x',
    'pre without >': '<pre ',
    includeonly: '<INCLUDEONLY>',
    comment: 'a<!--b-->',
    links: '[[Category:a:',
    templates: '{{DEFAULTSORT:a',
    colons: 'a:b ',
  };
  for (const [label, unit] of Object.entries(hostile)) {
    const xml = (n: number) => asXml('[[Category:X]]' + unit.repeat(n));
    const texts = new Map([20000, 80000].map((n) => [n, xml(n)]));
    sameScan(zh, '[[Category:X]]' + unit.repeat(200), label);
    assertLinear(label, (n) => scanCategoriesXml(zh, texts.get(n) ?? xml(n)), 20000);
  }
});

test('a category prefix ending in any spelling its lower case allows: upper case, signs, white space JavaScript trims, entities', () => {
  const uk = siteFor('uk');
  const spaces = ['\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', ' \t'];
  for (const space of spaces) {
    const found = sameScan(uk, `[[КАТЕГОРІЯ${space}:А]] [[Category${space}:Б]]`, `space U+${space.charCodeAt(0).toString(16)}`);
    // (Titles do not take U+FEFF for white space.)
    assert.deepEqual(found.map((c) => c.name), space === '\ufeff' ? [] : ['А', 'Б']);
  }
  // Keys whose last letter has other upper-case sources: K (U+212A) lower-cases to k, Ω (U+2126)
  // to ω, İ to i + U+0307, Σ ending a word to ς.
  const odd = { ...uk, namespaceLookup: new Map([...uk.namespaceLookup, ['kategorik', 14], ['κατηγοριω', 14], ['kategori\u0307', 14], ['κατηγορις', 14]]) };
  for (const name of ['KATEGORI\u212a', 'κατηγορι\u2126', 'KATEGORİ', 'ΚΑΤΗΓΟΡΙΣ', 'kategorik', 'κατηγοριω']) {
    const text = `[[${name}:X]] [[${name} :Y|k]] [[${name}&:Z]]`;
    assert.deepEqual(scanCategoriesXml(odd, asXml(text)), scanCategories(odd, text), name);
    assert.deepEqual(scanCategories(odd, text).map((c) => c.name), ['X', 'Y'], name);
  }
});

test('hidden regions beside, inside and across links and DEFAULTSORTs, on one line or several', () => {
  const zh = siteFor('zh');
  const cases = [
    '[[Category:A]] <!-- x --> [[Category:B|k]]',
    '[[Category<!--x-->:A]] [[Category:B<!-- ]] -->]]',
    '[[Category:A<!-- [ -->]] [[Category:B<!-- | -->|key]] [[Categ<!--\n-->ory:C]]',
    '<!--\n[[Category:Inside]]\n--> [[Category:After]]\n<nowiki>x</nowiki>[[Category:Z]]',
    '{{ <!-- x -->DEFAULTSORT:k1}} {{DEFAULTSORT<!-- x -->:k2}} {{DEFAULTSORT:a<!-- } -->b}}',
    '{{DEFAULTSORT:a}}<!-- x --> {{DEFAULTSORT:<!-- only a comment -->}} [[Category:A]]',
    '{{DEFAULTSORT:<pre>z</pre>y}} <includeonly>{{DEFAULTSORT:hidden}}</includeonly>',
    '[[Category:A]]\n<!-- c -->\n[[Category:B]]<!-- d -->\n{{DEFAULTSORT:k<!--\n}}\n-->}}',
  ];
  for (const text of cases) sameBothEscapes(zh, text, JSON.stringify(text));
  // Random mixtures of the same pieces.
  // With what the prefix table (category-prefix.ts) turns on: escapes, white space the scan
  // trims, letters whose case mapping changes length or meets another's, names in other cases.
  const pieces = ['[[', ']]', '[[Category:', 'Category', ':', '|', '\n', ' ', 'A', '<!--', '-->', '<nowiki>', '</nowiki>', '<pre>', '</pre>', '{{', '}}', 'DEFAULTSORT', '{{DEFAULTSORT:', 'x', '默认排序',
    '&', '>', '_', '\u00a0', '\u3000', '\u2126', '\u212a', '\u0130', '\u03a3', 'CATEGORY', '[[CATEGORY:', 'cATEGORY', 'defaultsort', '{{defaultsort:', '分类', '[[分類:'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % pieces.length;
  for (let i = 0; i < 3000; i++) {
    let text = '';
    for (let n = 8 + (i % 24); n > 0; n--) text += pieces[next()];
    sameBothEscapes(zh, text, JSON.stringify(text));
  }
});

test('DEFAULTSORT after Unicode white space, local names in either case, and templates that only start like one', () => {
  const uk = siteFor('uk');
  const zh = siteFor('zh');
  const ja = siteFor('ja');
  // The last DEFAULTSORT a scan recognises is every category's key.
  for (const [site, text, key] of [
    [uk, '[[Категорія:А]] {{\u3000сортування:ключ}} {{Сортування зразок:x}}', 'ключ'],
    [uk, '[[Категорія:А]] {{\u00a0\u2003СОРТУВАННЯ :к}} {{Сорт:y}}', 'к'],
    [zh, '[[Category:A]] {{\u3000默认排序:键}} {{默认:x}} {{默認排序:後}}', '後'],
    [ja, '[[Category:A]] {{デフォルトソート:かぎ}} {{デフォルト:x}} {{\ufeffDEFAULTSORT:z}}', 'z'],
    [ja, '[[Category:A]] {{기본정렬:열쇠}} {{기본:x}}', '열쇠'],
  ] as const) {
    const found = sameScan(site, text, text);
    assert.deepEqual(found.map((c) => c.sortKey), [key], text);
  }
});
