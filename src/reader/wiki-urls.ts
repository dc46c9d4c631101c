/**
 * The wiki's other URL forms a reader may paste, besides `/wiki/Title` (title-address.ts):
 * `/w/index.php?title=数学` (old links, edit-history links, `&redirect=no`), a search
 * (`/w/index.php?search=…`, `/wiki/Special:Search?search=…`, `/wiki/Special:Search/…`, the
 * special namespace by any of its names and the search page by its name in the wiki's language:
 * `特殊:搜索`, `特別:検索`, `Спеціальна:Пошук`) and `/wiki/` or a variant path (`/zh-tw/`) alone, the main page. Each is
 * answered with the reader's own address for it: the title address, the reader's search, the home page.
 */
import { parseTitle } from '../site/titles.js';
import type { SiteConfig } from '../site/types.js';
import { decodedAddress, isVariantPath } from './title-address.js';

/**
 * The search page's local names (MediaWiki's `$specialPageAliases['Search']` in the wiki's
 * messages file: MessagesZh.php 搜索/搜尋/搜寻, MessagesJa.php 検索, MessagesUk.php Пошук);
 * the English `Search` is accepted on every wiki, as MediaWiki does.
 */
const SEARCH_NAMES: Readonly<Record<string, readonly string[]>> = {
  zh: ['搜索', '搜尋', '搜寻'],
  ja: ['検索'],
  uk: ['пошук'],
};

/** What a wiki URL of these forms stands for: another address of the reader, or a search. */
export type WikiUrlTarget = { kind: 'address'; location: string } | { kind: 'search'; words: string; go: boolean };

/** Where the reader sends a wiki URL of these forms (a path and query of the reader), or null. */
export function wikiUrlTarget(site: SiteConfig, rawPath: string, rawQuery: string): WikiUrlTarget | null {
  // `/wiki/` alone, or a zh variant path alone (`/zh-tw/`), is the main page.
  const alone = /^\/([^/]+)\/?$/.exec(rawPath)?.[1];
  if (alone === 'wiki' || (alone !== undefined && isVariantPath(site, alone))) return { kind: 'address', location: '/' };
  const params = new URLSearchParams(rawQuery);
  const search = params.get('search');
  // SpecialSearch: without fulltext= (the search box's Enter, go=Go) and offset=, a term that
  // names a page opens it (goResult); server.ts looks the term up.
  const go = !params.get('fulltext') && !params.has('offset');
  if (rawPath === '/w/index.php' || rawPath === '/index.php') {
    const title = params.get('title');
    if (title !== null && !isSearchPage(site, title)) {
      // `redirect=no` and `variant=` go on: the title address keeps them (server.ts pageQuery).
      const kept = new URLSearchParams([...params].filter(([k, v]) => (k === 'redirect' && v === 'no') || k === 'variant')).toString();
      return { kind: 'address', location: `/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}${kept ? `?${kept}` : ''}` };
    }
    // title=Special:Search with no words is the empty search page, as /wiki/Special:Search.
    return search !== null || title !== null ? { kind: 'search', words: search ?? '', go } : null;
  }
  if (!rawPath.startsWith('/wiki/')) return null;
  // Decoded as the title addresses are (a bare `%` kept: /wiki/Special:Search/100%).
  const path = decodedAddress(rawPath)?.slice('wiki/'.length);
  if (path === undefined) return null;
  const slash = path.indexOf('/');
  if (!isSearchPage(site, slash === -1 ? path : path.slice(0, slash))) return null;
  // Special:Search/Words: the words after the slash; else the search= parameter.
  return { kind: 'search', words: slash === -1 ? (search ?? '') : path.slice(slash + 1).replace(/_/g, ' '), go };
}

/** The reader's search for some words (its empty page for none). */
export function searchAddress(words: string): string {
  return words.trim() === '' ? '/search' : `/search?q=${encodeURIComponent(words)}`;
}

/**
 * Special:Search under any name of the special namespace (Special:, 特殊:, Спеціальна:) and any
 * name of the page, in any case (SpecialPageFactory folds the case of aliases).
 */
function isSearchPage(site: SiteConfig, title: string): boolean {
  const parsed = parseTitle(site, title);
  if (parsed === null || parsed.ns !== -1) return false;
  const name = parsed.text.replace(/_/g, ' ').trim().toLowerCase();
  return name === 'search' || (SEARCH_NAMES[site.lang] ?? []).includes(name);
}
