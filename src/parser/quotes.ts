/**
 * Bold and italic from apostrophe runs, line by line, with MediaWiki's doQuotes rules:
 * - a run of 4 is one apostrophe of text plus `'''`; a run of more than 5 is text except the last 5;
 * - if a line has an odd number of both bold and italic runs, one `'''` is read as an apostrophe
 *   plus `''`: the first one after a single-letter word, else the first after a multi-letter word,
 *   else the first after a space;
 * - `'''''` opens both, the order decided by what closes first;
 * - whatever is open at the end of the line is closed there.
 * Apostrophe runs become OpenB/CloseB/OpenI/CloseI/Both tokens (and text); other tokens pass.
 */
import { K, textTok, tok, type Tok } from './tokens.js';

/** Bold/italic open, outermost first. */
export type QuotesOpen = '' | 'b' | 'i' | 'bi' | 'ib';

/** QuoteCarry.split when no line split at block tags is being resolved: each line counts its own runs. */
export const NO_LINE = -2;

/**
 * Quote formatting of a line that the block parser split at a block-level tag (block-html.ts
 * textLine): MediaWiki resolves the whole line's apostrophes before HTML meets the tag, and HTML
 * then reopens the open `<b>`/`<i>` inside the block and after it. So a run that stops at such a
 * tag (`midLine`, set by block-runs.ts closePara) leaves its bold/italic open (`open`) and the
 * next run of the line starts with them open; the line's last run closes them.
 * A table cell or caption is a formatting scope in HTML: what opens inside it ends with it, so
 * block-html.ts restores `open` when such a frame opened on this line closes.
 */
export interface QuoteCarry {
  open: QuotesOpen;
  midLine: boolean;
  /** Start offset of the line being split at block tags (block-html.ts: which line a cell frame opened on). */
  line: number;
  /**
   * The odd/odd rule decided over the whole line (countLineQuotes): the ordinal among the line's
   * apostrophe runs of the `'''` read as an apostrophe plus `''`, -1 for none, NO_LINE when unset.
   */
  split: number;
  /** Apostrophe runs of the line resolved so far, in the runs before the current one. */
  runs: number;
}

export function newQuoteCarry(): QuoteCarry {
  return { open: '', midLine: false, line: -1, split: NO_LINE, runs: 0 };
}

/**
 * Apply doQuotes' odd/odd rule to the whole line [s, e) of `src` before it is split at block tags:
 * count its apostrophe runs the way the inline scanner will meet them (not inside tags, nor in
 * `[[…]]` links, whose labels are resolved on their own) and record which `'''` is split.
 * One char-code pass; the search for a link's end runs forward only.
 */
export function countLineQuotes(carry: QuoteCarry, src: string, s: number, e: number): void {
  let runs = 0;
  let numBold = 0;
  let numItalics = 0;
  let firstSingle = -1;
  let firstMulti = -1;
  let firstSpace = -1;
  let linksClose = true;
  for (let i = s; i < e; i++) {
    const c = src.charCodeAt(i);
    if (c === 91 && linksClose && src.charCodeAt(i + 1) === 91) {
      const close = src.indexOf(']]', i + 2);
      // No ']]' on this line: none for a later '[[' of it either (each search stays forward).
      if (close < 0 || close >= e) linksClose = false;
      else i = close + 1;
      continue;
    }
    if (c === 60) {
      const d = src.charCodeAt(i + 1) | 32;
      if ((d >= 97 && d <= 122) || d === 47) {
        let gt = i + 2;
        while (gt < e && src.charCodeAt(gt) !== 62 && src.charCodeAt(gt) !== 60) gt++;
        if (gt < e && src.charCodeAt(gt) === 62) i = gt;
      }
      continue;
    }
    if (c !== 39) continue;
    let q = i + 1;
    while (q < e && src.charCodeAt(q) === 39) q++;
    const n = q - i;
    if (n >= 2) {
      const len = n === 4 ? 3 : n > 5 ? 5 : n;
      numItalics += ITALIC_RUN[len]!;
      numBold += BOLD_RUN[len]!;
      if (len === 3 && firstSingle < 0) {
        const at = q - 3; // where the bold run starts (a run of 4 leaves one apostrophe before it)
        const kind = splitKind(at - 1 >= s ? src.charCodeAt(at - 1) : -1, at - 2 >= s ? src.charCodeAt(at - 2) : -1);
        if (kind === SINGLE) firstSingle = runs;
        else if (kind === MULTI) {
          if (firstMulti < 0) firstMulti = runs;
        } else if (firstSpace < 0) firstSpace = runs;
      }
      runs++;
    }
    i = q - 1;
  }
  carry.runs = 0;
  carry.split = numBold % 2 === 1 && numItalics % 2 === 1 ? (firstSingle >= 0 ? firstSingle : firstMulti >= 0 ? firstMulti : firstSpace) : -1;
}

