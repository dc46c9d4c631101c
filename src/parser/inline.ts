/**
 * The inline scanner: one pass over a run of text (a paragraph, a heading, a list item, a link
 * label), character codes only, with the grammar as small rule functions in a table keyed by the
 * character that can start them (markdown-it style). Plain text between rules is taken as slices.
 * Output: tokens → resolveQuotes → buildInline.
 */
import type { Block, Inline } from '../ast/nodes.js';
import { ALLOWED_BLOCK_TAGS, ALLOWED_INLINE_TAGS } from '../ast/html.js';
import { decodeEntities, namedEntity } from '../site/entities.js';
import { parseAttributes } from './attributes.js';
import { buildInline } from './build.js';
import { bareUrlRule, externalLinkRule, magicLinkRule } from './extlinks.js';
import { internalLinkRule } from './links.js';
import { markerRule } from './markers.js';
import { resolveQuotes } from './quotes.js';
import { type InlineOut, isCjkCode, MAX_NESTING, type State } from './state.js';
import { matchSwitch } from './switches.js';
import { K, nodeTok, tagTok, textTok, tok, type Tok } from './tokens.js';

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

export interface Finders {
  lt: Finder; // <
  closeLink: Finder; // ]]
  openLink: Finder; // [[
  closeVariant: Finder; // }-
  closeBracket: Finder; // ]
}

export function newFinders(): Finders {
  return { lt: new Finder('<'), closeLink: new Finder(']]'), openLink: new Finder('[['), closeVariant: new Finder('}-'), closeBracket: new Finder(']') };
}

/** A rule gets the scanner and the position of its trigger character; it returns the position after what it consumed, or -1. */
export type InlineRule = (sc: Scanner, p: number) => number;

