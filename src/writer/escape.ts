/**
 * Escaping plain text so that GitHub (and any CommonMark/GFM reader) shows it verbatim, while
 * leaving ordinary text — CJK above all — untouched. One pass over the string with charCodeAt;
 * the common case (no special character) copies the input unchanged. Link and image
 * destinations are encoded by destination.ts.
 */
import { classAt, classBefore, isUnicodeSpace, L, mayBeLeftFlanking, mayBeRightFlanking, W } from './chars.js';
import { isSpaceOrTab, lineStartEscape, lineStartHeldByEnd } from './line-start.js';

/** Text lives on one line (headings, table cells): newlines become spaces. */
export const F_LINE = 1;
/** Inside a GFM pipe table: `|` must be escaped. */
export const F_TABLE = 2;
/** Inside link text or image alt: a `]` that closes no bare `[` must be escaped. */
export const F_LABEL = 4;
/**
 * Inside a strong/emphasis span whose opener is still pending: a `*` run that can close must be
 * escaped, as it would close the span.
 */
export const F_IN_SPAN = 8;
/**
 * Another node follows the text (inline-join.ts looks at it): a line-start marker that the end of
 * the text completes (`3.`, `-`, `#`) is left bare and its escape position reported in
 * escapedHeldAt, for the joiner to decide.
 */
export const F_OPEN_END = 16;
/**
 * The text is all of its inline scope (a whole paragraph, heading, table cell, link text or
 * image alt): a delimiter that occurs only once in it has nothing to pair with.
 */
export const F_SCOPE = 32;

/**
 * With F_SCOPE: the run s[i..j) is the only occurrence of its character in s, so it can pair with
 * no other run (emphasis, strikethrough, maths all need two).
 */
function onlyRun(s: string, i: number, j: number, flags: number): boolean {
  if ((flags & F_SCOPE) === 0) return false;
  const ch = s[i]!;
  return s.indexOf(ch) === i && s.lastIndexOf(ch) === j - 1;
}