const SPACE = 0;
const SINGLE = 1;
const MULTI = 2;

/**
 * What stands before a `'''` for the odd/odd rule, from its last two characters (-1: none): a
 * space, a single-letter word, or else a multi-letter word. PHP compares bytes: a multi-byte
 * letter after the space never counts as a single letter.
 */
function splitKind(x1: number, x2: number): number {
  if (x1 === 32) return SPACE;
  if (x2 === 32 && x1 < 0x80) return SINGLE;
  return MULTI;
}

export function resolveQuotes(toks: Tok[], carry: QuoteCarry | null): Tok[] {
  const startState = carry === null ? '' : carry.open;
  let hasQuote = false;
  for (const t of toks) {
    if (t.k === K.Quote) {
      hasQuote = true;
      break;
    }
  }
  if (!hasQuote && startState === '') return toks;
  const out: Tok[] = [];
  let lineStart = 0;
  let left: QuotesOpen = '';
  for (let i = 0; i <= toks.length; i++) {
    if (i === toks.length || toks[i]!.k === K.Newline) {
      const last = i === toks.length;
      // The range's last line is the piece of a line split at block tags, if any (block-html.ts).
      const line = last && carry !== null && carry.split !== NO_LINE ? carry : null;
      left = resolveLine(toks, lineStart, i, out, lineStart === 0 ? startState : '', last && carry !== null && carry.midLine, line);
      if (!last) out.push(toks[i]!);
      lineStart = i + 1;
    }
  }
  if (carry !== null) carry.open = left;
  return out;
}

/** Open `state`'s formatting at the start of a line's tokens, after its leading white space. */
function reopen(toks: Tok[], start: number, end: number, out: Tok[], state: QuotesOpen): number {
  const first = start < end ? toks[start]! : null;
  const lead = first !== null && first.k === K.Text ? first.s.length - first.s.trimStart().length : 0;
  if (lead > 0) out.push(textTok(first!.s.slice(0, lead)));
  for (let j = 0; j < state.length; j++) out.push(tok(state.charCodeAt(j) === 98 ? K.OpenB : K.OpenI));
  if (lead === 0) return start;
  if (lead < first!.s.length) out.push(textTok(first!.s.slice(lead)));
  return start + 1;
}

/** Last two characters of the text standing before quote token `q` (MediaWiki looks at bytes; see below). */
function textBefore(toks: Tok[], lineStart: number, q: number): string {
  const prefix = toks[q]!.s; // apostrophes moved to text by the 4/5+ rules
  if (prefix.length >= 2) return prefix;
  const prev = q > lineStart ? toks[q - 1]! : null;
  if (!prev) return prefix;
  if (prev.k === K.Text) return prev.s.slice(-2) + prefix;
  // An external link's label frame carries the source characters before the label.
  if (prev.k === K.Open && prev.s !== '') return prev.s + prefix;
  // A link or tag before the run: MediaWiki sees the end of an HTML tag ('>').
  return '>' + prefix;
}

/**
 * `'''''` opens bold and italics in an order known only once one of them closes: the resolver
 * emits two Both placeholders and turns them into the two opens here (left as Both they open
 * nothing). The tree builder thus meets only OpenB/OpenI; a Both case of its own, first met on
 * some later page, deoptimised buildInline (docs/mirror-measurements.md, JIT warm-up).
 */
function opensBoth(first: Tok, second: Tok, a: K.OpenB | K.OpenI, b: K.OpenB | K.OpenI): void {
  first.k = a;
  second.k = b;
}

/*
 * Whether a run (now 2, 3 or 5 apostrophes) counts as italic, bold or both, by table: as an
 * if-chain, the compare only a `'''''` reaches had no type feedback until some later page, and
 * resolveLine was deoptimised there (docs/mirror-measurements.md, JIT warm-up).
 */
const ITALIC_RUN = new Uint8Array([0, 0, 1, 0, 0, 1]);
const BOLD_RUN = new Uint8Array([0, 0, 0, 1, 0, 1]);

/**
 * Resolve one line's runs, starting with `initial` open (carried from the run before a block tag
 * on the same line). Returns what is left open when `keepOpen` (the run stops at a block tag),
 * else closes it all and returns ''. `line`: the tokens are a piece of a line split at block
 * tags, whose odd/odd split was decided over the whole line (countLineQuotes).
 */
