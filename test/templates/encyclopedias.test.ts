import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryPageSource } from '../../src/engine/pagesource.js';
import { siteFor } from '../../src/site/defaults.js';
import { convertPage } from '../../src/engine/convert.js';
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

test('uk: ГЕУ (article then author), БСЭ', () => {
  assert.equal(
    md('{{ГЕУ|1|249-251|Географія|Маринич О. М.}}'),
    '*Маринич О. М.* Географія // Географічна енциклопедія України : у 3 т. / редкол.: О. М. Маринич (відп. ред.) та ін. — К. : Українська радянська енциклопедія ім. М. П. Бажана, 1989. — Т. 1. — С. 249-251.',
  );
  assert.equal(md('{{БСЭ|076046|Метр}}'), 'Метр // Большая советская энциклопедия : в 30 т. / гл. ред. А. М. Прохоров. — М. : Советская энциклопедия, 1969—1978.');
});

test('uk: ССУМ, УЛЕ, ЕСУМ, УРЕ-2/N, УРЕС-2/N, SgKP, LarousseXIXe, MathWorld (footnotes that came out empty or as "Молдава //")', () => {
  assert.equal(
    md('Молдава // {{ССУМ|1|608}}'),
    'Молдава // Словник староукраїнської мови XIV—XV ст. : у 2 т. / редкол.: Л. Л. Гумецька (голов. ред.) та ін. — К. : Наукова думка, 1977. — Т. 1. — С. 608.',
  );
  assert.equal(
    md('{{УЛЕ|том=1|стаття=|сторінки=404|ref=}}'),
    'Українська літературна енциклопедія : у 5 т. / редкол.: І. О. Дзеверін (відповід. ред.) та ін. — К. : Українська радянська енциклопедія ім. М. П. Бажана, 1988. — Т. 1. — С. 404.',
  );
  assert.match(md('{{ЕСУМ4}}'), /^Етимологічний словник української мови : у 7 т\. .* — К\. : Наукова думка, 2003\. — Т\. 4 : Н — П\.$/);
  assert.match(md('{{ЕІУ/1}}'), /^Енциклопедія історії України : у 10 т\. .* — К\. : Наукова думка, 2003\. — Т\. 1\.$/);
  assert.match(md('{{ЕСУ/2}}'), /^Енциклопедія Сучасної України \/ НАН України, НТШ\. — К\. : .* — Т\. 2\.$/);
  assert.match(md('{{ШС/2}} — С. 182.'), /^Шевченківський словник : у 2 т\. .* — К\. : Головна редакція УРЕ, 1977\. — Т\. 2\. — С\. 182\.$/);
  assert.match(md('{{УРЕ-2/8}}'), /^Українська радянська енциклопедія : у 12 т\. .* 1974—1985\. — Т\. 8\.$/);
  assert.match(md('{{УРЕС-2/2}}'), /^Український радянський енциклопедичний словник : у 3 т\. — 2-ге вид\. .* — Т\. 2\.$/);
  assert.equal(
    md('{{SgKP|IV|65|Kijów}}'),
    'Kijów // Słownik geograficzny Królestwa Polskiego i innych krajów słowiańskich. — Warszawa : Filip Sulimierski, Władysław Walewski, 1880—1902. — Т. IV. — С. 65.',
  );
  assert.equal(
    md('{{LarousseXIXe | article = Métrique | volume = 11 | pages = 163–164}}'),
    'Métrique // Grand dictionnaire universel du XIXe siècle / Pierre Larousse. — Paris : Administration du grand Dictionnaire universel, 1866—1877. — Т. 11. — С. 163–164.',
  );
  assert.equal(
    md('{{MathWorld |urlname=Circle |title=Circle }}'),
    'Weisstein, Eric W. [Circle](https://mathworld.wolfram.com/Circle.html) (англ.) на сайті Wolfram MathWorld.',
  );
});

test('uk references that came out as cite errors ("виноска без назви мусить мати текст"): Грінченко, r2u, e2u, Словники України online, АТП УРСР-1946', () => {
  assert.equal(
    md('{{Грінченко|Болгарщина|2813-bolgharshhyna}}'),
    '[Болгарщина](https://hrinchenko.com/slovnyk/znachennia-slova/2813-bolgharshhyna.html) // Словарь української мови / упоряд. Б. Грінченко. — К., 1907—1909.',
  );
  assert.equal(
    md('{{r2u|землепис}}'),
    '[землепис](https://r2u.org.ua/s?w=%D0%B7%D0%B5%D0%BC%D0%BB%D0%B5%D0%BF%D0%B8%D1%81&scope=all&dicts=all&highlight=on) // Російсько-українські словники (r2u.org.ua).',
  );
  assert.equal(md('{{e2u|chemistry|4}}'), '[chemistry](https://e2u.org.ua/s?w=chemistry&dicts=4&highlight=on) // Англо-українські словники (e2u.org.ua).');
  assert.equal(md('{{Словники України online|Міфологія}}'), 'Міфологія // [Словники України online](https://lcorp.ulif.org.ua/dictua/).');
  assert.equal(md('Довгаль // {{СХ|76}}'), 'Довгаль // Словник художників України / відп. ред. М. П. Бажан. — К. : Головна редакція УРЕ, 1973. — С. 76.');
  assert.equal(md('{{АТП УРСР-1946|635, 1049–1050}}'), 'Українська РСР. Адміністративно-територіальний поділ на 1 вересня 1946 року. — К., 1947. — С. 635, 1049–1050.');
});

