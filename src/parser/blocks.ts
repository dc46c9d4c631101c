/**
 * The block parser: line by line, the way MediaWiki's handleTables / handleHeadings / doBlockLevels
 * see the text. Tables first (a line starting with `{|` after optional `:` and spaces), then
 * headings, `----`, list lines (`*#:;`), blank lines, preformatted lines (leading space, unless
 * blocked), category-only lines (removed), and paragraph text. Block-level HTML tags (div,
 * center, blockquote, p, h1–h6, table, ul/ol/li, dl …) open and close container frames; the
 * blocks in between become their children.
 *
 * Layout: the parser's state is one BlockState record (block-state.ts); each construct's rule is
 * a function taking it — tables (block-tables.ts), lists (block-lists.ts), HTML containers and
 * text lines (block-html.ts), multi-line file captions (block-captions.ts), closing pending
 * paragraph / preformatted / list runs (block-runs.ts). This file holds the line loop and the
 * dispatch on a line's first character code, with the one-line rules (heading, `----`,
 * preformatted, category-only line) beside it. The dispatch is a chain of direct calls, not a
 * table of rule functions: it runs once per line, and direct calls keep every call site
 * monomorphic and inlinable.
 */
import type { Block, Heading } from '../ast/nodes.js';
import { fileLinkSpan } from './block-captions.js';
import { closeAllFrames, preBlocked, textLine } from './block-html.js';
import { isListMark, listLine } from './block-lists.js';
import { closeList, closePara, closePre, flushAll } from './block-runs.js';
import { BlockState } from './block-state.js';
import { orphanRows, tableLine } from './block-tables.js';
import { findBlockTag, matchHeading } from './blocktags.js';
import { Mode } from './inline.js';
import { toInline } from './inline-flatten.js';
import { joinMultilineTags } from './multiline-tags.js';
import { metaOnlyLine, opensWithMetaLink, recordMetaLinks } from './metalines.js';
import type { PlainBlockTracker } from './plain-blocks.js';
import { isWhitespaceString, type State } from './state.js';
import { matchSwitch } from './switches.js';
import { readMarker } from '../preprocess/markers.js';

export type { Frame } from './block-state.js';

/** `plain`: the page's top level only, to note which blocks hold no dropped or footnote node. */
export function parseBlocks(src: string, st: State, plain: PlainBlockTracker | null = null): Block[] {
  const b = new BlockState(joinMultilineTags(src), st, plain);
  const text = b.src;
  const len = text.length;
  let pos = 0;
  while (pos <= len) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = len;
    if (plain) plain.beginStep();
    pos = line(b, pos, eol);
  }
  if (plain) plain.beginStep();
  flushAll(b);
  closeAllFrames(b);
  return b.frames[0]!.children;
}

/** One line [s, e): returns where the next line starts (later when a rule took several lines). */
function line(b: BlockState, s: number, e: number): number {
  const src = b.src;
  // Guarded: an out-of-bounds charCodeAt would deoptimise this hot function once it is optimised.
  const c = s < src.length ? src.charCodeAt(s) : -1;
  const afterTable = tableLine(b, s, e);
  if (afterTable >= 0) return afterTable;
  if (c === 61 && headingLine(b, s, e)) return e + 1;
  if (c === 45 && src.startsWith('----', s)) {
    ruleLine(b, s, e);
    return e + 1;
  }
  if (isListMark(c)) {
    closePara(b);
    closePre(b);
    listLine(b, s, e);
    return e + 1;
  }
  // Before the list closes: a category line between two items leaves them one list.
  if ((c === 91 || c === 32 || c === 9) && categoryLine(b, s, e)) return e + 1;
  if (b.list) {
    const next = s >= b.blankRunEnd && isWhitespaceString(src, s, e) ? blanksBeforeMetaLink(b, e) : -1;
    if (next >= 0) return next;
    closeList(b);
  }
  if (c === 95 && switchLine(b, s, e)) return e + 1;
  if (isWhitespaceString(src, s, e)) {
    const next = s >= b.blankRunEnd ? blanksBeforeMetaLink(b, e) : -1;
    if (next >= 0) return next;
    blankLine(b, c, s, e);
    return e + 1;
  }
  if (c === 32 && !preBlocked(b) && !(b.mayHoldTag(s, e) && findBlockTag(src, s, e))) {
    closePara(b);
    b.pre.push(s + 1, e);
    return e + 1;
  }
  if (c === 127) {
    const next = orphanRows(b, s, e);
    if (next >= 0) return next;
    if (blockTemplateLine(b, s, e)) {
      // Ends the paragraph (and a preformatted run) as a blank line would; the call still renders
      // (to nothing) so that it is counted.
      closePara(b);
      closePre(b);
      textLine(b, s, e);
      closePara(b);
      return e + 1;
    }
  }
  const spanEnd = fileLinkSpan(b, s, e);
  if (typeof spanEnd !== 'number') return spanEnd.next;
  if (spanEnd > e) {
    // The lines up to the one closing the file link are one piece of paragraph text.
    closePre(b);
    b.para.push(s, spanEnd);
    return spanEnd + 1;
  }
  textLine(b, s, e);
  return e + 1;
}