function resolveLine(
  toks: Tok[],
  start: number,
  end: number,
  out: Tok[],
  initial: QuotesOpen,
  keepOpen: boolean,
  line: QuoteCarry | null,
): QuotesOpen {
  let numBold = 0;
  let numItalics = 0;
  let any = false;
  for (let i = start; i < end; i++) {
    const t = toks[i]!;
    if (t.k !== K.Quote) continue;
    any = true;
    if (t.n === 4) {
      t.s = "'";
      t.n = 3;
    } else if (t.n > 5) {
      t.s = "'".repeat(t.n - 5);
      t.n = 5;
    } else {
      t.s = '';
    }
    numItalics += ITALIC_RUN[t.n]!;
    numBold += BOLD_RUN[t.n]!;
    if (line !== null && line.runs++ === line.split && t.n === 3) {
      t.s += "'";
      t.n = 2;
    }
  }
  if (!any && initial === '') {
    for (let i = start; i < end; i++) out.push(toks[i]!);
    return '';
  }

  if (line === null && numBold % 2 === 1 && numItalics % 2 === 1) {
    let firstSingle = -1;
    let firstMulti = -1;
    let firstSpace = -1;
    for (let i = start; i < end; i++) {
      const t = toks[i]!;
      if (t.k !== K.Quote || t.n !== 3) continue;
      const before = textBefore(toks, start, i);
      const kind = splitKind(before.length >= 1 ? before.charCodeAt(before.length - 1) : -1, before.length >= 2 ? before.charCodeAt(before.length - 2) : -1);
      if (kind === SINGLE) {
        firstSingle = i;
        break;
      }
      if (kind === MULTI) {
        if (firstMulti < 0) firstMulti = i;
      } else if (firstSpace < 0) firstSpace = i;
    }
    const pick = firstSingle >= 0 ? firstSingle : firstMulti >= 0 ? firstMulti : firstSpace;
    if (pick >= 0) {
      const t = toks[pick]!;
      t.s += "'";
      t.n = 2;
    }
  }

  let state: QuotesOpen | 'both' = initial;
  let both: Tok | null = null;
  let both2: Tok | null = null;
  let bothAt = 0;
  const from = initial === '' ? start : reopen(toks, start, end, out, initial);
  for (let i = from; i < end; i++) {
    const t = toks[i]!;
    if (t.k !== K.Quote) {
      out.push(t);
      continue;
    }
    if (t.s !== '') out.push(textTok(t.s));
    const len = t.n;
    if (len === 2) {
      if (state === 'i') {
        out.push(tok(K.CloseI));
        state = '';
      } else if (state === 'bi') {
        out.push(tok(K.CloseI));
        state = 'b';
      } else if (state === 'ib') {
        out.push(tok(K.CloseB), tok(K.CloseI), tok(K.OpenB));
        state = 'b';
      } else if (state === 'both') {
        opensBoth(both!, both2!, K.OpenB, K.OpenI);
        out.push(tok(K.CloseI));
        state = 'b';
      } else {
        out.push(tok(K.OpenI));
        state = state === 'b' ? 'bi' : 'i';
      }
    } else if (len === 3) {
      if (state === 'b') {
        out.push(tok(K.CloseB));
        state = '';
      } else if (state === 'bi') {
        out.push(tok(K.CloseI), tok(K.CloseB), tok(K.OpenI));
        state = 'i';
      } else if (state === 'ib') {
        out.push(tok(K.CloseB));
        state = 'i';
      } else if (state === 'both') {
        opensBoth(both!, both2!, K.OpenI, K.OpenB);
        out.push(tok(K.CloseB));
        state = 'i';
      } else {
        out.push(tok(K.OpenB));
        state = state === 'i' ? 'ib' : 'b';
      }
    } else {
      if (state === 'b') {
        out.push(tok(K.CloseB), tok(K.OpenI));
        state = 'i';
      } else if (state === 'i') {
        out.push(tok(K.CloseI), tok(K.OpenB));
        state = 'b';
      } else if (state === 'bi') {
        out.push(tok(K.CloseI), tok(K.CloseB));
        state = '';
      } else if (state === 'ib') {
        out.push(tok(K.CloseB), tok(K.CloseI));
        state = '';
      } else if (state === 'both') {
        opensBoth(both!, both2!, K.OpenI, K.OpenB);
        out.push(tok(K.CloseB), tok(K.CloseI));
        state = '';
      } else {
        both = tok(K.Both);
        both2 = tok(K.Both);
        out.push(both, both2);
        bothAt = out.length;
        state = 'both';
      }
    }
  }
  if (keepOpen) {
    if (state !== 'both') return state;
    // As at a line end, an undecided `'''''` opens bold outside italics.
    opensBoth(both!, both2!, K.OpenB, K.OpenI);
    return 'bi';
  }
  if (state === 'b' || state === 'ib') out.push(tok(K.CloseB));
  if (state === 'i' || state === 'bi' || state === 'ib') out.push(tok(K.CloseI));
  if (state === 'bi') out.push(tok(K.CloseB));
  if (state === 'both' && out.length > bothAt) {
    opensBoth(both!, both2!, K.OpenB, K.OpenI);
    out.push(tok(K.CloseI), tok(K.CloseB));
  }
  return '';
}
