import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';
import { inlineOf, makeCtx, render, show } from './harness.js';

const zh = makeCtx('zh');
const ja = makeCtx('ja');
const en = makeCtx('en');
const uk = makeCtx('uk');

const WEB = {
  url: 'http://tech.ifeng.com/a.shtml',
  title: '电子管之父李·德富雷斯特',
  'access-date': '2011-07-25',
  'archive-date': '2014-04-13',
  'archive-url': 'https://web.archive.org/web/20140413/http://tech.ifeng.com/a.shtml',
};

test('zh cite web, live original: title links the URL, "存档" links the archive', () => {
  const nodes = inlineOf(render('Cite web', [], { ...WEB, 'dead-url': 'no' }, zh));
  assert.deepEqual(nodes, [
    { type: 'externalLink', url: WEB.url, kind: 'labelled', children: [{ type: 'text', value: WEB.title }] },
    { type: 'text', value: '. [2011-07-25]. （原始内容' },
    { type: 'externalLink', url: WEB['archive-url'], kind: 'labelled', children: [{ type: 'text', value: '存档' }] },
    { type: 'text', value: '于2014-04-13）.' },
  ]);
});

test('dead original (dead-url=yes, url-status=dead, or archive without status): title links the archive', () => {
  const expected = `[${WEB.title}](${WEB['archive-url']}). [2011-07-25]. （[原始内容](${WEB.url})存档于2014-04-13）.`;
  assert.equal(show(inlineOf(render('cite web', [], { ...WEB, 'dead-url': 'yes' }, zh))), expected);
  assert.equal(show(inlineOf(render('cite web', [], { ...WEB, 'url-status': 'dead' }, zh))), expected);
  assert.equal(show(inlineOf(render('cite web', [], WEB, zh))), expected);
  // usurped: the original URL is not linked at all
  assert.equal(
    show(inlineOf(render('cite web', [], { ...WEB, 'url-status': 'usurped' }, zh))),
    `[${WEB.title}](${WEB['archive-url']}). [2011-07-25]. （原始内容存档于2014-04-13）.`,
  );
});

test('zh cite news: authors, work, date with access date, language note at the end', () => {
  const nodes = inlineOf(
    render('cite news', [], {
      last: 'Cabato', first: 'Luisa', title: 'Marcos skipping Apec', work: 'Philippine Daily Inquirer', date: '7 November 2024',
      'access-date': '7 November 2024', language: 'en', url: 'https://inq.net/a',
    }, zh),
  );
  assert.equal(show(nodes), 'Cabato, Luisa. [Marcos skipping Apec](https://inq.net/a). Philippine Daily Inquirer. 7 November 2024 [7 November 2024] （英语）.');
});

test('zh cite book and cite journal: place: publisher, year: pages, volume (issue), identifiers', () => {
  assert.equal(
    show(inlineOf(render('cite book', [], { last: 'Moon', first: 'Todd K.', title: 'Error Correction Coding', location: 'New Jersey', publisher: 'John Wiley & Sons', year: '2005', pages: '12–15', isbn: '978-0-471-64800-0' }, zh))),
    'Moon, Todd K. Error Correction Coding. New Jersey: John Wiley & Sons. 2005: 12–15. ISBN 978-0-471-64800-0.',
  );
  assert.equal(
    show(inlineOf(render('Cite journal', [], { author1: 'Kaelbling, L. P.', author2: 'Littman, M. L.', title: 'A Survey', journal: 'JAIR', date: '1996-05-01', volume: '4', issue: '2', pages: '237-285', doi: '10.1613/jair.301' }, zh))),
    'Kaelbling, L. P.; Littman, M. L. A Survey. JAIR. 1996-05-01, 4 (2): 237-285. doi:[10.1613/jair.301](https://doi.org/10.1613/jair.301).',
  );
});

