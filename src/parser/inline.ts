/**
 * The inline scanner: one pass over a run of text (a paragraph, a heading, a list item, a link
 * label), character codes only, with the grammar as small rule functions in a table keyed by the
 * character that can start them (markdown-it style, in rules.ts). Plain text between rules is taken
 * as slices. Output is built flat (text and nodes) until a token needs more: apostrophe runs and
 * inline tags switch to tokens → resolveQuotes → buildInline.
 */
import type { Inline, Text } from '../ast/nodes.js';
import { endsAtLineJoin, markLineJoin } from '../ast/line-joins.js';
import { buildInline, type CarriedTag } from './build.js';
import { resolveQuotes, type QuoteCarry } from './quotes.js';
import { RULES, TRIGGERS } from './rules.js';
import { toInline } from './inline-flatten.js';
import { type InlineOut, MAX_NESTING, noteFlatScan, type State } from './state.js';
import { typeOf } from './node-type.js';
import { K, nodeTok, textTok, tok, type Tok } from './tokens.js';
import { codeAt } from '../engine/strings.js';

export const enum Mode {
  /** Paragraph text: newlines join lines (space, or nothing between CJK). */
  Para,
  /** Preformatted text: newlines stay. */
  Pre,
}

export interface InlineOptions {
  mode: Mode;
  /** Inside a link label: no nested links (their text is kept), no bare URLs or magic links. */
  inLink: boolean;
}

/** indexOf with a memo, so repeated failing searches for the same needle stay linear. */
export class Finder {
  private from = -1;
  private at = -1;
  constructor(private readonly needle: string) {}
  find(src: string, q: number): number {
    if (q >= this.from && (this.at < 0 || q <= this.at) && this.from >= 0) return this.at;
    this.from = q;
    this.at = src.indexOf(this.needle, q);
    return this.at;
  }
}

/**
 * The next character that can start an inline rule (see RULES), with the same memo as Finder:
 * the regular expression scans plain text in native code, several times faster than a loop of
 * charCodeAt, and a search that ran past the end of one run is reused by the next run.
 */
/** One global-flag copy shared by every finder: each search sets lastIndex and reads it right away. */
const TRIGGERS_G = new RegExp(TRIGGERS.source, 'g');

export class TriggerFinder {
  private from = -1;
  private at = -1;
  constructor(private readonly re: RegExp) {}
  find(src: string, q: number): number {
    if (q >= this.from && this.from >= 0 && (this.at < 0 || q <= this.at)) return this.at;
    const re = this.re;
    re.lastIndex = q;
    this.from = q;
    this.at = re.test(src) ? re.lastIndex - 1 : -1;
    return this.at;
  }
}

export interface Finders {
  lt: Finder; // <
  closeLink: Finder; // ]]
  openLink: Finder; // [[
  closeVariant: Finder; // }-
  closeBracket: Finder; // ]
  trigger: TriggerFinder;
}

export function newFinders(): Finders {
  return {
    lt: new Finder('<'),
    closeLink: new Finder(']]'),
    openLink: new Finder('[['),
    closeVariant: new Finder('}-'),
    closeBracket: new Finder(']'),
    trigger: new TriggerFinder(TRIGGERS_G),
  };
}

/** A rule gets the scanner and the position of its trigger character; it returns the position after what it consumed, or -1. */
export type InlineRule = (sc: Scanner, p: number) => number;

export class Scanner {
  readonly toks: Tok[] = [];
  private findersCache: Finders | null;
  /** Start of the pending raw text. */
  textStart: number;
  /** Decoded text pending before textStart (entities). */
  buf = '';

  constructor(
    readonly src: string,
    readonly start: number,
    readonly end: number,
    readonly st: State,
    readonly opts: InlineOptions,
    finders: Finders | null,
    /** Formatting tags open from the runs before (in and out), or null where nothing carries. */
    private readonly carry: CarriedTag[] | null,
    /** Quote formatting open from the run before on the same line (in and out), or null. */
    private readonly quotes: QuoteCarry | null,
  ) {
    this.textStart = start;
    this.findersCache = finders;
  }

