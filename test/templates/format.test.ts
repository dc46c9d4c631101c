import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryPageSource } from '../../src/engine/pagesource.js';
import { siteFor } from '../../src/site/defaults.js';
import { convertPage } from '../../src/engine/convert.js';
import { inlineOf, makeCtx, render, show } from './harness.js';

const zh = makeCtx('zh');
const en = makeCtx('en');

test('wrappers without meaning in Markdown keep their text', () => {
  assert.deepEqual(inlineOf(render('Nowrap', ['1990年—2000年'], {}, zh)), [{ type: 'text', value: '1990年—2000年' }]);
  assert.equal(show(inlineOf(render('Color', ['red', '红字'], {}, zh))), '红字');
  assert.equal(show(inlineOf(render('Font color', ['white', 'black', '白字'], {}, zh))), '白字');
  assert.equal(show(inlineOf(render('Resize', ['90%', 'text'], {}, zh))), 'text');
  assert.equal(show(inlineOf(render('Tooltip', ['WSL', 'Windows Subsystem'], {}, zh))), 'WSL');
  assert.equal(show(inlineOf(render('Colorbox', ['#0CF', '公明党'], {}, zh))), '公明党');
});

test('wrappers with HTML meaning become allowed inline tags', () => {
  assert.deepEqual(inlineOf(render('Small', ['(New York)'], {}, zh)), [{ type: 'htmlInline', tag: 'small', attrs: {}, children: [{ type: 'text', value: '(New York)' }] }]);
  assert.equal(show(inlineOf(render('Big', ['大'], {}, zh))), '<big>大</big>');
  assert.equal(show(inlineOf(render('Sup', ['2'], {}, zh))), '<sup>2</sup>');
  assert.equal(show(inlineOf(render('Sub', ['2'], {}, zh))), '<sub>2</sub>');
  assert.deepEqual(inlineOf(render('Abbr', ['WHO', 'World Health Organization'], {}, en)), [
    { type: 'htmlInline', tag: 'abbr', attrs: { title: 'World Health Organization' }, children: [{ type: 'text', value: 'WHO' }] },
  ]);
  assert.equal(show(inlineOf(render('Mvar', ['e'], {}, zh))), '*e*');
  assert.equal(show(inlineOf(render('Ruby', ['漢字', 'かんじ'], {}, zh))), '<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>');
});

test('{{su}} stacks p over b: in a line the count, then the charge; right-aligned the superscript first (not a plain sup wrapper)', () => {
  assert.equal(show(inlineOf(render('Su', [], { w: '70%', b: '2' }, zh))), '<sub>2</sub>');
  // zhwiki's Chem/atom for SO₄²⁻: {{su|w=70%|b=4|p=2−}} after the symbol.
  assert.equal(show(inlineOf(render('Su', [], { w: '70%', b: '4', p: '2−' }, zh))), '<sub>4</sub><sup>2−</sup>');
  // Right-aligned against what follows, as a nuclide's numbers before its symbol: ¹⁴₆C.
  assert.equal(show(inlineOf(render('Su', [], { p: '14', b: '6', a: 'r' }, zh))), '<sup>14</sup><sub>6</sub>');
  assert.equal(show(inlineOf(render('Su', [], { p: '−' }, zh))), '<sup>−</sup>');
  assert.equal(render('Su', [], { b: ' ' }, zh).kind, 'drop');
});

test('one-character helpers and table words', () => {
  assert.equal(show(inlineOf(render('!', [], {}, zh))), '|');
  assert.equal(show(inlineOf(render('·', [], {}, zh))), '\u00a0· ');
  assert.equal(show(inlineOf(render('Nbsp', [], {}, zh))), '\u00a0');
  assert.equal(show(inlineOf(render('Won', [], {}, zh))), '获奖');
  assert.equal(show(inlineOf(render('Nom', [], {}, zh))), '提名');
  assert.equal(show(inlineOf(render('Won', [], {}, en))), 'Won');
  assert.equal(show(inlineOf(render('Yes', [], {}, zh))), '是');
  assert.equal(show(inlineOf(render('Yes', ['部分'], {}, zh))), '部分');
});

test('PAGENAMEBASE strips the namespace and the disambiguation suffix', () => {
  assert.equal(show(inlineOf(render('PAGENAMEBASE', [], {}, makeCtx('zh', '歌人 (許志安專輯)')))), '歌人');
  assert.equal(show(inlineOf(render('PAGENAME', [], {}, makeCtx('zh', 'Category:数学')))), '数学');
});

test('an empty wrapper is dropped', () => {
  assert.deepEqual(render('Nowrap', [''], {}, zh), { kind: 'drop' });
  assert.deepEqual(render('Small', [], {}, zh), { kind: 'drop' });
});

