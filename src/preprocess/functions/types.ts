/**
 * What parser functions and magic words see of the expander: their arguments (expanded lazily,
 * so `#if` and `#switch` expand only the branch they pick, as MediaWiki's object-argument
 * functions do) and a context with the page, site and clock.
 */
import type { PageSource } from '../../engine/types.js';
import type { SiteConfig } from '../../site/types.js';
import type { SiteUrls } from './titles.js';
import type { Zone } from './zones.js';

/** One `|`-separated argument of a parser function call. */
export interface FnArg {
  /** The whole part expanded, untrimmed (`name=value` as written when it has a top-level `=`). */
  raw(): string;
  /** raw(), trimmed as PHP's trim() does. */
  text(): string;
  /** The expanded, trimmed text before the first top-level `=`, or null for a positional part. */
  name(): string | null;
  /** The expanded, trimmed value after the `=`; the whole part when positional. */
  value(): string;
}

/** Facts about the revision being converted, for REVISION* words (all optional). */
export interface RevisionInfo {
  id?: string;
  timestamp?: Date;
  user?: string;
  pageId?: string;
  size?: number;
}

export interface FnContext {
  site: SiteConfig;
  /** Full title of the page being converted (magic words describe it, even inside templates). */
  title: string;
  /** Content language code. */
  lang: string;
  now: Date;
  /** The wiki's local time zone (LOCAL* words, #timel). */
  localZone: Zone;
  urls: SiteUrls;
  source: PageSource | null;
  /** Whether main-namespace titles have subpages (off on Wikipedia; on in some parser tests). */
  subpagesInMain: boolean;
  revision: RevisionInfo;
  /** Site statistics for NUMBEROF* words, when known. */
  statistics: Record<string, number>;
  /** Record page metadata a function sets without output (DEFAULTSORT, DISPLAYTITLE). */
  record(key: string, value: string): void;
  /** A strip marker for an extension tag made by `{{#tag:}}`. */
  extensionTag(name: string, attrs: Record<string, string>, inner: string | null): string;
  /** Expand wikitext (a message's text) in a child of the calling frame. */
  expandWikitext(text: string): string;
  /** Run `{{#invoke:module|function|…}}` through a built-in handler; null when there is none. */
  invoke(module: string, fn: string, args: FnArg[]): string | null;
}

/** A parser function: the text after the colon (expanded, trimmed), then the other parts. */
export type ParserFunction = (ctx: FnContext, first: string, args: FnArg[]) => string;

/** A magic variable such as `{{CURRENTYEAR}}`. */
export type MagicVariable = (ctx: FnContext) => string;

/** Arguments from plain strings (tests, and functions that call others): `name=value` split at the first `=`. */
export function argsFromStrings(values: string[]): FnArg[] {
  return values.map((v) => {
    const eq = v.indexOf('=');
    const trimmed = (s: string) => s.replace(/^[ \t\n\r\0\x0b]+|[ \t\n\r\0\x0b]+$/g, '');
    return {
      raw: () => v,
      text: () => trimmed(v),
      name: () => (eq < 0 ? null : trimmed(v.slice(0, eq))),
      value: () => (eq < 0 ? trimmed(v) : trimmed(v.slice(eq + 1))),
    };
  });
}
