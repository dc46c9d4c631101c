/**
 * Closing the runs a block parser keeps open across lines: the pending paragraph text, the
 * pending preformatted lines and the open list. A run is closed by the line that cannot continue
 * it (blank line, heading, table, block tag …); only then are its lines scanned for inline
 * content, so a paragraph's lines are parsed as one text the way MediaWiki joins them.
 */
import type { Inline } from '../ast/nodes.js';
import type { BlockState } from './block-state.js';
import { Mode, runScanner } from './inline.js';
import { recordMetaLinks } from './metalines.js';
import { displayMath } from './inline-flatten.js';
import { isType } from './node-type.js';
import { inlineToBlocks } from './paragraphs.js';
import { isWhitespaceString, type InlineOut } from './state.js';

/**
 * Scan the pending paragraph text and place its blocks. `keepQuotesOpen`: the text stops at a
 * block tag in mid-line, so its bold/italic stay open for the rest of the line (quotes.ts).
 */
export function closePara(b: BlockState, keepQuotesOpen = false): void {
  const para = b.para;
  if (para.length === 0) return;
  let nodes: InlineOut[];
  // Inside an unclosed `<pre>` (htmlblocks.ts) the lines keep their breaks.
  const mode = b.top.tag === 'pre' ? Mode.Pre : Mode.Para;
  // Lines that follow each other in the text are parsed in place (no joined copy).
  let contiguous = true;
  for (let i = 2; i < para.length; i += 2) {
    if (para[i] !== para[i - 1]! + 1 || b.src.charCodeAt(para[i - 1]!) !== 10) {
      contiguous = false;
      break;
    }
  }
  const made = b.st.specialNodes();
  b.quotes.midLine = keepQuotesOpen;
  if (contiguous) {
    nodes = b.inline(para[0]!, para[para.length - 1]!, mode);
  } else {
    const parts: string[] = [];
    for (let i = 0; i < para.length; i += 2) parts.push(b.src.slice(para[i]!, para[i + 1]!));
    const text = parts.join('\n');
    nodes = runScanner(text, 0, text.length, b.st, { mode, inLink: false }, null, b.carry, b.quotesFor(mode));
  }
  b.quotes.midLine = false;
  b.para.length = 0;
  // A paragraph at the page's top level is judged by the top-level tracker (plain-blocks.ts):
  // only nested ones need a mark of their own.
  const topLevel = b.plain !== null && b.frames.length === 1;
  for (const block of inlineToBlocks(nodes, topLevel ? null : b.st.plainSince(made))) b.emit(block);
  recordPendingMeta(b);
}

export function closePre(b: BlockState): void {
  const pre = b.pre;
  if (pre.length === 0) return;
  const parts: string[] = [];
  for (let i = 0; i < pre.length; i += 2) parts.push(b.src.slice(pre[i]!, pre[i + 1]!));
  b.pre = [];
  const text = parts.join('\n').trimEnd();
  const nodes = runScanner(text, 0, text.length, b.st, { mode: Mode.Pre, inLink: false }, null, b.carry);
  let run: Inline[] = [];
  for (const n of nodes) {
    if (isType(n, 'blocks')) {
      if (n.blocks.length === 1 && isType(n.blocks[0]!, 'mathBlock')) {
        // Display maths stays in the indented block's line: the block is one `<pre>` element,
        // which the variant converter treats as a whole (transform.ts).
        run.push(displayMath(n.blocks[0]));
        continue;
      }
      emitPreformatted(b, run);
      run = [];
      for (const block of n.blocks) b.emit(block);
    } else run.push(n);
  }
  emitPreformatted(b, run);
  recordPendingMeta(b);
}

/** `run` as a preformatted block unless it is all whitespace (a module function, not a per-call arrow: see pushParagraph in paragraphs.ts). */
function emitPreformatted(b: BlockState, run: Inline[]): void {
  for (const n of run) {
    if (n.type !== 'text' || !isWhitespaceString(n.value)) {
      b.emit({ type: 'preformatted', children: run });
      return;
    }
  }
}

export function closeList(b: BlockState): void {
  if (b.list) {
    b.list.close();
    b.list = null;
    if (b.plain) b.plain.listsClosed();
  }
}

/** Close every open run, before a block that stands on its own (heading, table, rule, block tag). */
export function flushAll(b: BlockState): void {
  closePara(b);
  closePre(b);
  closeList(b);
}

/** Category links held back while a paragraph was pending: recorded after the paragraph's own links. */
function recordPendingMeta(b: BlockState): void {
  if (b.pendingMeta) {
    recordMetaLinks(b.st.ctx.meta, b.pendingMeta);
    b.pendingMeta = null;
  }
}