export class Scanner {
  readonly toks: Tok[] = [];
  /** Set when a token needs the quote resolver or the frame builder (else a flat fast path). */
  complex = false;
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
        this.pushNewline(t.s);
        return;
      default:
        if (this.flatOut) this.toTokens();
        this.complex = true;
        this.toks.push(t);
    }
  }

  pushText(s: string): void {
    if (s === '') return;
    if (this.flatOut) {
      this.flatText += s;
      this.flatLast = s.charCodeAt(s.length - 1);
    } else this.toks.push(textTok(s));
  }

  pushNode(n: Inline): void {
    const out = this.flatOut;
    if (out) {
      if (this.flatText !== '') {
        out.push({ type: 'text', value: this.flatText });
        this.flatText = '';
      }
      out.push(n);
      this.flatLast = n.type === 'break' ? -2 : -3;
    } else this.toks.push(nodeTok(n));
  }

  pushNodes(nodes: readonly Inline[]): void {
    for (const n of nodes) {
      if (n.type === 'text') this.pushText(n.value);
      else this.pushNode(n);
    }
  }

  /** A line break inside a paragraph: joined now in flat mode, or kept as a token for the quote resolver. */
  pushNewline(joiner: string): void {
    if (!this.flatOut) {
      this.toks.push(tok(K.Newline, joiner));
      return;
    }
    const last = this.flatLast;
    if (last === -2 || joiner === '' || (last >= 0 && (last === 32 || last === 9 || last === 10 || last === 0xa0 || last === 0x3000))) return;
    this.flatText += joiner;
    this.flatLast = 32;
  }

  /** Switch from flat output to tokens (earlier lines hold no quotes, so their joins stay valid). */
  private toTokens(): void {
    const out = this.flatOut!;
    this.flatOut = null;
    for (const n of out) this.toks.push(n.type === 'text' ? textTok(n.value) : nodeTok(n as Inline));
    if (this.flatText !== '') this.toks.push(textTok(this.flatText));
    this.flatText = '';
  }

  /** The finished output: flat nodes, or built from the tokens. */
  result(): InlineOut[] {
    const out = this.flatOut;
    if (out) {
      if (this.flatText !== '') out.push({ type: 'text', value: this.flatText });
      return out;
    }
    return buildInline(resolveQuotes(this.toks));
  }

  /** Parse a sub-range as inline content of its own (link labels, captions). */
  sub(start: number, end: number, inLink: boolean): Inline[] {
    return toInline(runScanner(this.src, start, end, this.st, { mode: this.opts.mode, inLink }, this.finders));
  }

  scan(): void {
    const src = this.src;
    const end = this.end;
    let p = this.start;
    while (p < end) {
      const c = src.charCodeAt(p);
      if (c >= 128) {
        p++;
        continue;
      }
      const rule = RULES[c];
      if (rule === undefined) {
        p++;
        continue;
      }
      const next = rule(this, p);
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

export function runScanner(src: string, start: number, end: number, st: State, opts: InlineOptions, finders?: Finders | null): InlineOut[] {
  if (st.depth > MAX_NESTING) return start < end ? [{ type: 'text', value: src.slice(start, end) }] : [];
  st.depth++;
  try {
    const sc = new Scanner(src, start, end, st, opts, finders ?? null);
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

/** Blocks where only inline content fits: paragraphs and headings give their content, lists their items' text. */
export function blocksToInline(blocks: readonly Block[]): Inline[] {
  const out: Inline[] = [];
  const sep = (): void => {
    if (out.length > 0) out.push({ type: 'text', value: ' ' });
  };
  for (const b of blocks) {
    switch (b.type) {
      case 'paragraph':
      case 'heading':
      case 'preformatted':
        sep();
        out.push(...b.children);
        break;
      case 'list':
        for (const item of b.items) {
          sep();
          out.push(...blocksToInline(item.children));
        }
        break;
      case 'definitionList':
        for (const item of b.items) {
          sep();
          out.push(...(item.type === 'definitionTerm' ? item.children : blocksToInline(item.children)));
        }
        break;
      case 'blockquote':
      case 'htmlBlock':
        sep();
        out.push(...blocksToInline(b.children));
        break;
      case 'codeBlock':
        sep();
        out.push({ type: 'inlineCode', value: b.value });
        break;
      case 'mathBlock':
        sep();
        out.push({ type: 'math', value: b.value, display: true, chem: b.chem });
        break;
      default:
        break;
    }
  }
  return out;
}

export function toInline(nodes: readonly InlineOut[]): Inline[] {
  let hasBlocks = false;
  for (const n of nodes) if (n.type === 'blocks') hasBlocks = true;
  if (!hasBlocks) return nodes as Inline[];
  const out: Inline[] = [];
  for (const n of nodes) {
    if (n.type === 'blocks') out.push(...blocksToInline(n.blocks));
    else out.push(n);
  }
  return out;
}

// ───────────────────────────── rules ─────────────────────────────

const apostropheRule: InlineRule = (sc, p) => {
  const src = sc.src;
  let q = p + 1;
  while (q < sc.end && src.charCodeAt(q) === 39) q++;
  if (q - p < 2) return -1;
  sc.flush(p);
  sc.push(tok(K.Quote, '', q - p));
  return q;
};

const newlineRule: InlineRule = (sc, p) => {
  if (sc.opts.mode === Mode.Pre) return -1;
  sc.flush(p);
  sc.pushNewline(sc.st.cjk && joinsWithoutSpace(sc.src, p, sc.start, sc.end) ? '' : ' ');
  return p + 1;
};

/** Whether the line break at `p` stands between two CJK characters (markup around it ignored). */
function joinsWithoutSpace(src: string, p: number, start: number, end: number): boolean {
  let a = p - 1;
  while (a >= start && a > p - 8) {
    const c = src.charCodeAt(a);
    if (c === 93 || c === 39 || c === 125 || c === 62 || c === 32) a--;
    else break;
  }
  let b = p + 1;
  while (b < end && b < p + 8) {
    const c = src.charCodeAt(b);
    if (c === 91 || c === 39 || c === 123 || c === 60) b++;
    else break;
  }
  return a >= start && b < end && isCjkCode(src.charCodeAt(a)) && isCjkCode(src.charCodeAt(b));
}

/** `&name;`, `&#123;`, `&#x1F;` → the character, read by hand (entities are frequent: &nbsp;). */
const entityRule: InlineRule = (sc, p) => {
  const src = sc.src;
  const end = sc.end;
  let q = p + 1;
  let decoded: string | null = null;
  if (src.charCodeAt(q) === 35) {
    q++;
    const hex = (src.charCodeAt(q) | 0x20) === 120;
    if (hex) q++;
    const from = q;
    let cp = 0;
    while (q < end && q - from < 8) {
      const c = src.charCodeAt(q);
      const d = c >= 48 && c <= 57 ? c - 48 : hex && (c | 0x20) >= 97 && (c | 0x20) <= 102 ? (c | 0x20) - 87 : -1;
      if (d < 0) break;
      cp = cp * (hex ? 16 : 10) + d;
      q++;
    }
    if (q === from || src.charCodeAt(q) !== 59) return -1;
    const raw = src.slice(p, q + 1);
    decoded = decodeEntities(raw);
    if (decoded === raw) return -1; // rejected code point: stays as written
  } else {
    const from = q;
    while (q < end && q - from < 32) {
      const c = src.charCodeAt(q);
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (q > from && c >= 48 && c <= 57)) q++;
      else break;
    }
    if (q === from || src.charCodeAt(q) !== 59) return -1;
    decoded = namedEntity(src.slice(from, q));
    if (decoded === null) return -1;
  }
  sc.buf += src.slice(sc.textStart, p) + decoded;
  return q + 1;
};

const underscoreRule: InlineRule = (sc, p) => {
  const m = matchSwitch(sc.src, p, sc.end);
  if (!m) return -1;
  sc.flush(p);
  sc.st.addSwitch(m.name);
  return m.end;
};

/** `-{ … }-`: language-conversion markup, kept raw (nesting respected). */
const variantRule: InlineRule = (sc, p) => {
  const src = sc.src;
  if (src.charCodeAt(p + 1) !== 123) return -1;
  const close = sc.variantClose(p);
  sc.flush(p);
  if (close < 0) return p + 2; // unclosed: drop the opening characters so no raw `-{` reaches the output
  sc.pushNode({ type: 'variant', raw: src.slice(p + 2, close) });
  return close + 2;
};

/** Inline HTML: allowed tags become open/close tokens, `<br>` a break; others are literal text. */
const tagRule: InlineRule = (sc, p) => {
  const src = sc.src;
  const end = sc.end;
  let q = p + 1;
  const closing = src.charCodeAt(q) === 47;
  if (closing) q++;
  const nameStart = q;
  let c = src.charCodeAt(q);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return -1;
  while (q < end) {
    c = src.charCodeAt(q);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) q++;
    else break;
  }
  if (q >= end) return -1;
  c = src.charCodeAt(q);
  if (!(c === 62 || c === 47 || c === 32 || c === 9 || c === 10 || c === 13)) return -1;
  const name = src.slice(nameStart, q).toLowerCase();
  const inline = ALLOWED_INLINE_TAGS.has(name);
  if (!inline && !ALLOWED_BLOCK_TAGS.has(name)) return -1;
  // The tag ends at the first '>' with no '<' before it.
  let gt = q;
  while (gt < end) {
    const d = src.charCodeAt(gt);
    if (d === 62 || d === 60) break;
    gt++;
  }
  if (gt >= end || src.charCodeAt(gt) !== 62) return -1;
  const selfClosing = src.charCodeAt(gt - 1) === 47;
  sc.flush(p);
  const after = gt + 1;
  if (name === 'br') {
    sc.pushNode({ type: 'break' });
    return after;
  }
  if (name === 'wbr' || !inline) return after; // block tags reaching inline content: keep the content only
  if (selfClosing) return after;
  if (closing) sc.push(tagTok(K.Close, name, null));
  else sc.push(tagTok(K.Open, name, parseAttributes(src.slice(q, selfClosing ? gt - 1 : gt))));
  return after;
};

export const RULES: Array<InlineRule | undefined> = new Array(128).fill(undefined);
RULES[39] = apostropheRule; // '
RULES[10] = newlineRule;
RULES[38] = entityRule; // &
RULES[95] = underscoreRule; // _
RULES[45] = variantRule; // -
RULES[60] = tagRule; // <
RULES[91] = (sc, p) => (sc.src.charCodeAt(p + 1) === 91 ? internalLinkRule(sc, p) : externalLinkRule(sc, p)); // [
RULES[58] = bareUrlRule; // :
RULES[73] = magicLinkRule; // I(SBN)
RULES[82] = magicLinkRule; // R(FC)
RULES[80] = magicLinkRule; // P(MID)
RULES[127] = markerRule;
