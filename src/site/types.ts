/** What the engine needs to know about the wiki a page comes from. Nothing here is zh-only. */

export type CaseRule = 'first-letter' | 'case-sensitive';

export interface NamespaceInfo {
  id: number;
  /** The local name the wiki prints ("Category" on zh, "カテゴリ" on ja, "Категорія" on uk); '' for 0. */
  name: string;
  /** MediaWiki's canonical English name ("Category"); always accepted as an alias. */
  canonical: string;
  case: CaseRule;
}

export interface SiteConfig {
  /** Content language code: 'zh', 'en', 'ja', 'ko', 'uk', … */
  lang: string;
  /** Human name of the site ("维基百科"/"Wikipedia"), used in attribution lines. */
  siteName: string;
  /** Article URL prefix: `https://zh.wikipedia.org/wiki/`; the title is appended URL-encoded. */
  articleBase: string;
  /**
   * Prefix of uploaded files the wiki does not hold itself (Commons on a Wikimedia wiki), or of
   * every file when `localUploadBase` is absent; the file's path is appended (see uploadLayout).
   */
  uploadBase: string;
  /**
   * Prefix of the wiki's own uploads (`https://upload.wikimedia.org/wikipedia/zh/`), for the files
   * `localFiles` knows; absent when the wiki keeps all its files at `uploadBase`.
   */
  localUploadBase?: string;
  /**
   * How a file's path follows the prefix: 'hashed' (default) MediaWiki's `a/ab/Name` (the first
   * hex digits of the name's MD5); 'name' the name alone (`…/Special:FilePath/Name`).
   */
  uploadLayout?: UploadLayout;
  /** The wiki's own files, when known (the mirror knows them from its title index). */
  localFiles?: LocalFiles | null;
  /** Default case rule of the wiki. */
  case: CaseRule;
  namespaces: Map<number, NamespaceInfo>;
  /** Every accepted spelling of a namespace (local, canonical, aliases), lower-cased, spaces not underscores. */
  namespaceLookup: Map<string, number>;
  /**
   * Letters after `]]` that join the link label ("[[apple]]s" → "apples"). null: nothing joins
   * (zh, ja, ko). The regexp matches at the start of the text after `]]` and must be anchored with ^.
   */
  linkTrail: RegExp | null;
  /** Link prefixes that leave the wiki: language codes and sister projects (lower case). */
  interwiki: Set<string>;
  /** Language codes among `interwiki` (links with them are interlanguage links). */
  languages: Set<string>;
  /** Names of the `#REDIRECT` magic word in this language (upper case), English included. */
  redirectWords: string[];
}

export type UploadLayout = 'hashed' | 'name';

/** Which uploaded files a wiki holds itself: those whose File page (namespace 6) is in its dump. */
export interface LocalFiles {
  /**
   * `name`: a file name without namespace, spaces not underscores, case rule of the File namespace
   * applied. Returns the file it stands for on this wiki — itself, or where a file redirect leads —
   * and whether that one is local; null when the wiki has no page for it (a shared-repository file).
   */
  find(name: string): { name: string; local: boolean } | null;
}

/** A title split into its parts. */
export interface TitleParts {
  ns: number;
  /** Title without namespace, normalised (spaces, first-letter case, entities, percent-escapes). */
  text: string;
  /** Full title with the local namespace name: "Category:数学", "数学". */
  full: string;
  fragment: string | null;
  /** Set when the prefix is an interwiki/interlanguage prefix; `text` is then the remote title. */
  interwiki: string | null;
}

export const NS = {
  MEDIA: -2,
  SPECIAL: -1,
  MAIN: 0,
  TALK: 1,
  USER: 2,
  PROJECT: 4,
  FILE: 6,
  MEDIAWIKI: 8,
  TEMPLATE: 10,
  HELP: 12,
  CATEGORY: 14,
  PORTAL: 100,
  MODULE: 828,
} as const;