test('uk book shorthands whose citation no source carries ({{МД}}, {{КРП}}): a link to the template page, in a literature list as in a footnote; {{МЭ}} is the Музыкальная энциклопедия', () => {
  const out = md('Тембр<ref name="МД">{{МД}}</ref>.\n\n== Література ==\n* {{МД}}\n* {{КРП}}\n* {{ШЛ-1}}&nbsp;— С. 172—175.\n* {{МЭ}}\n\n== Примітки ==\n{{reflist}}');
  assert.equal(out, [
    'Тембр[^1].',
    '',
    '## Література',
    '',
    '- [Шаблон:МД](https://uk.wikipedia.org/wiki/Шаблон:МД)',
    '- [Шаблон:КРП](https://uk.wikipedia.org/wiki/Шаблон:КРП)',
    '- [Шаблон:ШЛ-1](https://uk.wikipedia.org/wiki/Шаблон:ШЛ-1)\u00a0— С. 172—175.',
    '- Музыкальная энциклопедия : в 6 т. / гл. ред. Ю. В. Келдыш. — М. : Советская энциклопедия, 1973—1982.',
    '',
    '## Примітки',
    '',
    '[^1]: [Шаблон:МД](https://uk.wikipedia.org/wiki/Шаблон:МД)',
  ].join('\n'));
  // Elsewhere the names are unknown.
  assert.equal(builtinRegistry.lookup('МД', 'ja'), null);
});

test('ukwiki book shorthands are stand-ins: when the page source holds the template, its citation is expanded', () => {
  const templates = new MemoryPageSource(siteFor('uk'));
  templates.set('Шаблон:МД', 'Юцевич Ю. Є. Музика: словник-довідник. — Тернопіль, 2003.');
  const md = String(convertPage('== Література ==\n* {{МД}}', { site: 'uk', title: 'T', templates }).markdown).trim();
  assert.match(md, /^- Юцевич Ю\. Є\. Музика: словник-довідник\. — Тернопіль, 2003\.$/m);
  assert.doesNotMatch(md, /Шаблон:МД/);
});

test('uk {{ВУЕ|стаття=…}}: the article linked at vue.gov.ua, then the encyclopedia (uk 0386)', () => {
  assert.equal(md('* {{ВУЕ|стаття=АДА}}'), '- [АДА](https://vue.gov.ua/АДА) // Велика українська енциклопедія.');
  assert.equal(md('{{ВУЕ|стаття=Ада Лавлейс}}'), '[Ада Лавлейс](https://vue.gov.ua/Ада_Лавлейс) // Велика українська енциклопедія.');
  assert.equal(md('{{ВУЕ}}'), '[Велика українська енциклопедія](https://vue.gov.ua/).');
  // A title holding URL delimiters stays one path: `?` would start a query, `#` a fragment.
  assert.equal(md('{{ВУЕ|стаття=Що? Де? Коли?}}'), '[Що? Де? Коли?](https://vue.gov.ua/Що%3F_Де%3F_Коли%3F) // Велика українська енциклопедія.');
  assert.equal(md('{{ВУЕ|стаття=C# 100%}}'), '[C# 100%](https://vue.gov.ua/C%23_100%25) // Велика українська енциклопедія.');
});

test('uk {{Муха}}: the directory by Муха of Ukrainian composers, as a literature item (uk 0125 showed "- .")', () => {
  // The page puts its own stop after the call; the citation adds none (no "2004..").
  assert.equal(md('* {{Муха}}.'), '- Композитори України та української діаспори : довідник / А. І. Муха. — К. : Музична Україна, 2004.');
  assert.equal(md('{{Муха|112}}'), 'Композитори України та української діаспори : довідник / А. І. Муха. — К. : Музична Україна, 2004. — С. 112');
});

test('uk {{ЕК}} is the Енциклопедія кібернетики (uk 0073 lost the item); unknown shorthands keep the part and pages their call names (uk 0009 {{Клепко_ВМ}}, uk 0084 {{МФЕ}})', () => {
  assert.equal(md('* {{ЕК}};'), '- Енциклопедія кібернетики : у 2 т. / гол. ред. В. М. Глушков. — К. : Головна редакція УРЕ, 1973;');
  assert.equal(md('* {{Клепко_ВМ|частина=Коло|сторінки= 109}}'), '- Коло // [Шаблон:Клепко ВМ](https://uk.wikipedia.org/wiki/Шаблон:Клепко_ВМ). — С. 109.');
  assert.equal(md('* {{ТС_Буд|частина=Радіус|сторінки =166}}'), '- Радіус // [Шаблон:ТС Буд](https://uk.wikipedia.org/wiki/Шаблон:ТС_Буд). — С. 166.');
  assert.equal(md('* Глазовий Павло Прокопович // {{МФЕ}}&nbsp;— С.&nbsp;78.'), '- Глазовий Павло Прокопович // [Шаблон:МФЕ](https://uk.wikipedia.org/wiki/Шаблон:МФЕ)\u00a0— С.\u00a078.');
});

test('uk {{АЗР|том|сторінка}}: the Акты, относящиеся к истории Западной России (uk 0100 read ", документ № 21.")', () => {
  assert.equal(md('{{АЗР|1|32}}, документ №&nbsp;21.'), 'Акты, относящиеся к истории Западной России, собранные и изданные Археографическою комиссиею : в 5 т. — СПб., 1846—1853. — Т. 1. — С. 32, документ №\u00a021.');
});
