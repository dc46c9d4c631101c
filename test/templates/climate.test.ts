import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';

test('{{Weather box}}: a month table with the measures given (°F and inches derived), its title and source', () => {
  const src = '{{Weather box\n|location = 香坊区\n|Jan high C = -12.3\n|Feb high C = -7.5\n|year high C = 10.1\n' +
    '|Jan low C = -24.1\n|Jan precipitation mm = 4.2\n|source 1 = [https://example.org 中国气象局]\n}}\n';
  const md = convertPage(src, { site: 'zh', title: '香坊区' }).markdown;
  assert.equal(
    md,
    '香坊区的气候数据\n\n' +
      '| 月份 | 1月 | 2月 | 3月 | 4月 | 5月 | 6月 | 7月 | 8月 | 9月 | 10月 | 11月 | 12月 | 全年 |\n' +
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n' +
      '| 平均高温 °C (°F) | -12.3 (9.9) | -7.5 (18.5) |  |  |  |  |  |  |  |  |  |  | 10.1 (50.2) |\n' +
      '| 平均低温 °C (°F) | -24.1 (-11.4) |  |  |  |  |  |  |  |  |  |  |  |  |\n' +
      '| 平均降水量 mm (inch) | 4.2 (0.17) |  |  |  |  |  |  |  |  |  |  |  |  |\n\n' +
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

test('ja {{Weather box}} in °F with metric first: °C derived and shown first, year values worked out from the months', () => {
  // ja シカゴ (0117): the Midway box, cut to three measures.
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const highs = ['31.5', '35.8', '46.8', '59.2', '70.2', '79.9', '89.2', '90.1', '75.3', '62.8', '48.6', '35.3'];
  const snow = ['11.5', '9.1', '5.4', '1.0', '0', '0', '0', '0', '0', '0.1', '1.3', '8.7'];
  const sun = ['135.8', '136.2', '187.0', '215.3', '281.9', '311.4', '318.4', '283.0', '226.6', '193.2', '113.3', '106.3'];
  let src = '{{Weather box\n|location = [[シカゴ・ミッドウェー国際空港]]（1981–2010年）\n|collapsed = Y\n|single line = Y\n|metric first = Y\n';
  months.forEach((m, i) => (src += `|${m} high F = ${highs[i]}\n|${m} snow inch = ${snow[i]}\n|${m} sun = ${sun[i]}\n`));
  src += '|year high F =60.0\n|year snow inch = 37.1\n|unit snow days = 0.1 in\n|Jan snow days = 8.1\n|source 1 = NOAA\n}}\n';
  const md = convertPage(src, { site: 'ja', title: 'シカゴ' }).markdown;
  assert.equal(
    md,
    '[シカゴ・ミッドウェー国際空港](https://ja.wikipedia.org/wiki/シカゴ・ミッドウェー国際空港)（1981–2010年）の気候\n\n' +
      '| 月 | 1月 | 2月 | 3月 | 4月 | 5月 | 6月 | 7月 | 8月 | 9月 | 10月 | 11月 | 12月 | 年 |\n' +
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n' +
      '| 平均最高気温 °C (°F) | -0.3 (31.5) | 2.1 (35.8) | 8.2 (46.8) | 15.1 (59.2) | 21.2 (70.2) | 26.6 (79.9) | 31.8 (89.2) | 32.3 (90.1) | 24.1 (75.3) | 17.1 (62.8) | 9.2 (48.6) | 1.8 (35.3) | 15.6 (60.0) |\n' +
      '| 降雪量 cm (inch) | 29.2 (11.5) | 23.1 (9.1) | 13.7 (5.4) | 2.5 (1.0) | 0 (0) | 0 (0) | 0 (0) | 0 (0) | 0 (0) | 0.3 (0.1) | 3.3 (1.3) | 22.1 (8.7) | 94.2 (37.1) |\n' +
      '| 平均降雪日数 (≥ 0.1 in) | 8.1 |  |  |  |  |  |  |  |  |  |  |  |  |\n' +
      '| 平均月間日照時間 | 135.8 | 136.2 | 187.0 | 215.3 | 281.9 | 311.4 | 318.4 | 283.0 | 226.6 | 193.2 | 113.3 | 106.3 | 2508.4 |\n\n' +
      '出典：NOAA\n',
  );
});

test('{{Weather box}}: record high/low years are the extreme month, a text value (trace) is not converted', () => {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const highs = ['16.1', '21.4', '25.7', '30.2', '34.8', '37.6', '42.6', '39.5', '36.2', '28.9', '21.6', '17.1'];
  const lows = ['-19.0', '-6.8', '-9.1', '-3.5', '-0.1', '3.1', '6.0', '6.3', '1.8', '-3.1', '-14.0', '-23.9'];
  let src = '{{Weather box\n|location = パリ (1991–2020)\n|metric first = Y\n|single line = Y\n';
  months.forEach((m, i) => (src += `|${m} record high C = ${highs[i]}\n|${m} record low C = ${lows[i]}\n`));
  src += '|Jan snow cm = trace\n}}\n';
  const md = convertPage(src, { site: 'ja', title: 'パリ' }).markdown;
  assert.match(md, /\n\| 最高気温記録 °C \(°F\) \| 16\.1 \(61\.0\) \|.* \| 42\.6 \(108\.7\) \|\n/);
  assert.match(md, /\n\| 最低気温記録 °C \(°F\) \| -19\.0 \(-2\.2\) \|.* \| -0\.1 \(31\.8\) \|.* \| -23\.9 \(-11\.0\) \| -23\.9 \(-11\.0\) \|\n/);
  assert.match(md, /\n\| 降雪量 cm \(inch\) \| trace \|  \|/);
});

test('{{Weather box}} with metric first = N: the imperial unit leads even when the call gives °C', () => {
  const md = convertPage('{{Weather box|metric first=N|Jan mean C=-5}}\n', { site: 'en', title: 'X' }).markdown;
  assert.match(md, /\n\| Daily mean °F \(°C\) \| 23 \(-5\) \|/);
});

test('{{Climate chart}} (ja 沖縄県): monthly minimum, maximum and precipitation triples as a table, no year column', () => {
  const triples = ['14|19|107', '15|20|120', '17|22|161', '19|24|166', '22|27|232', '25|29|247', '27|32|141', '27|32|241', '26|30|261', '23|28|153', '20|25|110', '16|21|103'];
  const src = '{{Climate chart|[[那覇市]]\n|' + triples.join('\n|') + '\n|float = right\n|clear = both\n|source = [https://www.data.jma.go.jp/obd/stats/etrn/ 気象庁 那覇（1981年 - 2010年の平均値）]\n}}\n';
  assert.equal(
    convertPage(src, { site: 'ja', title: '沖縄県' }).markdown,
    '[那覇市](https://ja.wikipedia.org/wiki/那覇市)\n\n' +
      '| 月 | 1月 | 2月 | 3月 | 4月 | 5月 | 6月 | 7月 | 8月 | 9月 | 10月 | 11月 | 12月 |\n' +
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n' +
      '| 平均最高気温 °C | 19 | 20 | 22 | 24 | 27 | 29 | 32 | 32 | 30 | 28 | 25 | 21 |\n' +
      '| 平均最低気温 °C | 14 | 15 | 17 | 19 | 22 | 25 | 27 | 27 | 26 | 23 | 20 | 16 |\n' +
      '| 降水量 mm | 107 | 120 | 161 | 166 | 232 | 247 | 141 | 241 | 261 | 153 | 110 | 103 |\n\n' +
      '出典：[気象庁 那覇（1981年 - 2010年の平均値）](https://www.data.jma.go.jp/obd/stats/etrn/)\n',
  );
});

test('jawiki {{climate_graph}} (ja 佐賀県): twelve precipitation totals, maxima and minima after the place and station', () => {
  const src = '{{climate_graph|嬉野|\n|75.9|97.0|164.7|192.0|234.2|402.7|390.9|232.3|225.8|95.3|97.3|61.8\n' +
    '|9.1|10.7|14.2|19.9|24.1|27.0|30.3|31.8|28.0|22.9|17.0|11.6\n|-0.1|0.5|3.3|7.7|12.5|17.5|22.2|22.3|18.3|11.7|6.4|1.7\n}}\n';
  assert.equal(
    convertPage(src, { site: 'ja', title: '佐賀県' }).markdown,
    '嬉野\n\n' +
      '| 月 | 1月 | 2月 | 3月 | 4月 | 5月 | 6月 | 7月 | 8月 | 9月 | 10月 | 11月 | 12月 |\n' +
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n' +
      '| 平均最高気温 °C | 9.1 | 10.7 | 14.2 | 19.9 | 24.1 | 27.0 | 30.3 | 31.8 | 28.0 | 22.9 | 17.0 | 11.6 |\n' +
      '| 平均最低気温 °C | -0.1 | 0.5 | 3.3 | 7.7 | 12.5 | 17.5 | 22.2 | 22.3 | 18.3 | 11.7 | 6.4 | 1.7 |\n' +
      '| 降水量 mm | 75.9 | 97.0 | 164.7 | 192.0 | 234.2 | 402.7 | 390.9 | 232.3 | 225.8 | 95.3 | 97.3 | 61.8 |\n',
  );
  // A month missing: not a chart we can read, dropped.
  assert.equal(convertPage('{{Climate graph|X||1|2}}\n', { site: 'ja', title: 'X' }).markdown, '');
});
