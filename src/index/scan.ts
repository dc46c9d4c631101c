/**
 * Cheap scans of wikitext for what the index needs before any page is converted: category
 * memberships with sort keys (`[[Category:X|key]]`, `{{DEFAULTSORT:key}}`) and the redirect
 * target with its fragment. Templates are not expanded, so categories a template adds are not
 * seen here; the converter's meta supplies those later.
 */
import { parseTitle } from '../site/titles.js';
import type { SiteConfig } from '../site/types.js';

export interface ScannedCategory {
  name: string;
  sortKey: string | null;
}

/** `{{DEFAULTSORT:…}}` under its English and local names. */
const DEFAULTSORT = /\{\{\s*(?:DEFAULTSORT|DEFAULTSORTKEY|DEFAULTCATEGORYSORT|默认排序|默認排序|デフォルトソート|СОРТУВАННЯ|기본정렬)\s*:([^{}]*)\}\}/gi;
const LINK = /\[\[([^[\]|\n]*)(?:\|([^[\]\n]*))?\]\]/g;
const HIDDEN = /<!--[\s\S]*?(?:-->|$)|<nowiki\s*>[\s\S]*?<\/nowiki\s*>|<pre\b[^>]*>[\s\S]*?<\/pre\s*>|<includeonly\s*>[\s\S]*?<\/includeonly\s*>/gi;

/** Remove what never categorises the page itself: comments, nowiki, pre, includeonly. */
function visibleText(text: string): string {
  return text.includes('<') ? text.replace(HIDDEN, ' ') : text;
}

export function scanCategories(site: SiteConfig, text: string): ScannedCategory[] {
  if (!text.includes('[[') && !text.includes('{{')) return [];
  const visible = visibleText(text);
  let defaultSort: string | null = null;
  DEFAULTSORT.lastIndex = 0;
  for (let m = DEFAULTSORT.exec(visible); m; m = DEFAULTSORT.exec(visible)) {
    const key = m[1]!.trim();
    if (key) defaultSort = key;
  }
  const seen = new Map<string, ScannedCategory>();
  LINK.lastIndex = 0;
  for (let m = LINK.exec(visible); m; m = LINK.exec(visible)) {
    const target = m[1]!;
    const colon = target.indexOf(':');
    if (colon < 0) continue;
    if (target.trimStart().startsWith(':')) continue; // [[:Category:X]] is a link
    const prefix = target.slice(0, colon).trim().replace(/_/g, ' ').toLowerCase();
    if (site.namespaceLookup.get(prefix) !== 14) continue;
    const parsed = parseTitle(site, target);
    if (!parsed || parsed.ns !== 14 || !parsed.text) continue;
    const sortKey = m[2] !== undefined ? m[2] : null;
    // MediaWiki keeps the last sort key given for a category.
    seen.set(parsed.text, { name: parsed.text, sortKey: sortKey ?? seen.get(parsed.text)?.sortKey ?? null });
  }
  const out = [...seen.values()];
  if (defaultSort !== null) for (const c of out) if (c.sortKey === null) c.sortKey = defaultSort;
  return out;
}

/** Target and fragment of a `#REDIRECT [[…]]` page, or null. */
export function scanRedirect(site: SiteConfig, text: string): { target: string; fragment: string | null } | null {
  const head = text.slice(0, 600).trimStart();
  if (!head.startsWith('#') && !head.startsWith('＃')) return null;
  const upper = head.toUpperCase();
  const word = site.redirectWords.find((w) => upper.startsWith(w.toUpperCase()));
  if (!word) return null;
  const m = /^\s*:?\s*\[\[([^[\]|\n]+)/.exec(head.slice(word.length));
  if (!m) return null;
  const parsed = parseTitle(site, m[1]!);
  if (!parsed || parsed.interwiki) return null;
  return { target: parsed.full, fragment: parsed.fragment || null };
}

/**
 * Case-folded form of a title or file name for comparisons that must agree with
 * case-insensitive file systems (NTFS, APFS, HFS+): NFC, then upper, then lower case, so that
 * `ſ`/`s`/`S` and `K`/`k` (Kelvin) meet. Over-folding (`ß` ~ `ss`) only costs a suffix.
 */
export function foldCase(s: string): string {
  return s.normalize('NFC').toUpperCase().toLowerCase();
}
