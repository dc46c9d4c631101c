/**
 * zh templates of the page kinds session 23 read (sportspeople, languages, writers …): each case is
 * written after a call read in a real zhwiki article (named in the test), in our own minimal
 * wikitext, and compared with what the template's zhwiki source prints.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';

const md = (src: string, variant?: string): string =>
  convertPage(src, { site: 'zh', title: '甲', ...(variant ? { variant } : {}) } as Parameters<typeof convertPage>[1]).markdown.trim();
const mdOn = (site: string, src: string): string =>
  convertPage(src, { site, title: '甲' } as Parameters<typeof convertPage>[1]).markdown.trim();

test('Infobox Chinese: name1 heads the Chinese rows only beside another language or in a child box (known defect)', () => {
  // Chinese names alone: Template:Infobox Chinese passes its part no chinese_header, so no heading.
  assert.equal(md('{{Infobox Chinese\n|name1=甲名\n|t=甲\n|s=甲\n}}'),
    '| 甲 |  |\n| --- | --- |\n| 繁体字 | 甲 |\n| 简化字 | 甲 |');
  // Beside a Japanese name: name1 heads them, wherever it is written.
  assert.equal(md('{{Infobox Chinese\n|t=甲\n|name1=甲名\n|kanji=甲\n}}'),
    '| 甲 |  |\n| --- | --- |\n| **甲名** |  |\n| 繁体字 | 甲 |\n| **日语名称** |  |\n| 日语原文 | 甲 |');
  // In a child box without name1: 汉语名称.
  assert.equal(md('{{Infobox person\n|name=丙\n|module={{Infobox Chinese\n|child=yes\n|t=乙\n|p=yǐ\n}}\n}}'),
    '| 丙 |  |\n| --- | --- |\n| **汉语名称** |  |\n| 繁体字 | 乙 |\n| 汉语拼音 | yǐ |');
});

test('medal templates in medaltemplates=: one line per row, headings bold, the medal as a word (山下泰裕)', () => {
  const src = [
    '{{Infobox sportsperson', '|name=乙', '|sport=[[柔道]]', '|weight={{weight|kg=128}}', '|medaltemplates=', '{{MedalTableTop}}',
    '{{MedalCountry|日本}}', '{{MedalSport|男子 柔道}}', '{{MedalCompetition|Olympics}}', '{{MedalGold|1984 洛杉磯|無限制級}}',
    '{{MedalCompetition|[[世界柔道錦標賽]]}}', '{{MedalSilver|1981 馬斯垂克}}', '{{Medal|Bronze|1979 巴黎|95kg}}', '{{MedalBottom}}', '}}',
  ].join('\n');
  assert.equal(md(src), [
    '| 乙 |  |', '| --- | --- |', '| 运动 | [柔道](https://zh.wikipedia.org/wiki/柔道) |', '| 体重 | 128 kg（282 lb） |',
    '| 奖牌记录 | **代表日本**<br />**男子 柔道**<br />**[奧林匹克運動會](https://zh.wikipedia.org/wiki/奧林匹克運動會)**<br />'
    + '金牌 · 1984 洛杉磯 · 無限制級<br />**[世界柔道錦標賽](https://zh.wikipedia.org/wiki/世界柔道錦標賽)**<br />'
    + '銀牌 · 1981 馬斯垂克<br />銅牌 · 1979 巴黎 · 95kg |',
  ].join('\n'));
});

test('medal rows written on one line are still one line each (Template:Medal: each call its own |-)', () => {
  const src = '{{Infobox sportsperson|name=乙|medaltemplates={{MedalTableTop}}{{MedalGold|1984|x}}{{MedalSilver|1985|y}}{{MedalBottom}}}}';
  assert.equal(md(src), '| 乙 |  |\n| --- | --- |\n| 奖牌记录 | 金牌 · 1984 · x<br />銀牌 · 1985 · y |');
});

test('{{Medal}}: the template\'s case-sensitive switch; an unknown kind blanks only the medal cell', () => {
  const row = (call: string): string =>
    /\| 奖牌记录 \| (.*) \|/.exec(md(`{{Infobox sportsperson|name=乙|medaltemplates=\n${call}\n}}`))?.[1] ?? '';
  assert.equal(row('{{Medal|Foo|x|y}}'), 'x · y');
  assert.equal(row('{{Medal|gold|x|y}}'), 'x · y');
  assert.equal(row('{{Medal|Gold|x|y}}'), '金牌 · x · y');
  assert.equal(row('{{Medal|RU|x|y}}'), '**亞軍** · x · y');
  assert.equal(row('{{Medal|PO|x|y}}'), '**Playoffs** · x · y');
  assert.equal(row('{{Medal|Independent|IOA}}'), '**Competed as an IOA**');
  // {{Medal|Country|…}} has a space after 代表, {{MedalCountry|…}} none (both read).
  assert.equal(row('{{Medal|Country|日本}}\n{{MedalCountry|日本}}'), '**代表 日本**<br />**代表日本**');
});

test('{{weight}}: kilograms or pounds converted as {{height}} is; nothing without a value', () => {
  assert.equal(md('{{weight|kg=70}}'), '70 kg（154 lb）');
  assert.equal(md('{{weight|lb=200}}'), '200 lb（91 kg）');
  assert.equal(md('甲{{weight}}乙'), '甲乙');
  // Stones, and values that are no plain number, kept with their unit rather than dropped.
  assert.equal(md('{{weight|st=11}}'), '11 st（70 kg）');
  assert.equal(md('{{weight|kg=約70}}'), '約70 kg');
  assert.equal(md('{{weight|kg=[[七十]]}}'), '[七十](https://zh.wikipedia.org/wiki/七十) kg');
});

test('{{angbr}}: the grapheme between angle brackets, on every wiki (中世朝鲜语)', () => {
  assert.equal(md('加i{{angbr|ㅣ}}表示'), '加i⟨ㅣ⟩表示');
  assert.equal(mdOn('en', 'a {{angbr|x}} b'), 'a ⟨x⟩ b');
  assert.equal(md('甲{{angbr}}乙'), '甲乙');
});

test('Infobox venue: its labelN, native_name under the heading, its language no row (山下球場)', () => {
  const src = [
    '{{Infobox venue', '| name = 乙球場', '| native_name = Yi Stadium', '| native_name_lang = en', '| built = 1907', '| demolished = 2018',
    '| seating_capacity = 6,023', '| tenants = 丙會 (1907–2013)', '| dimensions = 115 x 75 码', '| former_names = 丁場', '}}',
  ].join('\n');
  assert.equal(md(src), [
    '| 乙球場 |  |', '| --- | --- |', '| Yi Stadium |  |', '| 完工 | 1907 |', '| 拆除 | 2018 |', '| 座位数 | 6,023 |',
    '| 客戶 | 丙會 (1907–2013) |', '| 場地大小 | 115 x 75 码 |', '| 曾用名 | 丁場 |',
  ].join('\n'));
});

test('{{succession box}} written positionally: before · after · title · years (山下真司)', () => {
  assert.equal(md('{{start box}}\n{{succession box|[[甲]](聲演)|[[乙]]|丙演員|2013年}}\n{{end box}}'), [
    '<table>', '<tr>', '<td>前任：<br /><b><a href="https://zh.wikipedia.org/wiki/甲">甲</a>(聲演)</b></td>',
    '<td><b>丙演員</b><br />2013年</td>', '<td>继任：<br /><b><a href="https://zh.wikipedia.org/wiki/乙">乙</a></b></td>', '</tr>', '</table>',
  ].join('\n'));
  // Named arguments win, as before.
  assert.match(md('{{start box}}\n{{succession box|before=丁|title=戊|after=己|1=甲}}\n{{end box}}'), /前任：<br \/><b>丁<\/b>/);
});

test('Infobox Chinese: Korean and Japanese names under their parts\' headers and labels (山上王, 中上健次)', () => {
  const src = '{{Infobox Chinese\n|t=乙王\n|hangul=을왕\n|hanja=乙王\n|rr=Eul-wang\n|mr=Ŭl-wang\n|kanji=乙王\n|kana=おつおう\n|romaji=Otsu-ō\n}}';
  assert.equal(md(src), [
    '| 甲 |  |', '| --- | --- |', '| **汉语名称** |  |', '| 繁体字 | 乙王 |', '| **朝鲜语名稱** |  |', '| 諺文 | 을왕 |', '| 汉字 | 乙王 |',
    '| 文观部式 | Eul-wang |', '| 马-赖式 | Ŭl-wang |', '| **日语名称** |  |', '| 日语原文 | 乙王 |', '| 現代假名遣 | おつおう |', '| 日语罗马字 | Otsu-ō |',
  ].join('\n'));
  assert.match(md(src, 'zh-tw'), /\| \*\*韓語名稱\*\* \|/);
});

test('Infobox Korean name: the Korean part\'s labels (山上王)', () => {
  assert.equal(md('{{Infobox Korean name\n|hangul=을왕\n|hanja=乙王\n|rr=Eul-wang\n}}'),
    '| 甲 |  |\n| --- | --- |\n| 諺文 | 을왕 |\n| 汉字 | 乙王 |\n| 文观部式 | Eul-wang |');
});

test('an island box\'s `… divisions title` labels its `… divisions`, on every wiki (中业群礁)', () => {
  const src = '{{Infobox islands\n|name=乙\n|country=丙\n|country_admin_divisions_title=[[村]]\n|country_admin_divisions=丁村\n}}';
  assert.equal(md(src), '| 乙 |  |\n| --- | --- |\n| 国家 | 丙 |\n| [村](https://zh.wikipedia.org/wiki/村) | 丁村 |');
  assert.equal(mdOn('en', src.replace('[[村]]', 'Province')), '| 乙 |  |\n| --- | --- |\n| Country | 丙 |\n| Province | 丁村 |');
  // Without its title the divisions keep the usual label.
  assert.match(md('{{Infobox islands\n|name=乙\n|country_admin_divisions=丁村\n}}'), /\| Country admin divisions \| 丁村 \|/);
});

test('Infobox park: its labelN, the coordinates label by variant (山下公园)', () => {
  const src = '{{Infobox park\n| name = 乙公园\n| photo = P.jpg\n| photo_width = 250\n| coords = 丙\n| created = 1930年\n| visitation_num = 100\n}}';
  assert.equal(md(src), [
    '| 乙公园 |  |', '| --- | --- |', '| ![P](https://upload.wikimedia.org/wikipedia/commons/8/82/P.jpg) |  |', '| 坐标 | 丙 |', '| 建成 | 1930年 |', '| 訪客數 | 100 |',
  ].join('\n'));
  assert.match(md(src, 'zh-tw'), /\| 座標 \| 丙 \|/);
});

test('Taxobox / Speciesbox status: Template:Taxobox/species\'s words, links and system (山魈)', () => {
  const iucn = (v: string): string => `（[IUCN ${v}](https://zh.wikipedia.org/wiki/國際自然保護聯盟瀕危物種紅色名錄)）`;
  assert.equal(md('{{Taxobox\n| name = 乙\n| status = VU\n| status_system = iucn3.1\n| regnum = 动物界\n}}'),
    `| 乙 |  |\n| --- | --- |\n| 保护状况 | [易危](https://zh.wikipedia.org/wiki/易危物種)${iucn('3.1')} |\n| 界 | 动物界 |`);
  const status = (args: string): string => /\| 保护状况 \| (.*) \|/.exec(md(`{{Taxobox\n| name = 乙\n${args}\n}}`))?.[1] ?? '';
  assert.equal(status('|status=EX|status_system=iucn3.1'), `[绝灭](https://zh.wikipedia.org/wiki/绝灭)${iucn('3.1')}`);
  assert.equal(status('|status=EX|status_system=iucn2.3|extinct=1914'), `[絕滅](https://zh.wikipedia.org/wiki/絕滅)（1914年）${iucn('2.3')}`);
  assert.equal(status('|status=ew|status_system=IUCN'), `[野外绝灭](https://zh.wikipedia.org/wiki/野外绝灭)${iucn('3.1')}`);
  assert.equal(status('|status=LR/cd|status_system=iucn2.3|status_text=x'), `[依賴保育](https://zh.wikipedia.org/wiki/依賴保育)${iucn('2.3')}`);
  // A code the version does not have, or in mixed case: the template's 无效状况.
  assert.equal(status('|status=LR/CD|status_system=iucn3.1'), `***无效状况***${iucn('3.1')}`);
  assert.equal(status('|status=Vu|status_system=iucn3.1'), `***无效状况***${iucn('3.1')}`);
  // No system: the code as written.
  assert.equal(status('| status = VU'), 'VU');
  // Speciesbox's spaced names, and a second status with its own system; neither system nor text is a row.
  const sp = md('{{Speciesbox\n| status = NT\n| status system = iucn3.1\n| status2 = CD\n| status2_system = iucn2.3\n| status_text = 见下\n| genus = Aa\n| species = bb\n}}');
  assert.match(sp, new RegExp(`\\| 保护状况 \\| \\[近危\\]\\(https://zh.wikipedia.org/wiki/近危物种\\)（\\[IUCN 3.1\\].*\\n\\| 保护状况 \\| \\[依賴保育\\]`));
  assert.doesNotMatch(sp, /system|见下/i);
});

test('zh {{右}}: its content (argument 2 when given, else 1), no longer dropped (山下站 (東京都))', () => {
  assert.equal(md('{{右|\n[[File:A.jpg|thumb|說明]]\n}}\n甲。'), '![說明](https://upload.wikimedia.org/wikipedia/commons/6/67/A.jpg)<br />\n說明\n\n甲。');
  assert.equal(md('乙{{右|center|丙}}丁'), '乙丙丁');
  assert.equal(md('乙{{右|丙}}丁'), '乙丙丁');
});

test('{{Football player national team statistics}}: the table\'s team heading and column heads before the page\'s rows (山下芳輝)', () => {
  const src = '{{Football player national team statistics|JPN}}\n|-\n|2001||2||0\n|}';
  assert.equal(md(src), [
    '<table>', '<tr>', '<th colspan="3"><a href="https://zh.wikipedia.org/wiki/日本國家足球隊">日本國家足球隊</a></th>', '</tr>',
    '<tr>', '<th>年</th>', '<th>出場</th>', '<th>入球</th>', '</tr>', '<tr>', '<td>2001</td>', '<td>2</td>', '<td>0</td>', '</tr>', '</table>',
  ].join('\n'));
  assert.match(md(src.replace('JPN', 'XYZ')), /<a href="https:\/\/zh.wikipedia.org\/wiki\/XYZ">XYZ國家足球隊<\/a>/);
  // Every team the template's switch names is linked to its article, not only East Asian ones (209 codes).
  const head = (code: string): string => /<th colspan="3">(.*)<\/th>/.exec(md(src.replace('JPN', code)))?.[1] ?? '';
  assert.equal(head('BRA'), '<a href="https://zh.wikipedia.org/wiki/巴西國家足球隊">巴西國家足球隊</a>');
  assert.equal(head('ZIM'), '<a href="https://zh.wikipedia.org/wiki/津巴布韋國家足球隊">津巴布韋國家足球隊</a>');
  assert.equal(head('LES'), '<a href="https://zh.wikipedia.org/wiki/萊索托家足球隊">萊索托家足球隊</a>');
});

test('a child box outside any infobox keeps its labels written in -{…}- (Infobox Chinese child=yes alone)', () => {
  assert.equal(md('{{Infobox Chinese|child=yes|t=乙|p=yǐ}}'), '汉语名称；繁体字：乙；汉语拼音：yǐ');
  assert.equal(md('{{Infobox Chinese|child=yes|t=乙|p=yǐ}}', 'zh-tw'), '漢語名稱；正體字：乙；漢語拼音：yǐ');
});

test('Infobox Chinese: its parts in the template\'s order, Chinese, Korean, Japanese, whatever the call\'s order', () => {
  assert.equal(md('{{Infobox Chinese\n|kanji=乙王\n|hangul=을왕\n|t=乙\n}}'), [
    '| 甲 |  |', '| --- | --- |', '| **汉语名称** |  |', '| 繁体字 | 乙 |', '| **朝鲜语名稱** |  |', '| 諺文 | 을왕 |',
    '| **日语名称** |  |', '| 日语原文 | 乙王 |',
  ].join('\n'));
});

test('Infobox Chinese: the parts\' fallbacks and conditions (Template:Infobox Chinese read)', () => {
  // kanji={{{kanji|{{{shinjitai}}}}}}, kana={{{kana|{{{hiragana}}}}}}: one row each.
  assert.equal(md('{{Infobox Chinese\n|t=乙\n|kanji=乙王\n|shinjitai=乙\n|kana=か\n|hiragana=き\n}}'),
    '| 甲 |  |\n| --- | --- |\n| **汉语名称** |  |\n| 繁体字 | 乙 |\n| **日语名称** |  |\n| 日语原文 | 乙王 |\n| 現代假名遣 | か |');
  assert.match(md('{{Infobox Chinese\n|t=乙\n|shinjitai=乙\n}}'), /\| 日语原文 \| 乙 \|/);
  // No Korean part without hangul or hanja.
  assert.equal(md('{{Infobox Chinese\n|t=乙\n|rr=Eul\n|mr=Ŭl\n}}'), '| 甲 |  |\n| --- | --- |\n| 繁体字 | 乙 |');
  // hangul2 … a 別稱 part of its own, ㈠ beside a third.
  assert.equal(md('{{Infobox Chinese\n|t=乙\n|hangul=을\n|hangul2=을을\n|rr2=Eul\n}}'), [
    '| 甲 |  |', '| --- | --- |', '| **汉语名称** |  |', '| 繁体字 | 乙 |', '| **朝鲜语名稱** |  |', '| 諺文 | 을 |',
    '| **朝鲜语別稱** |  |', '| 諺文 | 을을 |', '| 文观部式 | Eul |',
  ].join('\n'));
  assert.match(md('{{Infobox Chinese\n|t=乙\n|hangul2=을\n|hangul3=을을\n}}', 'zh-tw'), /\| \*\*韓語別稱㈠\*\* \|  \|\n\| 諺文 \| 을 \|\n\| \*\*韓語別稱㈡\*\* \|/);
  // A given but empty name1 heads the child box's Chinese part with nothing.
  assert.equal(md('{{Infobox person\n|name=丙\n|module={{Infobox Chinese\n|child=yes\n|name1=\n|t=乙\n}}\n}}'), '| 丙 |  |\n| --- | --- |\n| 繁体字 | 乙 |');
});

test('football-teams: 209 codes, three capital letters each, no code twice', async () => {
  const { footballTeamCases } = await import('../../src/templates/football-teams.js');
  const codes = [...footballTeamCases().matchAll(/\|([^=]+)=/g)].map((m) => m[1]!);
  assert.equal(codes.length, 209);
  assert.ok(codes.every((c) => /^[A-Z]{3}$/.test(c)));
  assert.equal(new Set(codes).size, 209);
});

test('Infobox venue: stadium_name heads the box, caption= captions, one 地址 row, latitude/longitude one 坐標 row (Template:Infobox venue read)', () => {
  const src = [
    '{{Infobox venue', '| stadium_name = 乙球場', '| image = A.jpg', '| caption = 說明', '| country = 日本', '| city = 東京', '| address = 丙町1',
    '| latitude = 35.5', '| longitude = 139.25', '| built = 1907', '}}',
  ].join('\n');
  assert.equal(md(src), [
    '| 乙球場 |  |', '| --- | --- |', '| ![說明](https://upload.wikimedia.org/wikipedia/commons/6/67/A.jpg)<br />說明 |  |',
    '| 地址 | 日本<br />東京<br />丙町1 |', '| 坐標 | 35°30′00″N 139°15′00″E |', '| 完工 | 1907 |',
  ].join('\n'));
  // name wins over stadium_name, as `{{{name|{{{stadium_name|…}}}}}}`; an address alone is the row.
  assert.equal(md('{{Infobox venue\n| name = 丁\n| stadium_name = 乙球場\n| address = 丙町1\n}}'), '| 丁 |  |\n| --- | --- |\n| 地址 | 丙町1 |');
});

test('an island box\'s `… divisions title` with empty divisions labels nothing; numbered titles pair with their divisions', () => {
  assert.equal(md('{{Infobox islands\n|name=乙\n|country=丙\n|country_admin_divisions_title=省\n|country_admin_divisions=\n}}'), '| 乙 |  |\n| --- | --- |\n| 国家 | 丙 |');
  assert.equal(md('{{Infobox islands\n|name=乙\n|country_admin_divisions_title_1=省\n|country_admin_divisions_1=丁\n}}'), '| 乙 |  |\n| --- | --- |\n| 省 | 丁 |');
});

test('Infobox sportsperson: medaltemplates-title heads the medals, show-medals is no row (Template:Infobox sportsperson/core read)', () => {
  const src = '{{Infobox sportsperson|name=乙|show-medals=no|medaltemplates-title=獎牌|medaltemplates=\n{{MedalGold|1984|x}}}}';
  assert.equal(md(src), '| 乙 |  |\n| --- | --- |\n| 獎牌 | 金牌 · 1984 · x |');
  assert.equal(md(src.replace('|medaltemplates-title=獎牌', '')), '| 乙 |  |\n| --- | --- |\n| 奖牌记录 | 金牌 · 1984 · x |');
});

test('Infobox Korean name: hanja=none / ! are markers, context=north a switch: no rows (its doc page read)', () => {
  assert.equal(md('{{Infobox Korean name\n|hangul=을\n|hanja=none\n|context=north\n}}'), '| 甲 |  |\n| --- | --- |\n| 諺文 | 을 |');
  assert.equal(md('{{Infobox Korean name\n|hangul=을\n|hanja=!\n}}'), '| 甲 |  |\n| --- | --- |\n| 諺文 | 을 |');
});

test('Infobox park: the visitors\' year after the count, free_label over free_data, url as 官方網站 (Template:Infobox park read)', () => {
  const src = '{{Infobox park\n| name = 乙公园\n| visitation_num = 100萬\n| visitation_year = 2019\n| free_label = 備考\n| free_data = 丙\n| url = https://example.org/\n}}';
  assert.equal(md(src), '| 乙公园 |  |\n| --- | --- |\n| 訪客數 | 100萬（2019年） |\n| 備考 | 丙 |\n| 網站 | [官方網站](https://example.org/) |');
  // A website wins over url.
  assert.equal(md('{{Infobox park\n| name = 乙公园\n| website = 丁\n| url = https://example.org/\n}}'), '| 乙公园 |  |\n| --- | --- |\n| 網站 | 丁 |');
});

test('{{MedalCompetition}}: every name its case-sensitive #switch knows is linked; others as written', () => {
  const row = (name: string): string =>
    /\| 奖牌记录 \| (.*) \|/.exec(md(`{{Infobox sportsperson|name=乙|medaltemplates=\n{{MedalCompetition|${name}}}\n}}`))?.[1] ?? '';
  assert.equal(row('全運會'), '**[中華人民共和國全國運動會](https://zh.wikipedia.org/wiki/中華人民共和國全國運動會)**');
  assert.equal(row('X Games'), '**[極限運動會](https://zh.wikipedia.org/wiki/極限運動會)**');
  assert.equal(row('UEFA'), '**[歐聯](https://zh.wikipedia.org/wiki/歐聯)**');
  assert.equal(row('GL'), '**[Golden League](https://zh.wikipedia.org/wiki/IAAF_Golden_League)**');
  assert.equal(row('Paralympics'), '**[Paralympic Games](https://zh.wikipedia.org/wiki/Paralympic_Games)**');
  assert.equal(row('OLYMPICS'), '**OLYMPICS**');
  assert.equal(row('[[世界柔道錦標賽]]'), '**[世界柔道錦標賽](https://zh.wikipedia.org/wiki/世界柔道錦標賽)**');
});