test('zh names of the parameters and of the template work alike', () => {
  assert.equal(
    show(inlineOf(render('引用网页', [], { 网址: 'http://a.cn/', 标题: '标题甲', 作者: '张三', 访问日期: '2020-01-01', 语言: '中文' }, zh))),
    '张三. [标题甲](http://a.cn/). [2020-01-01].',
  );
});

test('ja citation: quoted title, 閲覧 and アーカイブ notes with ja dates', () => {
  assert.equal(
    show(inlineOf(render('Cite web', [], { ...WEB, 'dead-url': 'yes', website: 'ifeng', language: 'zh' }, ja))),
    `“[${WEB.title}](${WEB['archive-url']})” (中国語). ifeng. 2014年4月13日時点の[オリジナル](${WEB.url})よりアーカイブ。2011年7月25日閲覧。`,
  );
});

test('en and uk citations: Archived from the original / Retrieved, italic works and book titles', () => {
  assert.equal(
    show(inlineOf(render('Cite web', [], { ...WEB, 'dead-url': 'yes', last: 'Li', first: 'Wei', date: '2010-01-02', website: 'ifeng' }, en))),
    `Li, Wei (2010-01-02). "[${WEB.title}](${WEB['archive-url']})". *ifeng*. Archived from [the original](${WEB.url}) on 2014-04-13. Retrieved 2011-07-25.`,
  );
  assert.equal(
    show(inlineOf(render('Cite book', [], { author: 'Moon', title: 'Coding', publisher: 'Wiley', year: '2005', page: '7' }, en))),
    'Moon (2005). *Coding*. Wiley. p. 7.',
  );
  assert.equal(
    show(inlineOf(render('Cite web', [], { url: 'http://a.ua/', title: 'Назва', 'access-date': '2020-01-01' }, uk))),
    '"[Назва](http://a.ua/)". Процитовано 2020-01-01.',
  );
});

test('never empty: a URL alone, or a work alone, still prints', () => {
  assert.equal(show(inlineOf(render('Cite web', [], { url: 'http://only.example/' }, zh))), '[http://only.example/](http://only.example/).');
  assert.equal(show(inlineOf(render('Cite news', [], { work: '人民日报' }, zh))), '人民日报.');
  assert.deepEqual(render('Cite web', [], {}, zh), { kind: 'drop' });
});

test('many authors are cut after nine with 等 / et al.', () => {
  const named: Record<string, string> = { title: 'T' };
  for (let i = 1; i <= 11; i++) named[`last${i}`] = `A${i}`;
  assert.equal(show(inlineOf(render('Cite journal', [], named, zh))), 'A1; A2; A3; A4; A5; A6; A7; A8; A9 等. T.');
});

test('cite tweet builds the status URL', () => {
  assert.equal(
    show(inlineOf(render('Cite tweet', [], { user: 'nasa', number: '123', title: 'Launch', date: '2020-05-30' }, en))),
    '@nasa (2020-05-30). "[Launch](https://twitter.com/nasa/status/123)".',
  );
});

test('Webarchive and Wayback', () => {
  assert.equal(
    show(inlineOf(render('Webarchive', [], { url: 'https://web.archive.org/web/2010/http://x.cn', date: '2010-06-15' }, zh))),
    '（[页面存档备份](https://web.archive.org/web/2010/http://x.cn)，存于互联网档案馆）',
  );
  assert.equal(
    show(inlineOf(render('Wayback', [], { url: 'http://x.com/a', date: '20100615040949' }, en))),
    '[Archived 2010-06-15](https://web.archive.org/web/20100615040949/http://x.com/a) at the Wayback Machine',
  );
});

