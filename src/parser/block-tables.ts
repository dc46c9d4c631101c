/**
 * Where wiki tables meet the line flow: a `{|` line hands the text to parseTable (tables.ts) and
 * takes back the blocks and the text after its `|}`; and table rows left behind by an unexpanded
 * template that opened a table (`{{start box}}` followed by `|-` rows) become that table, or are
 * dropped with the template.
 */
import type { BlockState } from './block-state.js';
import { closePara, flushAll } from './block-runs.js';
import { inBlockquote, textLine } from './block-html.js';
import { renderMarker } from './markers.js';
import { inlineToBlocks } from './paragraphs.js';
import { isWhitespaceString } from './state.js';
import { parseTable, restBlocks, tableStart } from './tables.js';
import { readMarker } from '../preprocess/markers.js';

/** A table starting on the line [s, e): returns where parsing goes on, or -1 when there is none. */
export function tableLine(b: BlockState, s: number, e: number): number {
  const src = b.src;
  const table = tableStart(src, s, e);
  if (!table) return -1;
  flushAll(b);
  const quoted = inBlockquote(b);
  if (quoted) b.st.quotedTables++;
  let r: ReturnType<typeof parseTable>;
  try {
    r = parseTable(src, s, table.indent, b.st, 0);
  } finally {
    if (quoted) b.st.quotedTables--;
  }
  // The text after an indented table's |} goes in its description (before the blocks are emitted).
  if (r.rest && r.restInto) r.restInto.push(...restBlocks({ src, st: b.st, finders: null }, r.rest));
  for (const block of r.blocks) b.emit(block);
  if (r.rest && !r.restInto) {
    textLine(b, r.rest[0], r.rest[1]);
    closePara(b);
  }
  return r.next;
}

/**
 * A line holding only a template call, followed by table rows (`|-`, `|`, `!`): the template
 * opened a table (`{{start box}}`) and was not expanded. The rows become that table, dropped
 * with the template when its handler drops it on purpose (succession boxes), so no row syntax
 * is left in the text. Returns where parsing continues, or -1 when this is not the case.
 */
export function orphanRows(b: BlockState, s: number, e: number): number {
  const src = b.src;
  const st = b.st;
  const m = readMarker(src, s);
  if (!m || !isWhitespaceString(src, m.end, e) || e >= src.length) return -1;
  let q = e + 1;
  while (q < src.length && (src.charCodeAt(q) === 32 || src.charCodeAt(q) === 9)) q++;
  const c0 = q < src.length ? src.charCodeAt(q) : -1;
  const c1 = q + 1 < src.length ? src.charCodeAt(q + 1) : -1;
  if (!((c0 === 124 && c1 !== 125) || c0 === 33)) return -1;
  const marker = st.ctx.markers[m.index];
  if (!marker || marker.kind === 'extension') return -1;
  flushAll(b);
  const rendered = renderMarker(st, m.index, s);
  const name = marker.kind === 'template' ? marker.call.name : marker.name;
  const deliberate = marker.kind === 'template' && st.ctx.templates.lookup(name, st.site.lang) !== null;
  const r = parseTable(src, s, 0, st, 0, true);
  if (rendered.blocks) for (const block of rendered.blocks) b.emit(block);
  else if (!deliberate) for (const block of inlineToBlocks(rendered.inline)) b.emit(block);
  if (!deliberate) for (const block of r.blocks) b.emit(block);
  return r.next;
}
