/**
 * uk encyclopedia and dictionary citations: `{{ЕІУ|7|43}}`, `{{ЕСУ|5||автор|стаття}}`,
 * `{{ЛЗЕ2|частина=Слово|сторінки=408}}`, `{{СУМ-11|Ядро}}` … Each names one reference work; the
 * call adds the volume, pages and article. Printed the way uk.wikipedia's bibliographic style
 * runs: "Стаття // Назва. — Місце : Видавництво, рік. — Т. 7. — С. 43."
 */
import type { Inline } from '../../ast/nodes.js';
import type { HandlerEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateHandler, TemplateResult } from '../types.js';
import { urlPathEncode } from '../../site/titles.js';
import { arg, DROP, externalLink, inline, inlineResult, plain, pos, templatePageHandler, text, unlink } from '../util.js';

/** Where each positional argument goes. */
type Layout = 'vol-pages' | 'vol-pages-author-article' | 'vol-pages-article-author' | 'id-article' | 'article-pages' | 'headword' | 'article' | 'pages';

interface Work {
  names: readonly string[];
  title: string;
  /** Place : publisher, years (without the leading " — "). */
  imprint: string;
  layout: Layout;
  /** Year of each volume, when volumes came out one by one. */
  volumeYears?: Record<string, string>;
  /** A fixed volume or book ("Т. 2 : М — Я"), for works cited one volume per template. */
  part?: string;
  /**
   * No full stop of ours at the end: the pages calling these templates put their own stop or
   * comma after the call (`* {{Муха}}.`, `* {{ЕК}};`, `{{АЗР|1|32}}, документ`), which tells
   * the template's text ends without one.
   */
  bare?: true;
}

