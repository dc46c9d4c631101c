/**
 * Reading a citation call's parameters into one record: CS1's many aliases (`access-date`,
 * `accessdate`, `访问日期` …), numbered authors, archive state.
 */
import type { Inline } from '../../ast/nodes.js';
import type { TemplateCall, TemplateContext } from '../types.js';
import { arg, inline, mergeText, plain, text, wikiLink } from '../util.js';
import { AUTHOR_INDEX, AUTHOR_KEYS, EDITOR_INDEX, EDITOR_KEYS, MAX_AUTHORS, P, type AuthorKeys } from './citation-names.js';

export { DATE_PARAMS, NAME_KEYS, YEAR_PARAMS, type AuthorKeys } from './citation-names.js';

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

/** A surname ending in kana or a CJK ideograph. */
const CJK_END = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]\s*$/;

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
