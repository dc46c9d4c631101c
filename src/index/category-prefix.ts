/**
 * Which colons of a text can end a category link's namespace prefix, told by the byte before
 * each (scan-xml.ts): a table per site of the last bytes a spelling of the category namespace's
 * name can have, built from its keys and from what lower-cases into their last letters.
 */
import type { SiteConfig } from '../site/types.js';
import { NON_ASCII_SPACES } from './js-space.js';

/**
 * Whether the byte before a colon (ASCII white space skipped, as namespaceKey trims it) can end
 * the category namespace's name in some spelling: most colons (`https:`, `[[File:`, times) are
 * dropped here without walking back to their `[[` (the walk and the link's regex were ~40 % of
 * the scan). Skipping a colon that is not a category link's changes nothing: a later colon of
 * the same link finds the first one on its walk back and stops there, as the link's end would.
 */
export function mayEndCategoryPrefix(s: string, colon: number, ends: Uint8Array): boolean {
  const at = prefixEndAt(s, colon);
  return at >= 0 && ends[s.charCodeAt(at)] === 1;
}

/** Where the character is that mayEndCategoryPrefix goes by: before the colon and its white space; -1 for none. */
export function prefixEndAt(s: string, colon: number): number {
  let i = colon - 1;
  while (i >= 0) {
    const c = s.charCodeAt(i);
    if (c !== 32 && (c < 9 || c > 13)) break;
    i--;
  }
  return i;
}

/** categoryPrefixEnds per namespace table (a site's is made once). */
const prefixEndsOf = new WeakMap<ReadonlyMap<string, number>, Uint8Array>();

/**
 * The last bytes (as latin1 chars of the escaped UTF-8) that the text before a category link's
 * colon can have: namespaceKey(prefix) — trimmed, `_` as space, lower-cased — is one of the
 * namespace's keys, so the decoded prefix ends with white space JavaScript trims (its UTF-8 last
 * bytes), an entity (`;`), or a character whose lower case ends the key (its own last byte).
 */
export function categoryPrefixEnds(site: SiteConfig): Uint8Array {
  let ends = prefixEndsOf.get(site.namespaceLookup);
  if (ends) return ends;
  ends = new Uint8Array(256);
  ends[59 /* ; */] = 1;
  // What trim removes besides ASCII white space (which is skipped before the table).
  for (const space of NON_ASCII_SPACES) ends[lastUtf8Byte(space)] = 1;
  for (const [key, ns] of site.namespaceLookup) {
    if (ns !== 14 || key === '') continue;
    const last = String.fromCodePoint(key.codePointAt(key.length - 1 - (isLowSurrogate(key.charCodeAt(key.length - 1)) ? 1 : 0))!);
    ends[lastUtf8Byte(last)] = 1;
    for (const upper of lowerCaseSources(last)) ends[lastUtf8Byte(upper)] = 1;
  }
  prefixEndsOf.set(site.namespaceLookup, ends);
  return ends;
}


function lastUtf8Byte(ch: string): number {
  const bytes = Buffer.from(ch, 'utf8');
  return bytes[bytes.length - 1]!;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * Code points whose lower case ends with a given code point, other than itself: upper-case and
 * title-case letters, signs (K KELVIN SIGN → k), `İ` (→ i + U+0307), `Σ` ending a word (→ ς).
 */
let lowerCaseEnds: Map<number, string[]> | null = null;

function lowerCaseSources(ch: string): string[] {
  lowerCaseEnds ??= lowerCaseTable();
  return lowerCaseEnds.get(ch.codePointAt(0)!) ?? [];
}

function lowerCaseTable(): Map<number, string[]> {
  const table = new Map<number, string[]>();
  const add = (end: number, source: string) => {
    const list = table.get(end);
    if (!list) table.set(end, [source]);
    else if (!list.includes(source)) list.push(source);
  };
  // Lower-cased in bulk, a plane at a time (every cased letter of Unicode is below U+20000): one
  // code point a position, as only U+0130 lengthens (done apart) and Σ here is not word-final.
  for (const plane of [0, 1]) {
    const units = new Uint16Array(plane === 0 ? 0x10000 : 0x20000);
    let n = 0;
    for (let cp = plane << 16; cp < (plane + 1) << 16; cp++) {
      if (cp === 0x130 || (cp >= 0xd800 && cp <= 0xdfff)) units[n++] = 0x20;
      else if (plane === 0) units[n++] = cp;
      else {
        units[n++] = 0xd800 + ((cp - 0x10000) >> 10);
        units[n++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
      }
    }
    const text = new TextDecoder('utf-16le').decode(units);
    const lower = text.toLowerCase();
    if (lower.length !== text.length) throw new Error('lower case changed the length of a plane');
    for (let i = 0; i < text.length; i += plane + 1) {
      const from = text.codePointAt(i)!;
      const to = lower.codePointAt(i)!;
      if (from !== to) add(to, String.fromCodePoint(from));
    }
  }
  add(0x307, '\u0130');
  add(0x3c2, '\u03a3');
  return table;
}
