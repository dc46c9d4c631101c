import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryPageSource } from '../../src/engine/pagesource.js';
import { siteFor } from '../../src/site/defaults.js';
import { withBuiltinTemplates } from '../../src/templates/wikitext.js';
import { convert } from './pipeline.js';
import { convertPage } from '../../src/engine/convert.js';

const ja = siteFor('ja');

test('built-in bodies take part in parsing: a URL inside the editor\'s brackets', () => {
  const src = withBuiltinTemplates(ja, null);
  assert.equal(convert('* [{{NDLDC|798508}} 社会学講話]国立国会図書館', 'T', 'ja', src).markdown.trim(), '- [社会学講話](https://dl.ndl.go.jp/pid/798508)国立国会図書館');
});

test('built-in bodies: table syntax in template spelling, and ja CharCode rows', () => {
  const uk = siteFor('uk');
  const table = convert('{{(!}}\n! A !! B\n{{!-}}\n| 1 || 2\n{{!)}}', 'T', 'uk', withBuiltinTemplates(uk, null)).markdown.trim();
  assert.equal(table, '| A | B |\n| --- | --- |\n| 1 | 2 |');
  const rows = convert('{|\n!記号!!Unicode!!JIS X 0213!!文字参照!!名称\n{{CharCode|38|0026|1-1-85|Ampersand|amp}}\n|}', 'T', 'ja', withBuiltinTemplates(ja, null)).markdown.trim();
  assert.equal(rows, '| 記号 | Unicode | JIS X 0213 | 文字参照 | 名称 |\n| --- | --- | --- | --- | --- |\n| & | U+0026 | 1-1-85 | \\&#38;<br />\\&amp; | Ampersand |');
});

test('a page source\'s own template wins over the built-in body; other wikis do not see ja names', () => {
  const own = new MemoryPageSource(ja);
  own.set('Template:NDLDC', 'https://example.org/{{{1}}}');
  const src = withBuiltinTemplates(ja, own);
  assert.equal(src.get('Template:NDLDC'), 'https://example.org/{{{1}}}');
  assert.equal(withBuiltinTemplates(ja, null).get('Template:NDLDC'), 'https://dl.ndl.go.jp/pid/{{{1}}}');
  assert.equal(withBuiltinTemplates(siteFor('zh'), null).get('Template:NDLDC'), null);
  assert.equal(withBuiltinTemplates(ja, null).exists('Template:(!'), true);
  assert.equal(withBuiltinTemplates(ja, null).get('NDLDC'), null);
});

test('the engine expands the built-in bodies: {{!!}} splits cells, {{!-}} opens a row', () => {
  const md = convertPage('{{(!}}\n{{!}}a{{!!}}b\n{{!-}}\n{{!}}c{{!!}}d\n{{!)}}', { site: 'uk', title: 'T' }).markdown.trim();
  assert.equal(md, '<table>\n<tr>\n<td>a</td>\n<td>b</td>\n</tr>\n<tr>\n<td>c</td>\n<td>d</td>\n</tr>\n</table>');
  // Outside a table the body is plain text.
  assert.equal(convertPage('x {{!!}} y', { site: 'uk', title: 'T' }).markdown.trim(), 'x || y');
});

test('ja {{Single chart}}: the chart and its peak position as the row\'s two cells (unknown keys as written)', () => {
  const src = '{|\n! チャート !! 最高位\n|-\n|{{Single chart|Austria|10|artist=The Beatles|song=Yesterday}}\n|-\n|{{Single chart|Foo|3}}\n|}';
  assert.equal(
    convert(src, 'T', 'ja', withBuiltinTemplates(ja, null)).markdown.trim(),
    '| チャート | 最高位 |\n| --- | --- |\n| オーストリア (Ö3 Austria Top 40) | 10 |\n| Foo | 3 |',
  );
});

test('one wrapper per site and source: a template page is asked for and tokenized once across pages', () => {
  const own = new MemoryPageSource(ja);
  own.set('Template:Greeting', 'こんにちは、{{{1}}}');
  const asked: string[] = [];
  const counting = { get: (t: string) => (asked.push(t), own.get(t)), exists: (t: string) => own.exists(t) };
  assert.equal(withBuiltinTemplates(ja, counting), withBuiltinTemplates(ja, counting));
  assert.notEqual(withBuiltinTemplates(ja, counting), withBuiltinTemplates(ja, own));
  assert.equal(withBuiltinTemplates(ja, null), withBuiltinTemplates(ja, null));
  const first = convertPage('{{Greeting|太郎}}{{Nowhere}}', { site: 'ja', title: 'A', templates: counting }).markdown.trim();
  const second = convertPage('{{Greeting|花子}}{{Nowhere}}', { site: 'ja', title: 'B', templates: counting }).markdown.trim();
  assert.equal(first, 'こんにちは、太郎');
  assert.equal(second, 'こんにちは、花子');
  assert.deepEqual(asked.filter((t) => t === 'Template:Greeting'), ['Template:Greeting']);
  assert.equal(asked.filter((t) => t === 'Template:Nowhere').length, 1);
});

