/**
 * Queries against the search index. Every whitespace-separated term must occur (AND); for Chinese
 * mirrors a term also matches in its simplified and traditional forms. Trigram FTS5 can only look
 * up terms of three or more characters, so a query with a shorter term is answered with LIKE over
 * the same table: a scan of every page, done in slices of rows with the event loop free between
 * them, that stops once it has enough hits to count and a page of articles to show, or when its time budget is spent
 * (on a zh.wikipedia-sized mirror a full scan takes minutes); the result then says so.
 */
import type Database from 'better-sqlite3';
import { createConverter } from '../variants/converter.js';
import { TARGET_VARIANTS, validateVariant, type Variant } from '../variants/codes.js';
import { escapeHtml } from './sanitize-html.js';

export interface TextHit {
  title: string;
  file: string;
  /** Safe HTML: the text around the first match, matches in <mark>. */
  snippet: string;
}

export interface TextResults {
  /** Pages found; a lower bound when `exact` is false. */
  total: number;
  hits: TextHit[];
  /** False when a short-term scan stopped early (enough hits counted, or out of time). */
  exact: boolean;
  /** Share of the pages a stopped scan had looked at (1 when it looked at all). */
  scanned: number;
}

export interface ScanLimits {
  /** Rows per slice of a LIKE scan (the event loop runs between slices). */
  sliceRows: number;
  /** Hits after which a LIKE scan stops counting. */
  countCap: number;
  /** Milliseconds after which a LIKE scan stops. */
  budgetMs: number;
}

export const DEFAULT_SCAN: ScanLimits = { sliceRows: 500, countCap: 1000, budgetMs: 3000 };

/**
 * The query's terms: words between spaces, or a phrase in double quotes (`"Київська Русь"`, one
 * term with its space, which the index finds as written); a quote left unpaired is dropped.
 */
export function splitQuery(query: string): string[] {
  return splitTerms(query.normalize('NFKC'));
}

function splitTerms(query: string): string[] {
  const terms: string[] = [];
  for (const m of query.matchAll(/"([^"]*)"|[^\s"]+/gu)) {
    const term = (m[1] ?? m[0]).trim().replace(/\s+/gu, ' ');
    if (term) terms.push(term);
  }
  return terms;
}

/**
 * The terms as typed, before NFKC (`ＣＯＶＩＤ-19`, `ａ1`), one for each of splitQuery's; where a
 * typed term does not fold to its NFKC term one by one (a compatibility character splitting or
 * joining terms), the NFKC terms. The text is indexed as written, so the typed form is the one
 * that ranks first and a spelling that is always looked for.
 */
function typedTerms(query: string, folded: string[]): string[] {
  const typed = splitTerms(query.normalize('NFC').replace(/\uff02/gu, '"'));
  return typed.length === folded.length && typed.every((t, i) => t.normalize('NFKC') === folded[i]) ? typed : folded;
}

/**
 * Spellings a zh term is also looked for in: both scripts, and, on a mirror converted to a
 * regional variant (`--variant zh-tw`), that variant's words (软件 also as 軟體), which its text
 * was converted with. Only that variant's: the regional tables convert one variant's text, and
 * matched against every region they pair words that differ in meaning (桌球 is table tennis in
 * zh-tw and billiards in zh-hk, so 乒乓球 and 台球 both found it; 悉尼 found 雪梨, a pear). A
 * mirror without `--variant` holds the text as written, so only the scripts are crossed there.
 * A term of three characters or more keeps only spellings of three or more, which the trigram
 * index finds: one shorter spelling (肯尼亚 → 肯亞) sent the whole query to the LIKE scan
 * (0 → 2.6 s on a 39k-page index).
 */
const SCRIPT_VARIANTS = ['zh-hans', 'zh-hant'] as const;

/** Each term with its variant spellings (deduplicated; the term itself first). */
export function queryTerms(query: string, lang: string, mirrorVariant: string | null = null): string[][] {
  return expandQuery(query, lang, mirrorVariant).terms;
}

export interface ExpandedQuery {
  /** Each term with all its spellings, as queryTerms. */
  terms: string[][];
  /**
   * Each term as written: the term itself (on zh, in each script too). A page that matches these
   * ranks before one that matches only the other spellings (searchTerms).
   */
  written: string[][];
}