test('jawiki {{Wayback}}: the title links the copy, then " - ウェイバックマシン（…アーカイブ分）" (ja 0009, 0142)', () => {
  assert.equal(
    show(inlineOf(render('Wayback', [], { url: 'http://www.ailove.net/', title: 'AI Love Network', date: '19990421124556' }, ja))),
    '[AI Love Network](https://web.archive.org/web/19990421124556/http://www.ailove.net/) - ウェイバックマシン（1999年4月21日アーカイブ分）',
  );
  // no title: the address is the label; no date: any copy, and no date words
  assert.equal(
    show(inlineOf(render('Wayback', [], { url: 'http://x.jp/a' }, ja))),
    '[http://x.jp/a](https://web.archive.org/web/*/http://x.jp/a) - ウェイバックマシン',
  );
  // `date=*` (or any non-timestamp) is no date: no "（*アーカイブ分）"
  assert.equal(
    show(inlineOf(render('Wayback', [], { url: 'http://x.jp/a', title: 'A', date: '*' }, ja))),
    '[A](https://web.archive.org/web/*/http://x.jp/a) - ウェイバックマシン',
  );
  assert.equal(
    show(inlineOf(render('Wayback', [], { url: 'http://x.com/a', date: 'June 2010' }, en))),
    '[Archived](https://web.archive.org/web/*/http://x.com/a) at the Wayback Machine',
  );
  // jawiki's Webarchive keeps the English template's shape
  assert.equal(
    show(inlineOf(render('Webarchive', [], { url: 'https://web.archive.org/web/2010/http://x.jp', date: '2010-06-15' }, ja))),
    '[アーカイブ 2010年6月15日](https://web.archive.org/web/2010/http://x.jp) - ウェイバックマシン',
  );
});

test('ukwiki {{книга}}: частина is the chapter, "// " before the book, GOST parts after " — "', () => {
  const md = convertPage('<ref>{{книга|автор=Анучин Д. Н.|частина=Научные принципы в географии|назва=Географические работы|місце=М.|рік=1959|сторінки=10}}</ref>\n<references/>', { site: 'uk', title: 'X' }).markdown;
  assert.equal(String(md).trim(), '[^1]\n\n[^1]: *Анучин Д. Н.* Научные принципы в географии // Географические работы. — М., 1959. — С. 10.');
});

test('ukwiki {{книга}}: сторінок is the length ("160 с."), apart from the pages cited; серія in brackets; тираж', () => {
  const args = {
    автор: 'Гевара И.', заголовок: 'Измерение мира', місце: 'М.', рік: '2014', сторінок: '160', isbn: '978-5-9774-0733-5',
    серія: 'Мир математики, том 38', сторінки: '125—126', тираж: '45 000',
  };
  assert.equal(show(inlineOf(render('Книга', [], args, uk))), '*Гевара И.* Измерение мира. — М., 2014. — С. 125—126. — 160 с. — (Мир математики, том 38). — ISBN 978-5-9774-0733-5. — 45 000 прим.');
});

test('ukwiki {{книга}} as the wiki prints it: *Автор.* Назва. — Місце : Видавництво, Рік. — N с. — ISBN (uk 0015, 0000)', () => {
  const args = {
    автор: 'Загнітко А. П., Домрачева І. Р.', заголовок: 'Основи мовленнєвої діяльності', місце: 'Донецьк',
    видавництво: 'Український культурологічний центр', рік: '2001', сторінок: '56', isbn: '966-7517-14-4', видання: '2-ге',
  };
  assert.equal(
    show(inlineOf(render('книга', [], args, uk))),
    '*Загнітко А. П., Домрачева І. Р.* Основи мовленнєвої діяльності. — 2-ге. — Донецьк : Український культурологічний центр, 2001. — 56 с. — ISBN 966-7517-14-4.',
  );
  // An author without a closing full stop gets one; відповідальний follows the title after " / ".
  assert.equal(show(inlineOf(render('Книга', [], { автор: 'Іван Франко', назва: 'Твори', відповідальний: 'за ред. О. Білецького', рік: '1950' }, uk))), '*Іван Франко.* Твори / за ред. О. Білецького. — 1950.');
});

