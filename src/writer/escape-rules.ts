/**
 * The per-character rules of escapeString (escape.ts), one small function each, dispatched
 * through one table: a rule is compiled on its own once it is hot, with the feedback of its own
 * branches. As cases of one big switch they made escapeString's optimised code meet branches it
 * had never run (a character first seen on some later page) and be thrown away and recompiled
 * about ten times per isolate (JIT warm-up, docs/mirror-measurements.md). Rules read and write the state of
 * the escapeString call in progress below (it calls no other escapeString: no reentry).
 */
import { classAt, classBefore, isUnicodeSpace, L, mayBeLeftFlanking, mayBeRightFlanking, W } from './chars.js';
import { codeAt } from '../engine/strings.js';

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
  if (i > 0 && (codeAt(s, i - 1) === 33 || codeAt(s, i - 1) === 94)) return -1;
  let j = i + 1;
  const nested = j < n && codeAt(s, j) === 91;
  if (nested) j++;
  if (j < n && codeAt(s, j) === 94) return -1;
  const start = j;
  for (; j < n; j++) {
    const c = codeAt(s, j);
    if (c === 93) break;
    if (c === 91 || c === 92 || c === 10 || c === 13) return -1;
  }
  if (j >= n) return -1;
  if (nested) {
    if (j + 1 >= n || codeAt(s, j + 1) !== 93) return -1;
    j++;
  }
  const next = j + 1 < n ? codeAt(s, j + 1) : -1;
  if (next === 40) return -1;
  if (lineFirst) {
    // At the end of the text the next node could bring the `:`.
    if (next === 58 || next < 0) return -1;
    const box = j - start === 1 && !nested ? codeAt(s, start) : -1;
    if (box === 32 || box === 9 || box === 120 || box === 88) return -1;
  }
  return j;
}

/** `&` followed by something a parser would decode as a character reference. */
export function looksLikeEntity(s: string, i: number): boolean {
  let j = i + 1;
  const n = s.length;
  if (j >= n) return false;
  let c = codeAt(s, j);
  if (c === 35) {
    // &#123; or &#x1F;
    j++;
    let hex = false;
    if (j < n && (codeAt(s, j) | 32) === 120) {
      hex = true;
      j++;
    }
    const start = j;
    while (j < n && j - start < 8) {
      c = codeAt(s, j);
      const digit = c >= 48 && c <= 57;
      const hexLetter = hex && ((c | 32) >= 97 && (c | 32) <= 102);
      if (!digit && !hexLetter) break;
      j++;
    }
    return j > start && j < n && codeAt(s, j) === 59;
  }
  const start = j;
  while (j < n && j - start < 40) {
    c = codeAt(s, j);
    const alnum = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
    if (!alnum) break;
    j++;
  }
  return j > start && j < n && codeAt(s, j) === 59;
}

/** The run s[i..j) of one delimiter character with a backslash before each (`\\*\\*`). */
function escapedRun(s: string, i: number, j: number): string {
  return ('\\' + s[i]!).repeat(j - i);
}

/** State of the escapeString call in progress (reset by beginEscape). */
export const st = {
  out: '',
  /** Start of the not yet copied part of s. */
  last: 0,
  flags: 0,
  /** Index of the first character of the current line, when the text starts it. */
  lineFirst: -1,
  /** s.lastIndexOf('$'), looked up once at the first `$` before a space. */
  lastDollar: -2,
  /** Index of the `]` closing the last `[` left bare, and of the one before when it encloses that pair. */
  pairEnd: -1,
  pairEnd2: -1,
  starRuns: 0,
  starAt: -1,
  dollars: 0,
  dollarAt: -1,
};

export function beginEscape(flags: number): void {
  st.out = '';
  st.last = 0;
  st.flags = flags;
  st.lineFirst = -1;
  st.lastDollar = -2;
  st.pairEnd = -1;
  st.pairEnd2 = -1;
  st.starRuns = 0;
  st.starAt = -1;
  st.dollars = 0;
  st.dollarAt = -1;
}

/** A backslash before s[i]. */
function escapeOne(s: string, i: number): void {
  st.out += s.slice(st.last, i) + '\\';
  st.last = i;
}

/** A rule: handles the special character at s[i] and returns where scanning resumes. */
type Rule = (s: string, i: number) => number;

function backslashRule(s: string, i: number): number {
  // A backslash escapes the next ASCII punctuation and makes a hard break before a newline;
  // it is kept bare only before a letter or digit (`C:\Users`), where it can do neither
  // even if a writer later trims what follows.
  const next = i + 1 < s.length ? codeAt(s, i + 1) : -1;
  const bare = next >= 128 ? !isUnicodeSpace(next) && next !== 0xfeff && next !== 0x2028 && next !== 0x2029 : (next >= 48 && next <= 57) || ((next | 32) >= 97 && (next | 32) <= 122);
  if (!bare) escapeOne(s, i);
  return i + 1;
}

function underscoreRule(s: string, i: number): number {
  // Intraword underscores (letters on both sides) can neither open nor close emphasis; nor
  // can the only `_` of a scope, except first on a line (`___` is a rule there).
  if ((classBefore(s, i) !== L || classAt(s, i + 1) !== L) && (i === st.lineFirst || !onlyRun(s, i, i + 1, st.flags))) escapeOne(s, i);
  return i + 1;
}

