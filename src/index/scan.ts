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

/** The English and local names of `{{DEFAULTSORT:…}}`. */
export const DEFAULTSORT_NAMES = ['DEFAULTSORT', 'DEFAULTSORTKEY', 'DEFAULTCATEGORYSORT', '默认排序', '默認排序', 'デフォルトソート', 'СОРТУВАННЯ', '기본정렬'];
const DEFAULTSORT = new RegExp(`\\{\\{\\s*(?:${DEFAULTSORT_NAMES.join('|')})\\s*:([^{}]*)\\}\\}`, 'gi');
/** What stands before the colon in a DEFAULTSORT match (scan-xml.ts checks candidates with it). */
export const DEFAULTSORT_NAME = new RegExp(`^\\s*(?:${DEFAULTSORT_NAMES.join('|')})\\s*$`, 'i');
/** How much of a text's head scanRedirect reads. */
export const REDIRECT_HEAD_CHARS = 600;
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
  const found = new CategoryList();
  LINK.lastIndex = 0;
  for (let m = LINK.exec(visible); m; m = LINK.exec(visible)) {
    const target = m[1]!;
    const colon = target.indexOf(':');
    if (colon < 0) continue;
    if (site.namespaceLookup.get(namespaceKey(target.slice(0, colon))) !== 14) continue;
    found.add(site, target, m[2] !== undefined ? m[2] : null);
  }
  return found.result(defaultSort);
}

/** The namespaceLookup key of a link prefix (`Category` in `[[ category :X]]`). */
export function namespaceKey(prefix: string): string {
  return prefix.trim().replace(/_/g, ' ').toLowerCase();
}

/** Categories in the order first seen, each with its last sort key. */
export class CategoryList {
  private readonly seen = new Map<string, ScannedCategory>();

  /** A link whose prefix names the category namespace (`target` is the whole link target). */
  add(site: SiteConfig, target: string, sortKey: string | null): void {
    if (target.trimStart().startsWith(':')) return; // [[:Category:X]] is a link
    const parsed = parseTitle(site, target);
    if (!parsed || parsed.ns !== 14 || !parsed.text) return;
    // MediaWiki keeps the last sort key given for a category.
    this.seen.set(parsed.text, { name: parsed.text, sortKey: sortKey ?? this.seen.get(parsed.text)?.sortKey ?? null });
  }

  /** The categories, those without a sort key of their own taking `{{DEFAULTSORT:…}}`'s. */
  result(defaultSort: string | null): ScannedCategory[] {
    const out = [...this.seen.values()];
    if (defaultSort !== null) for (const c of out) if (c.sortKey === null) c.sortKey = defaultSort;
    return out;
  }
}

/** Target and fragment of a `#REDIRECT [[…]]` page, or null. */
export function scanRedirect(site: SiteConfig, text: string): { target: string; fragment: string | null } | null {
  const head = text.slice(0, REDIRECT_HEAD_CHARS).trimStart();
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
