/**
 * Reading a citation call's parameters into one record: CS1's many aliases (`access-date`,
 * `accessdate`, `访问日期` …), numbered authors, archive state.
 */
import type { Inline } from '../../ast/nodes.js';
import type { TemplateCall, TemplateContext } from '../types.js';
import { arg, inline, mergeText, plain, text, wikiLink } from '../util.js';

export type CitationKind = 'web' | 'news' | 'book' | 'journal' | 'other';

export interface Citation {
  kind: CitationKind;
  authors: Inline[][];
  authorsTruncated: boolean;
  editors: Inline[][];
  title: Inline[] | null;
  transTitle: string;
  chapter: Inline[] | null;
  /** The book series (`series`, ukwiki `серія`). */
  series: Inline[] | null;
  /** Other contributors as the editor wrote them (`others=`: "Translated by …", "Illustrated by …"). */
  others: Inline[] | null;
  url: string | null;
  archiveUrl: string | null;
  archiveDate: string | null;
  /** The original URL is dead (link the archive copy). */
  dead: boolean;
  /** The original URL must not be linked at all (usurped/unfit). */
  usurped: boolean;
  /** Where the title links. */
  linkUrl: string | null;
  work: Inline[] | null;
  publisher: Inline[] | null;
  location: string;
  date: string | null;
  edition: string;
  volume: string;
  issue: string;
  page: string | null;
  pages: string | null;
  at: string | null;
  /** The book's length (ukwiki `сторінок`: "334 с."), apart from the pages cited. */
  totalPages: string;
  /** Copies printed (ukwiki `тираж`: "45 000 прим."). */
  printRun: string;
  isbn: string;
  issn: string;
  doi: string;
  pmid: string;
  oclc: string;
  arxiv: string;
  bibcode: string;
  jstor: string;
  /** Amazon's item number (`asin=`), labelled as CS1 labels it, "ASIN B0BSNY8R1C". */
  asin: string;
  /** jawiki's CiNii numbers: an article's `naid=`, a book's `ncid=`. */
  naid: string;
  ncid: string;
  accessDate: string;
  language: string;
  format: string;
  quote: Inline[] | null;
}

const P = {
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

const MAX_AUTHORS = 9;
/** A surname ending in kana or a CJK ideograph. */
const CJK_END = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]\s*$/;

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

const AUTHOR_KEYS: AuthorKeys[] = [];
const EDITOR_KEYS: AuthorKeys[] = [];
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
const AUTHOR_INDEX = indexKeys(AUTHOR_KEYS);
const EDITOR_INDEX = indexKeys(EDITOR_KEYS);

function people(call: TemplateCall, ctx: TemplateContext, keys: AuthorKeys[], index: Map<string, number>, japanese = false): { list: Inline[][]; truncated: boolean } {
  const present: number[] = [];
  for (const k of call.args.keys()) {
    const i = index.get(k);
    if (i !== undefined && !present.includes(i)) present.push(i);
  }
  const list: Inline[][] = [];
  if (!present.length) return { list, truncated: false };
  present.sort((a, b) => a - b);
  let truncated = false;
  let sawUnnumbered = false;
  for (const i of present) {
    // `author` and `author1` (`last`, `last1`) are aliases in CS1: one person.
    if (i === 1 && sawUnnumbered) continue;
    const k = keys[i]!;
    const last = arg(call, k.last);
    const full = last ? undefined : arg(call, k.full);
    if (!last && !full) continue;
    if (i === 0) sawUnnumbered = true;
    if (list.length >= MAX_AUTHORS) {
      truncated = true;
      break;
    }
    let name: Inline[];
    if (last) {
      const first = arg(call, k.first);
      // 和書 writes a Japanese or Chinese name as one word ("夏目漱石"), others as CS1 does.
      const join = japanese && CJK_END.test(last) ? '' : ', ';
      name = mergeText([...inline(ctx, last), ...(first ? [text(join), ...inline(ctx, first)] : [])]);
    } else name = inline(ctx, full);
    const link = arg(call, k.link);
    if (link && name.length && !name.some((n) => n.type === 'wikiLink')) name = [wikiLink(ctx, link, name)];
    list.push(name);
  }
  return { list, truncated };
}