test('ja Certification Table Top / Entry / Bottom: one table, the region with its body, the award in Japanese (ja 0075: 認定 stood empty)', () => {
  const src = [
    '== 認定 ==',
    '{{Certification Table Top}}',
    '{{Certification Table Entry|region=United Kingdom|artist=The Beatles|title=Yesterday|type=single|award=Silver|salesamount=200,000|relyear=1976}}',
    '{{Certification Table Entry|region=Narnia|title=Yesterday|award=Platinum|number=2|type=single}}',
    '{{Certification Table Bottom|nosales=true|streaming=true}}',
  ].join('\n');
  assert.equal(
    convertPage(src, { site: 'ja', title: 'T' }).markdown.trim(),
    '## 認定\n\n| 国/地域 | 認定 | 認定/売上数 |\n| --- | --- | --- |\n| イギリス (BPI) | シルバー | 200,000 |\n| Narnia | プラチナ×2 |  |',
  );
});

test('ja succession box: before · title · after as a one-row table; s-start and end show nothing (every ja prefecture\'s 行政区の変遷)', () => {
  const src = [
    '本文',
    '{{s-start}}',
    '{{s-bef|before=[[盛岡藩]]|表記=前}}',
    '{{s-ttl|title=行政区の変遷|years=[[1870年]] -|years2=盛岡県→岩手県}}',
    '{{s-aft|after=-----|表記=次}}',
    '{{end}}',
  ].join('\n');
  assert.equal(
    convertPage(src, { site: 'ja', title: 'T' }).markdown.trim(),
    [
      '本文',
      '',
      '<table>',
      '<tr>',
      '<td>前<br /><a href="https://ja.wikipedia.org/wiki/盛岡藩">盛岡藩</a></td>',
      '<td><b>行政区の変遷</b><br /><a href="https://ja.wikipedia.org/wiki/1870年">1870年</a> -<br />盛岡県→岩手県</td>',
      '<td>次<br />-----</td>',
      '</tr>',
      '</table>',
    ].join('\n'),
  );
  // Without 表記 the labels are 先代 / 次代; an {{end}} closing some other box prints nothing.
  assert.match(convertPage('{{s-bef|before=甲}}\n{{s-ttl|title=乙}}\n{{s-aft|after=丙}}', { site: 'ja', title: 'T' }).markdown, /先代<br \/>甲[\s\S]*次代<br \/>丙/);
  assert.equal(convertPage('{{col-begin}}\n文\n{{end}}', { site: 'ja', title: 'T' }).markdown.trim(), '文');
  // Wikis without bodies for them keep dropping the same names (zh and uk: succession-bodies.test.ts).
  assert.equal(convertPage('文\n{{s-bef|before=甲}}\n{{s-aft|after=丙}}', { site: 'en', title: 'T' }).markdown.trim(), '文');
});

test('{{Switcher}}: the content the wiki shows without a script (the default-th, else the first); ja 0007 lost its infobox map', () => {
  const md = (src: string): string => String(convertPage(src, { site: 'ja', title: 'T' }).markdown).trim();
  assert.equal(md('{{Switcher|[[File:A.svg|frameless]]|国境線を表示|[[File:B.svg|frameless]]|国境線を隠す|default=1}}'),
    '![A](https://upload.wikimedia.org/wikipedia/commons/7/75/A.svg)');
  assert.equal(md('{{Switcher|甲|a|乙|b|default=2}}'), '乙');
  assert.equal(md('{{Switcher|甲|a|乙|b}}'), '甲');
});

