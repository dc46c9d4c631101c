/**
 * Lines holding nothing but category and interlanguage links (and spaces). MediaWiki trims the
 * whitespace around such links, so these lines vanish without leaving an empty paragraph or a
 * paragraph break; we record their links and skip the line.
 */
import type { PageMeta } from '../engine/types.js';
import { decodeEntities } from '../site/entities.js';
import { cachedTitle } from './links.js';
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
    while (q < e && (src.charCodeAt(q) === 32 || src.charCodeAt(q) === 9 || src.charCodeAt(q) === 13)) q++;
    if (q >= e) break;
    if (src.charCodeAt(q) !== 91 || src.charCodeAt(q + 1) !== 91) return null;
    const close = src.indexOf(']]', q + 2);
    if (close < 0 || close > e) return null;
    const inner = src.slice(q + 2, close);
    if (inner.includes('[[')) return null;
    const bar = inner.indexOf('|');
    const target = bar < 0 ? inner : inner.slice(0, bar);
    if (target.trimStart().startsWith(':')) return null;
    const t = cachedTitle(st.site, target);
    if (!t) return null;
    if (t.interwiki !== null && st.site.languages.has(t.interwiki)) {
      found.push({ kind: 'language', name: t.text + (t.fragment ? '#' + t.fragment : ''), sortKey: t.interwiki });
    } else if (t.interwiki === null && t.ns === 14) {
      found.push({ kind: 'category', name: t.text, sortKey: bar < 0 ? null : decodeEntities(inner.slice(bar + 1)) });
    } else {
      return null;
    }
    q = close + 2;
  }
  return found.length === 0 ? null : found;
}

export function recordMetaLinks(meta: PageMeta, found: readonly MetaLink[]): void {
  for (const f of found) {
    if (f.kind === 'category') meta.categories.push({ name: f.name, sortKey: f.sortKey });
    else meta.interlanguage.push({ lang: f.sortKey!, title: f.name });
  }
}
