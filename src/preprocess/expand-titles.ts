/**
 * Which page a `{{…}}` call names, and that page's parsed tree: the title parse of a call name
 * (Template namespace by default, `:` for the main namespace), subpage names relative to the
 * page, and the tokenized template source. Both are cached for the whole run — a template is
 * called on many pages, and its source never changes during a run.
 */
import { detached } from '../engine/strings.js';
import type { PageSource } from '../engine/types.js';
import { parseTitle } from '../site/titles.js';
import type { SiteConfig, TitleParts } from '../site/types.js';
import { defaultMessage } from './functions/core.js';
import { MARKER_CHAR, sanitizeInput } from './markers.js';
import { tokenize } from './tokenize.js';
import type { PPNode, TokenizeOptions } from './tree.js';

// Parsed template trees, per page source and title (templates are parsed once per run), and the
// characters of template text they were parsed from: past TREE_CACHE_CHARS a source's trees are
// dropped and parsed again as needed, so a whole dump's templates do not pile up in memory. A hit
// tells the source (PageSource.noteUse): the mirror records which templates each page used.
const treeCache = new WeakMap<PageSource, { trees: Map<string, PPNode[] | null>; chars: number }>();
const TREE_CACHE_CHARS = 4 << 20;
// Title parses of call names, per site.
const CONTROL = /[\x00-\x1f\x7f]/;
const titleCache = new WeakMap<SiteConfig, Map<string, TitleParts | null>>();

/**
 * The title a call name stands for (null when it names no valid page). Parser::braceSubstitution
 * hands the name to Title::newFromText as written: percent escapes are not decoded, so
 * `{{https://ja.wikipedia.org/wiki/%E3%81%84}}` is no title and stays on the page as text. A
 * control character (a line break, a tab) or a marker left inside the trimmed name is none of
 * `Title::legalChars()`, so the name is no title (`{{ech\no|foo}}` stays as written, parserTests
 * "Don't recognize targets split by newlines"); parseTitle, made for link targets, reads it as a
 * space, which found `Qing\nDynasty`'s page.
 */
export function callTitle(site: SiteConfig, part1: string): TitleParts | null {
  let cache = titleCache.get(site);
  if (!cache) titleCache.set(site, (cache = new Map()));
  let t = cache.get(part1);
  if (t === undefined) {
    t = CONTROL.test(part1) ? null : part1.startsWith(':') ? parseTitle(site, part1.slice(1), 0, false) : parseTitle(site, part1, 10, false);
    if (cache.size > 50000) cache.clear();
    cache.set(part1, t);
  }
  return t;
}

/**
 * `{{/Sub}}`, `{{../Sibling}}`: relative to the page where its namespace has subpages. Elsewhere
 * (Linker::normalizeSubpageLink returns the text unchanged) the name is an ordinary template
 * name: `{{/рамка}}` on an article is `Template:/рамка`, and `../x` an invalid title.
 */
export function relativeTitle(site: SiteConfig, page: string, subpagesInMain: boolean, part1: string): string | null {
  const t = parseTitle(site, page, 0);
  const ns = t?.ns ?? 0;
  const subpages = ns === 0 ? subpagesInMain : ns > 0 && (ns % 2 === 1 || ns !== 6 && ns !== 14);
  if (!subpages) return part1;
  // Linker::normalizeSubpageLink: trailing slashes only hide the path in links; `../` may not
  // climb above the page's first segment (the name then stays as written: an invalid title).
  if (part1.startsWith('/')) return ':' + page + '/' + part1.slice(1).replace(/\/+$/, '').trim();
  let rest = part1;
  let up = 0;
  while (rest.startsWith('../')) {
    up++;
    rest = rest.slice(3);
  }
  rest = rest.replace(/\/+$/, '').trim();
  const segments = page.split('/');
  if (segments.length <= up) return null;
  const base = segments.slice(0, segments.length - up).join('/');
  return ':' + (rest === '' ? base : base + '/' + rest);
}

/** The tokenized source of a template page (null when the source has no such page). */
export function templateTree(source: PageSource | null | undefined, site: SiteConfig, fullTitle: string, includeOpts: TokenizeOptions): PPNode[] | null {
  if (!source) return null;
  let cache = treeCache.get(source);
  if (!cache) treeCache.set(source, (cache = { trees: new Map(), chars: 0 }));
  let tree = cache.trees.get(fullTitle);
  if (tree === undefined) {
    const text = source.get(fullTitle) ?? defaultMessagePage(site, fullTitle);
    // Only a built-in body may keep the marker character (a width mark, parser/table-width.ts).
    const trusted = text !== null && text.indexOf(MARKER_CHAR) >= 0 && source.isBuiltin?.(fullTitle) === true;
    tree = text === null ? null : tokenize(trusted ? text : sanitizeInput(text), includeOpts);
    const chars = (text?.length ?? 0) + fullTitle.length;
    if (cache.chars + chars > TREE_CACHE_CHARS) {
      cache.trees.clear();
      cache.chars = 0;
    }
    // A copy of the key: a title sliced from a page would keep that page's text alive.
    cache.trees.set(detached(fullTitle), tree);
    cache.chars += chars;
  } else source.noteUse?.(fullTitle); // kept across pages: this page asked too (engine/types.ts)
  return tree;
}

const redirectCache = new WeakMap<PageSource, Map<string, string | null>>();

/**
 * Where a template redirect ends (PageSource.redirectTarget), cached per source as the trees are;
 * a redirect found in the cache is noted as this page's use (noteUse), as a cached tree is (a title
 * that is no redirect is noted by the tree lookup that follows).
 */
export function redirectOf(source: PageSource | null | undefined, fullTitle: string): string | null {
  if (!source?.redirectTarget) return null;
  let cache = redirectCache.get(source);
  if (!cache) redirectCache.set(source, (cache = new Map()));
  const hit = cache.get(fullTitle);
  if (hit !== undefined) {
    if (hit !== null) source.noteUse?.(fullTitle);
    return hit;
  }
  const target = source.redirectTarget(fullTitle);
  if (cache.size >= 50_000) cache.clear();
  cache.set(detached(fullTitle), target);
  return target;
}

/** `{{MediaWiki:Mainpage}}`: a message page missing from the source shows the message's default text. */
function defaultMessagePage(site: SiteConfig, fullTitle: string): string | null {
  const t = parseTitle(site, fullTitle, 0);
  if (!t || t.ns !== 8) return null;
  return defaultMessage(t.text.replace(/ /g, '_'));
}
