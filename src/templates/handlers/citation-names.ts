/**
 * The parameter names a citation call is read by: CS1's aliases for each field (`access-date`,
 * `accessdate`, `访问日期` …) and the numbered author and editor names, built once at load.
 * citation-params.ts reads a call with them; the CITEREF anchors use the same lists.
 */

/** Every citation field → the parameter names (CS1 aliases, zh/ja/uk names) it is read from, first the preferred. */
export const P = {
  url: ['url', 'URL', 'Url', '网址', '網址', '链接', '鏈接', 'посилання', 'адреса'],
  title: ['title', 'script-title', 'Title', '标题', '標題', '题名', '題名', 'タイトル', 'назва', 'заголовок'],
  transTitle: ['trans-title', 'trans_title', 'transtitle', 'trans-chapter', 'переклад-назви'],
  chapter: ['chapter', 'contribution', 'entry', 'section', 'script-chapter', '章节', '章節', 'розділ', 'глава', 'частина'],
  chapterUrl: ['chapter-url', 'chapterurl', 'contribution-url', 'section-url'],
  article: ['article'],
  work: [
    'work', 'website', 'journal', 'newspaper', 'magazine', 'periodical', 'encyclopedia', 'encyclopaedia', 'dictionary',
    'site', 'conference', 'book-title', '作品', '网站', '網站', '期刊', '报纸', '報紙', '杂志', '雜誌', 'サイト', 'журнал', 'газета', 'сайт',
    // ukwiki CS1's own names for website and work
    'вебсайт', 'праця',
  ],
  publisher: ['publisher', 'institution', 'school', 'agency', 'network', 'station', '出版社', '出版者', '出版商', '发布者', '發佈者', '出版', 'видавництво', 'видавець'],
  location: ['location', 'place', 'publication-place', '地点', '地點', '出版地', 'місце', 'місто', 'розміщення'],
  date: ['date', 'publication-date', 'air-date', '日期', '发布日期', '發佈日期', 'дата'],
  year: ['year', '年', '年份', 'рік'],
  month: ['month', '月'],
  origYear: ['orig-year', 'origyear', 'orig-date'],
  accessDate: ['access-date', 'accessdate', 'access_date', 'accessed', '访问日期', '訪問日期', '存取日期', '引用日期', 'дата-доступу', 'дата доступу', 'перевірено'],
  archiveUrl: ['archive-url', 'archiveurl', 'archive_url', '存档网址', '存檔網址', 'архів-url', 'архів', 'url-архіву'],
  archiveDate: ['archive-date', 'archivedate', 'archive_date', '存档日期', '存檔日期', 'дата-архіву', 'дата архіву'],
  urlStatus: ['url-status', 'url_status'],
  deadUrl: ['dead-url', 'deadurl', 'dead_url', 'deadlink', 'мертвий-url'],
  edition: ['edition', '版本', '版次'],
  /** ukwiki `видання`: the edition in книга and CS1, the journal or collection in стаття/публікація. */
  ukEdition: ['видання'],
  volume: ['volume', '卷', 'том'],
  issue: ['issue', 'number', '期', '期号', '期號', 'номер', 'випуск'],
  page: ['page', 'p', '页', '頁', 'сторінка', 'с'],
  pages: ['pages', 'pp', '页码', '頁碼', '页数', 'сторінки'],
  totalPages: ['сторінок'],
  printRun: ['тираж'],
  series: ['series', 'серія'],
  others: ['others'],
  at: ['at', 'minutes', 'time', 'частина-джерела'],
  isbn: ['isbn', 'ISBN', 'isbn13', 'ISBN13'],
  issn: ['issn', 'ISSN', 'eissn'],
  doi: ['doi', 'DOI'],
  pmid: ['pmid', 'PMID'],
  oclc: ['oclc', 'OCLC'],
  arxiv: ['arxiv', 'eprint', 'arXiv'],
  bibcode: ['bibcode'],
  jstor: ['jstor', 'JSTOR'],
  asin: ['asin', 'ASIN'],
  naid: ['naid', 'NAID'],
  ncid: ['ncid', 'NCID'],
  language: ['language', 'lang', 'in', '语言', '語言', '言語', 'мова', 'мовою'],
  format: ['format', '格式', 'формат'],
  quote: ['quote', 'quotation', '引文', 'цитата', 'цитати'],
  authors: ['authors', 'people', 'vauthors', 'host', 'credits', '作者', '著者', 'автор', 'автори'],
  coauthors: ['coauthors', 'coauthor', '合著者'],
  editors: ['editors', 'veditors', '编者', '編者', 'редактор', 'відповідальний'],
  tweetUser: ['user'],
  tweetNumber: ['number'],
};

/** The year and date parameters' names (`рік`, `日期`, …), for CITEREF anchors. */
export const YEAR_PARAMS: readonly string[] = P.year;
export const DATE_PARAMS: readonly string[] = P.date;

export const MAX_AUTHORS = 9;

// Numbered author parameter names, built once: last1/first1/author1/author-link1 … and unnumbered forms.
export interface AuthorKeys {
  last: string[];
  first: string[];
  full: string[];
  link: string[];
}

function authorKeys(prefix: '' | 'editor', i: number): AuthorKeys {
  const n = i === 0 ? '' : String(i);
  if (prefix === 'editor') {
    return {
      last: [`editor-last${n}`, `editor${n}-last`, `editor-surname${n}`, `editorlast${n}`],
      first: [`editor-first${n}`, `editor${n}-first`, `editor-given${n}`, `editorfirst${n}`],
      full: i === 0 ? ['editor'] : [`editor${n}`],
      link: [`editor-link${n}`, `editor${n}-link`],
    };
  }
  return {
    last: [`last${n}`, `surname${n}`, `author-last${n}`, `author${n}-last`, `姓${n}`, `прізвище${n}`],
    first: [`first${n}`, `given${n}`, `author-first${n}`, `author${n}-first`, `名${n}`, `ім'я${n}`],
    full: i === 0 ? ['author', 'Author', '作者', '著者', 'автор'] : [`author${n}`, `作者${n}`, `автор${n}`],
    link: [`author-link${n}`, `authorlink${n}`, `author${n}-link`],
  };
}

export const AUTHOR_KEYS: AuthorKeys[] = [];
export const EDITOR_KEYS: AuthorKeys[] = [];
for (let i = 0; i <= MAX_AUTHORS + 1; i++) {
  AUTHOR_KEYS.push(authorKeys('', i));
  EDITOR_KEYS.push(authorKeys('editor', i));
}

// Every numbered author/editor parameter name → its index, so a call's few arguments can be
// matched in one pass instead of probing every possible name.
function indexKeys(keys: AuthorKeys[]): Map<string, number> {
  const m = new Map<string, number>();
  keys.forEach((k, i) => {
    for (const name of [...k.last, ...k.first, ...k.full, ...k.link]) if (!m.has(name)) m.set(name, i);
  });
  return m;
}
/** The numbered name parameters (index 0: the unnumbered `last`/`author`), for CITEREF anchors. */
export const NAME_KEYS: { readonly authors: readonly AuthorKeys[]; readonly editors: readonly AuthorKeys[] } = { authors: AUTHOR_KEYS, editors: EDITOR_KEYS };
export const AUTHOR_INDEX = indexKeys(AUTHOR_KEYS);
export const EDITOR_INDEX = indexKeys(EDITOR_KEYS);