  /** Memoised searches over `src`, created on first use and shared with sub-scanners. */
  get finders(): Finders {
    return (this.findersCache ??= newFinders());
  }

  /** `-{` position → position of its matching `}-` (or -1), computed once per run in one pass. */
  private variantPairs: Map<number, number> | null = null;

  variantClose(p: number): number {
    if (!this.variantPairs) {
      // Merge the sorted positions of `-{` and `}-`, matching them with a stack.
      const pairs = new Map<number, number>();
      const stack: number[] = [];
      const src = this.src;
      const end = this.end;
      let open = src.indexOf('-{', this.start);
      let close = src.indexOf('}-', this.start);
      for (;;) {
        const hasOpen = open >= 0 && open < end;
        const hasClose = close >= 0 && close < end;
        if (hasOpen && (!hasClose || open < close)) {
          stack.push(open);
          open = src.indexOf('-{', open + 2);
        } else if (hasClose) {
          const o = stack.pop();
          if (o !== undefined && close >= o + 2) pairs.set(o, close);
          close = src.indexOf('}-', close + 2);
        } else break;
      }
      this.variantPairs = pairs;
    }
    return this.variantPairs.get(p) ?? -1;
  }

  /**
   * Output while no token needs quote resolution or frames: nodes and text built directly
   * (most runs), without token objects. The first such token converts it to tokens.
   */
  private flatOut: InlineOut[] | null = [];
  private flatText = '';
  /** Last char code of the flat output, or -2 after a line break node, -3 after another node. */
  private flatLast = -1;

  /** Emit the pending text up to `p`. */
  flush(p: number): void {
    const s = p > this.textStart ? this.buf + this.src.slice(this.textStart, p) : this.buf;
    if (s !== '') this.pushText(s);
    this.buf = '';
    this.textStart = p;
  }

  push(t: Tok): void {
    switch (t.k) {
      case K.Node:
        this.pushNode(t.node!);
        return;
      case K.Text:
        this.pushText(t.s);
        return;
      case K.Newline:
        this.pushNewline(t.s, t.n === 1);
        return;
      default:
        if (this.flatOut) this.toTokens();
        this.toks.push(t);
    }
  }

  /** `afterJoin`: the text before ended at a line join (ast/line-joins.ts), so `s` starts a node of its own. */
  pushText(s: string, afterJoin = false): void {
    if (s === '') return;
    if (this.flatOut) {
      if (afterJoin) this.endAtJoin();
      this.flatText += s;
      this.flatLast = s.charCodeAt(s.length - 1);
    } else {
      const t = textTok(s);
      if (afterJoin) t.n = 1;
      this.toks.push(t);
    }
  }

  /** Flat mode: the text so far ends at a line join, a node of its own (markLineJoin). */
  private endAtJoin(): void {
    if (this.flatText === '') return;
    const node: Text = { type: 'text', value: this.flatText };
    this.flatOut!.push(node);
    this.flatText = '';
    markLineJoin(node);
  }

  pushNode(n: Inline): void {
    this.pushNodeOf(n, n.type === 'break');
  }

  /** pushNode for a node whose type the caller has read (`isBreak`: a line break node). */
  private pushNodeOf(n: Inline, isBreak: boolean): void {
    const out = this.flatOut;
    if (out) {
      if (this.flatText !== '') {
        out.push({ type: 'text', value: this.flatText });
        this.flatText = '';
      }
      out.push(n);
      this.flatLast = isBreak ? -2 : -3;
    } else this.toks.push(nodeTok(n));
  }