test('a wrapped argument with list lines stays a list (MediaWiki sees the lines at line starts; <small> is reopened in each item)', () => {
  const md = (src: string) => convertPage(src, { site: 'ja', title: 'X' }).markdown.trim();
  assert.equal(md('{{small|\n* a\n** b\n* c}}'), '- <small>a</small>\n  - <small>b</small>\n- <small>c</small>');
  assert.equal(md('{{nowrap|\n# 一\n# 二}}'), '1. 一\n2. 二');
  assert.equal(md('{{small|(注)}}'), '<small>(注)</small>');
});

test('fractions: {{frac}} with a fraction slash, {{sfrac}} with a plain one; {{not a typo}} runs its arguments together', () => {
  const md = (src: string) => convertPage(src, { site: 'uk', title: 'X' }).markdown.trim();
  assert.equal(md('a {{sfrac|256|81}} b {{frac|1|2|3}} c {{frac|4}} d {{frac}}'), 'a 256/81 b 1\u00a02⁄3 c 1⁄4 d ⁄');
  assert.equal(md('{{not a typo|tw|on}}'), 'twon');
});

test('jawiki {{右|…}} (ja 福島県): the floated images and text stay, the float is layout', async () => {
  const { convertPage } = await import('../../src/engine/convert.js');
  assert.equal(
    convertPage('{{右|\n[[ファイル:FukushimaAirportM.jpg|thumb|250px|福島空港]]\n}}\n', { site: 'ja', title: '福島県' }).markdown,
    '![福島空港](https://upload.wikimedia.org/wikipedia/commons/7/70/FukushimaAirportM.jpg)<br />\n福島空港\n',
  );
});

test('ja {{Indent}} on its own line is an indented line of its own; inside a sentence only its text', () => {
  const md = (src: string) => convertPage(src, { site: 'ja', title: 'T' }).markdown.trim();
  assert.equal(md('である。\n{{Indent|S &rarr; aSb}}\nここで'), 'である。\n\n<dl>\n<dd>S → aSb</dd>\n</dl>\n\nここで');
  assert.equal(md('規則 {{Indent|S}} は'), '規則 S は');
});

test('{{legend}} is a line of its own (a div on the wiki): map legends in running text and captions stand one entry to a line', () => {
  const md = convertPage('国連の分類\n{{legend|#4080FF|[[北ヨーロッパ]]}}\n{{legend|#FF8040|[[西ヨーロッパ]]}}', { site: 'ja', title: 'X' }).markdown;
  assert.equal(md, '国連の分類\n\n[北ヨーロッパ](https://ja.wikipedia.org/wiki/北ヨーロッパ)\n\n[西ヨーロッパ](https://ja.wikipedia.org/wiki/西ヨーロッパ)\n');
  // {{legend inline}} stays in the sentence.
  assert.equal(convertPage('a {{legend inline|#FF0000|赤}} b', { site: 'ja', title: 'X' }).markdown, 'a 赤 b\n');
});

test('jawiki {{u}} and {{読み}} inside a sentence, and a script wrapper ({{nastaliq}}), keep their words', () => {
  const md = (src: string): string => String(convertPage(src, { site: 'ja', title: 'T' }).markdown).trim();
  // ja 0002: the sentence read 日本語をとしているため.
  assert.equal(md('日本国は「日本語」を{{u|事実上の公用語}}としているため'), '日本国は「日本語」を事実上の公用語としているため');
  // ja 0127: the brackets stood empty.
  assert.equal(md('フランス語の télévision（{{読み|テレヴィジオン|}}）に由来する。'), 'フランス語の télévision（テレヴィジオン）に由来する。');
  // ja 0042: Iran's name in Persian, in bold, was gone.
  assert.equal(md("'''{{Lang|fa|{{nastaliq|جمهوری اسلامی ایران}}}}'''"), '**جمهوری اسلامی ایران**');
  // Elsewhere {{U}} stays unknown (enwiki's is a user link), so it is no word here.
  assert.equal(String(convertPage('a{{u|X}}b', { site: 'zh', title: 'T' }).markdown).trim(), 'ab');
});

test('{{To USD|amount|country}}: with no exchange-rate data the amount stands in its own currency, not as a blank cell (ja 0065)', () => {
  const md = (src: string): string => String(convertPage(src, { site: 'ja', title: 'T' }).markdown).trim();
  assert.equal(md('{|\n! 国 !! 興行収入 (10億US$)\n|-\n| インド || align=right|{{To USD|158.9|IND}}\n|}'),
    '| 国 | 興行収入 (10億US\\$) |\n| --- | --- |\n| インド | 158.9\u00a0INR |');
  // The unknown code as the known one: after a no-break space.
  assert.equal(md('{{To USD|7|XYZ}}'), '7\u00a0(XYZ)');
  assert.equal(md('a{{To USD}}b'), 'ab');
});