test('jawiki/enwiki book templates of the AI article: the citation as the wiki prints it, the page adding the full stop (ja 0028: four bullets held only ".")', () => {
  const md = (src: string): string => String(convertPage(src, { site: 'ja', title: 'T' }).markdown).trim();
  assert.equal(md('* {{McCorduck 2004}}.'), '- McCorduck, Pamela (2004), *Machines Who Think* (2nd ed.), Natick, MA: A. K. Peters, Ltd., [ISBN 1-56881-205-1](https://ja.wikipedia.org/wiki/Special:BookSources/1568812051).');
  assert.equal(md('* {{Turing 1950}}.'), '- Turing, Alan (October 1950), "Computing Machinery and Intelligence", *Mind*, LIX (236): 433–460, doi:[10.1093/mind/LIX.236.433](https://doi.org/10.1093/mind/LIX.236.433).');
  assert.match(md('* {{Russell Norvig 2003}}.'), /^- Russell, Stuart J\.; Norvig, Peter \(2003\), \*Artificial Intelligence: A Modern Approach\* \(2nd ed\.\), Upper Saddle River, New Jersey: Prentice Hall, \[ISBN 0-13-790395-2\]/);
  assert.match(md('* {{Crevier 1993}}.'), /^- Crevier, Daniel \(1993\), \*AI: The Tumultuous Search for Artificial Intelligence\*, New York, NY: BasicBooks/);
});

test('built-in bodies: {{age in days}} counts to the conversion day or a second date; ja {{sum2}} adds (ja 0141\'s days in office read "日")', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  const days = (src: string, site: string) => convertPage(src, { site, title: 'T', now }).markdown.trim();
  assert.equal(days('{{age in days|2020|1|1|2020|1|31}}', 'ja'), '30');
  assert.equal(days('{{age in days|2025|12|1}}', 'ja'), '31');
  // Without a date given, the engine's fixed day (2026-01-01) is the day of the conversion.
  assert.equal(convertPage('{{age in days|2025|12|1}}', { site: 'ja', title: 'T' }).markdown.trim(), '31');
  // Forms other than year|month|day print nothing, not a wrong number or an expression error.
  assert.equal(days('{{age in days|19 Aug 2008|4 Sep 2010}}', 'ja'), '');
  assert.equal(days('{{age in days|year1=2008|month1=4|day1=23}}', 'ja'), '');
  assert.equal(days('{{age in days||||2008|4|23}}', 'ja'), '');
  // Only jawiki's use is known: elsewhere the name is no built-in body.
  assert.notEqual(days('{{age in days|2025|12|1}}', 'en'), '31');
  assert.equal(days('{{sum2|{{age in days|2025|12|1}}|1}}日', 'ja'), '32日');
  assert.equal(days('{{sum2|5|1|2}}', 'ja'), '8');
});

test('a source page that only calls Lua yields to the built-in body (zhwiki\'s {{TWNint}} is an #invoke)', () => {
  const zh = siteFor('zh');
  const own = new MemoryPageSource(zh);
  own.set('Template:TWNint', '<includeonly>{{#invoke:Jctint/TWN|twnint}}</includeonly><noinclude>{{Documentation}}</noinclude>');
  own.set('Template:Jctbtm', '<includeonly>|}</includeonly>');
  const src = withBuiltinTemplates(zh, own);
  assert.equal(src.get('Template:TWNint'), withBuiltinTemplates(zh, null).get('Template:TWNint'));
  assert.equal(src.isBuiltin?.('Template:TWNint'), true);
  // A page in plain wikitext still wins.
  assert.equal(src.get('Template:Jctbtm'), '<includeonly>|}</includeonly>');
  assert.equal(src.isBuiltin?.('Template:Jctbtm'), false);
  const md = convert('{{TWNinttop |county=臺中市 }}\n{{TWNint |tcd=清水區 |location=大槺榔 |km=0.0 |road=台1線 |notes=起點 }}\n{{Jctbtm}}', 'T', 'zh', src).markdown.trim();
  assert.equal(md, '臺中市\n\n| 鄉鎮市區 | 地點 | 公里 | 交會道路 | 備註 |\n| --- | --- | --- | --- | --- |\n| [清水區](https://zh.wikipedia.org/wiki/清水區) | 大槺榔 | 0.0 | 台1線 | 起點 |');
});