test('ukwiki {{стаття}}/{{публікація}}: видання is the journal after "//"; Т., вип., №, С. (uk 0102, 0043, 0013)', () => {
  const args = {
    автор: 'Feynman, Richard P.', назва: 'Cargo Cult Science', посилання: 'http://calteches.library.caltech.edu/51/2/CargoCult.pdf',
    видання: 'Engineering and Science', рік: '1974', том: '37', випуск: '7', сторінки: '10–13', issn: '0013-7812', мова: 'en',
  };
  assert.equal(
    show(inlineOf(render('Стаття', [], args, uk))),
    '*Feynman, Richard P.* [Cargo Cult Science](http://calteches.library.caltech.edu/51/2/CargoCult.pdf) (англ.) // Engineering and Science. — 1974. — Т. 37, вип. 7. — С. 10–13. — ISSN 0013-7812.',
  );
  assert.equal(
    show(inlineOf(render('стаття', [], { назва: 'Декларація', журнал: 'Відомості Верховної Ради УРСР', рік: '1990', випуск: '31', сторінки: '429' }, uk))),
    'Декларація // Відомості Верховної Ради УРСР. — 1990. — Вип. 31. — С. 429.',
  );
  assert.equal(
    show(inlineOf(render('публікація', ['книга'], { назва: 'Основи', інфо: 'навчальний посібник', місце: 'Донецьк', рік: '2001' }, uk))),
    'Основи : навчальний посібник. — Донецьк, 2001.',
  );
  // цитати: the passage quoted, last (uk 0017 lost it).
  assert.equal(show(inlineOf(render('Стаття', [], { назва: 'Esperanto', видання: 'Times', рік: '1990', цитати: 'It is used for advertising' }, uk))), 'Esperanto // Times. — 1990. — «It is used for advertising».');
});

test('ukwiki CS1 parameter names: вебсайт, праця, url-архіву, мертвий-url, мовою, переклад-назви, розміщення (uk 0043, 0017)', () => {
  const args = {
    назва: 'Акт', url: 'http://rada.gov.ua/akt', 'url-архіву': 'https://web.archive.org/web/2013/http://rada.gov.ua/akt',
    'дата-архіву': '22 червня 2013', 'мертвий-url': 'no', вебсайт: 'Офіційний портал', мовою: 'en', 'переклад-назви': 'Act', розміщення: 'Київ',
  };
  assert.equal(
    show(inlineOf(render('Cite web', [], args, uk))),
    '"[Акт](http://rada.gov.ua/akt)" [Act] (англ.). *Офіційний портал*. Київ. [Архів](https://web.archive.org/web/2013/http://rada.gov.ua/akt) оригіналу за 22 червня 2013.',
  );
  assert.equal(show(inlineOf(render('cite web', [], { назва: 'Передачі', url: 'http://r.va/1', праця: 'Радіо Ватикан' }, uk))), '"[Передачі](http://r.va/1)". *Радіо Ватикан*.');
});

test('CS1 asin=, naid=, ncid= are printed after the other identifiers (ja 0075, 0093, 0025, 0049)', () => {
  const book = { title: 'ジョン・レノンPlayboyインタビュー', year: '1981', publisher: '集英社', asin: 'B000J80BKM', page: '94' };
  assert.equal(show(inlineOf(render('Cite book', ['和書'], book, ja))), '『ジョン・レノンPlayboyインタビュー』集英社、1981年、94頁。ASIN B000J80BKM。');
  assert.equal(show(inlineOf(render('Cite book', [], { title: 'T', isbn: '1', asin: 'B0X' }, en))), '*T*. ISBN 1. ASIN B0X.');
  // jawiki's CiNii numbers (ja 0025, 0049): NAID and NCID, linked to their CiNii records.
  const article = { title: '構造学習', journal: '人工知能', year: '2016', naid: '110010039602', ncid: 'BN03841957' };
  assert.equal(show(inlineOf(render('Cite journal', ['和書'], article, ja))),
    '「構造学習」『人工知能』2016年。NAID [110010039602](https://ci.nii.ac.jp/naid/110010039602)。NCID [BN03841957](https://ci.nii.ac.jp/ncid/BN03841957)。');
});

