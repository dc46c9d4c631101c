import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convert } from './pipeline.js';

const md = (src: string, lang: string) => convert(src, 'T', lang).markdown.trim();

test('bar box: the title in bold, one list item per bar with its percentage', () => {
  const src = '{{Bar box\n|title=宗教構成\n|bars=\n{{bar percent|イスラム教|green|90}}\n{{bar percent|[[ПЦУ]]|blue|10.5}}\n}}';
  assert.equal(md(src, 'ja'), '**宗教構成**\n\n- イスラム教：90%\n- [ПЦУ](https://ja.wikipedia.org/wiki/ПЦУ)：10.5%');
  assert.equal(md('{{bar percent|Католики|#1e90ff|42.1}}', 'uk'), 'Католики: 42.1%');
  assert.equal(md('{{bar percent 2|[[第一次産業]]|佐賀県|green|50.0|日本全体|#66ff66|41.1}}', 'ja'), '[第一次産業](https://ja.wikipedia.org/wiki/第一次産業)：佐賀県 50.0%、日本全体 41.1%');
});

test('pie chart: caption and labelled slices', () => {
  assert.equal(md('{{Pie chart|caption=地方別|label1=佐渡|value1=12.3|label2=下越|value2=50}}', 'ja'), '**地方別**\n\n- 佐渡：12.3%\n- 下越：50%');
});

test('clade: nested lists, labels before their branch', () => {
  const src = '{{clade\n| label1 = [[Eukaryota]]\n| 1={{clade\n  |label1 = Bikonta\n  |1 = X\n  |2 = Y\n  }}\n| 2 = Archaea\n}}';
  assert.equal(md(src, 'uk'), '- [Eukaryota](https://uk.wikipedia.org/wiki/Eukaryota)\n  - Bikonta: X\n  - Y\n- Archaea');
});

test('compass of neighbours (uk Розташування2, Відстані до великих міст)', () => {
  assert.equal(md('{{Розташування2|nw={{POL}}|n=[[Білорусь]]|s=[[Чорне море]]}}', 'uk'), '- Північний захід: [Польща](https://uk.wikipedia.org/wiki/Польща)\n- Північ: [Білорусь](https://uk.wikipedia.org/wiki/Білорусь)\n- Південь: [Чорне море](https://uk.wikipedia.org/wiki/Чорне_море)');
  assert.equal(md('{{Відстані до великих міст|заголовок=Відстань|північ=[[Тернопіль]] ~ 171 км}}', 'uk'), '**Відстань**\n\n- Північ: [Тернопіль](https://uk.wikipedia.org/wiki/Тернопіль) ~ 171 км');
});

test('ja 都市圏 cells: the area (linked) and its population', () => {
  assert.equal(md('{{都市圏|盛岡|38|2706|盛岡都市圏}}', 'ja'), '[盛岡](https://ja.wikipedia.org/wiki/盛岡都市圏)<br />\n382,706');
  assert.equal(md("{{都市圏|'''盛岡'''|41|8459}}", 'ja'), '**盛岡**<br />\n418,459');
});

test('historical populations and ja region tables become tables', () => {
  assert.equal(md('{{Historical populations|1900|100|1910|200}}', 'uk'), '| Рік | Населення |\n| --- | --- |\n| 1900 | 100 |\n| 1910 | 200 |');
  const src = '{{地域区分表|CONTENTS=\n{{地域区分表列\n|NAMEJ=[[ブルゲンラント州]]\n|NAMEL=Burgenland\n|POP=277,569\n|ETC=\n}}\n{{地域区分表列\n|NAMEJ=ケルンテン州\n|POP=559,404\n}}\n}}';
  assert.equal(md(src, 'ja'), '| 名称 | 現地語名 | 人口 |\n| --- | --- | --- |\n| [ブルゲンラント州](https://ja.wikipedia.org/wiki/ブルゲンラント州) | Burgenland | 277,569 |\n| ケルンテン州 |  | 559,404 |');
});

