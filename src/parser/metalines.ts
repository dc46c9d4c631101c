/**
 * Lines holding nothing but category and interlanguage links (and spaces). MediaWiki trims the
 * whitespace around such links, so these lines vanish without leaving an empty paragraph or a
 * paragraph break; we record their links and skip the line.
 */
import type { PageMeta } from '../engine/types.js';
import { decodeEntities } from '../site/entities.js';
import { cachedTitle } from './title-cache.js';
import type { State } from './state.js';

export interface MetaLink {
  kind: 'category' | 'language';
  name: string;
  sortKey: string | null;
}

/** The links of a category/interlanguage-only line, or null when the line holds anything else. */
export function metaOnlyLine(st: State, src: string, s: number, e: number): MetaLink[] | null {
  const found: MetaLink[] = [];
  let q = s;
  for (;;) {
    q = skipLineSpaces(src, q, e);
    if (q >= e) break;
    const end = metaLinkAt(st, src, q, e, found);
    if (end < 0) return null;
    q = end;
  }
  return found.length === 0 ? null : found;
}

/**
 * Whether the line [s, e) opens (after spaces) with a category or interlanguage link. MediaWiki
 * removes the white space before such a link back to (and with) the first line break of that
 * white space (Parser::handleInternalLinks2, T2087/T359886), so blank lines before it vanish.
 */
export function opensWithMetaLink(st: State, src: string, s: number, e: number): boolean {
  const q = skipLineSpaces(src, s, e);
  return q < e && metaLinkAt(st, src, q, e, null) >= 0;
}

function skipLineSpaces(src: string, q: number, e: number): number {
  while (q < e) {
    const c = src.charCodeAt(q);
    if (c !== 32 && c !== 9 && c !== 13) break;
    q++;
  }
  return q;
}

/** A category or interlanguage link `[[…]]` at q (before e): where it ends, or -1. Its link goes to `found`. */
function metaLinkAt(st: State, src: string, q: number, e: number, found: MetaLink[] | null): number {
  if (src.charCodeAt(q) !== 91 || src.charCodeAt(q + 1) !== 91) return -1;
  // Searched within the line only: a line of unclosed `[[` must not scan the rest of the text.
  let close = q + 2;
  while (close + 1 < e && !(src.charCodeAt(close) === 93 && src.charCodeAt(close + 1) === 93)) close++;
  if (close + 1 >= e) return -1;
  const inner = src.slice(q + 2, close);
  if (inner.includes('[[')) return -1;
  const bar = inner.indexOf('|');
  const target = bar < 0 ? inner : inner.slice(0, bar);
  if (target.trimStart().startsWith(':')) return -1;
  const t = cachedTitle(st.site, target);
  if (!t) return -1;
  if (t.interwiki !== null && st.site.languages.has(t.interwiki)) {
    found?.push({ kind: 'language', name: t.text + (t.fragment ? '#' + t.fragment : ''), sortKey: t.interwiki });
  } else if (t.interwiki === null && t.ns === 14) {
    found?.push({ kind: 'category', name: t.text, sortKey: bar < 0 ? null : decodeEntities(inner.slice(bar + 1)) });
  } else {
    return -1;
  }
  return close + 2;
}

export function recordMetaLinks(meta: PageMeta, found: readonly MetaLink[]): void {
  for (const f of found) {
    if (f.kind === 'category') meta.categories.push({ name: f.name, sortKey: f.sortKey });
    else meta.interlanguage.push({ lang: f.sortKey!, title: f.name });
  }
}