/**
 * A line opening with behaviour switches (`__NOTOC__`): MediaWiki removes them before it looks
 * for headings and blank lines, so `__NOTOC__== A ==` is a heading and a line holding only
 * switches ends the paragraph like a blank line. Any other line is left to the inline rule.
 */
function switchLine(b: BlockState, s: number, e: number): boolean {
  const src = b.src;
  const names: string[] = [];
  let q = s;
  while (q < e && src.charCodeAt(q) === 95) {
    const m = matchSwitch(src, q, e);
    if (!m) break;
    names.push(m.name);
    q = m.end;
  }
  if (q === s) return false;
  const blank = isWhitespaceString(src, q, e);
  if (!blank && !(src.charCodeAt(q) === 61 && matchHeading(src, q, e))) return false;
  // Pending runs first, so switches are recorded in text order after their links and switches.
  flushAll(b);
  for (const name of names) b.st.addSwitch(name);
  if (!blank) headingLine(b, q, e);
  return true;
}

/**
 * A line holding only template calls, one of them a navigation box or a layout template (uk 0096
 * `{{Multicol}}` between a sentence and the column's first line "1. На прикладному рівні:", which
 * ran into the sentence; `{{Clear}}{{Clear}}`): on the wiki that call is a table or a div, or
 * nothing, which ends the paragraph before it. Which templates those are, their handler entries
 * say (the `block` trait); inline drops (`{{Pad}}`, `{{Navbar}}`, the `…-inline` sister links)
 * alone leave the paragraph whole.
 */
function blockTemplateLine(b: BlockState, s: number, e: number): boolean {
  const templates = b.st.ctx.templates;
  if (!templates.traits) return false;
  const src = b.src;
  let block = false;
  let p = s;
  for (;;) {
    const m = readMarker(src, p);
    if (!m) return false;
    const marker = b.st.ctx.markers[m.index];
    if (marker?.kind !== 'template') return false;
    if (!block && templates.traits(marker.call.name, b.st.site.lang)?.block === true) block = true;
    p = m.end;
    while (p < e && isWhitespaceString(src, p, p + 1)) p++;
    if (p >= e) return block;
  }
}

/** `== title ==`: whether the line was a heading (then it is placed). */
function headingLine(b: BlockState, s: number, e: number): boolean {
  const h = matchHeading(b.src, s, e);
  if (!h) return false;
  flushAll(b);
  const children = toInline(b.inline(h.start, h.end, Mode.Para));
  const heading: Heading = { type: 'heading', level: h.level as Heading['level'], children };
  b.emit(heading);
  return true;
}

/** `----` (and more dashes): a thematic break; text after the dashes is a paragraph of its own. */
function ruleLine(b: BlockState, s: number, e: number): void {
  const src = b.src;
  flushAll(b);
  b.emit({ type: 'thematicBreak' });
  let q = s + 4;
  while (q < e && src.charCodeAt(q) === 45) q++;
  if (!isWhitespaceString(src, q, e)) {
    textLine(b, q, e);
    closePara(b);
  }
}

/** A blank line ends the paragraph and the preformatted run, unless it continues the run with a leading space. */
function blankLine(b: BlockState, c: number, s: number, e: number): void {
  if (c === 32 && b.pre.length > 0) {
    b.pre.push(s + 1, e);
    return;
  }
  closePara(b);
  closePre(b);
}

/**
 * Blank lines (the one ending at e and those after it) followed by a line opening with a category
 * or interlanguage link: MediaWiki drops the white space before such a link from its first line
 * break on (Parser::handleInternalLinks2), so they end no paragraph or list — `text\n\n[[Category:X]]\nmore`
 * is one paragraph. Returns where that line starts, or -1 (and marks the run as looked at, so a
 * long run of blank lines is scanned once).
 */
function blanksBeforeMetaLink(b: BlockState, e: number): number {
  const src = b.src;
  const len = src.length;
  let q = e + 1;
  while (q < len) {
    let eol = src.indexOf('\n', q);
    if (eol < 0) eol = len;
    if (!isWhitespaceString(src, q, eol)) {
      if (opensWithMetaLink(b.st, src, q, eol)) return q;
      break;
    }
    q = eol + 1;
  }
  b.blankRunEnd = q;
  return -1;
}

/**
 * A line of category (and interlanguage) links only: removed from the text, its links recorded
 * in the page's meta — after the links of a pending paragraph, so they stay in source order.
 */
function categoryLine(b: BlockState, s: number, e: number): boolean {
  const links = metaOnlyLine(b.st, b.src, s, e);
  if (!links) return false;
  if (b.para.length > 0 || b.pre.length > 0) (b.pendingMeta ??= []).push(...links);
  else recordMetaLinks(b.st.ctx.meta, links);
  return true;
}