test('CS1 series follows the title (cite book, en and ja)', () => {
  const args = { title: 'The Language Instinct', series: 'Perennial Modern Classics', publisher: 'Harper', year: '2007' };
  assert.equal(show(inlineOf(render('Cite book', [], args, en))), '*The Language Instinct*. Perennial Modern Classics. Harper. 2007.');
  const jaArgs = { title: '生物進化を考える', series: '岩波新書', publisher: '岩波書店' };
  assert.equal(show(inlineOf(render('Cite book', [], jaArgs, ja))), '生物進化を考える. 岩波新書. 岩波書店.');
});

test('CS1 others= follows the title and series, before the edition and publisher; a journal article puts it first (ja 0011, 0028, 0051; uk 0374)', () => {
  const book = { last: 'Smith', first: 'J.', title: 'Egypt', others: 'Translated by A. Jones', edition: '2nd', publisher: 'Penguin', year: '2001' };
  assert.equal(show(inlineOf(render('Cite book', [], book, en))), 'Smith, J. (2001). *Egypt*. Translated by A. Jones. 2nd. Penguin.');
  const jaBook = { title: 'Nihon', series: 'S', others: 'Mori, Daijirō., 森, 大二郎', publisher: '研究社' };
  assert.equal(show(inlineOf(render('Cite book', [], jaBook, ja))), 'Nihon. S. Mori, Daijirō., 森, 大二郎. 研究社.');
  const article = { title: 'On Things', journal: 'Nature', others: 'Illustrated by B', volume: '3', year: '1999' };
  assert.equal(show(inlineOf(render('Cite journal', [], article, en))), 'Illustrated by B. "On Things". *Nature*. 1999. 3.');
  assert.equal(show(inlineOf(render('cite book', [], { title: 'Europe', others: 'Andrzej Suszycki', publisher: 'Lit' }, uk))), '*Europe*. Andrzej Suszycki. Lit.');
});

test('ja 和書 citations take the Japanese layout: 『書名』, 、 between parts, pages in 頁, 。 after each part', () => {
  const book = { author1: '浦沢直樹', author2: '和久井光司', title: 'ディランを語ろう', publisher: '小学館', year: '2007', page: '38', isbn: '9784093592024' };
  assert.equal(show(inlineOf(render('Cite book', ['和書'], book, ja))), '浦沢直樹、和久井光司『ディランを語ろう』小学館、2007年、38頁。ISBN 9784093592024。');
  // A Japanese surname and given name are one word; an editor is followed by 編; a series in 〈〉.
  const edited = { last: '夏目', first: '漱石', editor: '高浜虚子', title: '我輩は猫である', volume: '1', publisher: 'ホトトギス社', series: '文庫', date: '1905', pages: '63-114' };
  assert.equal(show(inlineOf(render('Cite book', ['和書'], edited, ja))), '夏目漱石、高浜虚子 編『我輩は猫である』 1巻、ホトトギス社〈文庫〉、1905年、63-114頁。');
  // An article: 「title」 linked, the journal in 『』, volume and issue as 巻 and 号.
  const article = { author: '益田理広', title: '唐宋易学', url: 'http://x.jp/a', journal: '地理空間', volume: '11', issue: '1', pages: '19-46', year: '2018' };
  assert.equal(show(inlineOf(render('Cite journal', ['和書'], article, ja))), '益田理広「[唐宋易学](http://x.jp/a)」『地理空間』 11巻1号、2018年、19-46頁。');
  // A web page: access date and archive note close it; a page that already names its unit stays.
  const web = { title: '記事', url: 'http://a.jp/', website: 'ナタリー', date: '2021-12-28', accessdate: '2021-12-29', page: 'p. 3' };
  assert.equal(show(inlineOf(render('Cite web', ['和書'], web, ja))), '「[記事](http://a.jp/)」『ナタリー』2021年12月28日、p. 3。2021年12月29日閲覧。');
});