test('Airport-dest-list → a table of airlines and destinations, headers in the wiki\'s language (ja 0162)', () => {
  const md = (src: string, lang: string) => convert(src, 'T', lang).markdown.trim();
  assert.equal(md('{{Airport-dest-list\n|[[日本航空]](JAL)\n|[[東京国際空港|東京/羽田]]、福岡\n|[[全日本空輸]](ANA)\n|東京/羽田\n}}', 'ja'),
    '| 航空会社 | 就航地 |\n| --- | --- |\n| [日本航空](https://ja.wikipedia.org/wiki/日本航空)(JAL) | [東京/羽田](https://ja.wikipedia.org/wiki/東京国際空港)、福岡 |\n| [全日本空輸](https://ja.wikipedia.org/wiki/全日本空輸)(ANA) | 東京/羽田 |');
  // A third column by title; numbered arguments.
  assert.equal(md('{{Airport-dest-list|3rdcoltitle=Refs|1=Aer Lingus|2=Dublin|3=[1]}}', 'en'),
    '| Airlines | Destinations | Refs |\n| --- | --- | --- |\n| Aer Lingus | Dublin | [1] |');
  assert.equal(md('a{{Airport-dest-list}}b', 'en'), 'ab');
});

test('jawiki {{Demography|year=population}} (ja パリ): a year/population table in year order', async () => {
  const { convertPage } = await import('../../src/engine/convert.js');
  assert.equal(
    convertPage('{{Demography|1851=105万3000|1801=54万7800|2005=215万4000}}\n', { site: 'ja', title: 'パリ' }).markdown,
    '| 年 | 人口 |\n| --- | --- |\n| 1801 | 54万7800 |\n| 1851 | 105万3000 |\n| 2005 | 215万4000 |\n',
  );
});

test('{{US Census population}} (ja 0117 シカゴ): census years in order, figures grouped, the estimate and the footnote after', async () => {
  const { convertPage } = await import('../../src/engine/convert.js');
  assert.equal(
    convertPage('{{US Census population\n| 1850=29963\n| 1840=4470\n| estimate= 2696555\n| estyear= 2021\n| footnote=U.S. Decennial Census\n|2020=2746388}}\n', { site: 'ja', title: 'シカゴ' }).markdown,
    '| 年 | 人口 |\n| --- | --- |\n| 1840 | 4,470 |\n| 1850 | 29,963 |\n| 2020 | 2,746,388 |\n| 2021（推計） | 2,696,555 |\n\nU.S. Decennial Census\n',
  );
  // A value that is no bare figure keeps its own markup (a link here); a figure is text, not wikitext.
  assert.equal(
    convertPage('{{US Census population\n| 1900=[[国勢調査|約170万]]\n| 1910=2185283}}\n', { site: 'ja', title: 'シカゴ' }).markdown,
    '| 年 | 人口 |\n| --- | --- |\n| 1900 | [約170万](https://ja.wikipedia.org/wiki/国勢調査) |\n| 1910 | 2,185,283 |\n',
  );
});

test('ukwiki {{Секторна діаграма}} (uk Словаччина): the pie chart\'s slices with мітка/значення names', async () => {
  const { convertPage } = await import('../../src/engine/convert.js');
  assert.equal(
    convertPage('{{Секторна діаграма\n|thumb = right\n|caption = Religion in Slovakia (2011)\n|мітка1 = [[Католицизм]]\n|значення1 = 62\n|колір1 = DodgerBlue\n|мітка2 = Атеїзм\n|значення2 = 13.4\n}}\n', { site: 'uk', title: 'Словаччина' }).markdown,
    '**Religion in Slovakia (2011)**\n\n- [Католицизм](https://uk.wikipedia.org/wiki/Католицизм): 62%\n- Атеїзм: 13.4%\n',
  );
});
