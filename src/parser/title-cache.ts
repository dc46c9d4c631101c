/**
 * Link targets → titles, fast: a scan that answers the common simple target without parseTitle's
 * regular expressions, then a per-site cache (targets repeat a lot within and across pages). The
 * cache outlives the page, so its keys and values are detached copies. For link targets the scanner
 * has already checked (no `[ ] { } | < >`, newline or control): quickTitle does not look for `[ ] { } |`,
 * so other text (an image's `link=` value) goes to parseTitle itself.
 */
import { detached } from '../engine/strings.js';
import { isTitleSpaceOrMark, parseTitle, upperFirst } from '../site/titles.js';
import type { SiteConfig, TitleParts } from '../site/types.js';

const titleCaches = new WeakMap<SiteConfig, Map<string, TitleParts | null>>();
const TITLE_CACHE_SIZE = 20000;

/** Longest simple target: longer ones may pass MediaWiki's 255 UTF-8 bytes (parseTitle counts them). */
export const MAX_SIMPLE_TARGET = 85;

/**
 * parseTitle for the common simple target (letters, digits, single inner spaces; no namespace,
 * fragment, entity, escape or underscore) without its regular expressions; null when not simple.
 * Gives exactly what parseTitle gives for such input.
 */
function quickTitle(site: SiteConfig, raw: string): TitleParts | null {
  const n = raw.length;
  if (n === 0 || n > MAX_SIMPLE_TARGET) return null;
  let prevSpace = true; // no leading space
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return null;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (c < 128) {
      // anything that parseTitle rewrites, interprets or rejects: # % & : _ . / < > ~ and controls
      if (c < 32 || c === 35 || c === 37 || c === 38 || c === 58 || c === 95 || c === 46 || c === 47 || c === 127) return null;
      if (c === 60 || c === 62 || c === 126) return null;
    } else if (isUnusualSpace(c)) {
      return null;
    }
  }
  if (prevSpace) return null; // trailing space
  return simpleTitle(site, raw);
}

/**
 * The title of a target known to be simple (quickTitle's test, made by the caller's own scan of
 * it: internalLinkRule reads every character of the target anyway), without reading it again.
 */
export function simpleTitle(site: SiteConfig, raw: string): TitleParts {
  if (site !== caseSite) {
    caseSite = site;
    mainFirstLetter = (site.namespaces.get(0)?.case ?? site.case) === 'first-letter';
  }
  const text = mainFirstLetter ? quickUpperFirst(raw) : raw;
  return { ns: 0, text, full: text, fragment: null, interwiki: null };
}

/** Unusual spaces and bidi marks (and U+FFFD): parseTitle removes, folds or rejects them. */
export function isUnusualSpace(c: number): boolean {
  return c === 0xfffd || isTitleSpaceOrMark(c);
}

/**
 * The site simpleTitle saw last, and whether its main namespace upper-cases the first letter (a
 * map lookup per link otherwise). Held strongly, as trailSite in links.ts: one SiteConfig at
 * most, until another site's link is read.
 */
let caseSite: SiteConfig | null = null;
let mainFirstLetter = false;

/** upperFirst without allocations in the common cases (ASCII, already upper, no case). */
function quickUpperFirst(s: string): string {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122 ? String.fromCharCode(c - 32) + s.slice(1) : s;
  if (c >= 0xd800 && c <= 0xdfff) return upperFirst(s);
  let k = FIRST_CASE[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    const up = ch.toUpperCase();
    k = up === ch || up.length !== 1 ? 1 : 2;
    if (k === 2) FIRST_UPPER.set(c, up);
    FIRST_CASE[c] = k;
  }
  return k === 1 ? s : FIRST_UPPER.get(c)! + s.slice(1);
}

/**
 * What upper-casing does to a non-ASCII first letter, learnt once per character: 1 it stays (no
 * case, already upper, or a longer upper case MediaWiki does not apply), 2 it changes (to
 * FIRST_UPPER's entry). Saves a one-letter string and a toUpperCase per link target.
 */
const FIRST_CASE = new Uint8Array(0x10000);
const FIRST_UPPER = new Map<number, string>();

/** parseTitle with a per-site cache (link targets repeat a lot within and across pages). */
export function cachedTitle(site: SiteConfig, raw: string): TitleParts | null {
  return quickTitle(site, raw) ?? cachedParsedTitle(site, raw);
}

/** cachedTitle of a target the caller has found not simple (quickTitle would say null). */
export function cachedParsedTitle(site: SiteConfig, raw: string): TitleParts | null {
  let cache = titleCaches.get(site);
  if (!cache) {
    cache = new Map();
    titleCaches.set(site, cache);
  }
  let t = cache.get(raw);
  if (t === undefined) {
    t = parseTitle(site, raw);
    if (t) t = { ns: t.ns, text: detached(t.text), full: detached(t.full), fragment: t.fragment === null ? null : detached(t.fragment), interwiki: t.interwiki === null ? null : detached(t.interwiki) };
    if (cache.size >= TITLE_CACHE_SIZE) cache.clear();
    cache.set(detached(raw), t);
  }
  return t;
}
