import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinRegistry } from '../../src/templates/registry.js';
import { convert } from './pipeline.js';

const md = (src: string) => convert(src, 'T', 'uk').markdown.trim();

test('uk encyclopedias: volume and pages, the volume year when volumes came out one by one', () => {
  assert.equal(
    md('«{{ЕІУ|7|43}}»'),
    '«Енциклопедія історії України : у 10 т. / редкол.: В. А. Смолій (голова) та ін. ; Інститут історії України НАН України. — К. : Наукова думка, 2010. — Т. 7. — С. 43.»',
  );
  assert.equal(md('{{УРЕ}}'), 'Українська радянська енциклопедія : у 12 т. / гол. ред. М. П. Бажан. — 2-ге вид. — К. : Головна редакція УРЕ, 1974—1985.');
});

test('uk encyclopedias: author and article before the work ("Стаття // Назва")', () => {
  assert.equal(
    md('{{ЕСУ|5||Маринич О. М.|Географія}}'),
    '*Маринич О. М.* Географія // Енциклопедія Сучасної України / НАН України, НТШ. — К. : Інститут енциклопедичних досліджень НАН України, 2001—. — Т. 5.',
  );
  // A page placeholder left in the call is not a page.
  assert.ok(!md('{{ЕСУ|21|сторінка(-ки)|С. С. Єрмоленко|Мова}}').includes('С. сторінка'));
  assert.equal(
    md('{{ЛЗЕ2|частина =Слово|сторінки =408-409}}'),
    'Слово // Літературознавча енциклопедія : у 2 т. / авт.-уклад. Ю. І. Ковалів. — К. : ВЦ «Академія», 2007. — Т. 2 : М — Я. — С. 408-409.',
  );
  assert.equal(md('{{СУМ-11|Ядро}}'), 'Ядро // Словник української мови : в 11 т. / АН УРСР. Інститут мовознавства ; за ред. І. К. Білодіда. — К. : Наукова думка, 1970—1980.');
  assert.match(md('{{УМЕ16|частина=Чубинський Павло|сторінки=2063-2064}}'), /^Чубинський Павло \/\/ Українська мала енциклопедія .* — Кн\. 16\. — С\. 2063-2064\.$/);
  assert.match(md('{{ЮЕ|1|гасло=Велике князівство Литовське|посилання=https://cyclop.com.ua/x}}'), /^\[Велике князівство Литовське\]\(https:\/\/cyclop\.com\.ua\/x\) \/\/ Юридична енциклопедія .*, 1998\. — Т\. 1\.$/);
});

test('the encyclopedia names are uk only', () => {
  assert.equal(builtinRegistry.resolve('ЕІУ', 'uk')?.family, 'citation');
  assert.equal(builtinRegistry.resolve('ЕІУ', 'zh'), null);
});