test('a page with wikitext of its own besides an #invoke wins over the body; so does one whose #invoke is text or a branch', () => {
  const zh = siteFor('zh');
  const own = new MemoryPageSource(zh);
  // A heading of our own wording in the real TWNinttop's shape, closed by a parameter check in Lua.
  own.set('Template:TWNinttop', '<includeonly>本路在{{{county}}}。\n{| class="wikitable"\n! 區\n! 地點\n! 里程\n! 交會\n! 註\n|-\n'
    + '{{#invoke:Check for unknown parameters|check|unknown=|county}}</includeonly>');
  own.set('Template:TWNint', '{{#if:{{{lua|}}}|{{#invoke:Jctint/TWN|twnint}}|\n{{!}}-\n{{!}} {{{tcd}}} {{!!}} {{{location}}} {{!!}} {{{km}}} {{!!}} {{{road}}} {{!!}} {{{notes}}}}}');
  own.set('Template:台灣公路設施', '|-\n| {{{3}}}<nowiki>{{#invoke:X|y}}</nowiki>');
  const src = withBuiltinTemplates(zh, own);
  assert.equal(src.isBuiltin?.('Template:TWNinttop'), false);
  assert.equal(src.isBuiltin?.('Template:TWNint'), false);
  assert.equal(src.isBuiltin?.('Template:台灣公路設施'), false);
  const md = convert('{{TWNinttop |county=臺中市 }}\n{{TWNint |tcd=清水區 |location=甲 |km=0.0 |road=台1線 |notes=起點 }}\n|}', 'T', 'zh', src).markdown.trim();
  assert.equal(md, '本路在臺中市。\n\n| 區 | 地點 | 里程 | 交會 | 註 |\n| --- | --- | --- | --- | --- |\n| 清水區 | 甲 | 0.0 | 台1線 | 起點 |');
});

test('junction tables decided as a family: a Lua-only {{TWNint}} takes the built-in {{TWNinttop}} along, so rows fit the heading', () => {
  const zh = siteFor('zh');
  const own = new MemoryPageSource(zh);
  // Our own top in the real one's shape: a 縣市 column only when no county= is given.
  own.set('Template:TWNinttop', '<includeonly>{{#if:{{{county|}}}|本路在{{{county}}}。}}\n{| class="wikitable"\n{{#if:{{{county|}}}||! 縣市}}\n'
    + '! 區\n! 地點\n! 里程\n! 交會\n! 註\n|-\n</includeonly>');
  own.set('Template:TWNint', '<includeonly>{{#invoke:Jctint/TWN|twnint}}</includeonly><noinclude>{{Documentation}}</noinclude>');
  const src = withBuiltinTemplates(zh, own);
  assert.equal(src.isBuiltin?.('Template:TWNinttop'), true);
  assert.equal(src.isBuiltin?.('Template:TWNint'), true);
  const md = convert('{{TWNinttop}}\n{{TWNint |county=新北市 |tcd=板橋區 |location=甲 |km=0.0 |road=台1線 |notes=起點 }}\n'
    + '{{TWNint |county=臺北市 |tcd=中正區 |location=乙 |km=5.0 |road=台3線 |notes=終點 }}\n|}', 'T', 'zh', src).markdown.trim();
  assert.equal(md, '| 鄉鎮市區 | 地點 | 公里 | 交會道路 | 備註 |\n| --- | --- | --- | --- | --- |\n'
    + '| [板橋區](https://zh.wikipedia.org/wiki/板橋區) | 甲 | 0.0 | 台1線 | 起點 |\n| [中正區](https://zh.wikipedia.org/wiki/中正區) | 乙 | 5.0 | 台3線 | 終點 |');
  // With a row template of the wiki's own wikitext, the wiki's top stays.
  own.set('Template:TWNint', '\n|-\n| {{{county}}} || {{{tcd}}} || {{{location}}} || {{{km}}} || {{{road}}} || {{{notes}}}');
  const src2 = withBuiltinTemplates(zh, own);
  assert.equal(src2.isBuiltin?.('Template:TWNinttop'), false);
});

