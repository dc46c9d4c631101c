/**
 * `{{Infobox ship begin}}` … `{{Infobox ship end}}`: the parts (image, career, characteristics)
 * are separate calls but one box on the wiki; they used to print three boxes, each headed by the
 * page title, with rows labelled "Ship country", "Ship builder" ….
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';

function md(wikitext: string, site: 'zh' | 'en' | 'ja' | 'uk', title: string): string {
  return convertPage(wikitext, { title, site }).markdown;
}

const ZH_SHIP = [
  '{{Infobox ship begin}}',
  '{{Infobox ship image|Ship image=Yamato.jpg|Ship caption=1941年試航}}',
  '{{Infobox ship career|Hide header=|Ship country=日本|Ship flag=[[File:Naval Ensign of Japan.svg|60px]]|Ship name=大和|Ship builder=[[吳海軍工廠]]|Ship laid down=1937年11月4日|Ship fate=1945年擊沉}}',
  '{{Infobox ship characteristics|Ship class=[[大和級戰艦]]|Ship displacement=65,000噸<ref>排水量注。</ref>|Ship speed=27節}}',
  '{{Infobox ship end}}',
  '大和號是戰艦。',
  '== 注釋 ==',
  '<references/>',
].join('\n');

test('zh ship parts: one box, the picture on top, 经历 and 性能参数 headings (zh-cn; 艦歷, 性能諸元 in zh-tw), zh labels, footnotes kept', () => {
  assert.equal(
    md(ZH_SHIP, 'zh', '大和號戰艦'),
    [
      '| 大和號戰艦 |  |',
      '| --- | --- |',
      '| ![1941年試航](https://upload.wikimedia.org/wikipedia/commons/6/6b/Yamato.jpg)<br />1941年試航 |  |',
      '| **经历** |  |',
      '| 國籍 | 日本 |',
      '| 艦名 | 大和 |',
      '| 建造廠 | [吳海軍工廠](https://zh.wikipedia.org/wiki/吳海軍工廠) |',
      '| 安放龍骨 | 1937年11月4日 |',
      '| 結局 | 1945年擊沉 |',
      '| **性能参数** |  |',
      '| 艦級 | [大和級戰艦](https://zh.wikipedia.org/wiki/大和級戰艦) |',
      '| 排水量 | 65,000噸[^1] |',
      '| 速度 | 27節 |',
      '',
      '大和號是戰艦。',
      '',
      '## 注釋',
      '',
      '[^1]: 排水量注。',
      '',
    ].join('\n'),
  );
});

test('en ship parts: History / General characteristics, a second career with Hide header shows only its country', () => {
  const wikitext = [
    '{{Infobox ship begin}}',
    '{{Infobox ship image|Ship image=Pueblo.jpg}}',
    '{{Infobox ship career|Hide header=|Ship country=United States|Ship name=USS Pueblo|Ship laid down=1944}}',
    '{{Infobox ship career|Hide header=yes|Ship country=North Korea|Ship captured=23 January 1968}}',
    '{{Infobox ship characteristics|Ship type=Cargo ship|Ship EW=none}}',
    '{{Infobox ship end}}',
    'Text.',
  ].join('\n');
  assert.equal(
    md(wikitext, 'en', 'USS Pueblo'),
    [
      '| USS Pueblo |  |',
      '| --- | --- |',
      '| ![Pueblo](https://upload.wikimedia.org/wikipedia/commons/7/72/Pueblo.jpg) |  |',
      '| **History** |  |',
      '| **United States** |  |',
      '| Name | USS Pueblo |',
      '| Laid down | 1944 |',
      '| **North Korea** |  |',
      '| Captured | 23 January 1968 |',
      '| **General characteristics** |  |',
      '| Type | Cargo ship |',
      '| EW | none |',
      '',
      'Text.',
      '',
    ].join('\n'),
  );
});

test('ship parts with text between them are not one table on the wiki either: two boxes', () => {
  assert.equal(
    md('{{Infobox ship career|Ship name=甲}}\n文字。\n{{Infobox ship characteristics|Ship type=战舰}}', 'zh', '甲'),
    '| 甲 |  |\n| --- | --- |\n| **经历** |  |\n| 艦名 | 甲 |\n\n文字。\n\n| 甲 |  |\n| --- | --- |\n| **性能参数** |  |\n| 艦種 | 战舰 |\n',
  );
});

test('zhwiki writes the parts inside its own {| … |} (begin opens no table there): still one box; Header caption joins the heading', () => {
  const wikitext = [
    '{|{{Infobox ship begin}}',
    '{{Infobox ship image\n|Ship image= X.jpg\n|Ship caption=2005年摄\n}}',
    '{{Infobox ship career\n|Hide header=\n|Ship country=英国\n|Ship flag={{shipboxflag|United Kingdom|civil}}\n|Ship name=甲\n|Ship namesake=\n|Ship launched= 1843年7月19日\n}}',
    '{{Infobox ship characteristics\n|Hide header=\n|Header caption=（建成時）\n|Ship type= [[客轮]]\n|Ship capacity=*乘客360名\n*货物\n}}',
    '|}',
    '正文。',
  ].join('\n');
  assert.equal(
    md(wikitext, 'zh', '甲号'),
    [
      '| 甲号 |  |',
      '| --- | --- |',
      '| ![2005年摄](https://upload.wikimedia.org/wikipedia/commons/f/fa/X.jpg)<br />2005年摄 |  |',
      '| **经历** |  |',
      '| 國籍 | 英国 |',
      '| 艦名 | 甲 |',
      '| 下水 | 1843年7月19日 |',
      '| **性能参数 （建成時）** |  |',
      '| 艦種 | [客轮](https://zh.wikipedia.org/wiki/客轮) |',
      '| 載重容積 | 乘客360名<br />货物 |',
      '',
      '正文。',
      '',
    ].join('\n'),
  );
});

test('two ships on one page (begin … end twice) stay two boxes; begin and end alone print nothing', () => {
  const wikitext = [
    '{{Infobox ship begin}}',
    '{{Infobox ship career|Ship name=甲}}',
    '{{Infobox ship end}}',
    '{{Infobox ship begin}}',
    '{{Infobox ship career|Ship name=乙}}',
    '{{Infobox ship end}}',
    '{{Infobox ship begin}}',
    '{{Infobox ship end}}',
    '正文。',
  ].join('\n');
  assert.equal(
    md(wikitext, 'zh', '甲'),
    '| 甲 |  |\n| --- | --- |\n| **经历** |  |\n| 艦名 | 甲 |\n\n| 甲 |  |\n| --- | --- |\n| **经历** |  |\n| 艦名 | 乙 |\n\n正文。\n',
  );
});

test('parts written in a table cell are joined there too; a comment or blank lines between parts do not split them', () => {
  assert.equal(
    md('{|\n|\n{{Infobox ship career|Ship name=甲}}\n<!-- 注 -->\n\n{{Infobox ship characteristics|Ship type=战舰}}\n|}', 'zh', '甲'),
    '<table>\n<tr>\n<td><table class="infobox"><tr><th colspan="2">甲</th></tr><tr><th colspan="2">经历</th></tr><tr><th>艦名</th><td>甲</td></tr>'
      + '<tr><th colspan="2">性能参数</th></tr><tr><th>艦種</th><td>战舰</td></tr></table></td>\n</tr>\n</table>\n',
  );
});

test('zh labels read from zhwiki\'s own Infobox ship; the headings follow the variant (艦歷 / 性能諸元 in zh-tw)', () => {
  const wikitext = '{{Infobox ship career|Ship owner=甲|Ship laid down=1|Ship christened=2|Ship struck=3}}\n{{Infobox ship characteristics|Ship length=4|Ship beam=5|Ship propulsion=6|Ship power=7|Ship complement=8}}';
  assert.equal(
    convertPage(wikitext, { title: '甲', site: 'zh', variant: 'zh-tw' }).markdown,
    [
      '| 甲 |  |', '| --- | --- |', '| **艦歷** |  |', '| 船東 | 甲 |', '| 安放龍骨 | 1 |', '| 洗禮 | 2 |', '| 除籍 | 3 |',
      '| **性能諸元** |  |', '| 艦長 | 4 |', '| 艦寬 | 5 |', '| 動力 | 6 |', '| 功率 | 7 |', '| 船員 | 8 |', '',
    ].join('\n'),
  );
});

test('hostile values stay inside their cells: a bar, a list star, HTML', () => {
  assert.equal(
    md('{{Infobox ship career|Ship name=a{{!}}b * c <b>x</b> <script>y</script>|Ship builder=*a\n*b}}\n{{Infobox ship characteristics|Header caption=<i>建成</i>}}', 'zh', '甲'),
    '| 甲 |  |\n| --- | --- |\n| **经历** |  |\n| 艦名 | a\\|b * c **x** \\<script>y\\</script> |\n| 建造廠 | a<br />b |\n| **性能参数 *建成*** |  |\n',
  );
});

test('1,000 parts make one box (one heading line, every row kept)', () => {
  const lines = ['{{Infobox ship begin}}'];
  for (let i = 0; i < 1000; i++) lines.push(i % 2 ? `{{Infobox ship characteristics|Ship type=t${i}}}` : `{{Infobox ship career|Ship name=n${i}}}`);
  lines.push('{{Infobox ship end}}', '正文');
  const out = md(lines.join('\n'), 'zh', '甲');
  assert.equal(out.split('\n').filter((l) => l === '| 甲 |  |').length, 1);
  assert.equal(out.split('\n').length, 2 + 2000 + 3);
});

test('a ship box inside a <div>: joined there, and its begin and end leave no empty box', () => {
  assert.equal(
    md('<div>\n{{Infobox ship begin}}\n{{Infobox ship career|Ship name=甲}}\n{{Infobox ship characteristics|Ship type=战舰}}\n{{Infobox ship end}}\n</div>\n正文', 'zh', '甲'),
    '| 甲 |  |\n| --- | --- |\n| **经历** |  |\n| 艦名 | 甲 |\n| **性能参数** |  |\n| 艦種 | 战舰 |\n\n正文\n',
  );
});

// Review of session 24: begin/end made a box of one empty row, removed only from the page, cells,
// divs, quotations and list items: footnotes and definitions printed empty boxes, a call inside a
// sentence split its paragraph, and on ja/uk (no box there) two ships became one.

test('begin and end in a footnote (inline and list-defined) leave nothing', () => {
  assert.equal(md('正文<ref>{{Infobox ship begin}}註{{Infobox ship end}}</ref>\n\n<references />\n', 'zh', 'T'), '正文[^1]\n\n[^1]: 註\n');
  assert.equal(md('正文\n<references><ref name="a">{{Infobox ship end}}x</ref></references>\n', 'zh', 'T'), '正文\n\n[^1]: x\n');
});

test('begin and end in a definition list leave nothing; parts in a definition are joined there', () => {
  assert.equal(md('; 詞\n: {{Infobox ship begin}}\n: 定義 {{Infobox ship end}}\n', 'zh', 'T'), '<dl>\n<dt>詞</dt>\n<dd></dd>\n<dd>定義</dd>\n</dl>\n');
  assert.equal(
    md('; 詞\n: {{Infobox ship career|Ship name=甲}}{{Infobox ship characteristics|Ship type=战舰}}\n', 'zh', '甲'),
    '<dl>\n<dt>詞</dt>\n<dd><table class="infobox"><tr><th colspan="2">甲</th></tr><tr><th colspan="2">经历</th></tr><tr><th>艦名</th><td>甲</td></tr>'
      + '<tr><th colspan="2">性能参数</th></tr><tr><th>艦種</th><td>战舰</td></tr></table></dd>\n</dl>\n',
  );
});

test('begin and end inside a sentence, a heading or a link do not split it', () => {
  assert.equal(md('前文 {{Infobox ship begin}} 中間 {{Infobox ship end}} 後文\n', 'zh', 'T'), '前文 中間 後文\n');
  assert.equal(md('== 甲{{Infobox ship end}} ==\n[[乙|丙{{Infobox ship begin}}]]\n', 'zh', 'T'), '## 甲\n\n[丙](https://zh.wikipedia.org/wiki/乙)\n');
});

test('parts in a list item are joined there', () => {
  assert.equal(
    md('* {{Infobox ship career|Ship name=甲}}{{Infobox ship characteristics|Ship type=战舰}}\n', 'zh', '甲'),
    '- | 甲 |  |\n  | --- | --- |\n  | **经历** |  |\n  | 艦名 | 甲 |\n  | **性能参数** |  |\n  | 艦種 | 战舰 |\n',
  );
});

test('ja and uk (no ship handler of their own): two ships on one page stay two boxes', () => {
  const wikitext = [
    '{{Infobox ship begin}}', '{{Infobox ship career|Ship name=甲}}', '{{Infobox ship end}}',
    '{{Infobox ship begin}}', '{{Infobox ship career|Ship name=乙}}', '{{Infobox ship end}}', '本文',
  ].join('\n');
  for (const site of ['ja', 'uk'] as const) {
    assert.equal(
      convertPage(wikitext, { title: 'T', site }).markdown,
      '| T |  |\n| --- | --- |\n| Ship name | 甲 |\n\n| T |  |\n| --- | --- |\n| Ship name | 乙 |\n\n本文\n',
      site,
    );
  }
});

test('zh as zhwiki\'s Infobox ship: Ship country a 國籍 row, Ship badge a 象徵 row, one row of each fallback pair (depth over draft, honours over honors)', () => {
  const wikitext = '{{Infobox ship career|Ship country=日本|Ship badge=徽|Ship honours=甲|Ship honors=乙}}\n{{Infobox ship characteristics|Ship depth=10m|Ship draft=8m}}\n{{Infobox ship career|Hide header=yes|Ship honors=乙}}\n{{Infobox ship characteristics|Ship_draft=8m}}';
  assert.equal(
    md(wikitext, 'zh', 'T'),
    '| T |  |\n| --- | --- |\n| **经历** |  |\n| 國籍 | 日本 |\n| 象徵 | 徽 |\n| 榮譽與獲獎 | 甲 |\n| **性能参数** |  |\n| 吃水深度 | 10m |\n'
      + '| 榮譽與獲獎 | 乙 |\n| **性能参数** |  |\n| 吃水深度 | 8m |\n',
  );
  // enwiki's parts keep the country as a heading and print every row.
  assert.equal(
    md('{{Infobox ship career|Ship country=Japan|Ship badge=B|Ship honours=x|Ship honors=y}}', 'en', 'T'),
    '| T |  |\n| --- | --- |\n| **History** |  |\n| **Japan** |  |\n| Badge | B |\n| Honours | x |\n| Honors | y |\n',
  );
});

test('begin and end reached through a dump\'s redirect are noted under their own name, so their marks go too', async () => {
  const { MemoryPageSource } = await import('../../src/engine/pagesource.js');
  const { siteFor } = await import('../../src/site/defaults.js');
  const templates = new MemoryPageSource(siteFor('zh'));
  templates.set('Template:Shipend', '#REDIRECT [[Template:Infobox ship end]]');
  const page = (w: string): string => convertPage(w, { title: 'T', site: 'zh', templates }).markdown;
  assert.equal(page('甲 {{Shipend}} 乙\n'), '甲 乙\n');
  assert.equal(page('{|\n|{{Shipend}}\n|}\n'), '');
});

test('begin or end inside <code> leaves it as the parser leaves <code> without the call: backticks, or nothing', () => {
  assert.equal(md('x <code>a{{Infobox ship end}}</code> y', 'zh', 'T').trim(), 'x `a` y');
  assert.equal(md('x <tt>a{{Infobox ship begin}}b</tt> y', 'en', 'T').trim(), 'x `ab` y');
  assert.equal(md('x<code>{{Infobox ship end}}</code>y', 'zh', 'T').trim(), 'xy');
  assert.equal(md('x <code>a{{Infobox ship end}}[[b]]</code> y', 'zh', 'T').trim(), 'x <code>a[b](https://zh.wikipedia.org/wiki/B)</code> y');
});

test('begin or end inside -{ … }- (and {{lang}}, which zh wraps in it) adds no space of its own, in every variant', () => {
  const cases: [string, string][] = [
    // The markup's own edge spaces stay, as MediaWiki prints them (`X-{ outer }-X` is `X outer X`):
    // the mark adds none, so these read as `-{ }-` and `-{ 甲 乙 }-` do.
    ['前文 -{ {{Infobox ship begin}} }- 後文', '前文   後文'],
    ['前文 -{ 甲 {{Infobox ship begin}} 乙 }- 後文', '前文  甲 乙  後文'],
    ['前文 -{R|甲 {{Infobox ship end}} 乙}- 後文', '前文 甲 乙 後文'],
    ['前文 [[A|-{ 甲 {{Infobox ship end}} 乙 }-]] 後文', '前文 [甲 乙](https://zh.wikipedia.org/wiki/A) 後文'],
    ['前 {{lang|ja|甲 {{Infobox ship end}} 乙}} 後', '前 甲 乙 後'],
  ];
  for (const [wikitext, expected] of cases) assert.equal(md(wikitext, 'zh', 'T').trim(), expected, wikitext);
  const tw = (w: string): string => convertPage(w, { title: 'T', site: 'zh', variant: 'zh-tw' }).markdown.trim();
  assert.equal(tw('前文 -{zh-tw:甲 {{Infobox ship end}} 乙;zh-cn:丙}- 後文'), '前文 甲 乙 後文');
  assert.equal(tw('前文 <ref>-{ 甲 {{Infobox ship begin}} 乙 }-</ref> 後文'), '前文 [^1] 後文\n\n[^1]: 甲 乙');
  // Inside bold as directly in a paragraph (where a markup holding a call is parsed as blocks) the
  // markup's own spaces stay, as with no call in it: the mark adds none, nor does {{lang}}.
  assert.equal(md("'''前文 -{ {{Infobox ship begin}} }- 後文'''", 'zh', 'T').trim(), md("'''前文 -{ }- 後文'''", 'zh', 'T').trim());
  assert.equal(md('前文 -{ {{Infobox ship begin}} }- 後文', 'zh', 'T').trim(), md('前文 -{ }- 後文', 'zh', 'T').trim());
  assert.equal(md('前文 -{ 甲 {{lang|en|x}} 乙 }- 後文', 'zh', 'T').trim(), '前文  甲 x 乙  後文');
});

test('a class article\'s {{Infobox ship class overview}} is a part of the one box (綠洲級郵輪\'s order); its labels stay the parameter names (no zh source stored)', () => {
  const wikitext = '{|{{Infobox ship begin}}\n{{Infobox ship image|Ship image=Oasis.jpg|Ship caption=首艘}}\n'
    + '{{Infobox ship class overview\n|Builders=[[芬蘭]]\n|Subclasses=\n|Total ships planned=6\n}}\n'
    + '{{Infobox ship characteristics|Ship type=郵輪}}\n|}\n正文';
  assert.equal(
    md(wikitext, 'zh', '綠洲級郵輪'),
    '| 綠洲級郵輪 |  |\n| --- | --- |\n| ![首艘](https://upload.wikimedia.org/wikipedia/commons/f/fc/Oasis.jpg)<br />首艘 |  |\n'
      + '| **Class overview** |  |\n| Builders | [芬蘭](https://zh.wikipedia.org/wiki/芬蘭) |\n| Total ships planned | 6 |\n| **性能参数** |  |\n| 艦種 | 郵輪 |\n\n正文\n',
  );
});

test('a class overview\'s Name is a row under its heading (enwiki\'s), not a title the joined box drops', () => {
  const parts = '{{Infobox ship class overview|Name=甲級|Builders=STX}}\n{{Infobox ship characteristics|Ship length=100米}}\n{{Infobox ship end}}';
  const overview = '| **Class overview** |  |\n| Name | 甲級 |\n| Builders | STX |\n';
  assert.equal(
    md(`{{Infobox ship begin}}\n{{Infobox ship image|Ship image=A.jpg}}\n${parts}`, 'zh', '綠洲級郵輪'),
    '| 綠洲級郵輪 |  |\n| --- | --- |\n| ![A](https://upload.wikimedia.org/wikipedia/commons/6/67/A.jpg) |  |\n'
      + `${overview}| **性能参数** |  |\n| 艦長 | 100米 |\n`,
  );
  // First or alone, the same rows: the box is headed by the page, as the other parts' boxes are.
  assert.equal(md('{{Infobox ship class overview|Name=甲級|Builders=STX}}', 'zh', '綠洲級郵輪'), `| 綠洲級郵輪 |  |\n| --- | --- |\n${overview}`);
  assert.equal(md('{{Infobox ship class overview|Name=Alpha}}', 'en', 'X'), '| X |  |\n| --- | --- |\n| **Class overview** |  |\n| Name | Alpha |\n');
});

test('the class overview keeps its heading and Name on ja and uk too, whose tables have no ship parts (review of leftovers round 5)', () => {
  const src = '{{Infobox ship begin}}\n{{Infobox ship image|Ship image=A.jpg}}\n{{Infobox ship class overview|Name=甲級|Builders=STX}}\n{{Infobox ship end}}';
  for (const lang of ['ja', 'uk'] as const) {
    assert.equal(md(src, lang, 'X'), '| X |  |\n| --- | --- |\n| ![A](https://upload.wikimedia.org/wikipedia/commons/6/67/A.jpg) |  |\n'
      + '| **Class overview** |  |\n| Name | 甲級 |\n| Builders | STX |\n', lang);
  }
});
