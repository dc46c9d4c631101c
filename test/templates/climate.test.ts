import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';

test('{{Weather box}}: a month table with the measures given, its title and source', () => {
  const src = '{{Weather box\n|location = 香坊区\n|Jan high C = -12.3\n|Feb high C = -7.5\n|year high C = 10.1\n' +
    '|Jan low C = -24.1\n|Jan precipitation mm = 4.2\n|source 1 = [https://example.org 中国气象局]\n}}\n';
  const md = convertPage(src, { site: 'zh', title: '香坊区' }).markdown;
  assert.equal(
    md,
    '香坊区的气候数据\n\n' +
      '| 月份 | 1月 | 2月 | 3月 | 4月 | 5月 | 6月 | 7月 | 8月 | 9月 | 10月 | 11月 | 12月 | 全年 |\n' +
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n' +
      '| 平均高温 °C | -12.3 | -7.5 |  |  |  |  |  |  |  |  |  |  | 10.1 |\n' +
      '| 平均低温 °C | -24.1 |  |  |  |  |  |  |  |  |  |  |  |  |\n' +
      '| 平均降水量 mm | 4.2 |  |  |  |  |  |  |  |  |  |  |  |  |\n\n' +
      '来源：[中国气象局](https://example.org)\n',
  );
});

test('ukwiki {{Клімат міста}}: absolute and mean measures, the city in the genitive as the title', () => {
  const src = '{{Клімат міста\n|Місто_род=Чернівців\n| Січ_сер=-2.9 | Січ_сер_опади=26\n| Лют_а_макс=17.0\n}}\n';
  const md = convertPage(src, { site: 'uk', title: 'Чернівці' }).markdown;
  assert.match(md, /^Клімат Чернівців\n\n\| Місяць \| Січ \| Лют \|/);
  assert.match(md, /\n\| Абсолютний максимум, °C \|  \| 17\.0 \|/);
  assert.match(md, /\n\| Середня температура, °C \| -2\.9 \|/);
  assert.match(md, /\n\| Норма опадів, мм \| 26 \|/);
});

test('a climate box without values drops', () => {
  assert.equal(convertPage('{{Weather box|location=X|single line=Y}}\nText.\n', { site: 'en', title: 'X' }).markdown, 'Text.\n');
});