// Characters that may need attention anywhere in a line (a 0/1 table over ASCII).
const SPECIAL = new Uint8Array(128);
for (const ch of '\\`*_[]<&~$|\n\r') SPECIAL[ch.charCodeAt(0)] = 1;
/** The same set as a search (global: each use sets lastIndex and reads it right away). */
const SPECIAL_RE = /[\\`*_[\]<&~$|\n\r]/g;

/**
 * Where the `]` closing a `[` (at i) stands when no parser can read the pair as the start of a
 * link, image or footnote; -1 otherwise. The pair must close in this text with no bracket,
 * backslash or line break inside (one pair may nest directly: `[[x]]`, whose outer label holds
 * brackets and so can match no reference), and the `]` not be followed by `(`: an inline link.
 * A following `[` is harmless: `[a][b]` is a full reference only if `b` is defined, and we
 * define nothing but footnotes, whose labels markdown-it, micromark and cmark-gfm keep apart
 * from link references. `[a]:` defines a reference only first on a line (`lineFirst`), where
 * `[ ]`, `[x]` and `[X]` are also task-list boxes. At the end of the text the next node decides:
 * inline-join.ts escapes a `(` that would follow a bare `]`. `[^` is a footnote call.
 */
function bracketClose(s: string, i: number, lineFirst: boolean): number {
  const n = s.length;
  // `![x]` is an image, `^[x]` an inline footnote (markdown-it-footnote, pandoc).
  if (i > 0 && (s.charCodeAt(i - 1) === 33 || s.charCodeAt(i - 1) === 94)) return -1;
  let j = i + 1;
  const nested = j < n && s.charCodeAt(j) === 91;
  if (nested) j++;
  if (j < n && s.charCodeAt(j) === 94) return -1;
  const start = j;
  for (; j < n; j++) {
    const c = s.charCodeAt(j);
    if (c === 93) break;
    if (c === 91 || c === 92 || c === 10 || c === 13) return -1;
  }
  if (j >= n) return -1;
  if (nested) {
    if (j + 1 >= n || s.charCodeAt(j + 1) !== 93) return -1;
    j++;
  }
  const next = j + 1 < n ? s.charCodeAt(j + 1) : -1;
  if (next === 40) return -1;
  if (lineFirst) {
    // At the end of the text the next node could bring the `:`.
    if (next === 58 || next < 0) return -1;
    const box = j - start === 1 && !nested ? s.charCodeAt(start) : -1;
    if (box === 32 || box === 9 || box === 120 || box === 88) return -1;
  }
  return j;
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
/**
 * With F_OPEN_END: where in the output of the last escapeString call a backslash must go if the
 * node that follows does not rule out the line-start marker that ends the text; -1 when none.
 */
export let escapedHeldAt = -1;
/** How many `*` runs the last escapeString call met (escaped or not). */
export let escapedStarRuns = 0;
/**
 * When that is one run, escaped, and not first on a line: where its first backslash stands in the
 * output (each `*` of the run has one); else -1.
 */
export let escapedStarAt = -1;
/** How many `$` the last escapeString call met; where the backslash of the first stands, if escaped and alone. */
export let escapedDollars = 0;
export let escapedDollarAt = -1;

/** escapeText without the result object (hot paths): the line-start flag is left in escapedLineStart. */
export function escapeString(s: string, flags: number, lineStart: boolean): string {
  const n = s.length;
  const single = (flags & F_LINE) !== 0;
  let out = '';
  let last = 0; // start of the not yet copied part of s
  let atStart = lineStart && !single;
  let lineFirst = -1; // index of the first character of the current line, when the text starts it
  let lastDollar = -2; // s.lastIndexOf('$'), looked up once at the first `$` before a space
  let pairEnd = -1; // index of the `]` closing the last `[` left bare
  let pairEnd2 = -1; // and of the `]` closing the one before, when it encloses that pair
  let heldAt = -1;
  let starRuns = 0;
  let starAt = -1;
  let dollars = 0;
  let dollarAt = -1;
  let continuation = false; // the current line continues a paragraph begun on an earlier line
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
      const esc = lineStartEscape(s, i, c, continuation);
      if (esc >= 0 && lineStartHeldByEnd() && (flags & F_OPEN_END) !== 0) {
        // Only the end of the text completes the marker: the next node decides (inline-join.ts).
        // Nothing is inserted between `last` and esc, so this is where the backslash would go.
        heldAt = out.length + (esc - last);
      } else if (esc >= 0) {
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
        // Something stood on the line before (else this newline would have been dropped): the
        // next line continues a paragraph.
        continuation = true;
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
        // Intraword underscores (letters on both sides) can neither open nor close emphasis; nor
        // can the only `_` of a scope, except first on a line (`___` is a rule there).
        if ((classBefore(s, i) !== L || classAt(s, i + 1) !== L) && (i === lineFirst || !onlyRun(s, i, i + 1, flags))) {
          out += s.slice(last, i) + '\\';
          last = i;
        }
        break;
      }
      case 91:
        // `[` stays bare when it cannot open anything (bracketClose). Its `]` then stays bare
        // too, even in link text, where brackets are allowed when they pair up (`[[1]](url)`).
        if (pairEnd > i) pairEnd2 = pairEnd; // the outer `]` of `[[x]]`
        pairEnd = bracketClose(s, i, i === lineFirst);
        if (pairEnd < 0) {
          out += s.slice(last, i) + '\\';
          last = i;
        }
        break;
      case 93:
        // Outside link text a `]` closing no `[` is literal; inside it would end the text.
        if (flags & F_LABEL && i !== pairEnd && i !== pairEnd2) {
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
        const inert = (i > 0 && j < n && classBefore(s, i) === W && classAt(s, j) === W) || onlyRun(s, i, j, flags);
        if (!inert) {
          out += s.slice(last, i) + escapedRun(s, i, j);
          last = j;
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
        // The only `$` of a whole paragraph or heading has no partner: no maths. (Not in link
        // text, which maths, like code, may cross; not in table cells, in case a reader looks
        // for maths across the row.)
        const alone = (flags & (F_SCOPE | F_LABEL | F_TABLE)) === F_SCOPE && s.indexOf('$') === i && s.lastIndexOf('$') === i;
        if (dollars++ === 0) dollarAt = -1;
        if (!alone && (!beforeSpace || i < lastDollar)) {
          if (dollars === 1) dollarAt = out.length + (i - last);
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
        // A `*` run is left bare when it can open no emphasis under any reading of the
        // flanking rules (chars.ts) and either closes none either (`S * S`) or, outside a
        // pending span, can only close: nothing before it can open then, as every other `*`
        // we print bare is a span delimiter already paired or this kind of run. Link text and
        // table cells are scopes of their own. First on its line (the leading spaces before it
        // are dropped) it would start a list item or a rule, and at the text's edges the
        // neighbour is unknown: escaped there.
        let j = i + 1;
        while (j < n && s.charCodeAt(j) === 42) j++;
        // The only `*` run of a whole scope pairs with nothing either.
        let bare = i !== lineFirst && onlyRun(s, i, j, flags);
        if (!bare && i > 0 && j < n && i !== lineFirst) {
          const before = classBefore(s, i);
          const after = classAt(s, j);
          bare = !mayBeLeftFlanking(before, after) && ((flags & F_IN_SPAN) === 0 || !mayBeRightFlanking(before, after));
        }
        // Reported for inline.ts, which sees the whole scope: a run escaped here may turn out to
        // be the only one there.
        if (starRuns++ === 0 && !bare && i !== lineFirst) starAt = out.length + (i - last);
        if (!bare) {
          out += s.slice(last, i) + escapedRun(s, i, j);
          last = j;
        }
        i = j;
        continue;
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
  escapedHeldAt = heldAt;
  escapedStarRuns = starRuns;
  escapedStarAt = starRuns === 1 ? starAt : -1;
  escapedDollars = dollars;
  escapedDollarAt = dollars === 1 ? dollarAt : -1;
  return out;
}

/** The run s[i..j) of one delimiter character with a backslash before each (`\\*\\*`). */
function escapedRun(s: string, i: number, j: number): string {
  return ('\\' + s[i]!).repeat(j - i);
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
