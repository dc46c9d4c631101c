/** What the dump reader yields: the siteinfo header and one record per page. */

export interface SiteInfoNamespace {
  id: number;
  name: string;
  case: 'first-letter' | 'case-sensitive';
}

/** The `<siteinfo>` block of a MediaWiki export, as written. */
export interface SiteInfo {
  siteName: string;
  dbName: string;
  /** URL of the main page; the article base is derived from it. */
  base: string;
  generator: string;
  case: 'first-letter' | 'case-sensitive';
  /** `xml:lang` of the `<mediawiki>` element (falls back to the dbname prefix). */
  lang: string;
  /** Export schema version ("0.10", "0.11"). */
  schemaVersion: string;
  namespaces: SiteInfoNamespace[];
}

export interface DumpPage {
  id: number;
  /** The `<ns>` element; 0 when there is none (see nsMissing). */
  ns: number;
  /**
   * Set on a page without a numeric `<ns>` (some hand-made exports): the reader's user, which
   * knows the wiki's namespaces, takes the namespace from the title (mirror/index-pass.ts).
   * The readers always set both flags (one hidden class per page); other sources may leave them out.
   */
  nsMissing?: boolean;
  /** True for a page without `<revision>` (its revisionId is 0, its timestamp and text empty). */
  noRevision?: boolean;
  /** Full title as the dump writes it (local namespace name, spaces). */
  title: string;
  /** Target of `<redirect title="…"/>`, or null. */
  redirect: string | null;
  revisionId: number;
  /** ISO timestamp of the (last) revision. */
  timestamp: string;
  sha1: string;
  /** Wikitext of the (last) revision, entities decoded. */
  text: string;
  /**
   * The same text as it stands in the XML (entities not decoded), one char per UTF-8 byte
   * (latin1); only on pages read with the reader's `xmlText` option (page.ts XmlTextPage).
   */
  xmlText?: string;
  /** Size of the wikitext in bytes (the `bytes` attribute, else measured). */
  bytes: number;
  /** Byte offset of `<page>` in the uncompressed XML, and the length of the element in bytes. */
  offset: number;
  length: number;
}

/**
 * `corrupt`: the compressed data (bzip2, gzip) is damaged at some point; what was decoded before
 * it is good. The reader turns it into a `truncated` error once pages were read (see reader.ts).
 */
export type DumpErrorKind = 'truncated' | 'invalid' | 'corrupt' | 'not-a-dump' | 'io';

/** Every failure of the reader: one line of text, with where it happened. */
export class DumpError extends Error {
  constructor(
    readonly kind: DumpErrorKind,
    message: string,
    /** Byte offset in the uncompressed XML where the problem was seen. */
    readonly offset: number | null = null,
    /** The last page read completely before the problem. */
    readonly lastGood: { id: number; title: string } | null = null,
  ) {
    super(message);
    this.name = 'DumpError';
  }
}

/**
 * A `<page>` … `</page>` stretch of the dump that cannot be read as a page: no `<title>` or
 * `<id>`, an unclosed `<text>`, or a `<page>` whose `</page>` is missing (the stretch then runs
 * into the next `<page>`, where reading resumes). The scanner skips it and keeps reading
 * (scanner.ts badPages); readPageAt throws it.
 */
export class BadPage extends DumpError {
  constructor(
    offset: number,
    /** What is wrong, as a phrase: "has no <title>". */
    readonly problem: string,
    message = `invalid dump XML: page at byte ${offset} ${problem}`,
  ) {
    super('invalid', message, offset);
  }
}

/** A page skipped (or read with a warning) because of damage in the dump. */
export interface PageProblem {
  /** Byte offset of its `<page>` in the uncompressed XML. */
  offset: number;
  /** The page id, when it could be read. */
  id: number | null;
  /** The title, when it could be read. */
  title: string | null;
  /** What is wrong and what was done: "has no <title>; skipped". */
  problem: string;
  /** The page was left out of the mirror (else it was kept, as the problem says). */
  skipped: boolean;
}