/** The query's terms with their spellings, and as written. */
export function expandQuery(query: string, lang: string, mirrorVariant: string | null = null): ExpandedQuery {
  const terms = splitQuery(query);
  const typed = typedTerms(query, terms);
  const width = WIDE_TEXT.has(lang) ? widthForms : (t: string) => [t];
  const yo = YO_FOLDED.has(lang) ? (t: string) => yoForms(t, lang) : (t: string) => [t];
  // The typed form is one spelling too: a short term is not looked for in mixed widths (ａ1).
  const spellings = (forms: string[], typedForms: string[]) => {
    const folded = new Set([...forms.flatMap(apostropheForms).flatMap(yo).flatMap(width), ...typedForms]);
    return [...new Set([...folded].flatMap(caseForms))];
  };
  if (lang !== 'zh') return { terms: terms.map((t, i) => spellings([t], [typed[i]!])), written: typed.map((t) => [t]) };
  const regional = validateVariant(mirrorVariant);
  const variants: Variant[] = [...SCRIPT_VARIANTS, ...(regional !== null && TARGET_VARIANTS.includes(regional) && !(SCRIPT_VARIANTS as readonly string[]).includes(regional) ? [regional] : [])];
  const converters = variants.map(createConverter);
  const inScripts = (t: string) => {
    const forms = [...new Set([t, ...converters.map((convert) => convert(t))])];
    return codePoints(t) >= 3 ? forms.filter((f) => codePoints(f) >= 3) : forms;
  };
  const written = typed.map(inScripts);
  return { terms: terms.map((t, i) => spellings(inScripts(t), written[i]!)), written };
}

/** Wikis whose text writes Latin letters and digits full-width too (ＡＢＣ, ２０２０): CJK. */
const WIDE_TEXT = new Set(['zh', 'ja', 'ko']);

