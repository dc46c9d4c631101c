/**
 * Escaping plain text so that GitHub (and any CommonMark/GFM reader) shows it verbatim, while
 * leaving ordinary text — CJK above all — untouched. One pass over the string with codeAt;
 * the common case (no special character) copies the input unchanged. Link and image
 * destinations are encoded by destination.ts.
 */
import { beginEscape, F_LINE, F_OPEN_END, RULES, st } from './escape-rules.js';
import { isSpaceOrTab, lineStartEscape, lineStartHeldByEnd } from './line-start.js';
import { codeAt } from '../engine/strings.js';

export { F_IN_SPAN, F_LABEL, F_LINE, F_OPEN_END, F_SCOPE, F_TABLE, looksLikeEntity } from './escape-rules.js';

// Characters that may need attention anywhere in a line (a 0/1 table over ASCII).
const SPECIAL = new Uint8Array(128);
for (const ch of '\\`*_[]<&~$|\n\r') SPECIAL[ch.charCodeAt(0)] = 1;
/** The same set as a search (global: each use sets lastIndex and reads it right away). */
const SPECIAL_RE = /[\\`*_[\]<&~$|\n\r]/g;

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
  beginEscape(flags);
  // The copy of the output and its copied-up-to index live in st (shared with the rules).
  let atStart = lineStart && !single;
  let heldAt = -1;
  let continuation = false; // the current line continues a paragraph begun on an earlier line
  let i = 0;
  while (i < n) {
    const c = codeAt(s, i);
    if (atStart) {
      if (c === 32 || c === 9 || c === 10 || c === 13) {
        // Leading spaces would indent (4 = code block); empty lines would end the paragraph.
        st.out += s.slice(st.last, i);
        st.last = ++i;
        continue;
      }
      atStart = false;
      st.lineFirst = i;
      const esc = lineStartEscape(s, i, c, continuation);
      if (esc >= 0 && lineStartHeldByEnd() && (flags & F_OPEN_END) !== 0) {
        // Only the end of the text completes the marker: the next node decides (inline-join.ts).
        // Nothing is inserted between `last` and esc, so this is where the backslash would go.
        heldAt = st.out.length + (esc - st.last);
      } else if (esc >= 0) {
        st.out += s.slice(st.last, esc) + '\\';
        st.last = esc;
        if (c === 126) {
          // A tilde fence: escape every tilde of the run.
          let j = esc + 1;
          while (j < n && codeAt(s, j) === 126) {
            st.out += s.slice(st.last, j) + '\\';
            st.last = j;
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
    if (c !== 10 && c !== 13) {
      i = RULES[c]!(s, i);
      continue;
    }
    if (single) {
      st.out += s.slice(st.last, i) + ' ';
      if (c === 13 && i + 1 < n && s.charCodeAt(i + 1) === 10) i++;
      st.last = ++i;
      continue;
    }
    // Drop trailing spaces (two of them make a hard break), then start a new line.
    let j = i;
    while (j > st.last && isSpaceOrTab(codeAt(s, j - 1))) j--;
    st.out += s.slice(st.last, j) + '\n';
    if (c === 13 && i + 1 < n && s.charCodeAt(i + 1) === 10) i++;
    st.last = ++i;
    atStart = true;
    // Something stood on the line before (else this newline would have been dropped): the
    // next line continues a paragraph.
    continuation = true;
  }
  let out = st.out;
  if (out === '' && st.last === 0) out = s;
  else out += s.slice(st.last);
  st.out = ''; // do not keep the page's text alive
  escapedLineStart = atStart;
  escapedHeldAt = heldAt;
  escapedStarRuns = st.starRuns;
  escapedStarAt = st.starRuns === 1 ? st.starAt : -1;
  escapedDollars = st.dollars;
  escapedDollarAt = st.dollars === 1 ? st.dollarAt : -1;
  return out;
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
    if (codeAt(s, i) === ch) {
      if (++run > best) best = run;
    } else run = 0;
  }
  return best;
}
