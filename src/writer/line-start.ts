/**
 * Block-start constructs a line of escaped text could open (headings, quotes, bullets, ordered
 * markers, setext underlines, thematic breaks, table delimiter rows, tilde fences): which
 * character needs a backslash so that the line stays a paragraph line. Split from escape.ts,
 * whose single pass calls lineStartEscape at every line start.
 */
import { codeAt } from '../engine/strings.js';

export function isSpaceOrTab(c: number): boolean {
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
    const c = codeAt(s, j);
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
    const c = codeAt(s, j);
    if (c === must) seen = true;
    else if (!isSpaceOrTab(c) && set.indexOf(s[j]!) < 0) return false;
  }
  return seen;
}

/** The digits s[i..j) are the number 1 (`1`, `01`, …). */
function isOne(s: string, i: number, j: number): boolean {
  for (let k = i; k < j - 1; k++) if (codeAt(s, k) !== 48) return false;
  return s.charCodeAt(j - 1) === 49;
}

/** Set by lineStartEscape: the escape it asked for is needed only because the text ends there. */
let heldByEnd = false;

/**
 * Block-start constructs a line beginning with `c` (at index i) could open. Returns the index
 * before which a backslash must go, or -1; sets heldByEnd when the construct is only complete
 * because the text ends right after it (`3.`, `-`, `#`, `---` last in the text): a following
 * node that starts with a character no such construct allows (inline-join.ts) keeps it plain.
 */
export function lineStartEscape(s: string, i: number, c: number, continuation: boolean): number {
  const n = s.length;
  heldByEnd = false;
  switch (c) {
    case 35: {
      // ATX heading: 1–6 `#` then a space or the end of the line.
      let j = i;
      while (j < n && codeAt(s, j) === 35) j++;
      if (j - i > 6 || !endsToken(s, j)) return -1;
      heldByEnd = j === n;
      return i;
    }
    case 62: // blockquote
      return i;
    case 43: // `+` bullet
      if (!endsToken(s, i + 1)) return -1;
      heldByEnd = i + 1 === n;
      return i;
    case 45: // `-` bullet, setext underline, thematic break, table delimiter row
      if (i + 1 < n && endsToken(s, i + 1)) return i;
      if (i + 1 < n && !lineOnly(s, i, '-|:', 45)) return -1;
      heldByEnd = lineEnd(s, i) === n;
      return i;
    case 61: // setext underline
      if (!lineOnly(s, i, '=', 61)) return -1;
      heldByEnd = lineEnd(s, i) === n;
      return i;
    case 124:
    case 58: // table delimiter row starting with `|` or `:`
      if (!lineOnly(s, i, '-|:', 45)) return -1;
      heldByEnd = lineEnd(s, i) === n;
      return i;
    case 126: {
      // tilde code fence (3 or more)
      let j = i;
      while (j < n && codeAt(s, j) === 126) j++;
      return j - i >= 3 ? i : -1;
    }
    default:
      if (c >= 48 && c <= 57) {
        // ordered list marker: up to 9 digits then `.` or `)` then a space or the end
        let j = i;
        while (j < n && j - i < 10 && codeAt(s, j) >= 48 && codeAt(s, j) <= 57) j++;
        if (j - i > 9 || j >= n) return -1;
        const d = s.charCodeAt(j);
        // On a paragraph's continuation line only a list starting at 1 may interrupt it.
        if (continuation && !isOne(s, i, j)) return -1;
        if ((d === 46 || d === 41) && endsToken(s, j + 1)) {
          heldByEnd = j + 1 === n;
          return j;
        }
      }
      return -1;
  }
}

/** Whether the last lineStartEscape's construct was complete only because the text ended there. */
export function lineStartHeldByEnd(): boolean {
  return heldByEnd;
}
