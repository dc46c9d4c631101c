/**
 * Pages of the dump that are damaged but do not spoil the rest: the index pass skips them, or
 * keeps them where they still name a page, and the report lists them as warnings. The XML
 * damage is found by the scanner (src/dump/scanner.ts badPages); what needs the wiki's namespaces
 * — a title MediaWiki would refuse, or one whose prefix names another namespace than `<ns>` — is
 * checked here.
 */
import type { DumpPage, PageProblem } from '../dump/types.js';
import { foldTitleSpaces, refusedTitleText } from '../site/titles.js';
import type { SiteConfig } from '../site/types.js';

/** How many damaged pages report.json lists (all are counted). */
export const BAD_PAGES_LISTED = 1000;
/** How many of them REPORT.md shows. */
export const BAD_PAGES_SHOWN = 100;

/**
 * What is wrong with the page's title, or null for a title MediaWiki could have stored under
 * `<ns>`. Only a title that is a namespace prefix alone names no page and is skipped; the others
 * (illegal characters, a prefix of another namespace than `<ns>`) are kept as written, under
 * `<ns>`: the file names are safe for any title (filenames.ts), and the page is not lost.
 * Most titles are plain text in the main namespace and are passed by one scan of their chars;
 * the rest are split at their prefix as parseTitle splits a link target, and judged by its
 * refusedTitleText. A dump's title is stored text: no escape or reference is decoded first, and
 * MediaWiki's 255-byte limit is left to the file names (filenames.ts shortens long ones).
 */
export function titleProblem(site: SiteConfig, page: Pick<DumpPage, 'title' | 'ns'>): { problem: string; skip: boolean } | null {
  const title = page.title;
  if (page.ns === 0 && !needsParse(title)) return null;
  const { ns, rest, interwiki } = splitPrefix(site, title);
  if (ns !== 0 && rest === '') return { problem: 'its title is a namespace prefix alone; skipped', skip: true };
  // No page title holds '#', whatever its prefix (an interwiki one included).
  if (title.includes('#')) return { problem: 'its title is not one MediaWiki allows; kept as written', skip: false };
  // An interwiki prefix is not in this wiki's namespace table: nothing to compare.
  if (interwiki) return null;
  // U+FFFD stands for bytes that were not UTF-8: the page is kept with it (the codec refuses it).
  if (rest === '' || refusedTitleText(rest.replace(/\ufffd/g, '?'))) {
    return { problem: 'its title is not one MediaWiki allows; kept as written', skip: false };
  }
  if (ns !== page.ns) {
    const name = (n: number) => (n === 0 ? 'the main namespace' : `namespace ${n} (${site.namespaces.get(n)?.name ?? '?'})`);
    return { problem: `its <ns> ${page.ns} disagrees with its title, which is in ${name(ns)}; kept in namespace ${page.ns}`, skip: false };
  }
  return null;
}

/** The namespace a title's prefix names (0 for none): for a page without `<ns>`. */
export function namespaceOfTitle(site: SiteConfig, title: string): number {
  return splitPrefix(site, title).ns;
}

/** A stored title split at its namespace (or interwiki) prefix, the rest's spaces folded. */
function splitPrefix(site: SiteConfig, title: string): { ns: number; rest: string; interwiki: boolean } {
  const s = foldTitleSpaces(title);
  const colon = s.indexOf(':');
  if (colon > 0) {
    const prefix = foldTitleSpaces(s.slice(0, colon)).toLowerCase();
    const ns = site.namespaceLookup.get(prefix);
    if (ns !== undefined) return { ns, rest: foldTitleSpaces(s.slice(colon + 1)), interwiki: false };
    if (site.interwiki.has(prefix)) return { ns: 0, rest: s.slice(colon + 1), interwiki: true };
  }
  return { ns: 0, rest: s, interwiki: false };
}

/** Whether a main-namespace title holds what only the full rules judge: a prefix, illegal characters, escapes, relative paths. */
function needsParse(title: string): boolean {
  if (title === '') return true;
  for (let i = 0; i < title.length; i++) {
    const c = title.charCodeAt(i);
    if (c < 0x20 || c === 0x7f || c === 0x3a /* : */ || c === 0x23 /* # */ || c === 0x25 /* % */ || c === 0x26 /* & */) return true;
    if (c === 0x3c || c === 0x3e || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x7c /* <>[]{}| */) return true;
    if (c === 0x7e /* ~ */ && title.charCodeAt(i + 1) === 0x7e) return true;
    // ".", "..", "./x", "x/../y": a dot at the start or after a slash.
    if (c === 0x2e /* . */ && (i === 0 || title.charCodeAt(i - 1) === 0x2f)) return true;
  }
  return false;
}

/**
 * One line for the log and the report: `page at byte 1234 (id 5, "Title"): has no <title>; skipped`.
 * A damaged title may hold control characters (`&#27;`, `&#10;`, C1, bidirectional overrides): written as \uXXXX, they can
 * neither drive the terminal nor break the line.
 */
export function describeProblem(p: PageProblem, offsetsInDecompressedXml = false): string {
  const title = p.title?.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) ?? null;
  const known = [p.id !== null ? `id ${p.id}` : '', title !== null ? `"${title}"` : ''].filter(Boolean).join(', ');
  return `page at byte ${p.offset}${offsetsInDecompressedXml ? ' of the decompressed XML' : ''}${known ? ` (${known})` : ''}: ${p.problem}`;
}

/**
 * The damaged pages of one index pass, in dump order: all counted (pages, not problems), the
 * first `limit` listed. The scanner hands a whole chunk's problems at once, ahead of the pages
 * before them whose titles are judged here: they wait in `pending` until the index pass reaches
 * their page, so the list is filled in offset order and a page's problems meet in one entry.
 */
export class BadPageList {
  count = 0;
  readonly listed: PageProblem[] = [];
  private pending: PageProblem[] = [];
  private lastOffset = -1;

  constructor(private readonly limit = BAD_PAGES_LISTED) {}

  /** Problems the scanner found (in offset order), held until `reached` passes them. */
  scanned(problems: PageProblem[]): void {
    for (const p of problems) this.pending.push(p);
  }

  /** The index pass is at the page at `offset`: what the scanner found before and at it goes in first. */
  reached(offset: number): void {
    let taken = 0;
    while (taken < this.pending.length && this.pending[taken]!.offset <= offset) this.add(this.pending[taken++]!);
    if (taken) this.pending = this.pending.slice(taken);
  }

  /** A problem of the page just reached (or, once all is read, anything held). */
  add(p: PageProblem): void {
    if (p.offset === this.lastOffset) {
      const last = this.listed[this.listed.length - 1];
      if (last !== undefined && last.offset === p.offset) {
        this.listed[this.listed.length - 1] = { ...last, id: last.id ?? p.id, title: last.title ?? p.title, problem: `${last.problem}; ${p.problem}`, skipped: last.skipped || p.skipped };
      }
      return;
    }
    this.lastOffset = p.offset;
    this.count++;
    if (this.listed.length < this.limit) this.listed.push(p);
  }

  /** The end of the dump (or of what could be read): everything held goes in. */
  finish(): void {
    this.reached(Infinity);
  }
}