function openBracketRule(s: string, i: number): number {
  // `[` stays bare when it cannot open anything (bracketClose). Its `]` then stays bare
  // too, even in link text, where brackets are allowed when they pair up (`[[1]](url)`).
  if (st.pairEnd > i) st.pairEnd2 = st.pairEnd; // the outer `]` of `[[x]]`
  st.pairEnd = bracketClose(s, i, i === st.lineFirst);
  if (st.pairEnd < 0) escapeOne(s, i);
  return i + 1;
}

function closeBracketRule(s: string, i: number): number {
  // Outside link text a `]` closing no `[` is literal; inside it would end the text.
  if (st.flags & F_LABEL && i !== st.pairEnd && i !== st.pairEnd2) escapeOne(s, i);
  return i + 1;
}

function lessThanRule(s: string, i: number): number {
  // `<` starts a tag, comment or autolink only before a letter, `/`, `!` or `?`.
  const next = i + 1 < s.length ? codeAt(s, i + 1) : -1;
  if (next < 0 || next === 47 || next === 33 || next === 63 || ((next | 32) >= 97 && (next | 32) <= 122)) escapeOne(s, i);
  return i + 1;
}

function ampersandRule(s: string, i: number): number {
  if (looksLikeEntity(s, i)) escapeOne(s, i);
  return i + 1;
}

function tildeRule(s: string, i: number): number {
  // A tilde run strikes through (GFM, single or double) unless whitespace surrounds it.
  const n = s.length;
  let j = i;
  while (j < n && codeAt(s, j) === 126) j++;
  const inert = (i > 0 && j < n && classBefore(s, i) === W && classAt(s, j) === W) || onlyRun(s, i, j, st.flags);
  if (!inert) {
    st.out += s.slice(st.last, i) + escapedRun(s, i, j);
    st.last = j;
  }
  return j;
}

function dollarRule(s: string, i: number): number {
  // GitHub opens inline maths at a `$` followed by a non-space. remark-math (Docusaurus,
  // docs/publishing.md) opens at any `$` that a later `$` closes, and backslashes do not
  // escape inside maths: `$ \$` would be maths there. So a `$` before a space is escaped
  // too when another `$` follows in the text (`5 \$ or $ 6`); a lone `US$ 100` stays bare.
  const next = i + 1 < s.length ? codeAt(s, i + 1) : -1;
  const beforeSpace = next === 32 || next === 9 || next === 10 || next === 13;
  if (beforeSpace && st.lastDollar === -2) st.lastDollar = s.lastIndexOf('$');
  // The only `$` of a whole paragraph or heading has no partner: no maths. (Not in link
  // text, which maths, like code, may cross; not in table cells, in case a reader looks
  // for maths across the row.)
  const alone = (st.flags & (F_SCOPE | F_LABEL | F_TABLE)) === F_SCOPE && s.indexOf('$') === i && s.lastIndexOf('$') === i;
  if (st.dollars++ === 0) st.dollarAt = -1;
  if (!alone && (!beforeSpace || i < st.lastDollar)) {
    if (st.dollars === 1) st.dollarAt = st.out.length + (i - st.last);
    escapeOne(s, i);
  }
  return i + 1;
}

function pipeRule(s: string, i: number): number {
  if (st.flags & F_TABLE) escapeOne(s, i);
  return i + 1;
}

function starRule(s: string, i: number): number {
  // A `*` run is left bare when it can open no emphasis under any reading of the
  // flanking rules (chars.ts) and either closes none either (`S * S`) or, outside a
  // pending span, can only close: nothing before it can open then, as every other `*`
  // we print bare is a span delimiter already paired or this kind of run. Link text and
  // table cells are scopes of their own. First on its line (the leading spaces before it
  // are dropped) it would start a list item or a rule, and at the text's edges the
  // neighbour is unknown: escaped there.
  const n = s.length;
  const lineFirst = st.lineFirst;
  let j = i + 1;
  while (j < n && codeAt(s, j) === 42) j++;
  // The only `*` run of a whole scope pairs with nothing either.
  let bare = i !== lineFirst && onlyRun(s, i, j, st.flags);
  if (!bare && i > 0 && j < n && i !== lineFirst) {
    const before = classBefore(s, i);
    const after = classAt(s, j);
    bare = !mayBeLeftFlanking(before, after) && ((st.flags & F_IN_SPAN) === 0 || !mayBeRightFlanking(before, after));
  }
  // Reported for inline.ts, which sees the whole scope: a run escaped here may turn out to
  // be the only one there.
  if (st.starRuns++ === 0 && !bare && i !== lineFirst) st.starAt = st.out.length + (i - st.last);
  if (!bare) {
    st.out += s.slice(st.last, i) + escapedRun(s, i, j);
    st.last = j;
  }
  return j;
}

function alwaysRule(s: string, i: number): number {
  // `: always literal.
  escapeOne(s, i);
  return i + 1;
}

/** Rules by character code (ASCII; newlines are handled by escapeString itself). */
export const RULES: Rule[] = [];
for (let c = 0; c < 128; c++) RULES.push(alwaysRule);
RULES[92] = backslashRule;
RULES[95] = underscoreRule;
RULES[91] = openBracketRule;
RULES[93] = closeBracketRule;
RULES[60] = lessThanRule;
RULES[38] = ampersandRule;
RULES[126] = tildeRule;
RULES[36] = dollarRule;
RULES[124] = pipeRule;
RULES[42] = starRule;