test('junction family: a missing {{TWNint}} takes the built-in top along; a missing {{台灣公路設施}} does not', () => {
  const zh = siteFor('zh');
  const top = '<includeonly>{{#if:{{{county|}}}|本路在{{{county}}}。}}\n{| class="wikitable"\n{{#if:{{{county|}}}||! 縣市}}\n'
    + '! 區\n! 地點\n! 里程\n! 交會\n! 註\n|-\n</includeonly>';
  // (a) The dump has the wiki's top (a 縣市 column) and no TWNint: both built-in, 5 cells under 5 headings.
  const own = new MemoryPageSource(zh);
  own.set('Template:TWNinttop', top);
  const src = withBuiltinTemplates(zh, own);
  assert.equal(src.isBuiltin?.('Template:TWNinttop'), true);
  assert.equal(src.isBuiltin?.('Template:TWNint'), true);
  const md = convert('{{TWNinttop}}\n{{TWNint |tcd=板橋區 |location=甲 |km=0.0 |road=台1線 |notes=起點 }}\n|}', 'T', 'zh', src).markdown.trim();
  assert.equal(md, '| 鄉鎮市區 | 地點 | 公里 | 交會道路 | 備註 |\n| --- | --- | --- | --- | --- |\n'
    + '| [板橋區](https://zh.wikipedia.org/wiki/板橋區) | 甲 | 0.0 | 台1線 | 起點 |');
  // (b) Top and rows both wikitext, no 台灣公路設施: the pair keeps the wiki's pages (the facility
  // row is not of the pair; missing, it takes its body alone).
  const own2 = new MemoryPageSource(zh);
  own2.set('Template:TWNinttop', top);
  own2.set('Template:TWNint', '\n|-\n| {{{county}}} || {{{tcd}}} || {{{location}}} || {{{km}}} || {{{road}}} || {{{notes}}}');
  const src2 = withBuiltinTemplates(zh, own2);
  assert.equal(src2.isBuiltin?.('Template:TWNinttop'), false);
  assert.equal(src2.isBuiltin?.('Template:TWNint'), false);
  assert.equal(src2.isBuiltin?.('Template:台灣公路設施'), true);
  const md2 = convert('{{TWNinttop}}\n{{TWNint |county=新北市 |tcd=板橋區 |location=甲 |km=0.0 |road=台1線 |notes=起點 }}\n|}', 'T', 'zh', src2).markdown.trim();
  assert.equal(md2, '| 縣市 | 區 | 地點 | 里程 | 交會 | 註 |\n| --- | --- | --- | --- | --- | --- |\n| 新北市 | 板橋區 | 甲 | 0.0 | 台1線 | 起點 |');
});

test('junction family: a tree kept across pages notes the pair\'s other page on every use', () => {
  const zh = siteFor('zh');
  const own = new MemoryPageSource(zh);
  own.set('Template:TWNinttop', '<includeonly>{| class="wikitable"\n! 縣市\n! 區\n</includeonly>');
  own.set('Template:TWNint', '<includeonly>{{#invoke:Jctint/TWN|twnint}}</includeonly>');
  const noted: string[] = [];
  const read: string[] = [];
  const source = {
    get: (t: string) => { read.push(t); return own.get(t); },
    exists: (t: string) => own.exists(t),
    noteUse: (t: string) => { noted.push(t); },
  };
  const src = withBuiltinTemplates(zh, source);
  convert('{{TWNinttop}}\n|}', 'P1', 'zh', src);
  assert.ok(read.includes('Template:TWNint'), 'the first page reads TWNint to decide');
  assert.deepEqual(noted, []);
  // The second page gets TWNinttop's tree from the cache: it notes TWNinttop and TWNint.
  convert('{{TWNinttop}}\n|}', 'P2', 'zh', src);
  assert.deepEqual([...new Set(noted)].sort(), ['Template:TWNint', 'Template:TWNinttop']);
  noted.length = 0;
  // A template outside any family notes its own title alone.
  own.set('Template:X', 'x');
  convert('{{X}}', 'P3', 'zh', src);
  convert('{{X}}', 'P4', 'zh', src);
  assert.deepEqual(noted, ['Template:X']);
});