test('{{To USD}} is a stand-in: when the page source holds the template, its own text is expanded', () => {
  const templates = new MemoryPageSource(siteFor('ja'));
  templates.set('Template:To USD', '{{{1}}} USD');
  const md = String(convertPage('a {{To USD|158.9|IND}} b', { site: 'ja', title: 'T', templates }).markdown).trim();
  assert.equal(md, 'a 158.9 USD b');
});

test('wrappers keep the white space at their positional argument\'s edges, as `{{{1}}}` prints it', () => {
  const md = (src: string, site = 'zh'): string => String(convertPage(src, { site, title: 'T' }).markdown).trim();
  assert.equal(md('a{{nowrap| b }}c', 'en'), 'a b c');
  assert.equal(md('a{{color|red| b}}c', 'en'), 'a bc');
  // Except where the zhwiki template trims: Font color (`{{trim|…}}`), Font and zh 右 (an #if
  // branch); Code is <syntaxhighlight inline>, which drops trailing white space only.
  assert.equal(md('x{{font color|red| 字 }}y'), 'x字y');
  assert.equal(md('a{{font color|red|blue| 乙 }}b'), 'a乙b');
  assert.equal(md('a{{font| 丙 |size=12}}b'), 'a丙b');
  assert.equal(md('a{{右| 丁 }}b'), 'a丁b');
  assert.equal(md('a{{code| x }}b'), 'a <code>x</code>b');
  assert.equal(md('a{{highlight| 重要 |yellow}}b'), 'a 重要 b');
  assert.equal(md('a{{nowrap|　b}}'), 'a　b');
  // Set outside the tag, which shows the same.
  assert.equal(md('a{{small| b }}c', 'en'), 'a <small>b</small> c');
  // A named argument comes trimmed, as MediaWiki trims it.
  assert.equal(md('a{{nowrap|text= b }}c', 'en'), 'abc');
  // A blank argument is its white space, as `{{{1}}}` prints it; one with a line break is dropped.
  assert.equal(md('| a{{nowrap| | }}b', 'en'), '| a b');
  assert.equal(md('a{{small| }}b', 'en'), 'a b');
  assert.equal(md('甲{{nowrap|\n}}乙'), '甲乙');
  // An edge with a line break stays dropped (the writer joins a page's own line breaks).
  assert.equal(md('甲{{nowrap|\n乙}}丙'), '甲乙丙');
});

test('a template inside {{abbr}}\'s title is its text, not the index of its marker', () => {
  const md = convertPage('{{abbr|甲|x{{lang|en|y}}z}}', { title: 'T', site: 'zh' }).markdown;
  assert.equal(md, '<abbr title="xyz">甲</abbr>\n');
});

test('font color reads its named arguments as zhwiki\'s Template:Font color does', () => {
  const md = (src: string): string => String(convertPage(src, { site: 'zh', title: 'T' }).markdown).trim();
  // The text is {{{text|{{{3|}}}}}}, else {{{bg|{{{2|}}}}}}: bg= stands for the second argument.
  assert.equal(md('a{{font color|red|bg=甲}}b'), 'a甲b');
  // A given text=, even empty, hides the third argument, so the second shows.
  assert.equal(md('a{{font color|red|甲|text=|乙}}b'), 'a甲b');
  assert.equal(md('a{{font color|red|甲|text=丙|乙}}b'), 'a丙b');
  // link=yes links the text to itself, link=X to X.
  assert.equal(md('{{font color|red|北京|link=yes}}'), '[北京](https://zh.wikipedia.org/wiki/北京)');
  assert.equal(md('{{font color|red|blue|首都|link=北京}}'), '[首都](https://zh.wikipedia.org/wiki/北京)');
  assert.equal(md('{{font color|red|首都|link=}}'), '首都');
});

test('{{font}} without a text shows {{{text}}} on zh, as zhwiki\'s Template:Font prints its #if\'s else branch', () => {
  const md = (src: string, site: 'zh' | 'en' = 'zh'): string => String(convertPage(src, { site, title: 'T' }).markdown).trim();
  assert.equal(md('a{{font}}b'), 'a{{{text}}}b');
  assert.equal(md('a{{font|size=12}}b'), 'a{{{text}}}b');
  assert.equal(md('a{{font| |color=red}}b'), 'a{{{text}}}b');
  // A given text=, even empty, is what the branch prints; a first argument wins over it.
  assert.equal(md('a{{font|text=}}b'), 'ab');
  assert.equal(md('a{{font| |text= 甲 }}b'), 'a甲b');
  assert.equal(md('a{{font|乙|text=甲}}b'), 'a乙b');
  // Another wiki's Font was not read: nothing there, as before.
  assert.equal(md('a{{font}}b', 'en'), 'ab');
});
