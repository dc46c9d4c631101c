/**
 * zh templates as real zhwiki articles call them (session 21's second sample): each case is
 * written after a call read in a real article (named in the test), in our own minimal wikitext.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Infobox } from '../../src/ast/nodes.js';
import type { TemplateResult } from '../../src/templates/types.js';
import { convertPage } from '../../src/engine/convert.js';
import { inlineOf, makeCtx, render, show } from './harness.js';

const zh = makeCtx('zh', '测试');

function rows(r: TemplateResult): string[] {
  assert.equal(r.kind, 'block');
  const box = (r as { nodes: Infobox[] }).nodes[0]!;
  return box.rows.map((x) => `${x.header ? '#' : ''}${x.label ? show(x.label) : ''}=${show(x.value)}`);
}

test('Infobox political party: colorcode only colours the heading, no row (大不列颠共产党)', () => {
  const r = render('Infobox political party', [], {
    name: '甲党', colorcode: 'red', leader1_title: '总书记', leader1_name: '乙', founded: '1920年', country: '英国',
  }, zh);
  assert.deepEqual(rows(r), ['总书记=乙', '成立=1920年', '国家=英国']);
  // Its Chinese alias too.
  assert.deepEqual(rows(render('Infobox political party', [], { name: '甲党', 党代表色: '#f00', founded: '1920年' }, zh)), ['成立=1920年']);
});

test('Album infobox: Type is the album type, not a second 类型 beside Genre; Last/This/Next album labelled (大丈夫 (張宇專輯))', () => {
  // A data box (no built-in handler): the labels come from the shared table and the template's own.
  const src = [
    '{{Album infobox', '| Name = 甲', '| Type = 專輯', '| Artist = 乙', '| Released = 2003年', '| Genre = 國語流行',
    '| Last album = 丙 (2001年)', "| This album = '''甲''' (2003年)", '| Next album = 丁 (2004年)', '}}', '正文。',
  ].join('\n');
  assert.equal(convertPage(src, { site: 'zh', title: '甲' }).markdown.trim(), [
    '| 甲 |  |', '| --- | --- |', '| 专辑类型 | 專輯 |', '| 艺人 | 乙 |', '| 发行日期 | 2003年 |', '| 类型 | 國語流行 |',
    '| 上一张专辑 | 丙 (2001年) |', '| 本张专辑 | **甲** (2003年) |', '| 下一张专辑 | 丁 (2004年) |', '', '正文。',
  ].join('\n'));
});

test('Infobox Single: Last/This/Next single are labelled, not humanised English (LEGEND (中島美嘉單曲))', () => {
  const r = render('Infobox Single', [], {
    Name: 'A', Artist: '乙', 'Last single': '丙（2004年）', 'This single': "'''A'''（2004年）", 'Next single': '丁（2005年）',
  }, zh);
  assert.deepEqual(rows(r), ['艺人=乙', '上一张单曲=丙（2004年）', "本张单曲='''A'''（2004年）", '下一张单曲=丁（2005年）']);
});

test('{{主題目}} is zhwiki\'s redirect to {{Main}}: the hatnote, not dropped (戰友 (1975年電視劇))', () => {
  const src = ['== 2010年版 ==', '{{主題目|戰友 (電視劇)}}', '正文。'].join('\n');
  assert.equal(convertPage(src, { site: 'zh', title: '戰友' }).markdown.trim(), [
    '## 2010年版', '', '*主条目：[戰友 (電視劇)](https://zh.wikipedia.org/wiki/戰友_(電視劇))*', '', '正文。',
  ].join('\n'));
});

test('{{age in years and days}}: six date parts give whole years and the days since the last anniversary (宋仁宗\'s reign read "-1019")', () => {
  assert.equal(show(inlineOf(render('Age in years and days', ['1022', '3', '23', '1063', '4', '30'], { age: 'no' }, zh))), '41年38天');
  // The same day a year on is a whole year and no days; a day short is the year before and 364 days.
  assert.equal(show(inlineOf(render('Age in years and days', ['2001', '5', '1', '2002', '5', '1'], {}, zh))), '1年0天');
  assert.equal(show(inlineOf(render('Age in years and days', ['2001', '5', '2', '2002', '5', '1'], {}, zh))), '0年364天');
  assert.equal(show(inlineOf(render('Age in years and days', ['1022', '3', '23', '1063', '4', '30'], {}, makeCtx('en', 'T')))), '41 years, 38 days');
  // {{age in years}} takes the same six parts (it read them as the years 1989 and 7).
  assert.equal(show(inlineOf(render('Age in years', ['1989', '7', '23', '2003', '7', '14'], {}, zh))), '13');
  assert.equal(show(inlineOf(render('Age in years', ['1950', '2000'], {}, zh))), '50');
});

test('{{參考|…}}: a note in the group 參, listed by the page\'s {{Reflist|group="參"}} (宋仁宗: 26 notes were dropped)', () => {
  const src = ['甲{{參考|《宋史》卷一三七}}乙{{參考|name=:1|李焘《长编》}}丙{{參考|name=:1}}。', '', '== 参考文献 ==', '{{Reflist|group="參"}}'].join('\n');
  assert.equal(convertPage(src, { site: 'zh', title: '宋仁宗' }).markdown.trim(), [
    '甲[^參-1]乙[^參-2]丙[^參-2]。', '', '## 参考文献', '', '[^參-1]: 《宋史》卷一三七', '', '[^參-2]: 李焘《长编》',
  ].join('\n'));
});

test('Emperorcn box: 名称 heads the box, 姓名 (his own name) is a row, 图说 captions the portrait (宋仁宗 lost 趙禎 and showed "图说" as a row)', () => {
  // A data box (no built-in handler), through the page pipeline.
  const src = ['{{Emperorcn box', '|图像=[[File:A.jpg|250px]]', '|图说=肖像', '|名称=宋甲宗', '|姓名=趙甲', '|庙号=甲宗', '}}', '正文。'].join('\n');
  assert.equal(convertPage(src, { site: 'zh', title: '宋甲宗' }).markdown.trim(), [
    '| 宋甲宗 |  |', '| --- | --- |', '| ![肖像](https://upload.wikimedia.org/wikipedia/commons/6/67/A.jpg)<br />肖像 |  |',
    '| 姓名 | 趙甲 |', '| 庙号 | 甲宗 |', '', '正文。',
  ].join('\n'));
});

test('Infobox military conflict: conflict heads the box; each side\'s rows under the zh labels (淞滬戰鬥 read "Conflict", "Combatant", "Commander")', () => {
  const r = render('Infobox Military Conflict', [], {
    conflict: '甲之战', date: '1927年', combatant1: '甲军', combatant2: '乙军', commander1: '丙', commander2: '丁', strength1: '', casualties2: '千人',
  }, zh);
  assert.equal(r.kind, 'block');
  assert.equal(show((r as { nodes: Infobox[] }).nodes[0]!.title!), '甲之战');
  assert.deepEqual(rows(r), ['日期=1927年', '参战方=甲军', '参战方=乙军', '指挥官与领导者=丙', '指挥官与领导者=丁', '伤亡与损失=千人']);
});

test('{{val}}: the figure with its uncertainty, exponent and unit (锂: "{{val|6.941|u=[[原子質量單位|u]]}}" lost its u)', () => {
  const v = (args: string[], named: Record<string, string>) => show(inlineOf(render('Val', args, named, zh)));
  assert.equal(v(['6.941'], { u: '[[原子質量單位|u]]' }), '6.941\u00a0[[原子質量單位|u]]');
  assert.equal(v(['1.23', '(4)'], { e: '-5', u: 'kg' }), '1.23(4)×10<sup>−5</sup>\u00a0kg');
  assert.equal(v(['1.23', '0.04'], {}), '1.23±0.04');
  assert.equal(v(['5', '+0.2', '-0.1'], {}), '5<sup>+0.2</sup><sub>−0.1</sub>');
  assert.equal(v(['45'], { u: '%' }), '45%');
  assert.equal(v(['9.8'], { u: 'm', up: 's' }), '9.8\u00a0m/s');
  // `ul=` is a code the module links through its unit table: shown, not linked to a guessed page.
  assert.equal(v(['1.5'], { ul: 'm' }), '1.5\u00a0m');
  assert.equal(v(['12345'], {}), '12345');
});

test('{{化學式}}: the formula\'s parts run together, counts lowered, a closing charge raised (锂: "化學符號为{{化學式|鋰}}" read "化學符號为，")', () => {
  const f = (args: string[]) => show(inlineOf(render('化學式', args, {}, zh)));
  assert.equal(f(['鋰']), '鋰');
  assert.equal(f(['H', '2', 'O']), 'H<sub>2</sub>O');
  assert.equal(f(['SO', '4', '2-']), 'SO<sub>4</sub><sup>2−</sup>');
});

test('{{val}}: a minus is U+2212, p= and s= around the figure, unit codes with a power raised (u=m2 → m²)', () => {
  const v = (args: string[], named: Record<string, string>) => show(inlineOf(render('Val', args, named, zh)));
  assert.equal(v(['-1.5'], { u: 'm2' }), '−1.5\u00a0m<sup>2</sup>');
  assert.equal(v(['10'], { p: '~', s: '+', u: 'km' }), '~10+\u00a0km');
  assert.equal(v(['9.8'], { u: 'm', up: 's2' }), '9.8\u00a0m/s<sup>2</sup>');
  assert.equal(v(['3'], { ul: 's-1' }), '3\u00a0s<sup>−1</sup>');
  assert.equal(v(['2'], { u: 'km/h' }), '2\u00a0km/h');
  // A digit on a code that is no unit stays as written (Module:Val raises powers of its table's units only).
  assert.equal(v(['5'], { u: 'CO2' }), '5\u00a0CO2');
  // A minus of a number only.
  assert.equal(v(['-'], {}), '-');
  assert.equal(v(['-.5'], {}), '−.5');
});

test('{{化學式|…|link=}}: the formula linked to the page (the template passes link={{{link|nolink}}})', () => {
  const md = (src: string) => convertPage(src, { site: 'zh', title: 'T' }).markdown;
  assert.equal(md('{{化學式|H|2|O|link=水}}\n'), '[H<sub>2</sub>O](https://zh.wikipedia.org/wiki/水)\n');
  assert.equal(md('{{化學式|H|2|O|link=nolink}}\n'), 'H<sub>2</sub>O\n');
  // A target that is no title: the formula unlinked, its count still lowered (it read "H2O").
  assert.equal(md('{{化學式|H|2|O|link=a[b]}}\n'), 'H<sub>2</sub>O\n');
});

test('Elementbox (a data box without the dump): number is the atomic number, not 届数; the picture keeps its comment as caption (锂)', () => {
  const src = ['{{Elementbox', '|name=锂', '|number=3', '|symbol=Li', '|image name=A.jpg', '|image name comment=金属锂', '}}', '正文。'].join('\n');
  assert.equal(convertPage(src, { site: 'zh', title: '锂' }).markdown.trim(), [
    '| 锂 |  |', '| --- | --- |', '| ![金属锂](https://upload.wikimedia.org/wikipedia/commons/6/67/A.jpg)<br />金属锂 |  |',
    '| 原子序数 | 3 |', '| 符号 | Li |', '', '正文。',
  ].join('\n'));
});

test('Infobox software: the screenshot keeps its caption, zh labels, collapsible no row (F-Droid read "Collapsible | yes", "Programming language")', () => {
  const r = render('Infobox software', [], {
    name: 'A', screenshot: 'B.png', caption: '客户端截图', collapsible: 'yes', 'programming language': '[[Java]]', 'operating system': '[[Android]]', license: 'GPL',
  }, zh);
  assert.equal(r.kind, 'block');
  const box = (r as { nodes: Infobox[] }).nodes[0]!;
  assert.deepEqual(box.images.map((i) => `${i.file}|${show(i.caption)}`), ['B.png|客户端截图']);
  assert.deepEqual(rows(r), ['编程语言=[[Java|Java]]', '操作系统=[[Android|Android]]', '许可协议=GPL']);
});

test('Infobox animanga parts (zh): the header named by 標題, each medium part headed by its medium, the footer dropped (FAIRY TAIL (動畫): three boxes all headed by the page title)', () => {
  const src = [
    '{{Infobox animanga/Headerofja', '| title = 甲', '| japanese = こう', '}}',
    '{{Infobox animanga/TVAnime', '| 標題 = ', '| 監督 = 乙', '}}',
    '{{Infobox animanga/Manga', '| 標題 = 外傳', '| 作者 = 丙', '}}',
    '{{Infobox animanga/Footerofja}}', '正文。',
  ].join('\n');
  assert.equal(convertPage(src, { site: 'zh', title: '甲 (動畫)' }).markdown.trim(), [
    '| 甲 |  |', '| --- | --- |', '| 日文名稱 | こう |', '',
    '| 電視動畫 |  |', '| --- | --- |', '| 監督 | 乙 |', '',
    '| 漫畫：外傳 |  |', '| --- | --- |', '| 作者 | 丙 |', '', '正文。',
  ].join('\n'));
});

test('Infobox company: capital is the registered capital (注册资本), not 首都; market value, income labelled (恒大集團)', () => {
  const r = render('Infobox company', [], { name: '甲', capital: '10億', market_value: '899億', net_income: '113億', other_name: '乙' }, zh);
  assert.deepEqual(rows(r), ['注册资本=10億', '市值=899億', '净利润=113億', '其他名称=乙']);
});
