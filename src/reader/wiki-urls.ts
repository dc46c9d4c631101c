/**
 * The wiki's other URL forms a reader may paste, besides `/wiki/Title` (title-address.ts):
 * `/w/index.php?title=数学` (old links, edit-history links, `&redirect=no`), a search
 * (`/w/index.php?search=…`, `/wiki/Special:Search?search=…`, `/wiki/Special:Search/…`, the
 * special namespace by any of its names) and `/wiki/` alone, the main page. Each is answered
 * with the reader's own address for it: the title address, the reader's search, the home page.
 */
import { parseTitle } from '../site/titles.js';
import type { SiteConfig } from '../site/types.js';

/** Where the reader sends a wiki URL of these forms (a path and query of the reader), or null. */
export function wikiUrlTarget(site: SiteConfig, rawPath: string, rawQuery: string): string | null {
  if (rawPath === '/wiki' || rawPath === '/wiki/') return '/';
  const params = new URLSearchParams(rawQuery);
  const search = params.get('search');
  if (rawPath === '/w/index.php' || rawPath === '/index.php') {
    const title = params.get('title');
    if (title !== null && !isSearchPage(site, title)) {
      const redirect = params.get('redirect') === 'no' ? '?redirect=no' : '';
      return `/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}${redirect}`;
    }
    return search !== null ? searchAddress(search) : null;
  }
  if (!rawPath.startsWith('/wiki/')) return null;
  let path: string;
  try {
    path = decodeURIComponent(rawPath.slice('/wiki/'.length));
  } catch {
    return null;
  }
  const slash = path.indexOf('/');
  if (!isSearchPage(site, slash === -1 ? path : path.slice(0, slash))) return null;
  // Special:Search/Words: the words after the slash; else the search= parameter.
  return searchAddress(slash === -1 ? (search ?? '') : path.slice(slash + 1).replace(/_/g, ' '));
}

function searchAddress(words: string): string {
  return words.trim() === '' ? '/search' : `/search?q=${encodeURIComponent(words)}`;
}

/** Special:Search under any name of the special namespace (Special:, 特殊:, Спеціальна:, in any case). */
function isSearchPage(site: SiteConfig, title: string): boolean {
  const parsed = parseTitle(site, title);
  return parsed !== null && parsed.ns === -1 && parsed.text.toLowerCase() === 'search';
}
