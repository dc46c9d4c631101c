import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convert } from './pipeline.js';

const md = (src: string, lang = 'uk') => convert(src, 'T', lang).markdown.trim();

test('uk {{Кавалер ордена …}} (uk 0088 Менделєєв): the order\'s article under the class\'s name', () => {
  assert.equal(md('{{Кавалер ордена Почесного легіону}}'), '[Кавалер ордена Почесного легіону](https://uk.wikipedia.org/wiki/Орден_Почесного_легіону)');
});

test('uk honorary titles (uk 0024 Молостова): linked under their own name', () => {
  assert.equal(
    md('{{Народний артист УРСР}} {{Заслужений діяч мистецтв УРСР}}'),
    '[Народний артист УРСР](https://uk.wikipedia.org/wiki/Народний_артист_УРСР) [Заслужений діяч мистецтв УРСР](https://uk.wikipedia.org/wiki/Заслужений_діяч_мистецтв_УРСР)',
  );
});

test('uk prizes with a year (uk 0085 Загребельний): the prize\'s article, the year after it', () => {
  assert.equal(
    md('{{Державна премія СРСР|1980}} {{Премія Тараса Шевченка (до 1992)|1974}}'),
    '[Державна премія СРСР](https://uk.wikipedia.org/wiki/Державна_премія_СРСР) (1980) [Премія Тараса Шевченка](https://uk.wikipedia.org/wiki/Шевченківська_премія) (1974)',
  );
});

test('orders and medals keep their behaviour; the names are ukwiki only', () => {
  assert.equal(md('{{Орден Держави (Україна)|2004}}'), '[Орден Держави](https://uk.wikipedia.org/wiki/Орден_Держави_(Україна)) (2004)');
  assert.equal(md('{{Медаль «За оборону Києва»}}'), '[Медаль «За оборону Києва»](https://uk.wikipedia.org/wiki/Медаль_«За_оборону_Києва»)');
  assert.equal(md('{{Кавалер ордена Почесного легіону}}', 'ja'), '');
});

test('uk awards seen in infobox rows (uk 0081, 0105, 0122, 0148, 0052): linked, with the year', () => {
  assert.equal(md('{{Премія Тараса Шевченка|1992}}'), '[Премія Тараса Шевченка](https://uk.wikipedia.org/wiki/Шевченківська_премія) (1992)');
  assert.equal(md('{{Заслужений художник України}}'), '[Заслужений художник України](https://uk.wikipedia.org/wiki/Заслужений_художник_України)');
  assert.equal(md('{{Золотий письменник України}}'), '[Золотий письменник України](https://uk.wikipedia.org/wiki/Золотий_письменник_України)');
  // Once dropped by name as a navbox; in uk 0122 it stands three times in the award row.
  assert.equal(
    md('{{Державна премія УРСР у галузі науки і техніки}} {{Державна премія України в галузі науки і техніки}}'),
    '[Державна премія УРСР у галузі науки і техніки](https://uk.wikipedia.org/wiki/Державна_премія_УРСР_у_галузі_науки_і_техніки) [Державна премія України в галузі науки і техніки](https://uk.wikipedia.org/wiki/Державна_премія_України_в_галузі_науки_і_техніки)',
  );
});

test('uk {{НобелівськаПремія|field|year}}: the field completes the prize\'s name, the year comes second', () => {
  assert.equal(md('{{НобелівськаПремія|з літератури|2004}}'), '[Нобелівська премія з літератури](https://uk.wikipedia.org/wiki/Нобелівська_премія_з_літератури) (2004)');
  assert.equal(md('{{НобелівськаПремія}}'), '[Нобелівська премія](https://uk.wikipedia.org/wiki/Нобелівська_премія)');
  // A year that is not four digits alone is still shown.
  assert.equal(md('{{НобелівськаПремія|з фізики|1990 (спільно)}}'), '[Нобелівська премія з фізики](https://uk.wikipedia.org/wiki/Нобелівська_премія_з_фізики) (1990 (спільно))');
  assert.equal(md('{{Орден Леніна|1949, 1965}}'), '[Орден Леніна](https://uk.wikipedia.org/wiki/Орден_Леніна) (1949, 1965)');
});

test('ja {{Awards|award=|year=|title=}} (ja 0120 赤石路代\'s 受賞 row): prize, year and work', () => {
  assert.equal(
    md('{{Awards|award=[[小学館漫画賞]]児童部門 |year=1993 |title=[[ワン・モア・ジャンプ]]}}', 'ja'),
    '[小学館漫画賞](https://ja.wikipedia.org/wiki/小学館漫画賞)児童部門（1993年）『[ワン・モア・ジャンプ](https://ja.wikipedia.org/wiki/ワン・モア・ジャンプ)』',
  );
  assert.equal(md('{{Awards|award=星雲賞}}', 'ja'), '星雲賞');
  // A year that is not a number alone is bracketed as given, without 年.
  assert.equal(md('{{Awards|award=星雲賞|year=1993年度}}', 'ja'), '星雲賞（1993年度）');
  assert.equal(md('{{Awards}}', 'ja'), '');
});
