/**
 * Block-level HTML tags in the line flow (div, center, blockquote, p, h1–h6, table, ul/ol/li,
 * dl …): a text line is split at them, an opening tag pushes a container frame that collects the
 * blocks after it, a closing tag pops back to its frame, and MediaWiki's inBlockElem flag (no
 * preformatted lines after a line opening a block tag) follows the tags seen.
 */
import type { Block } from '../ast/nodes.js';
import { parseAttributes } from './attributes.js';
import type { BlockState, Frame } from './block-state.js';
import { closePara, closePre, flushAll } from './block-runs.js';
import { CLOSE_MATCH, findBlockTag, OPEN_MATCH, type TagMatch } from './blocktags.js';
import { htmlFrameToBlock } from './htmlblocks.js';
import { countLineQuotes, NO_LINE } from './quotes.js';
import { isWhitespaceString } from './state.js';

/**
 * Block tags that start a formatting scope in HTML's tree builder (a marker in the list of active
 * formatting elements): bold/italic opened inside end with them. Of the scoping elements
 * (also applet, marquee, object, template) only these split lines here.
 */
const FORMATTING_SCOPES = new Set(['td', 'th', 'caption']);

/** Deepest nesting of block HTML containers; deeper opening tags are ignored. */
const MAX_FRAMES = 50;

/** Paragraph text, split at block-level tags. */
export function textLine(b: BlockState, s: number, e: number): void {
  closePre(b);
  const src = b.src;
  if (!b.mayHoldTag(s, e)) {
    b.para.push(s, e);
    return;
  }
  let q = s;
  let sawTag = false;
  b.quotes.line = s;
  for (;;) {
    const tag = findBlockTag(src, q, e);
    if (!tag) break;
    const before = tag.start > q && !isWhitespaceString(src, q, tag.start);
    if (!sawTag) {
      // MediaWiki's paragraph pass closes the open paragraph before a line holding a block tag, so
      // the text before the tag does not join the lines above (pWrapping.txt "Multiple lines
      // without block tags": 'b\nx <div>foo</div>' shows 'x' on a line of its own). With no text
      // before the tag, the lines above are closed here all the same.
      if (updateInBlockElem(b, s, e) || !before) closePara(b);
      // MediaWiki applies doQuotes to the whole line: its odd/odd rule too. Set after the lines
      // before are closed, for the pieces of this line only.
      countLineQuotes(b.quotes, src, s, e);
    }
    sawTag = true;
    if (before) b.para.push(q, tag.start);
    // Text cut off at the tag keeps its line's bold/italic open for the text after (quotes.ts).
    closePara(b, before);
    blockTag(b, tag);
    q = tag.end;
  }
  if (q < e && !(sawTag && isWhitespaceString(src, q, e))) b.para.push(q, e);
  if (sawTag) {
    closePara(b);
    // The line ends here: what its apostrophes opened ends with it, run or not.
    b.quotes.open = '';
    b.quotes.split = NO_LINE;
  }
}

/** Whether a line with a leading space stays text: inside a block element or a blockquote. */
export function preBlocked(b: BlockState): boolean {
  return b.inBlockElem || b.st.quotedTables > 0 || inBlockquote(b);
}

/** Whether a `<blockquote>` frame is open. */
export function inBlockquote(b: BlockState): boolean {
  for (const f of b.frames) if (f.tag === 'blockquote') return true;
  return false;
}

/** Close the frames still open at the end of the text. */
export function closeAllFrames(b: BlockState): void {
  while (b.frames.length > 1) popFrame(b);
}

/**
 * Update inBlockElem the way doBlockLevels does for a line holding block tags; true when the
 * line has a tag of its open or close set (the pass then closes the paragraph first).
 */
function updateInBlockElem(b: BlockState, s: number, e: number): boolean {
  const src = b.src;
  let open = false;
  let close = false;
  for (let q = s; ; ) {
    const t = findBlockTag(src, q, e);
    if (!t) break;
    const key = (t.closing ? '/' : '') + t.name;
    if (OPEN_MATCH.has(key)) open = true;
    if (CLOSE_MATCH.has(key)) close = true;
    q = t.end;
  }
  if (open || close) b.inBlockElem = !close;
  return open || close;
}

function blockTag(b: BlockState, tag: TagMatch): void {
  const name = tag.name;
  if (name === 'p') return; // a paragraph boundary, already made
  flushAll(b);
  if (name === 'hr') {
    if (!tag.closing) b.emit({ type: 'thematicBreak' });
    return;
  }
  if (tag.closing) {
    closeFrame(b, name);
    return;
  }
  if (tag.selfClosing || b.frames.length > MAX_FRAMES) return;
  // Implicit ends, as HTML has them.
  const topTag = b.top.tag;
  if (name === 'li' && topTag === 'li') popFrame(b);
  else if ((name === 'dt' || name === 'dd') && (topTag === 'dt' || topTag === 'dd')) popFrame(b);
  else if (name === 'td' || name === 'th') {
    if (topTag === 'td' || topTag === 'th') popFrame(b);
  } else if (name === 'tr') {
    if (b.top.tag === 'td' || b.top.tag === 'th') popFrame(b);
    if (b.top.tag === 'tr') popFrame(b);
  }
  const scope = FORMATTING_SCOPES.has(name);
  const frame: Frame = {
    tag: name,
    attrs: parseAttributes(tag.attrs),
    children: [],
    start: b.plain ? b.plain.start : 0,
    quotesBefore: scope ? b.quotes.open : '',
    quotesLine: scope ? b.quotes.line : -1,
  };
  b.frames.push(frame);
  b.top = frame;
}

function closeFrame(b: BlockState, name: string): void {
  let at = -1;
  for (let i = b.frames.length - 1; i > 0; i--) {
    if (b.frames[i]!.tag === name) {
      at = i;
      break;
    }
  }
  if (at < 0) return; // stray closing tag: dropped
  while (b.frames.length > at) popFrame(b);
}

function popFrame(b: BlockState): void {
  const frame = b.frames.pop()!;
  b.top = b.frames[b.frames.length - 1]!;
  // Bold/italic opened inside a cell end with it (HTML's marker in the active formatting list);
  // what was open before it runs on. A cell opened on an earlier line: that line closed its own.
  if (frame.quotesLine >= 0) b.quotes.open = frame.quotesLine === b.quotes.line ? frame.quotesBefore : '';
  const fostered: Block[] = [];
  const block = htmlFrameToBlock(frame, fostered);
  for (const f of fostered) b.top.children.push(f);
  if (block) b.top.children.push(block);
  if (b.plain && b.frames.length === 1) {
    // Fostered blocks and the container hold content made while the container was open.
    for (const f of fostered) b.plain.placed(f, frame.start);
    if (block) b.plain.placed(block, frame.start);
  }
}