/** A term's runs of ASCII letters, of digits and of signs (not the apostrophe: apostropheForms), each of which the text may write full-width. */
const WIDENABLE = /[A-Za-z]+|[0-9]+|[!-&(-/:-@[-`{-~]+/g;

/** Above this many runs a term is looked for all half-width or all full-width only (2^4 = 16 spellings at most). */
const MIXED_RUNS = 4;

const widen = (s: string) => s.replace(/[!-&(-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/**
 * A term also in full-width letters, digits and signs (ABC → ＡＢＣ). The query is NFKC (a term
 * typed ＡＢＣ is ABC by now), and so are title keys, but the indexed text is as written: FTS5's
 * trigram tokenizer folds case, not width, so `ABC` missed ＡＢＣ in the text (and `ＡＢＣ`, read
 * as ABC, missed it too). Text also mixes the widths in a word, a run of letters full-width and
 * the digits or signs not (ja: ＣＯＶＩＤ-19, Ｗｉｎｄｏｗｓ 10): each run of letters, of digits and of
 * signs is taken either way (`COVID-19` also as ＣＯＶＩＤ-19, ＣＯＶＩＤ－１９, COVID-１９…), up to
 * MIXED_RUNS runs. Looked for every way here, the index is unchanged (indexing NFKC text would
 * mean a new index: see docs/reader.md).
 */
function widthForms(term: string): string[] {
  const runs = [...term.matchAll(WIDENABLE)];
  if (runs.length === 0) return [term];
  const forms = new Set([term, widen(term)]);
  // A short term (the LIKE scan, every row read once per spelling) in the two widths only: mixed
  // spellings doubled the spellings of `a1` or `C+` (3 → 6) and the scan's time with them.
  if (runs.length > MIXED_RUNS || codePoints(term) < 3) return [...forms];
  for (let mask = 1; mask < (1 << runs.length) - 1; mask++) {
    let form = '';
    let last = 0;
    runs.forEach((run, i) => {
      form += term.slice(last, run.index) + ((mask >> i) & 1 ? widen(run[0]) : run[0]);
      last = run.index + run[0].length;
    });
    forms.add(form + term.slice(last));
  }
  return [...forms];
}

/**
 * Wikis where ё and е are one letter to search (CirrusSearch folds ё → е for ru, T124592; uk text
 * writes Russian names). Not be (nor in STRESS_FOLDED): CirrusSearch gives Belarusian no analyzer of
 * its own, and its default one (icu_normalizer, nfkc_cf, no icu_folding) keeps ё and the stress mark.
 */
const YO_FOLDED = new Set(['ru', 'uk', 'rue']);

/** At most this many е's of a term are each tried as ё (a word has one ё at most: it is always stressed). */
const YO_PLACES = 8;

/**
 * A term with ё and е as one letter, as CirrusSearch's Russian char filter folds them (ё → е, Ё → Е,
 * the stress mark U+0301 dropped): the term with every ё as е, and that with each one of its е's as ё
 * (`Семенов` also as `Сёменов` and `Семёнов`, which finds Семёнов). The index holds the text as
 * written, so the folding is done on the query's side, as for the apostrophe. Then the stress
 * marks (stressForms).
 */
function yoForms(term: string, lang: string): string[] {
  const plain = term.replace(/\u0301/gu, '').replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  const forms = new Set([term, plain]);
  let places = 0;
  for (let i = 0; i < plain.length && places < YO_PLACES; i++) {
    const c = plain[i];
    if (c !== 'е' && c !== 'Е') continue;
    forms.add(plain.slice(0, i) + (c === 'е' ? 'ё' : 'Ё') + plain.slice(i + 1));
    places++;
  }
  if (STRESS_FOLDED.has(lang)) for (const form of stressForms(plain)) forms.add(form);
  return [...forms];
}

/**
 * Wikis whose search drops the stress mark: ru (CirrusSearch's russian_charfilter maps U+0301 to
 * nothing, T102298), rue (searched with the Russian analyzer), uk (Lucene's Ukrainian analyzer).
 * Not be: see YO_FOLDED.
 */
const STRESS_FOLDED = new Set(['ru', 'uk', 'rue']);

/** Vowels a stress mark follows in Cyrillic text (ё is always stressed and takes none). */
const STRESSABLE = new Set([...'аеиіоуюяєїыэАЕИІОУЮЯЄЇЫЭ']);

/** At most this many vowels of a term are each tried with the stress mark. */
const STRESS_PLACES = 8;

/**
 * A term (without marks) with the stress mark U+0301 after each one of its vowels: uk and ru text
 * marks the stress in a lead's bold title and in quoted words (Украї́на, Геогра́фія: 400 marks on 124
 * pages of the uk dump's mirror), which a query without it missed. MediaWiki's search drops the
 * mark on both sides (Lucene's Ukrainian analyzer, CirrusSearch's Russian char filter); the index
 * holds the text as written, so the query is also looked for with the mark in each place it can
 * take: one a word, as text writes it (`Україна` also as `У́країна` … `Украї́на`).
 */
function stressForms(plain: string): string[] {
  const forms: string[] = [];
  for (let i = 0; i < plain.length && forms.length < STRESS_PLACES; i++) {
    if (STRESSABLE.has(plain[i]!)) forms.push(`${plain.slice(0, i + 1)}\u0301${plain.slice(i + 1)}`);
  }
  return forms;
}

const codePoints = (s: string) => [...s].length;

const APOSTROPHES = /['’ʼ]/gu;

/**
 * A term with an apostrophe in each of the wiki's apostrophes: uk text writes пам'яті mostly
 * with `'`, sometimes with ’ (U+2019) or ʼ (U+02BC), and a reader types whichever their keyboard
 * gives (the uk mirror: 35 pages with `пам'яті`, 4 with `пам’яті`). The same one throughout a term.
 */
function apostropheForms(term: string): string[] {
  if (!/['’ʼ]/u.test(term)) return [term];
  return [...new Set([term, ...["'", '’', 'ʼ'].map((a) => term.replace(APOSTROPHES, a))])];
}

/**
 * A short term (answered by LIKE, which folds the case of ASCII letters only) in each case of its
 * other letters: `ки` also as `КИ`, `Ки` and `кИ`, as the trigram index finds `КИЇВ` for `київ`.
 * Two letters at most, so nine spellings at most (σ ς Σ); a longer term is the index's to fold.
 */
function caseForms(term: string): string[] {
  // A stress mark is no letter: `ки́` is a short term, answered by LIKE, in each case too.
  if (codePoints(term.replace(/\u0301/gu, '')) >= 3) return [term];
  let forms = [''];
  for (const ch of term) {
    const cased = ch.charCodeAt(0) < 128 ? [ch] : letterCases(ch);
    forms = forms.flatMap((form) => cased.map((c) => form + c));
  }
  return forms;
}
/**
 * A letter in each of its cases, one code point each: the lower case of its upper case too, and
 * the final sigma with σ and Σ (ς upper-cases to Σ, which lower-cases to σ: without both, σ and Σ
 * missed every word ending in ς, and ς every σ).
 */
function letterCases(ch: string): string[] {
  const forms = new Set([ch, ch.toLowerCase(), ch.toUpperCase(), ch.toUpperCase().toLowerCase()]);
  if (forms.has('σ') || forms.has('ς')) forms.add('σ').add('ς').add('Σ');
  return [...forms].filter((c) => codePoints(c) === 1);
}

const quoteFts = (s: string) => `"${s.replace(/"/g, '""')}"`;
const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const isTrigramQuery = (terms: string[][]) => terms.every((alts) => alts.every((t) => codePoints(t) >= 3));

/** MATCH expression: each term's spellings OR'ed, terms AND'ed, all quoted (no FTS syntax). */
const matchExpression = (terms: string[][]) => terms.map((alts) => `(${alts.map(quoteFts).join(' OR ')})`).join(' AND ');

function likeClause(terms: string[][]): { sql: string; params: string[] } {
  const params: string[] = [];
  const parts = terms.map((alts) => {
    const ors = alts.map((t) => {
      params.push(likePattern(t), likePattern(t));
      return "(c0 LIKE ? ESCAPE '\\' OR c2 LIKE ? ESCAPE '\\')";
    });
    return `(${ors.join(' OR ')})`;
  });
  return { sql: parts.join(' AND '), params };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** ~120 characters around the first match of any term, matches highlighted. */
export function makeSnippet(body: string, terms: string[][], radius = 60): string {
  const needles = terms.flat().filter(Boolean).sort((a, b) => b.length - a.length);
  if (needles.length === 0) return escapeHtml(body.slice(0, radius * 2));
  const pattern = new RegExp(needles.map(escapeRegExp).join('|'), 'giu');
  const first = pattern.exec(body);
  const at = first ? first.index : 0;
  let start = Math.max(0, at - radius);
  let end = Math.min(body.length, at + radius);
  // Never cut a surrogate pair in half.
  if (start > 0 && /[\udc00-\udfff]/.test(body[start]!)) start--;
  if (end < body.length && /[\udc00-\udfff]/.test(body[end]!)) end++;
  const text = body.slice(start, end);
  let out = start > 0 ? '…' : '';
  let last = 0;
  pattern.lastIndex = 0;
  for (const m of text.matchAll(pattern)) {
    out += `${escapeHtml(text.slice(last, m.index))}<mark>${escapeHtml(m[0])}</mark>`;
    last = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(last)) + (end < body.length ? '…' : '');
}

type Row = { title: string; file: string; body: string };

/** The mirror's folder of category pages (`namespaceFolder` of namespace 14). */
const CATEGORY_FOLDER = 'Category';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function searchFullText(db: Database.Database, query: string, lang: string, page: number, pageSize: number, limits: ScanLimits = DEFAULT_SCAN, mirrorVariant: string | null = null): Promise<TextResults> {
  const { terms, written } = expandQuery(query, lang, mirrorVariant);
  return searchTerms(db, terms, page, pageSize, limits, written);
}

/** The search proper, on terms from expandQuery (the search worker gets them ready-made). */
export async function searchTerms(db: Database.Database, terms: string[][], page: number, pageSize: number, limits: ScanLimits = DEFAULT_SCAN, written: string[][] | null = null): Promise<TextResults> {
  if (terms.length === 0) return { total: 0, hits: [], exact: true, scanned: 1 };
  const toHit = (r: Row): TextHit => ({ title: r.title, file: r.file, snippet: makeSnippet(r.body, terms) });
  const from = (page - 1) * pageSize;
  if (isTrigramQuery(terms)) {
    // Titles weigh ten times the body; the file column is not indexed. Category pages come after
    // the articles: their text is only their members' titles, and bm25 favours short texts, so a
    // search for 'Київ' on the uk mirror listed 18 categories before the article Київ. (The title
    // list above the text results already shows categories whose name matches.)
    const match = matchExpression(terms);
    const total = (db.prepare('SELECT count(*) AS n FROM pages WHERE pages MATCH ?').get(match) as { n: number }).n;
    // The spellings of a term are OR'ed, so their bm25 scores add up: Анатомія, whose Анато́мія
    // matched the spelling Ато́м, ranked above the article Атом for `Атом` (uk). Pages matching the
    // query as written come first, in their order for it alone; then those matching only another spelling.
    const asWritten = written !== null && isTrigramQuery(written) ? matchExpression(written) : match;
    const rows = (asWritten === match
      ? db.prepare(`SELECT title, file, body FROM pages WHERE pages MATCH ? ORDER BY (file GLOB '${CATEGORY_FOLDER}/*'), bm25(pages, 10.0, 0.0, 1.0) LIMIT ? OFFSET ?`).all(match, pageSize, from)
      : db.prepare(`WITH written(id, score) AS MATERIALIZED (SELECT rowid, bm25(pages, 10.0, 0.0, 1.0) FROM pages WHERE pages MATCH ?)
          SELECT title, file, body FROM pages LEFT JOIN written ON written.id = pages.rowid WHERE pages MATCH ?
          ORDER BY (file GLOB '${CATEGORY_FOLDER}/*'), written.id IS NULL, written.score, bm25(pages, 10.0, 0.0, 1.0) LIMIT ? OFFSET ?`).all(asWritten, match, pageSize, from)) as Row[];
    return { total, hits: rows.map(toHit), exact: true, scanned: 1 };
  }
  const like = likeClause(terms);
  // The scan reads FTS5's own content table (pages_content: id, c0 title, c1 file, c2 body):
  // through the FTS table a rowid range plus LIKE is ~40 times slower (16 s against 0.45 s for
  // 13k pages here), as FTS5 does not narrow its scan by rowid when LIKE is present.
  // Articles first, then category pages, as for the indexed search above: rows are in title
  // order, where every "Category:…" title comes before the CJK ones, so a two-character Chinese
  // query listed its category pages before any article. One pass keeps the first ids of each
  // kind (enough for the page asked for) and counts both; the page is cut from articles + categories.
  const slice = db.prepare(`SELECT id, c1 GLOB '${CATEGORY_FOLDER}/*' AS category FROM pages_content WHERE id >= ? AND id < ? AND ${like.sql} ORDER BY id`);
  const maxId = ((db.prepare('SELECT max(id) FROM pages_content').pluck().get() as number | null) ?? 0) + 1;
  const started = Date.now();
  const keep = from + pageSize;
  const articles: number[] = [];
  const categories: number[] = [];
  let total = 0;
  let lo = 1;
  while (lo < maxId) {
    const rows = slice.all(lo, lo + limits.sliceRows, ...like.params) as Array<{ id: number; category: number }>;
    lo += limits.sliceRows;
    for (const r of rows) {
      total++;
      const kind = r.category ? categories : articles;
      if (kind.length < keep) kind.push(r.id);
    }
    // The count cap ends the scan only once the page can be cut from articles alone: category rows
    // come first in title order, so on a full mirror they alone reach the cap before any article.
    const counted = total >= Math.max(limits.countCap, keep) && articles.length >= keep;
    if (lo >= maxId || counted || Date.now() - started >= limits.budgetMs) break;
    await nextTurn();
  }
  const exact = lo >= maxId;
  const shown = [...articles, ...categories].slice(from, keep);
  const byId = db.prepare('SELECT title, file, body FROM pages WHERE rowid = ?');
  const hits = shown.map((id) => byId.get(id) as Row | undefined).filter((r): r is Row => r !== undefined).map(toHit);
  return { total, hits, exact, scanned: exact ? 1 : Math.min(1, (lo - 1) / (maxId - 1)) };
}