test('ja CS1 citations (no 和書) print the page as "p." / "pp.", not a bare number', () => {
  const book = { title: 'Foundations', publisher: 'Harper', year: '2007' };
  assert.equal(show(inlineOf(render('Cite book', [], { ...book, page: '38' }, ja))), 'Foundations. Harper. 2007年. p. 38.');
  assert.equal(show(inlineOf(render('Cite book', [], { ...book, pages: '63-114' }, ja))), 'Foundations. Harper. 2007年. pp. 63-114.');
});

test('ja CS1 web and news citations without authors: the date in brackets after the publisher', () => {
  const web = { title: '記事', url: 'http://a.jp/', work: 'コミックナタリー', publisher: 'ナターシャ', date: '2021-12-28', accessdate: '2021-12-28' };
  assert.equal(show(inlineOf(render('Cite web', [], web, ja))), '“[記事](http://a.jp/)”. コミックナタリー. ナターシャ (2021年12月28日). 2021年12月28日閲覧。');
  const { publisher: _, ...noPublisher } = web;
  assert.equal(show(inlineOf(render('Cite news', [], noPublisher, ja))), '“[記事](http://a.jp/)”. コミックナタリー (2021年12月28日). 2021年12月28日閲覧。');
});

test('a title ending in a full stop takes no second one after its italics or link (CS1 looks through them; uk 0001 "…теория.*.")', () => {
  assert.equal(show(inlineOf(render('Cite book', [], { author: 'Ландау Л. Д.', title: 'Квантовая механика. Нерелятивистская теория.', year: '1974', publisher: 'Наука' }, uk))),
    'Ландау Л. Д. (1974). *Квантовая механика. Нерелятивистская теория.* Наука.');
  assert.equal(show(inlineOf(render('Cite book', [], { title: 'Atomic Physics', url: 'http://x.org/b', publisher: 'P' }, en))), '*[Atomic Physics](http://x.org/b)*. P.');
  assert.equal(show(inlineOf(render('Cite book', [], { title: 'Vol. 3.', url: 'http://x.org/b', publisher: 'P' }, en))), '*[Vol. 3.](http://x.org/b)* P.');
});

test('a citation nested in another citation\'s field reads its own fields, and the outer one keeps reading its own after it', () => {
  const md = convertPage('<ref>{{cite web|url=http://outer.example/a|title=Outer title|work=Outer site {{cite web|url=http://inner.example/b|title=Inner title|access-date=2001-02-03}}|access-date=2020-05-06}}</ref>\n<references/>', { site: 'en', title: 'X' }).markdown;
  assert.match(md, /\[Outer title\]\(http:\/\/outer\.example\/a\)/);
  assert.match(md, /\[Inner title\]\(http:\/\/inner\.example\/b\)/);
  assert.ok(md.indexOf('2001-02-03') < md.indexOf('2020-05-06'), md);
});

test('ukwiki {{ArchivedURL|url|date}}: the archived copy labelled with its date, no Wayback wording (uk 0134)', () => {
  assert.equal(
    show(inlineOf(render('ArchivedURL', ['https://archive.fo/ap1vS', '14 жовтня 2019'], {}, makeCtx('uk')))),
    '[Архівовано 14 жовтня 2019](https://archive.fo/ap1vS)',
  );
  assert.deepEqual(render('ArchivedURL', [], {}, makeCtx('uk')), { kind: 'drop' });
  // Not a web address: no link (it would be relative to the mirror's page).
  for (const url of ['archive.fo/x', 'javascript:alert(1)', '/wiki/X'])
    assert.deepEqual(render('ArchivedURL', [url, '14 жовтня 2019'], {}, makeCtx('uk')), { kind: 'drop' }, url);
  assert.equal(show(inlineOf(render('ArchivedURL', [' HTTP://archive.fo/x ', ''], {}, makeCtx('uk')))).includes('](HTTP://archive.fo/x)'), true);
});
