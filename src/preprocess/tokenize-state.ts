/**
 * The tokenizer's state, shared by the scanner loop (tokenize.ts) and the rules for each construct
 * (tokenize-brackets.ts, tokenize-tags.ts, tokenize-comments.ts): the input and read position, the
 * stack of open pieces, the part text is going into, and flags derived from the top of the stack.
 * One class with fixed fields, so every rule sees the same object shape (a monomorphic hot path).
 */
import { EXTENSION_TAGS } from '../ast/html.js';
import { STOP_ALWAYS, STOP_DASH, STOP_EQ, STOP_PIPE, STOP_RBRACE, STOP_RBRACKET } from './tokenize-chars.js';
import { addSrc, appendNodes, breakSyntax, newPart, nodesOf, Open, type Part, type Piece } from './tokenize-parts.js';
import type { PPNode, TokenizeOptions } from './tree.js';

const DEFAULT_EXTENSION_TAGS: ReadonlySet<string> = new Set(
  [...EXTENSION_TAGS].filter((t) => t !== 'noinclude' && t !== 'includeonly' && t !== 'onlyinclude'),
);

// Include-control tags dropped per mode (Preprocessor_Hash: ignoredTags / ignoredElements).
const IGNORED_TAGS_FOR_INCLUSION: ReadonlySet<string> = new Set(['includeonly', '/includeonly']);
const IGNORED_TAGS_FOR_VIEW: ReadonlySet<string> = new Set(['noinclude', '/noinclude', 'onlyinclude', '/onlyinclude']);

/**
 * A grammar rule, called when the literal scan stops at its character (`c`, at `st.pos`). It
 * consumes what it recognises and advances `st.pos` past it, or changes the state so that the
 * character is read differently next time (a newline first closes an open heading piece).
 */
export type TokenRule = (st: TokenizerState, c: number) => void;

export class TokenizerState {
  readonly text: string;
  readonly len: number;
  /** `-{ … }-` is a bracket pair (languages with variants). */
  readonly variants: boolean;
  readonly extTags: ReadonlySet<string>;
  /** Include-control tags dropped as `ignore` nodes in this mode. */
  readonly ignoredTags: ReadonlySet<string>;
  /** The include-control element dropped whole with its content in this mode. */
  readonly ignoredElement: string;
  /** Only `<onlyinclude>` sections count (transclusion of a text that has a complete pair). */
  readonly enableOnlyinclude: boolean;

  /** Read position in `text`. */
  pos = 0;
  readonly root: Part = newPart();
  readonly stack: Piece[] = [];
  top: Piece | null = null;
  /** The part text and nodes currently go into. */
  accum: Part = this.root;

  // Flags derived from the top of the stack.
  findPipe = false;
  findEquals = false;
  inHeading = false;
  /** STOP_* bits of the characters the literal scan must stop at now. */
  scanMask: number;

  /** No `>` after some position: no later `<` can start a tag (keeps tag search linear). */
  noMoreGT = false;
  /** Tag names with no closing tag after some position (keeps the closing-tag search linear). */
  readonly noMoreClosingTag = new Set<string>();
  /** Skipping text up to the next `<onlyinclude>`. */
  findOnlyinclude: boolean;
  /** Read the next position as a line start without a newline before it (start, or after a comment line). */
  fakeLineStart = true;

  constructor(text: string, opts: TokenizeOptions) {
    this.text = text;
    this.len = text.length;
    this.variants = opts.variantBrackets;
    this.extTags = opts.extensionTags ?? DEFAULT_EXTENSION_TAGS;
    const forInclusion = opts.forInclusion;
    this.ignoredTags = forInclusion ? IGNORED_TAGS_FOR_INCLUSION : IGNORED_TAGS_FOR_VIEW;
    this.ignoredElement = forInclusion ? 'noinclude' : 'includeonly';
    this.enableOnlyinclude = forInclusion && text.includes('<onlyinclude>') && text.includes('</onlyinclude>');
    this.findOnlyinclude = this.enableOnlyinclude;
    this.scanMask = this.baseMask();
  }

  /** Re-read the top of the stack after a push or pop. */
  refreshFlags(): void {
    const stack = this.stack;
    const top = stack.length > 0 ? stack[stack.length - 1]! : null;
    this.top = top;
    this.accum = top ? top.parts[top.parts.length - 1]! : this.root;
    if (!top) {
      this.findPipe = this.findEquals = this.inHeading = false;
    } else {
      this.findPipe = top.open !== Open.Heading && top.open !== Open.Bracket;
      this.findEquals = this.findPipe && top.parts.length > 1 && this.accum.eq < 0;
      this.inHeading = top.open === Open.Heading;
    }
    this.recomputeMask();
  }

  /** Re-derive the scan mask from the top piece and the pipe/equals flags. */
  recomputeMask(): void {
    let m = this.baseMask();
    const top = this.top;
    if (top) {
      if (top.open === Open.Brace) m |= STOP_RBRACE;
      else if (top.open === Open.Variant) m |= STOP_RBRACE | STOP_DASH;
      else if (top.open === Open.Bracket) m |= STOP_RBRACKET;
    }
    if (this.findPipe) m |= STOP_PIPE;
    if (this.findEquals) m |= STOP_EQ;
    this.scanMask = m;
  }

  private baseMask(): number {
    return STOP_ALWAYS | (this.variants ? STOP_DASH : 0);
  }

  push(piece: Piece): void {
    this.stack.push(piece);
    this.refreshFlags();
  }

  pop(): Piece {
    const piece = this.stack.pop()!;
    this.refreshFlags();
    return piece;
  }

  /** Source [s, e) goes into the current part as text. */
  takeSource(s: number, e: number): void {
    addSrc(this.accum, this.text, s, e);
  }

  /** The character at the read position is plain text. */
  takeLiteralChar(): void {
    addSrc(this.accum, this.text, this.pos, this.pos + 1);
    this.pos++;
  }

  /** The finished tree: whatever is still open is text again, bottom of the stack first. */
  finish(): PPNode[] {
    for (const piece of this.stack) appendNodes(this.root, breakSyntax(piece).nodes);
    return nodesOf(this.root);
  }
}