// Every combination of the junction pair (each page missing, the dump's wikitext, or Lua only) with
// no {{台灣公路設施}} page: each row fits its heading row. The built-in pair's rows have its five
// cells; under the dump's own pair the facility is one cell spanning the row, as zhwiki's is.
{
  const zh = siteFor('zh');
  const TOP = '<includeonly>{{#if:{{{county|}}}|本路在{{{county}}}。}}\n{| class="wikitable"\n{{#if:{{{county|}}}||! 縣市}}\n'
    + '! 區\n! 地點\n! 里程\n! 交會\n! 註\n|-\n</includeonly>';
  const INT = '<includeonly>\n|-\n{{#if:{{{county|}}}|{{!}} {{{county}}}}}\n| {{{tcd}}} || {{{location}}} || {{{km}}} || {{{road}}} || {{{notes}}}</includeonly>';
  const pages = { missing: null, wikitext: { top: TOP, int: INT }, lua: { top: '{{#invoke:Jctint/TWN|top}}', int: '{{#invoke:Jctint/TWN|twnint}}' } };
  const PAGE = '{{TWNinttop}}\n{{TWNint |county=新北市 |tcd=板橋區 |location=甲 |km=0.0 |road=台1線 |notes=起點 }}\n{{台灣公路設施|bri||榮橋|1.2|跨越}}\n|}';
  const BUILTIN = '| 鄉鎮市區 | 地點 | 公里 | 交會道路 | 備註 |\n| --- | --- | --- | --- | --- |\n'
    + '| [板橋區](https://zh.wikipedia.org/wiki/板橋區) | 甲 | 0.0 | 台1線 | 起點 |\n|  | 榮橋 | 1.2 |  | 跨越 |';
  const spanning = (cell: string): string => '<table>\n<tr>\n' + ['縣市', '區', '地點', '里程', '交會', '註'].map((h) => `<th>${h}</th>\n`).join('')
    + '</tr>\n<tr>\n' + ['新北市', '板橋區', '甲', '0.0', '台1線', '起點'].map((c) => `<td>${c}</td>\n`).join('')
    + `</tr>\n<tr>\n<td colspan="8">${cell}</td>\n</tr>\n</table>`;
  // zhwiki's facility reads argument 4 as the page the name links to (PAGE writes a kilometre there, as
  // corpus page 049 does; the built-in 5-cell body shows it as one).
  const FACILITY = '<a href="https://zh.wikipedia.org/wiki/1.2"><b>榮橋</b></a>　跨越';
  const kinds = ['missing', 'wikitext', 'lua'] as const;
  const run = (top: (typeof kinds)[number], int: (typeof kinds)[number], facility: string | null): string => {
    const own = new MemoryPageSource(zh);
    if (pages[top]) own.set('Template:TWNinttop', pages[top]!.top);
    if (pages[int]) own.set('Template:TWNint', pages[int]!.int);
    if (facility !== null) own.set('Template:台灣公路設施', facility);
    return convert(PAGE, 'T', 'zh', withBuiltinTemplates(zh, own)).markdown.trim();
  };
  for (const top of kinds) {
    for (const int of kinds) {
      const both = top === 'wikitext' && int === 'wikitext';
      test(`junction family, {{TWNinttop}} ${top}, {{TWNint}} ${int}, no {{台灣公路設施}}: every row fits its heading row`, () => {
        assert.equal(run(top, int, null), both ? spanning(FACILITY) : BUILTIN);
      });
    }
  }
  test('junction family: a Lua-only {{台灣公路設施}} is as a missing one; the dump\'s own spans the row under the dump\'s pair, and follows a built-in pair', () => {
    assert.equal(run('wikitext', 'wikitext', '{{#invoke:X|y}}'), spanning(FACILITY));
    const own = '<includeonly>|-\n| colspan=8 | 設施{{{3}}}\n|-</includeonly>';
    assert.equal(run('wikitext', 'wikitext', own), spanning('設施榮橋'));
    assert.equal(run('wikitext', 'lua', own), BUILTIN);
  });
  test('junction family: the spanning facility cell reads zhwiki\'s arguments (樣式, 里程, 名稱, 條目連結, 備註, 出口)', () => {
    const row = (call: string): string => {
      const own = new MemoryPageSource(zh);
      own.set('Template:TWNinttop', TOP);
      own.set('Template:TWNint', INT);
      const html = convert(`{{TWNinttop|county=新北市}}\n${call}\n|}`, 'T', 'zh', withBuiltinTemplates(zh, own)).markdown;
      return /<tr>\n(<td[^]*?)<\/tr>\n<\/table>/.exec(html)?.[1] ?? html;
    };
    // The kilometre and the name with its kind's suffix, linked to argument 4; the notes after U+3000.
    assert.equal(row('{{台灣公路設施|ser|12.5|中壢|中壢服務區|a}}'), '<td colspan="8"><a href="https://zh.wikipedia.org/wiki/中壢服務區"><b>12.5　中壢服務區</b></a>　a</td>\n');
    assert.equal(row('{{台灣公路設施|bri||無名}}'), '<td colspan="8"><b>（無名橋梁）</b></td>\n');
    assert.equal(row('{{台灣公路設施|tun|7.9|無名}}'), '<td colspan="8"><b>7.9　（無名隧道）</b></td>\n');
    assert.equal(row('{{台灣公路設施|tun|7.9|雪山}}'), '<td colspan="8"><b>7.9　雪山隧道</b></td>\n');
    // With an exit number: a cell of the whole kilometre and the number, then the rest over seven columns.
    assert.equal(row('{{台灣公路設施|er|12.5|圓山||b|23}}'), '<td><b>12\u00a023</b></td>\n<td colspan="7"><b>12.5　圓山</b>　b</td>\n');
  });
}
