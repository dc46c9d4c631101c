/**
 * The block parser's state for one text: the open HTML container frames, the pending paragraph
 * and preformatted lines, the open list, and MediaWiki's inBlockElem flag. Every block rule
 * (blocks.ts and the block-*.ts modules) takes this record and changes it; the class holds only
 * the few operations that keep its own invariants (placing a block in the open frame while the
 * plain-block tracker follows the top level, running the inline scanner over its text).
 *
 * All fields are set in the constructor in one order, so every instance has one shape and the
 * rules' property reads stay monomorphic.
 */
import type { Block } from '../ast/nodes.js';
import { type CarriedTag, newCarry } from './build.js';
import { type Finders, type InlineOptions, Mode, newFinders, runScanner } from './inline.js';
import type { ListBuilder } from './lists.js';
import type { MetaLink } from './metalines.js';
import type { PlainBlockTracker } from './plain-blocks.js';
import { newQuoteCarry, type QuoteCarry, type QuotesOpen } from './quotes.js';
import type { InlineOut, State } from './state.js';

const PARA: InlineOptions = { mode: Mode.Para, inLink: false };
const PRE: InlineOptions = { mode: Mode.Pre, inLink: false };

/** An open block-level HTML container (`<div>`, `<blockquote>`, `<li>` …) and the blocks made inside it. */
export interface Frame {
  tag: string;
  attrs: Record<string, string>;
  children: Block[];
  /** The special-node count its content is judged from (plain-blocks.ts). */
  start?: number;
  /**
   * For a table cell or caption: the bold/italic open when it opened (quotes.ts QuoteCarry) and
   * the line it opened on; '' and -1 for other frames (one hidden class for all).
   */
  quotesBefore: QuotesOpen;
  quotesLine: number;
}

export class BlockState {
  /** Open containers; frames[0] is the document itself (tag ''). */
  readonly frames: Frame[];
  /** The innermost open frame: where blocks are placed. */
  top: Frame;
  /** Pending paragraph text as [start, end) pairs. */
  para: number[] = [];
  /** Pending preformatted lines as [start, end) pairs (leading space removed). */
  pre: number[] = [];
  /** Links of category-only lines met while a paragraph was pending: recorded after its links, in source order. */
  pendingMeta: MetaLink[] | null = null;
  list: ListBuilder | null = null;
  /** Blank lines before this offset were looked past already (blocks.ts blanksBeforeMetaLink). */
  blankRunEnd = 0;
  /** MediaWiki's inBlockElem: after a line opening a block tag, no preformatted lines. */
  inBlockElem = false;
  /** HTML formatting tags left open by the inline runs so far (build.ts CARRIED): they run on. */
  readonly carry: CarriedTag[] = newCarry();
  /** Bold/italic from apostrophes left open where a paragraph run stopped at a block tag in mid-line. */
  readonly quotes: QuoteCarry = newQuoteCarry();
  /** Memoised searches over this text, shared by all its inline runs (made on first use). */
  private finderCache: Finders | null = null;

  constructor(
    readonly src: string,
    readonly st: State,
    /** The page's top level only, to note which blocks hold no dropped or footnote node. */
    readonly plain: PlainBlockTracker | null = null,
  ) {
    // `start` too, unused here, so that the document and the HTML container frames (block-html.ts)
    // share one hidden class: emit's `top.children` stays monomorphic when a page opens its first
    // <div> (it was deoptimised there, "wrong map"; docs/mirror-measurements.md, JIT warm-up).
    this.top = { tag: '', attrs: {}, children: [], start: 0, quotesBefore: '', quotesLine: -1 };
    this.frames = [this.top];
  }

  get finders(): Finders {
    return (this.finderCache ??= newFinders());
  }

  /** Place a complete block in the innermost open frame. */
  emit(block: Block): void {
    this.top.children.push(block);
    if (this.plain && this.frames.length === 1) this.plain.placed(block);
  }

  /** A list placed at its first line; its items follow in later lines. */
  emitList(block: Block): void {
    this.top.children.push(block);
    if (this.plain && this.frames.length === 1) this.plain.listOpened(block);
  }

  /** Inline nodes of [s, e) of the text, scanned in place. */
  inline(s: number, e: number, mode: Mode): InlineOut[] {
    if (s >= e) return [];
    return runScanner(this.src, s, e, this.st, mode === Mode.Para ? PARA : PRE, this.finders, this.carry, this.quotesFor(mode));
  }

  /** The quote carry for a run in `mode`: preformatted text carries no bold/italic across block tags. */
  quotesFor(mode: Mode): QuoteCarry | null {
    return mode === Mode.Para ? this.quotes : null;
  }

  /** Whether [s, e) may hold a tag: a '<' before e (memoised search, so lines stay linear). */
  mayHoldTag(s: number, e: number): boolean {
    const lt = this.finders.lt.find(this.src, s);
    return lt >= 0 && lt < e;
  }
}
