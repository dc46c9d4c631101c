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