const DEAD = new Set(['dead', 'yes', 'y', 'true', 'usurped', 'unfit', 'deviated', 'bot: unknown']);
const UNLINKED = new Set(['usurped', 'unfit']);

function kindOf(name: string, call: TemplateCall): CitationKind {
  const n = name.toLowerCase();
  if (n.includes('journal') || n.includes('期刊') || n.includes('论文') || n.includes('論文') || call.args.has('journal')) return 'journal';
  if (n.includes('book') || n.includes('书') || n.includes('書') || n === 'книга' || n.includes('encyclop') || n.includes('thesis')) return 'book';
  if (n.includes('news') || n.includes('新闻') || n.includes('新聞') || n.includes('press')) return 'news';
  if (n.includes('web') || n.includes('网') || n.includes('網') || n.includes('tweet')) return 'web';
  if (call.args.has('url') && !call.args.has('isbn') && !call.args.has('publisher')) return 'web';
  return call.args.has('isbn') || call.args.has('publisher') ? 'book' : 'other';
}

// Each alias → the parameter lists (fields of P) it belongs to, with its rank in each list.
const FIELD_OF = new Map<string, Array<{ field: readonly string[]; rank: number }>>();
for (const list of Object.values(P)) {
  list.forEach((alias, rank) => {
    let fields = FIELD_OF.get(alias);
    if (!fields) FIELD_OF.set(alias, (fields = []));
    fields.push({ field: list, rank });
  });
}

/** Each citation field (its alias list) → the value picked for it and the rank of the alias it came from. */
type PickedFields = Map<readonly string[], { value: string; rank: number }>;

/**
 * The call's citation fields in one pass over its arguments: for each field the non-blank value
 * of its highest-ranked alias present (what probing the aliases in order would find).
 */
function pickFields(call: TemplateCall): PickedFields {
  const m: PickedFields = new Map();
  for (const [k, raw] of call.args) {
    const fields = FIELD_OF.get(k);
    if (!fields) continue;
    const value = raw.trim();
    if (value === '') continue;
    for (const { field, rank } of fields) {
      const cur = m.get(field);
      if (!cur || rank < cur.rank) m.set(field, { value, rank });
    }
  }
  return m;
}

/**
 * One citation call's fields, picked once (pickFields) and read through the methods below; a
 * citation nested in a field's wikitext is read through its own instance, so nothing lives in
 * module state. A class rather than closures: one shape, methods shared by every call.
 */
class CitationFields {
  readonly call: TemplateCall;
  readonly ctx: TemplateContext;
  private readonly picked: PickedFields;

  constructor(call: TemplateCall, ctx: TemplateContext) {
    this.call = call;
    this.ctx = ctx;
    this.picked = pickFields(call);
  }

  field(names: readonly string[]): string | undefined {
    return this.picked.get(names)?.value;
  }

  str(names: readonly string[]): string {
    return plain(this.ctx, this.field(names));
  }

  nodes(names: readonly string[]): Inline[] | null {
    const v = this.field(names);
    if (v === undefined) return null;
    const n = inline(this.ctx, v);
    return n.length ? n : null;
  }

  /** A URL parameter: only http(s)/ftp/protocol-relative URLs are links. */
  urlArg(names: readonly string[]): string | null {
    const v = this.str(names);
    if (!v) return null;
    const lower = v.slice(0, 8).toLowerCase();
    if (lower.startsWith('http://') || lower.startsWith('https://') || lower.startsWith('ftp://') || lower.startsWith('//')) return v;
    if (lower.startsWith('www.')) return 'http://' + v;
    return null;
  }
}

/** ukwiki templates whose `видання` names the periodical an article is in, not an edition. */
const UK_ARTICLE = new Set(['стаття', 'статья', 'публікація', 'джерело-стаття']);

/**
 * `japanese`: jawiki's 和書 layout, which writes a surname and given name together ("夏目漱石")
 * where CS1 puts "Last, First".
 */
export function readCitation(call: TemplateCall, ctx: TemplateContext, japanese = false): Citation {
  return readFields(new CitationFields(call, ctx), japanese);
}

