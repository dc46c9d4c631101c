/**
 * Escaping plain text so that GitHub (and any CommonMark/GFM reader) shows it verbatim, while
 * leaving ordinary text — CJK above all — untouched. One pass over the string with charCodeAt;
 * the common case (no special character) copies the input unchanged. Link and image
 * destinations are encoded by destination.ts.
 */
import { classAt, classBefore, isUnicodeSpace, L, W } from './chars.js';

/** Text lives on one line (headings, table cells): newlines become spaces. */
export const F_LINE = 1;
/** Inside a GFM pipe table: `|` must be escaped. */
export const F_TABLE = 2;
/** Inside link text or image alt: `]` must be escaped. */
export const F_LABEL = 4;

// Characters that may need attention anywhere in a line (a 0/1 table over ASCII).
const SPECIAL = new Uint8Array(128);
for (const ch of '\\`*_[]<&~$|\n\r') SPECIAL[ch.charCodeAt(0)] = 1;
/** The same set as a search (global: each use sets lastIndex and reads it right away). */
const SPECIAL_RE = /[\\`*_[\]<&~$|\n\r]/g;

/** A `[` that no parser can read as the start of a link, image or footnote (see escapeText). */
function bracketIsInert(s: string, i: number): boolean {
  if (i > 0 && s.charCodeAt(i - 1) === 33) return false;
  if (i + 1 < s.length && s.charCodeAt(i + 1) === 94) return false;
  for (let j = i + 1; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === 93) {
      const next = j + 1 < s.length ? s.charCodeAt(j + 1) : -1;
      return next >= 0 && next !== 40 && next !== 91 && next !== 58;
    }
    if (c === 91 || c === 92 || c === 10 || c === 13) return false;
  }
  return false;
}

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

/** True at the end of s or before a space, tab or line ending. */
function endsToken(s: string, i: number): boolean {
  if (i >= s.length) return true;
  const c = s.charCodeAt(i);
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function lineEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c === 10 || c === 13) break;
    j++;
  }
  return j;
}

/**
 * The line from i consists only of characters of `set` plus spaces/tabs and contains `must`:
 * a setext underline, thematic break or table delimiter row.
 */
function lineOnly(s: string, i: number, set: string, must: number): boolean {
  const end = lineEnd(s, i);
  let seen = false;
  for (let j = i; j < end; j++) {
    const c = s.charCodeAt(j);
    if (c === must) seen = true;
    else if (!isSpaceOrTab(c) && set.indexOf(s[j]!) < 0) return false;
  }
  return seen;
}

/** `&` followed by something a parser would decode as a character reference. */
export function looksLikeEntity(s: string, i: number): boolean {
  let j = i + 1;
  const n = s.length;
  if (j >= n) return false;
  let c = s.charCodeAt(j);
  if (c === 35) {
    // &#123; or &#x1F;
    j++;
    let hex = false;
    if (j < n && (s.charCodeAt(j) | 32) === 120) {
      hex = true;
      j++;
    }
    const start = j;
    while (j < n && j - start < 8) {
      c = s.charCodeAt(j);
      const digit = c >= 48 && c <= 57;
      const hexLetter = hex && ((c | 32) >= 97 && (c | 32) <= 102);
      if (!digit && !hexLetter) break;
      j++;
    }
    return j > start && j < n && s.charCodeAt(j) === 59;
  }
  const start = j;
  while (j < n && j - start < 40) {
    c = s.charCodeAt(j);
    const alnum = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
    if (!alnum) break;
    j++;
  }
  return j > start && j < n && s.charCodeAt(j) === 59;
}

export interface Escaped {
  text: string;
  /** The output ends at the start of a line (after a newline). */
  lineStart: boolean;
}

/**
 * Escape text for Markdown. `lineStart`: the text begins a line (block-start rules apply and
 * leading spaces are dropped). Returns the escaped text and whether it ends at a line start.
 */
export function escapeText(s: string, flags: number, lineStart: boolean): Escaped {
  const text = escapeString(s, flags, lineStart);
  return { text, lineStart: escapedLineStart };
}

/** Whether the output of the last escapeString call ends at a line start. */
export let escapedLineStart = false;

/** escapeText without the result object (hot paths): the line-start flag is left in escapedLineStart. */
export function escapeString(s: string, flags: number, lineStart: boolean): string {
  const n = s.length;
  const single = (flags & F_LINE) !== 0;
  let out = '';
  let last = 0; // start of the not yet copied part of s
  let atStart = lineStart && !single;
  let lineFirst = -1; // index of the first character of the current line, when the text starts it
  let lastDollar = -2; // s.lastIndexOf('$'), looked up once at the first `$` before a space
  let i = 0;
  while (i < n) {
    let c = s.charCodeAt(i);
    if (atStart) {
      if (c === 32 || c === 9 || c === 10 || c === 13) {
        // Leading spaces would indent (4 = code block); empty lines would end the paragraph.
        out += s.slice(last, i);
        last = ++i;
        continue;
      }
      atStart = false;
      lineFirst = i;
      const esc = lineStartEscape(s, i, c);
      if (esc >= 0) {
        out += s.slice(last, esc) + '\\';
        last = esc;
        if (c === 126) {
          // A tilde fence: escape every tilde of the run.
          let j = esc + 1;
          while (j < n && s.charCodeAt(j) === 126) {
            out += s.slice(last, j) + '\\';
            last = j;
            j++;
          }
          i = j;
          continue;
        }
        if (esc > i) {
          i = esc + 1;
          continue;
        }
      }
    }
    if (c >= 128 || SPECIAL[c] === 0) {
      // Long plain runs (CJK prose) are skipped by the regular expression, in native code.
      if (n - i > 24) {
        SPECIAL_RE.lastIndex = i + 1;
        i = SPECIAL_RE.test(s) ? SPECIAL_RE.lastIndex - 1 : n;
      } else i++;
      continue;
    }
    switch (c) {
      case 10:
      case 13: {
        if (single) {
          out += s.slice(last, i) + ' ';
          if (c === 13 && i + 1 < n && s.charCodeAt(i + 1) === 10) i++;
          last = ++i;
          continue;
        }
        // Drop trailing spaces (two of them make a hard break), then start a new line.
        let j = i;
        while (j > last && isSpaceOrTab(s.charCodeAt(j - 1))) j--;
        out += s.slice(last, j) + '\n';
        if (c === 13 && i + 1 < n && s.charCodeAt(i + 1) === 10) i++;
        last = ++i;
        atStart = true;
        continue;
      }
      case 92: {
        // A backslash escapes the next ASCII punctuation and makes a hard break before a newline;
        // it is kept bare only before a letter or digit (`C:\Users`), where it can do neither
        // even if a writer later trims what follows.
        const next = i + 1 < n ? s.charCodeAt(i + 1) : -1;
        const bare = next >= 128 ? !isUnicodeSpace(next) && next !== 0xfeff && next !== 0x2028 && next !== 0x2029 : (next >= 48 && next <= 57) || ((next | 32) >= 97 && (next | 32) <= 122);
        if (!bare) {
          out += s.slice(last, i) + '\\';
          last = i;
        }
        break;
      }
      case 95: {
        // Intraword underscores (letters on both sides) can neither open nor close emphasis.
        if (classBefore(s, i) !== L || classAt(s, i + 1) !== L) {
          out += s.slice(last, i) + '\\';
          last = i;
        }
        break;
      }
      case 91:
        // `[` stays bare when it cannot open anything: outside link text, not first on a line
        // (task list `[ ]`, reference definition), closed by a `]` in the same text with no
        // bracket, backslash or line break between, and followed by a character that does not
        // continue a link (`(`, `[`, `:`), not `^` after it (footnote), not `!` before (image).
        if ((flags & F_LABEL) || i === lineFirst || !bracketIsInert(s, i)) {
          out += s.slice(last, i) + '\\';
          last = i;
        }
        break;
      case 93:
        if (flags & F_LABEL) {
          out += s.slice(last, i) + '\\';
          last = i;
        }
        break;
      case 60: {
        // `<` starts a tag, comment or autolink only before a letter, `/`, `!` or `?`.
        const next = i + 1 < n ? s.charCodeAt(i + 1) : -1;
        if (next < 0 || next === 47 || next === 33 || next === 63 || ((next | 32) >= 97 && (next | 32) <= 122)) {
          out += s.slice(last, i) + '\\';
          last = i;
        }
        break;
      }
      case 38:
        if (looksLikeEntity(s, i)) {
          out += s.slice(last, i) + '\\';
          last = i;
        }
        break;
      case 126: {
        // A tilde run strikes through (GFM, single or double) unless whitespace surrounds it.
        let j = i;
        while (j < n && s.charCodeAt(j) === 126) j++;
        const inert = i > 0 && j < n && classBefore(s, i) === W && classAt(s, j) === W;
        if (!inert) {
          for (let k = i; k < j; k++) {
            out += s.slice(last, k) + '\\';
            last = k;
          }
        }
        i = j;
        continue;
      }
      case 36: {
        // GitHub opens inline maths at a `$` followed by a non-space. remark-math (Docusaurus,
        // docs/publishing.md) opens at any `$` that a later `$` closes, and backslashes do not
        // escape inside maths: `$ \$` would be maths there. So a `$` before a space is escaped
        // too when another `$` follows in the text (`5 \$ or $ 6`); a lone `US$ 100` stays bare.
        const next = i + 1 < n ? s.charCodeAt(i + 1) : -1;
        const beforeSpace = next === 32 || next === 9 || next === 10 || next === 13;
        if (beforeSpace && lastDollar === -2) lastDollar = s.lastIndexOf('$');
        if (!beforeSpace || i < lastDollar) {
          out += s.slice(last, i) + '\\';
          last = i;
        }
        break;
      }
      case 124:
        if (flags & F_TABLE) {
          out += s.slice(last, i) + '\\';
          last = i;
        }
        break;
      case 42: {
        // A `*` with a space or tab on both sides inside this text (`S * S`) is neither left- nor
        // right-flanking, so it can open or close no emphasis. First on its line (the leading
        // spaces before it are dropped) it would start a list item or a rule, and at the text's
        // edges the neighbour is unknown: escaped there.
        const before = i > 0 ? s.charCodeAt(i - 1) : -1;
        const after = i + 1 < n ? s.charCodeAt(i + 1) : -1;
        if (i === lineFirst || !((before === 32 || before === 9) && (after === 32 || after === 9))) {
          out += s.slice(last, i) + '\\';
          last = i;
        }
        break;
      }
      default:
        // `: always literal.
        out += s.slice(last, i) + '\\';
        last = i;
    }
    i++;
  }
  if (out === '' && last === 0) out = s;
  else out += s.slice(last);
  escapedLineStart = atStart;
  return out;
}

/**
 * Block-start constructs a line beginning with `c` (at index i) could open. Returns the index
 * before which a backslash must go, or -1.
 */
function lineStartEscape(s: string, i: number, c: number): number {
  switch (c) {
    case 35: {
      // ATX heading: 1–6 `#` then a space or the end of the line.
      let j = i;
      while (j < s.length && s.charCodeAt(j) === 35) j++;
      return j - i <= 6 && endsToken(s, j) ? i : -1;
    }
    case 62: // blockquote
      return i;
    case 43: // `+` bullet
      return endsToken(s, i + 1) ? i : -1;
    case 45: // `-` bullet, setext underline, thematic break, table delimiter row
      return endsToken(s, i + 1) || lineOnly(s, i, '-|:', 45) ? i : -1;
    case 61: // setext underline
      return lineOnly(s, i, '=', 61) ? i : -1;
    case 124:
    case 58: // table delimiter row starting with `|` or `:`
      return lineOnly(s, i, '-|:', 45) ? i : -1;
    case 126: {
      // tilde code fence (3 or more)
      let j = i;
      while (j < s.length && s.charCodeAt(j) === 126) j++;
      return j - i >= 3 ? i : -1;
    }
    default:
      if (c >= 48 && c <= 57) {
        // ordered list marker: up to 9 digits then `.` or `)` then a space or the end
        let j = i;
        while (j < s.length && j - i < 10 && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
        if (j - i > 9 || j >= s.length) return -1;
        const d = s.charCodeAt(j);
        if ((d === 46 || d === 41) && endsToken(s, j + 1)) return j;
      }
      return -1;
  }
}

/** A footnote label GitHub, micromark and markdown-it all accept: no whitespace or brackets. */
export function footnoteLabel(label: string): string {
  let out = '';
  for (const ch of label) {
    const c = ch.codePointAt(0)!;
    if (c <= 32 || c === 127 || ch === '[' || ch === ']' || ch === '\\' || ch === '^' || ch === '`' || ch === '|' || (c >= 0x80 && /\s/u.test(ch))) out += '_';
    else out += ch;
  }
  return out === '' ? '_' : out.slice(0, 200);
}

/** Longest run of character `ch` in s. */
export function longestRun(s: string, ch: number): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) === ch) {
      if (++run > best) best = run;
    } else run = 0;
  }
  return best;
}
