import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';

const md = (wikitext: string, lang = 'zh', title = '香取號戰艦') => convertPage(wikitext, { site: lang, title }).markdown;

const SHIP = `{{軍艦模板
|名稱= 香取
|艦種= [[戰艦]]
|動工= 1904年4月27日
|下水= 1905年7月4日
|長度= 全長：143.3米
|極速= 18.5節
}}
'''香取'''是日本海軍的戰艦。
`;

test('zhwiki "…模板" with named facts is an infobox, not a dropped navbox', () => {
  const out = md(SHIP);
  assert.match(out, /^\| 香取 \|  \|\n\| --- \| --- \|\n/);
  assert.match(out, /\| 艦種 \| \[戰艦\]\(https:\/\/zh\.wikipedia\.org\/wiki\/戰艦\) \|/);
  assert.match(out, /\| 極速 \| 18\.5節 \|/);
  // A real navbox (no arguments) still drops.
  assert.equal(md('正文。\n\n{{中华人民共和国省级行政区模板}}\n'), '正文。\n');
});

test('a template the source lacks, laid out as a box of facts, is shown as an infobox and still counted as unhandled', () => {
  const src = `{{Філософ
| Ім'я = Бертран Рассел
| Область = Західна філософія
| Ера = Філософія XX століття
| Розмір_зображення = 250px
| Школа традиція = аналітична філософія
| Інтереси = етика, логіка
}}
Текст.
`;
  const r = convertPage(src, { site: 'uk', title: 'Бертран Рассел' });
  assert.equal(
    r.markdown,
    '| Бертран Рассел |  |\n| --- | --- |\n| Область | Західна філософія |\n| Ера | Філософія XX століття |\n' +
      '| Школа традиція | аналітична філософія |\n| Інтереси | етика, логіка |\n\nТекст.\n',
  );
  assert.deepEqual(r.meta.unhandledTemplates, { 'Філософ': 1 });
});

test('not a data box: one-line calls, numbered rows, layout values, calls inside text, few parameters', () => {
  // On one line: a row of something, not a box.
  assert.equal(md('{{Невідомий рядок|a=1 квітня|b=два|c=три|d=чотири|e=пʼять}}\nТекст.\n', 'uk', 'T'), 'Текст.\n');
  // Track lists: t1/n1 … are list rows.
  const tracks = '{{tracklist/x\n| headline = DVD\n| t1 = 蟑螂\n| n1 = MV\n| t2 = 比翼雙飛\n| n2 = MV\n| t3 = 葬花笛\n| n3 = MV\n}}\n正文。\n';
  assert.equal(md(tracks), '正文。\n');
  // A location map: numbers and layout keywords.
  const map = '{{地図\n| BSize = 2000\n| CWidth = 260\n| CHeight = 260\n| OTop = 950\n| OLeft = 190\n| 位置 = right\n}}\n本文。\n';
  assert.equal(md(map, 'ja', 'T'), '本文。\n');
  // Yes/no switches of a portal box.
  assert.equal(md('{{Портал\n| a = так\n| b = так\n| c = так\n| d = так\n| e = так\n}}\nТекст.\n', 'uk', 'T'), 'Текст.\n');
  // Fewer than five facts.
  assert.equal(md('{{Невідомий\n| a = один\n| b = два\n| c = три\n}}\nТекст.\n', 'uk', 'T'), 'Текст.\n');
});

test('with missing templates shown as links (peer-test mode) nothing is guessed', () => {
  const r = convertPage(SHIP.replace('軍艦模板', 'Шаблон невідомий'), { site: 'zh', title: 'T', expansion: { missingTemplates: 'link' } });
  assert.doesNotMatch(r.markdown, /\| --- \| --- \|/);
});
