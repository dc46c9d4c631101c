/**
 * File links whose caption runs over several lines (legends of a map as `<div>` lines or lists,
 * or a whole table): MediaWiki replaces links before it splits the text into lines, so the whole
 * caption belongs to the image and its line breaks start no list, table or paragraph.
 */
import { parseBlocks } from './blocks.js';
import type { BlockState } from './block-state.js';
import { flushAll } from './block-runs.js';
import { findImageClose } from './links.js';
import { cachedParsedTitle } from './title-cache.js';
import { parseTable, tableStart } from './tables.js';

const TABLE_LINE = /\n[ \t]*\{\|/;

/** What a character of a link target is to fileLinkSpan: `| ] [ { <` end it; `: & %` may make a prefix. */
const SPAN_END = 1;
const SPAN_PREFIX = 2;
const SPAN_TARGET_CHARS = new Uint8Array(128);
for (const ch of '|][{<') SPAN_TARGET_CHARS[ch.charCodeAt(0)] = SPAN_END;
for (const ch of ':&%') SPAN_TARGET_CHARS[ch.charCodeAt(0)] = SPAN_PREFIX;

/**
 * A file link opened on the line [s, e) whose caption runs onto later lines. Returns the end of
 * the line where it closes (the lines up to it are one piece of paragraph text), -1 when there
 * is none, or `{ next }` when the caption held a table and the blocks were made up to `next`.
 */
export function fileLinkSpan(b: BlockState, s: number, e: number): number | { next: number } {
  const src = b.src;
  const openLink = b.finders.openLink;
  let o = openLink.find(src, s);
  while (o >= 0 && o < e) {
    let q = o + 2;
    // Only a prefixed title can be a file; the prefix's colon may also be written as an entity
    // or a percent escape. This runs for every piped link: the rest are told apart in this one
    // read of the target, with no copy of it and no title parse.
    let mayHavePrefix = false;
    while (q < e) {
      const c = src.charCodeAt(q);
      if (c < 128) {
        const k = SPAN_TARGET_CHARS[c]!;
        if (k === SPAN_END) break;
        if (k === SPAN_PREFIX) mayHavePrefix = true;
      }
      q++;
    }
    if (!mayHavePrefix || q >= e || src.charCodeAt(q) !== 124) {
      o = openLink.find(src, q);
      continue;
    }
    const raw = src.slice(o + 2, q);
    // A target with `: & %` is never simple: straight to the cached title parser (cachedTitle
    // would read it once more only to say so).
    const t = raw.trimStart().startsWith(':') ? null : cachedParsedTitle(b.st.site, raw);
    const close = t && t.ns === 6 && t.interwiki === null ? findImageClose(src, q + 1, src.length) : -1;
    if (close < 0) {
      o = openLink.find(src, q);
      continue;
    }
    if (close >= e) {
      // A table in the caption is made before links in MediaWiki, so its pipes never split
      // the caption: the table is shown (after the image), never its syntax.
      const table = TABLE_LINE.exec(src.slice(e, close));
      if (table) {
        const next = captionTable(b, s, e + table.index, close);
        return next < 0 ? -1 : { next };
      }
      const eol = src.indexOf('\n', close);
      return eol < 0 ? src.length : eol;
    }
    o = openLink.find(src, close + 2);
  }
  return -1;
}

/**
 * A file link whose caption holds a table (a map legend): the image with the caption up to the
 * table's line (MediaWiki's last caption part wins, so a part ending before the table is
 * replaced by the table's part), then the table, then the caption's text after the table and
 * the rest of the closing line as paragraph text. `nl` is the newline before the `{|` line,
 * `close` the link's `]]`. Returns where parsing goes on, or -1 when the table does not end
 * inside the caption (left to the line-by-line parse).
 */
function captionTable(b: BlockState, s: number, nl: number, close: number): number {
  const src = b.src;
  let te = src.indexOf('\n', nl + 1);
  if (te < 0) te = src.length;
  const start = tableStart(src, nl + 1, te);
  if (!start) return -1;
  const r = parseTable(src, nl + 1, start.indent, b.st, 0);
  const tail = r.rest ? r.rest[0] : r.next;
  if (tail > close) return -1;
  let eol = src.indexOf('\n', close);
  if (eol < 0) eol = src.length;
  flushAll(b);
  // The part the table stood in is cut off with it, so the caption before it stays (more text
  // than MediaWiki, never less); an empty part left at the cut would clear it (images.ts).
  for (const block of parseBlocks(src.slice(s, nl).replace(/\|\s*$/, '') + ']]', b.st)) b.emit(block);
  for (const block of r.blocks) b.emit(block);
  for (const block of parseBlocks(src.slice(tail, close) + src.slice(close + 2, eol), b.st)) b.emit(block);
  return eol + 1;
}
