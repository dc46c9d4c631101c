/**
 * Character classes as CommonMark's emphasis rules see them. Implementations disagree on one
 * point: CommonMark 0.31 (micromark, markdown-it 14) counts Unicode symbols (category S) as
 * punctuation, 0.29 (cmark-gfm, i.e. GitHub) does not. The writer keeps symbols in a class of
 * their own and only relies on what holds under both readings.
 */

/** Unicode whitespace (Zs, tab, LF, FF, CR) or a line/sequence boundary. */
export const W = 0;
/** Punctuation under every reading: ASCII punctuation and Unicode category P. */
export const P = 1;
/** A non-ASCII symbol (category S): punctuation for some parsers, a letter for others. */
export const S = 2;
/** Anything else: letters, digits, CJK ideographs, … */
export const L = 3;

export type CharClass = typeof W | typeof P | typeof S | typeof L;

const UNI_P = /\p{P}/u;
const UNI_S = /\p{S}/u;

/** ASCII punctuation: the characters a backslash can escape. */
export function isAsciiPunct(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

export function isUnicodeSpace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 12 || c === 13 || c === 0xa0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/**
 * Trim the white space CommonMark strips from a cell or heading's edges: ASCII space, tab, LF,
 * VT, FF, CR (cmark's `cmark_isspace`). An indent of U+3000 or U+00A0 stays, as on the wiki.
 */
export function trimAscii(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isAsciiSpace(s.charCodeAt(a))) a++;
  while (b > a && isAsciiSpace(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** Class of a code point; a negative value means "no character" (start or end of a line). */
export function classify(c: number): CharClass {
  if (c < 0) return W;
  if (c < 128) {
    if (c === 32 || c === 9 || c === 10 || c === 12 || c === 13) return W;
    return isAsciiPunct(c) ? P : L;
  }
  // Fast paths for the scripts that dominate our pages.
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa)) return L;
  if (isUnicodeSpace(c)) return W;
  const ch = String.fromCodePoint(c);
  if (UNI_P.test(ch)) return P;
  if (UNI_S.test(ch)) return S;
  return L;
}

/** Class of the character starting at index i of s (W past the end). */
export function classAt(s: string, i: number): CharClass {
  if (i >= s.length || i < 0) return W;
  return classify(s.codePointAt(i)!);
}

/** Class of the character ending just before index i of s (W at the start). */
export function classBefore(s: string, i: number): CharClass {
  if (i <= 0) return W;
  let c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const hi = s.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) c = ((hi - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
  }
  return classify(c);
}

/**
 * Whether a `*` run between `before` and `after` is left-flanking under every reading of
 * "punctuation" (see the module comment).
 */
export function leftFlanking(before: CharClass, after: CharClass): boolean {
  if (after === W) return false;
  if (after === L) return true;
  if (after === P) return before === W || before === P;
  return before !== L; // after is a symbol
}

export function rightFlanking(before: CharClass, after: CharClass): boolean {
  if (before === W) return false;
  if (before === L) return true;
  if (before === P) return after === W || after === P;
  return after !== L;
}

/** Whether a `*` run between `before` and `after` is left-flanking under at least one reading. */
export function mayBeLeftFlanking(before: CharClass, after: CharClass): boolean {
  if (after === W) return false;
  if (after === P) return before !== L; // a symbol before may be read as punctuation
  return true; // a letter, or a symbol read as a letter
}

/** Whether a `*` run between `before` and `after` is right-flanking under at least one reading. */
export function mayBeRightFlanking(before: CharClass, after: CharClass): boolean {
  if (before === W) return false;
  if (before === P) return after !== L;
  return true; // a letter, or a symbol read as a letter
}