const WORKS: readonly Work[] = [
  {
    names: ['ЕІУ', 'Енциклопедія історії України'],
    title: 'Енциклопедія історії України : у 10 т. / редкол.: В. А. Смолій (голова) та ін. ; Інститут історії України НАН України',
    imprint: 'К. : Наукова думка, 2003—2013',
    layout: 'vol-pages',
    volumeYears: { 1: '2003', 2: '2004', 3: '2005', 4: '2007', 5: '2008', 6: '2009', 7: '2010', 8: '2011', 9: '2012', 10: '2013' },
  },
  {
    names: ['ЕУ', 'Енциклопедія українознавства'],
    title: 'Енциклопедія українознавства : Словникова частина : [в 11 т.] / Наукове товариство імені Шевченка ; гол. ред. проф. д-р Володимир Кубійович',
    imprint: 'Париж — Нью-Йорк : Молоде життя, 1955—2003',
    layout: 'vol-pages',
  },
  {
    names: ['ЕСУ', 'Енциклопедія Сучасної України'],
    title: 'Енциклопедія Сучасної України / НАН України, НТШ',
    imprint: 'К. : Інститут енциклопедичних досліджень НАН України, 2001—',
    layout: 'vol-pages-author-article',
  },
  {
    names: ['Юридична енциклопедія', 'ЮЕ'],
    title: 'Юридична енциклопедія : [у 6 т.] / ред. кол. Ю. С. Шемшученко (відп. ред.) [та ін.]',
    imprint: 'К. : Українська енциклопедія ім. М. П. Бажана, 1998—2004',
    layout: 'vol-pages',
    volumeYears: { 1: '1998', 2: '1999', 3: '2001', 4: '2002', 5: '2003', 6: '2004' },
  },
  {
    names: ['УРЕ', 'Українська радянська енциклопедія'],
    title: 'Українська радянська енциклопедія : у 12 т. / гол. ред. М. П. Бажан',
    imprint: '2-ге вид. — К. : Головна редакція УРЕ, 1974—1985',
    layout: 'vol-pages',
  },
  { names: ['ЛЗЕ1'], title: 'Літературознавча енциклопедія : у 2 т. / авт.-уклад. Ю. І. Ковалів', imprint: 'К. : ВЦ «Академія», 2007', layout: 'article-pages', part: 'Т. 1 : А — Л' },
  { names: ['ЛЗЕ2'], title: 'Літературознавча енциклопедія : у 2 т. / авт.-уклад. Ю. І. Ковалів', imprint: 'К. : ВЦ «Академія», 2007', layout: 'article-pages', part: 'Т. 2 : М — Я' },
  { names: ['ЕСКМ2017'], title: 'Енциклопедичний словник класичних мов / за ред. Л. Л. Звонської', imprint: 'К. : ВПЦ «Київський університет», 2017', layout: 'article-pages' },
  { names: ['ФЕС', 'Філософський енциклопедичний словник'], title: 'Філософський енциклопедичний словник / В. І. Шинкарук (голова редколегії) та ін.', imprint: 'К. : Інститут філософії імені Григорія Сковороди НАН України : Абрис, 2002', layout: 'article-pages' },
  { names: ['СУМ-11'], title: 'Словник української мови : в 11 т. / АН УРСР. Інститут мовознавства ; за ред. І. К. Білодіда', imprint: 'К. : Наукова думка, 1970—1980', layout: 'headword' },
  { names: ['СУМ-20'], title: 'Словник української мови : у 20 т. / НАН України, Український мовно-інформаційний фонд', imprint: 'К. : Наукова думка, 2010—', layout: 'headword' },
  { names: ['УСЕ-4'], title: 'Універсальний словник-енциклопедія', imprint: '4-те вид. — К. : Тека, 2006', layout: 'article' },
  {
    names: ['ТЕС', 'Тернопільський енциклопедичний словник'],
    title: 'Тернопільський енциклопедичний словник : у 4 т.',
    imprint: 'Тернопіль : Видавничо-поліграфічний комбінат «Збруч», 2004—2010',
    layout: 'vol-pages',
    volumeYears: { 1: '2004', 2: '2005', 3: '2008', 4: '2010' },
  },
  { names: ['ШевЕ-1'], title: 'Шевченківська енциклопедія : у 6 т. / гол. ред. М. Г. Жулинський', imprint: 'К. : Інститут літератури ім. Т. Г. Шевченка, 2012', layout: 'article-pages', part: 'Т. 1' },
  { names: ['ШевЕ-2'], title: 'Шевченківська енциклопедія : у 6 т. / гол. ред. М. Г. Жулинський', imprint: 'К. : Інститут літератури ім. Т. Г. Шевченка, 2012', layout: 'article-pages', part: 'Т. 2' },
  { names: ['ШевЕ-3'], title: 'Шевченківська енциклопедія : у 6 т. / гол. ред. М. Г. Жулинський', imprint: 'К. : Інститут літератури ім. Т. Г. Шевченка, 2013', layout: 'article-pages', part: 'Т. 3' },
  { names: ['ШевЕ-4'], title: 'Шевченківська енциклопедія : у 6 т. / гол. ред. М. Г. Жулинський', imprint: 'К. : Інститут літератури ім. Т. Г. Шевченка, 2013', layout: 'article-pages', part: 'Т. 4' },
  { names: ['ШевЕ-5'], title: 'Шевченківська енциклопедія : у 6 т. / гол. ред. М. Г. Жулинський', imprint: 'К. : Інститут літератури ім. Т. Г. Шевченка, 2015', layout: 'article-pages', part: 'Т. 5' },
  { names: ['ШевЕ-6'], title: 'Шевченківська енциклопедія : у 6 т. / гол. ред. М. Г. Жулинський', imprint: 'К. : Інститут літератури ім. Т. Г. Шевченка, 2015', layout: 'article-pages', part: 'Т. 6' },
  // uk 0073 `* {{ЕК}};`: the encyclopedia of cybernetics edited by Глушков (Kyiv, 1973), which
  // another uk page names ("«Енциклопедія кібернетики» за редакцією В. Глушкова (українською мовою, Київ)").
  { names: ['ЕК'], title: 'Енциклопедія кібернетики : у 2 т. / гол. ред. В. М. Глушков', imprint: 'К. : Головна редакція УРЕ, 1973', layout: 'vol-pages', bare: true },
  // uk 0100 `{{АЗР|1|32}}, документ № 21`: the Archaeographic Commission's acts of Western Russia, volume and page.
  { names: ['АЗР'], title: 'Акты, относящиеся к истории Западной России, собранные и изданные Археографическою комиссиею : в 5 т.', imprint: 'СПб., 1846—1853', layout: 'vol-pages', bare: true },
  { names: ['МГЕ'], title: 'Мала гірнича енциклопедія : у 3 т. / за ред. В. С. Білецького', imprint: 'Донецьк : Донбас, 2004—2013', layout: 'vol-pages' },
  { names: ['МСІУ'], title: 'Малий словник історії України / відп. ред. В. А. Смолій', imprint: 'К. : Либідь, 1997', layout: 'pages' },
  { names: ['ЄСФ1'], title: 'Європейський словник філософій : Лексикон неперекладностей', imprint: 'К. : Дух і Літера, 2009', layout: 'article-pages', part: 'Т. 1' },
  { names: ['ПолЕ'], title: 'Політична енциклопедія / редкол.: Ю. Левенець (голова), Ю. Шаповал (заст. голови) та ін.', imprint: 'К. : Парламентське видавництво, 2011', layout: 'article-pages' },
  { names: ['ЛЗПЛ2001'], title: 'Лексикон загального та порівняльного літературознавства / голов. ред. А. Волков', imprint: 'Чернівці : Золоті литаври, 2001', layout: 'article-pages' },
  { names: ['МУ-92'], title: 'Митці України : Енциклопедичний довідник / за ред. А. В. Кудрицького', imprint: 'К. : Українська енциклопедія ім. М. П. Бажана, 1992', layout: 'pages' },
  { names: ['МУ-97'], title: 'Мистецтво України : Біографічний довідник / за ред. А. В. Кудрицького', imprint: 'К. : Українська енциклопедія ім. М. П. Бажана, 1997', layout: 'pages' },
  { names: ['МЭ'], title: 'Музыкальная энциклопедия : в 6 т. / гл. ред. Ю. В. Келдыш', imprint: 'М. : Советская энциклопедия, 1973—1982', layout: 'vol-pages' },
  { names: ['МЭС'], title: 'Музыкальный энциклопедический словарь / гл. ред. Г. В. Келдыш', imprint: 'М. : Советская энциклопедия, 1990', layout: 'article-pages' },
  {
    names: ['А-Е-С'],
    title: 'Астрономічний енциклопедичний словник / за заг. ред. І. А. Климишина, А. О. Корсунь',
    imprint: 'Львів : Головна астрономічна обсерваторія НАН України : Львівський національний університет імені Івана Франка, 2003',
    layout: 'article-pages',
  },
  {
    names: ['ГЕУ'],
    title: 'Географічна енциклопедія України : у 3 т. / редкол.: О. М. Маринич (відп. ред.) та ін.',
    imprint: 'К. : Українська радянська енциклопедія ім. М. П. Бажана, 1989—1993',
    layout: 'vol-pages-article-author',
    volumeYears: { 1: '1989', 2: '1990', 3: '1993' },
  },
  { names: ['БСЭ', 'БСЭ3'], title: 'Большая советская энциклопедия : в 30 т. / гл. ред. А. М. Прохоров', imprint: 'М. : Советская энциклопедия, 1969—1978', layout: 'id-article' },
  ...[1, 2, 3].map((n): Work => ({
    names: [`УМузЕ-${n}`],
    title: 'Українська музична енциклопедія / гол. ред. Г. Скрипник',
    imprint: `К. : ІМФЕ ім. М. Т. Рильського НАН України, ${({ 1: '2006', 2: '2008', 3: '2011' } as Record<number, string>)[n]}`,
    layout: 'article-pages',
    part: `Т. ${n}`,
  })),
  {
    names: ['ССУМ'],
    title: 'Словник староукраїнської мови XIV—XV ст. : у 2 т. / редкол.: Л. Л. Гумецька (голов. ред.) та ін.',
    imprint: 'К. : Наукова думка, 1977—1978',
    layout: 'vol-pages',
    volumeYears: { 1: '1977', 2: '1978' },
  },
  {
    names: ['УЛЕ'],
    title: 'Українська літературна енциклопедія : у 5 т. / редкол.: І. О. Дзеверін (відповід. ред.) та ін.',
    imprint: 'К. : Українська радянська енциклопедія ім. М. П. Бажана, 1988—1995',
    layout: 'vol-pages',
    volumeYears: { 1: '1988', 2: '1990', 3: '1995' },
  },
  ...([[1, '1988'], [2, '1990'], [3, '1995']] as const).map(([n, year]): Work => ({
    names: [`УЛЕ/${n}`],
    title: 'Українська літературна енциклопедія : у 5 т. / редкол.: І. О. Дзеверін (відповід. ред.) та ін.',
    imprint: `К. : Українська радянська енциклопедія ім. М. П. Бажана, ${year}`,
    layout: 'article-pages',
    part: `Т. ${n}`,
  })),
  ...([[4, '2003', 'Н — П'], [5, '2006', 'Р — Т'], [6, '2012', 'У — Я']] as const).map(([n, year, letters]): Work => ({
    names: [`ЕСУМ${n}`],
    title: 'Етимологічний словник української мови : у 7 т. / редкол.: О. С. Мельничук (голов. ред.) та ін.',
    imprint: `К. : Наукова думка, ${year}`,
    layout: 'article-pages',
    part: `Т. ${n} : ${letters}`,
  })),
  // The second edition of УРЕ and of its dictionary, one template per volume (`{{УРЕ-2/8}}`).
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n): Work => ({
    names: [`УРЕ-2/${n}`],
    title: 'Українська радянська енциклопедія : у 12 т. / гол. ред. М. П. Бажан',
    imprint: '2-ге вид. — К. : Головна редакція УРЕ, 1974—1985',
    layout: 'article-pages',
    part: `Т. ${n}`,
  })),
  ...[1, 2, 3].map((n): Work => ({
    names: [`УРЕС-2/${n}`],
    title: 'Український радянський енциклопедичний словник : у 3 т.',
    imprint: '2-ге вид. — К. : Головна редакція УРЕ, 1986—1987',
    layout: 'article-pages',
    part: `Т. ${n}`,
  })),
  // `{{ЕІУ/1}}`, `{{ЕСУ/2}}`: one volume each (the list of works at a page's end).
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n): Work => ({
    names: [`ЕІУ/${n}`],
    title: 'Енциклопедія історії України : у 10 т. / редкол.: В. А. Смолій (голова) та ін. ; Інститут історії України НАН України',
    imprint: `К. : Наукова думка, ${[2003, 2004, 2005, 2007, 2008, 2009, 2010, 2011, 2012, 2013][n - 1]}`,
    layout: 'article-pages',
    part: `Т. ${n}`,
  })),
  ...Array.from({ length: 25 }, (_, i): Work => ({
    names: [`ЕСУ/${i + 1}`],
    title: 'Енциклопедія Сучасної України / НАН України, НТШ',
    imprint: 'К. : Інститут енциклопедичних досліджень НАН України, 2001—',
    layout: 'article-pages',
    part: `Т. ${i + 1}`,
  })),
  ...([[1, '1976'], [2, '1977']] as const).map(([n, year]): Work => ({
    names: [`ШС/${n}`],
    title: 'Шевченківський словник : у 2 т. / Інститут літератури імені Т. Г. Шевченка Академії наук УРСР',
    imprint: `К. : Головна редакція УРЕ, ${year}`,
    layout: 'article-pages',
    part: `Т. ${n}`,
  })),
  // `* {{Муха}}.` (uk 0125): Муха's directory of composers, described as another uk page cites it
  // ("Композитори України та української діаспори: Довідник / Муха А. І. — Київ: Музична Україна, 2004").
  { names: ['Муха'], title: 'Композитори України та української діаспори : довідник / А. І. Муха', imprint: 'К. : Музична Україна, 2004', layout: 'pages', bare: true },
  // `* Довгаль Олександр Михайлович // {{СХ|76}}`: the page of the dictionary of Ukrainian artists.
  { names: ['СХ'], title: 'Словник художників України / відп. ред. М. П. Бажан', imprint: 'К. : Головна редакція УРЕ, 1973', layout: 'pages' },
  // Gazetteers of the Soviet administrative division (village articles): `{{АТП УРСР-1946|635}}` is the pages.
  { names: ['АТД СССР-1941'], title: 'СССР. Административно-территориальное деление союзных республик на 1 января 1941 года', imprint: 'М., 1941', layout: 'pages' },
  { names: ['АТП УРСР-1946'], title: 'Українська РСР. Адміністративно-територіальний поділ на 1 вересня 1946 року', imprint: 'К., 1947', layout: 'pages' },
  // `{{SgKP|IV|65|Kijów}}`: volume (Roman), page, entry.
  {
    names: ['SgKP'],
    title: 'Słownik geograficzny Królestwa Polskiego i innych krajów słowiańskich',
    imprint: 'Warszawa : Filip Sulimierski, Władysław Walewski, 1880—1902',
    layout: 'vol-pages-article-author',
  },
  // Українська мала енциклопедія: one template per book.
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16].map((n): Work => ({
    names: [`УМЕ${n}`],
    title: 'Українська мала енциклопедія : 16 кн. : у 8 т. / проф. Є. Онацький',
    imprint: 'Буенос-Айрес : Накладом Адміністратури УАПЦ в Аргентині, 1957—1967',
    layout: 'article-pages',
    part: `Кн. ${n}`,
  })),
];

