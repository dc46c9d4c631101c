/**
 * HTML attribute text → Record, the way MediaWiki's Sanitizer::decodeTagAttributes reads it:
 * names start with a letter, digit, `:` or `_` and continue with those plus `.` and `-`; names are
 * lower-cased; values are double-quoted, single-quoted (an unclosed quote runs to the end) or bare
 * (up to whitespace or `>`); a name without `=` gets ''. Values have whitespace runs folded to one
 * space, are trimmed, and have entities decoded. A later duplicate wins.
 */
import { decodeEntities } from '../site/entities.js';

const NON_ASCII_NAME_CHAR = /[\p{L}\p{N}]/u;

/**
 * ASCII name characters: 1 = may start a name (letters, digits, `:`, `_`), 2 = may continue one
 * (those and `.`, `-`). One table load per character: a chain of range compares left the compares
 * that only an upper-case letter or `_` reaches without type feedback until some later page, and
 * parseAttributes was deoptimised and recompiled then (docs/mirror-measurements.md, JIT warm-up).
 */
const NAME_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const start = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 58 || c === 95;
  NAME_CLASS[c] = start ? 3 : c === 46 || c === 45 ? 2 : 0;
}

function isNameStart(c: number, s: string, i: number): boolean {
  return c < 128 ? (NAME_CLASS[c]! & 1) !== 0 : NON_ASCII_NAME_CHAR.test(s[i]!);
}

function isNameChar(c: number, s: string, i: number): boolean {
  return c < 128 ? (NAME_CLASS[c]! & 2) !== 0 : NON_ASCII_NAME_CHAR.test(s[i]!);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

/** Fold whitespace runs (tab, CR, LF, space) to one space and trim. */
function foldSpaces(v: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      pendingSpace = true;
    } else {
      if (pendingSpace && out !== '') out += ' ';
      pendingSpace = false;
      out += v[i];
    }
  }
  return out;
}

export function parseAttributes(raw: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (raw === '') return attrs;
  const len = raw.length;
  let i = 0;
  while (i < len) {
    const c = raw.charCodeAt(i);
    if (c === 127) {
      // A strip marker (template output) cannot be read as attributes here: skip it whole.
      const close = raw.indexOf('\x7f', i + 1);
      i = close < 0 ? len : close + 1;
      continue;
    }
    if (!isNameStart(c, raw, i)) {
      i++;
      continue;
    }
    const nameStart = i;
    i++;
    while (i < len && isNameChar(raw.charCodeAt(i), raw, i)) i++;
    const name = raw.slice(nameStart, i).toLowerCase();
    let j = i;
    while (j < len && isSpace(raw.charCodeAt(j))) j++;
    let value = '';
    if (j < len && raw.charCodeAt(j) === 61) {
      j++;
      while (j < len && isSpace(raw.charCodeAt(j))) j++;
      const q = j < len ? raw.charCodeAt(j) : -1;
      if (q === 34 || q === 39) {
        const end = raw.indexOf(q === 34 ? '"' : "'", j + 1);
        value = end < 0 ? raw.slice(j + 1) : raw.slice(j + 1, end);
        i = end < 0 ? len : end + 1;
      } else {
        let k = j;
        while (k < len && !isSpace(raw.charCodeAt(k)) && raw.charCodeAt(k) !== 62) k++;
        value = raw.slice(j, k);
        i = k;
      }
    }
    // '__proto__' would set the prototype of a plain object; no real attribute has that name.
    if (name !== '__proto__') attrs[name] = decodeEntities(foldSpaces(value));
  }
  return attrs;
}