function readFields(f: CitationFields, japanese: boolean): Citation {
  const { call, ctx } = f;
  const kind = kindOf(call.name, call);
  const inPeriodical = UK_ARTICLE.has(call.name.trim().toLowerCase());
  const authors = people(call, ctx, AUTHOR_KEYS, AUTHOR_INDEX, japanese);
  for (const key of P.authors) {
    const v = arg(call, [key]);
    if (v && authors.list.length === 0) authors.list.push(inline(ctx, v));
  }
  const co = f.nodes(P.coauthors);
  if (co) authors.list.push(co);
  const editors = people(call, ctx, EDITOR_KEYS, EDITOR_INDEX, japanese);
  const eds = f.nodes(P.editors);
  if (eds && editors.list.length === 0) editors.list.push(eds);

  let url = f.urlArg(P.url);
  let title = f.nodes(P.title);
  let chapter = f.nodes(P.chapter);
  const article = f.nodes(P.article);
  if (!title && article) title = article;
  else if (article && !chapter) chapter = article;
  if (!title && chapter) {
    title = chapter;
    chapter = null;
  }
  // {{cite tweet}}: the URL is built from the user and the status number.
  if (!url && call.args.has('user') && call.args.has('number') && call.name.toLowerCase().includes('tweet')) {
    url = `https://twitter.com/${f.str(P.tweetUser)}/status/${f.str(P.tweetNumber)}`;
    if (authors.list.length === 0) authors.list.push([text('@' + f.str(P.tweetUser))]);
  }
  const chapterUrl = f.urlArg(P.chapterUrl);
  if (!url && chapterUrl && !chapter) url = chapterUrl;

  const archiveUrl = f.urlArg(P.archiveUrl);
  const status = f.str(P.urlStatus).toLowerCase();
  const deadFlag = f.str(P.deadUrl).toLowerCase();
  // CS1: with an archive URL the original counts as dead unless marked live.
  let dead = false;
  if (archiveUrl) {
    if (status) dead = DEAD.has(status);
    else if (deadFlag) dead = DEAD.has(deadFlag);
    else dead = true;
  }
  const usurped = UNLINKED.has(status);
  const linkUrl = dead && archiveUrl ? archiveUrl : url;

  let date = f.str(P.date) || null;
  if (!date) {
    const y = f.str(P.year);
    const m = f.str(P.month);
    if (y) date = m ? `${m} ${y}` : y;
  }
  const origYear = f.str(P.origYear);
  if (origYear && date) date += ` [${origYear}]`;

  return {
    kind,
    authors: authors.list,
    authorsTruncated: authors.truncated,
    editors: editors.list,
    title,
    transTitle: f.str(P.transTitle),
    chapter,
    series: f.nodes(P.series),
    others: f.nodes(P.others),
    url,
    archiveUrl,
    archiveDate: f.str(P.archiveDate) || null,
    dead,
    usurped,
    linkUrl,
    work: f.nodes(P.work) ?? (inPeriodical ? f.nodes(P.ukEdition) : null),
    publisher: f.nodes(P.publisher),
    location: f.str(P.location),
    date,
    edition: f.str(P.edition) || (inPeriodical ? '' : f.str(P.ukEdition)),
    volume: f.str(P.volume),
    issue: call.name.toLowerCase().includes('tweet') ? '' : f.str(P.issue),
    page: f.str(P.page) || null,
    pages: f.str(P.pages) || null,
    at: f.str(P.at) || null,
    totalPages: f.str(P.totalPages),
    printRun: f.str(P.printRun),
    isbn: f.str(P.isbn),
    issn: f.str(P.issn),
    doi: f.str(P.doi),
    pmid: f.str(P.pmid),
    oclc: f.str(P.oclc),
    arxiv: f.str(P.arxiv),
    bibcode: f.str(P.bibcode),
    jstor: f.str(P.jstor),
    asin: f.str(P.asin),
    naid: f.str(P.naid),
    ncid: f.str(P.ncid),
    accessDate: f.str(P.accessDate),
    language: f.str(P.language),
    format: f.str(P.format),
    quote: f.nodes(P.quote),
  };
}