  /** Nodes made elsewhere (a template's output, a label's): each node's type is read once. */
  pushNodes(nodes: readonly Inline[]): void {
    const literal = this.st.literalTexts;
    // Only a wiki with variants marks line joins (rules.ts newlineRule).
    const joins = this.st.variants;
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i]!;
      const t = typeOf(n);
      // A text after one that ended at a line join (`{{nowrap|软\n件}}`) stays apart from it.
      if (t === 'text' && (literal === null || !literal.has(n as Text))) this.pushText((n as Text).value, joins && i > 0 && endsAtLineJoin(nodes[i - 1]!));
      else this.pushNodeOf(n, t === 'break');
    }
  }

  /**
   * A line break inside a paragraph: joined now in flat mode, or kept as a token for the quote
   * resolver. `boundary`: the text before and after it stay two text nodes (the variant converter
   * converts node by node: a word split across the break is no word, as on the wiki).
   */
  pushNewline(joiner: string, boundary = false): void {
    if (!this.flatOut) {
      this.toks.push(tok(K.Newline, joiner, boundary ? 1 : 0));
      return;
    }
    if (boundary) this.endAtJoin();
    const last = this.flatLast;
    if (last === -2 || joiner === '' || (last >= 0 && (last === 32 || last === 9 || last === 10 || last === 0xa0 || last === 0x3000))) return;
    this.flatText += joiner;
    this.flatLast = 32;
  }

  /** Switch from flat output to tokens (earlier lines hold no quotes, so their joins stay valid). */
  private toTokens(): void {
    const out = this.flatOut!;
    this.flatOut = null;
    let afterJoin = false;
    for (const n of out) {
      if (n.type === 'text') {
        const t = textTok(n.value);
        // Two flat texts in a row were cut at a line join (endAtJoin): the tree builder keeps them apart.
        if (afterJoin) t.n = 1;
        this.toks.push(t);
      } else this.toks.push(nodeTok(n as Inline));
      afterJoin = endsAtLineJoin(n);
    }
    if (this.flatText !== '') {
      const t = textTok(this.flatText);
      if (afterJoin) t.n = 1;
      this.toks.push(t);
    }
    this.flatText = '';
  }

  /** The finished output: flat nodes, or built from the tokens. */
  result(): InlineOut[] {
    const out = this.flatOut;
    const carry = this.carry;
    const quotes = this.quotes;
    if (out) {
      // Flat output holds no apostrophe runs, so only formatting opened before can make tokens needed.
      if ((carry === null || carry.length === 0) && (quotes === null || quotes.open === '')) {
        if (this.flatText !== '') out.push({ type: 'text', value: this.flatText });
        noteFlatScan(out);
        return out;
      }
      this.toTokens();
    }
    return buildInline(resolveQuotes(this.toks, quotes), carry);
  }

  /**
   * Scan a sub-range as link-label text and add its tokens to this run unresolved, so its
   * apostrophes pair with the line's (an external link's label: MediaWiki reads quotes before
   * it finds external links).
   */
  spliceLabel(start: number, end: number): void {
    const inner = new Scanner(this.src, start, end, this.st, { mode: this.opts.mode, inLink: true }, this.finders, null, null);
    inner.scan();
    if (inner.flatOut) inner.toTokens();
    for (const t of inner.toks) this.push(t);
  }

  /** Parse a sub-range as inline content of its own (link labels, captions). */
  sub(start: number, end: number, inLink: boolean): Inline[] {
    return toInline(runScanner(this.src, start, end, this.st, { mode: this.opts.mode, inLink }, this.finders));
  }

  scan(): void {
    const src = this.src;
    const end = this.end;
    const trigger = this.finders.trigger;
    let p = this.start;
    while (p < end) {
      p = trigger.find(src, p);
      if (p < 0 || p >= end) break;
      const next = RULES[codeAt(src, p)]!(this, p);
      if (next < 0) {
        p++;
      } else {
        p = next;
        this.textStart = next;
      }
    }
    this.flush(end);
  }
}

export function runScanner(
  src: string,
  start: number,
  end: number,
  st: State,
  opts: InlineOptions,
  finders?: Finders | null,
  carry: CarriedTag[] | null = null,
  quotes: QuoteCarry | null = null,
): InlineOut[] {
  if (st.depth > MAX_NESTING) return start < end ? [{ type: 'text', value: src.slice(start, end) }] : [];
  st.depth++;
  try {
    const sc = new Scanner(src, start, end, st, opts, finders ?? null, carry, quotes);
    sc.scan();
    return sc.result();
  } finally {
    st.depth--;
  }
}

/** Parse inline content; block escapes are flattened into inline content. */
export function parseInlineRange(src: string, start: number, end: number, st: State, opts: InlineOptions): Inline[] {
  return toInline(runScanner(src, start, end, st, opts));
}