/**
 * Areas of a description joined by ". — ", a full stop at the end (none when `bare`); an area
 * ending in "." keeps one.
 */
function bibliographic(parts: string[], bare = false): string {
  let s = '';
  for (const p of parts) {
    if (s) s += s.endsWith('.') ? ' — ' : '. — ';
    s += p;
  }
  return bare || s.endsWith('.') ? s : s + '.';
}

/** A page value worth printing: it holds a digit (`сторінка(-ки)` placeholders do not). */
function pagesOf(v: string): string {
  return /\d/.test(v) ? v : '';
}

function citeWork(work: Work): TemplateHandler {
  return (call: TemplateCall, ctx: TemplateContext): TemplateResult => {
    let volume = '';
    let pages = '';
    let author: Inline[] = [];
    let article: Inline[] = [];
    const named = (keys: string[]) => plain(ctx, arg(call, keys));
    switch (work.layout) {
      case 'vol-pages':
      case 'vol-pages-author-article':
      case 'vol-pages-article-author':
        volume = plain(ctx, pos(call, 1)) || named(['том', 'т']);
        pages = plain(ctx, pos(call, 2)) || named(['сторінки', 'с', 'С']);
        if (work.layout === 'vol-pages-author-article') {
          author = inline(ctx, pos(call, 3) ?? arg(call, ['автор']));
          article = inline(ctx, pos(call, 4) ?? arg(call, ['стаття', 'гасло', 'частина']));
        } else if (work.layout === 'vol-pages-article-author') {
          article = inline(ctx, pos(call, 3) ?? arg(call, ['стаття', 'гасло', 'частина']));
          author = inline(ctx, pos(call, 4) ?? arg(call, ['автор']));
        }
        break;
      case 'id-article':
        article = inline(ctx, pos(call, 2) ?? arg(call, ['стаття', 'гасло', 'частина']));
        break;
      case 'article-pages':
        article = inline(ctx, arg(call, ['частина', 'стаття', 'гасло', '1']));
        pages = named(['сторінки', 'с', 'С', '2']);
        break;
      case 'headword':
      case 'article':
        article = inline(ctx, arg(call, ['1', 'частина', 'стаття', 'гасло']));
        pages = named(['сторінки', 'с', 'С']);
        break;
      case 'pages':
        pages = named(['1', 'сторінки', 'с', 'С']);
        break;
    }
    if (!author.length) author = inline(ctx, arg(call, ['автор']));
    if (!article.length) article = inline(ctx, arg(call, ['гасло', 'стаття', 'частина']));
    pages = pagesOf(pages);
    const link = plain(ctx, arg(call, ['посилання', 'url']));
    if (link && article.length && /^(https?:)?\/\//i.test(link)) article = [externalLink(link, unlink(article))];

    const out: Inline[] = [];
    if (author.length) out.push({ type: 'emphasis', children: author }, text(' '));
    if (article.length) out.push(...article, text(' // '));
    const year = volume && work.volumeYears?.[volume];
    const imprint = year ? work.imprint.replace(/, \d{4}—\d{0,4}$/, `, ${year}`) : work.imprint;
    const parts = [work.title, imprint];
    if (work.part) parts.push(work.part);
    if (volume && /^[\dIVXLC]+$/.test(volume)) parts.push(`Т. ${volume}`);
    if (pages) parts.push(`С. ${pages}`);
    out.push(text(bibliographic(parts, work.bare)));
    return inlineResult(out);
  };
}

/** A word looked up in an online dictionary: "слово // Словники (site)", the word linked to the lookup. */
function dictionaryLookup(site: string, work: string, url: (word: string, extra: string) => string) {
  return (call: TemplateCall, ctx: TemplateContext): TemplateResult => {
    const word = plain(ctx, pos(call, 1));
    if (!word) return DROP;
    const extra = plain(ctx, pos(call, 2));
    return inlineResult([externalLink(url(word, extra), [text(word)]), text(` // ${work} (${site}).`)]);
  };
}

/** uk `{{Грінченко|Болгарщина|2813-bolgharshhyna}}`: the headword in Грінченко's dictionary, linked to its page. */
function hrinchenko(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const word = inline(ctx, pos(call, 1));
  if (!word.length) return DROP;
  const id = plain(ctx, pos(call, 2));
  const head: Inline[] = id && /^[\w-]+$/.test(id) ? [externalLink(`https://hrinchenko.com/slovnyk/znachennia-slova/${id}.html`, unlink(word))] : word;
  return inlineResult([...head, text(' // Словарь української мови / упоряд. Б. Грінченко. — К., 1907—1909.')]);
}

const LAROUSSE: Work = {
  names: ['LarousseXIXe'],
  title: 'Grand dictionnaire universel du XIXe siècle / Pierre Larousse',
  imprint: 'Paris : Administration du grand Dictionnaire universel, 1866—1877',
  layout: 'vol-pages-article-author',
};

/** `{{LarousseXIXe|article=Métrique|volume=11|pages=163–164}}`: named in English, laid out as the others. */
function larousse(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const args = new Map<string, string>();
  const put = (n: string, keys: string[]) => {
    const v = arg(call, keys);
    if (v) args.set(n, v);
  };
  put('1', ['volume', '1']);
  put('2', ['pages', 'page', '2']);
  put('3', ['article', '3']);
  return citeWork(LAROUSSE)({ ...call, args }, ctx);
}

/** `{{MathWorld|urlname=Circle|title=Circle}}` → "Weisstein, Eric W. Circle (англ.) на сайті Wolfram MathWorld." */
function mathWorld(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const id = plain(ctx, arg(call, ['urlname', 'id', '1']));
  if (!id) return DROP;
  const title = inline(ctx, arg(call, ['title', '2']) ?? id);
  return inlineResult([
    text('Weisstein, Eric W. '),
    externalLink(`https://mathworld.wolfram.com/${id}.html`, unlink(title)),
    text(' (англ.) на сайті Wolfram MathWorld.'),
  ]);
}

/**
 * ukwiki book shorthands whose citation is the template's own text, which no dump and no stored
 * source carries (`{{МД}}`, `{{КРП}}`). Inside a `<ref>` such a call already became a link to the
 * template's page (parser/extensions.ts), what MediaWiki prints for a template it cannot find
 * and where the live wiki shows the citation; standing alone as an item of a literature list
 * (uk 0043 `* {{КРП}}`, uk 0098 `* {{МД}}`) it left no item at all. The same link, in both places.
 */
function templatePage(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const page = templatePageHandler(call, ctx);
  if (page.kind !== 'inline') return page;
  // The part cited and its pages are the call's own (`{{Клепко ВМ|частина=Коло|сторінки=109}}`, uk 0009).
  const part = inline(ctx, arg(call, ['частина', 'стаття', 'гасло']));
  const pages = pagesOf(plain(ctx, arg(call, ['сторінки', 'с', 'С'])));
  if (!part.length && !pages) return page;
  return inlineResult([...(part.length ? [...part, text(' // ')] : []), ...page.nodes, ...(pages ? [text(`. — С. ${pages}.`)] : [])]);
}

/**
 * uk `{{ВУЕ|стаття=АДА}}` (uk 0386): an article of the Велика українська енциклопедія, whose
 * online edition keeps each article at `https://vue.gov.ua/<title>` (spaces as underscores, the
 * form its pages are linked by; `?`, `#`, `%` percent-encoded, as they would end or break the path). The template's own wording is in no stored source; the article
 * is shown linked, then the work's name, as the other encyclopedias here. Without an article, the
 * work's name alone, linked to the site.
 */
function vue(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const article = plain(ctx, arg(call, ['стаття', '1'])).trim();
  const work = 'Велика українська енциклопедія';
  if (!article) return inlineResult([externalLink('https://vue.gov.ua/', [text(work)]), text('.')]);
  return inlineResult([externalLink(`https://vue.gov.ua/${urlPathEncode(article, true)}`, [text(article)]), text(` // ${work}.`)]);
}

const UNKNOWN_BOOKS = ['МД', 'КРП', 'МФЕ', 'Клепко ВМ', 'ТС Буд', 'ЕУМ', 'ЛСД2007', 'Завало.Курс алгебри', 'Войтович', 'ЕЄЕ', 'ШЛ-1', 'УМ-2000', 'КЕД', 'Бесков Хімтехнологія'];

export const ENCYCLOPEDIA_ENTRIES: HandlerEntry[] = [
  { family: 'citation', names: ['LarousseXIXe'], langs: ['uk'], handler: larousse },
  { family: 'citation', names: ['MathWorld'], langs: ['uk'], handler: mathWorld },
  ...WORKS.map((w): HandlerEntry => ({ family: 'citation', names: w.names, langs: ['uk'], handler: citeWork(w) })),
  { family: 'citation', names: ['Грінченко'], langs: ['uk'], handler: hrinchenko },
  { family: 'citation', names: UNKNOWN_BOOKS, langs: ['uk'], handler: templatePage, traits: { fallbackOnly: true } },
  { family: 'citation', names: ['ВУЕ'], langs: ['uk'], handler: vue, traits: { fallbackOnly: true } },
  {
    family: 'citation', names: ['R2u'], langs: ['uk'],
    handler: dictionaryLookup('r2u.org.ua', 'Російсько-українські словники', (w) => `https://r2u.org.ua/s?w=${encodeURIComponent(w)}&scope=all&dicts=all&highlight=on`),
  },
  {
    family: 'citation', names: ['E2u'], langs: ['uk'],
    handler: dictionaryLookup('e2u.org.ua', 'Англо-українські словники', (w, d) => `https://e2u.org.ua/s?w=${encodeURIComponent(w)}&dicts=${/^\d+$/.test(d) ? d : 'all'}&highlight=on`),
  },
  {
    family: 'citation', names: ['Словники України online'], langs: ['uk'],
    handler: (call, ctx) => {
      const word = inline(ctx, pos(call, 1));
      return inlineResult([...(word.length ? [...word, text(' // ')] : []), externalLink('https://lcorp.ulif.org.ua/dictua/', [text('Словники України online')]), text('.')]);
    },
  },
];
