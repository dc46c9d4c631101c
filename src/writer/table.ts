/**
 * Tables. A GFM pipe table when it says exactly what the wikitext table says: a header row of
 * header cells, the same number of cells in every row, no spans, no header cells further down,
 * every cell one paragraph. Anything else is an HTML table. Its cells are HTML too, except
 * cells holding footnote markers or maths: those get Markdown between blank lines inside the
 * `<td>` (HTML blocks end at a blank line and resume at `</td>`), so footnotes stay footnotes.
 * Infoboxes are two-column pipe tables: label | value, sub-headers and full-width rows in the
 * first column, images on rows of their own.
 */
import type { Image, Infobox, Inline, Table, TableCell } from '../ast/nodes.js';
import { trimAscii, W } from './chars.js';
import { F_LINE, F_TABLE } from './escape.js';
import { renderCellHtml, renderInlineHtml, tableCellOpen } from './html.js';
import { makeContext, renderInlines, type InlineContext } from './inline.js';
import { blocksNeedMarkdown, inlinesNeedMarkdown } from './needs.js';
import type { MdWriter } from './block.js';
import { sanitizeAttributes } from './attrs.js';

function cellInlines(cell: TableCell): Inline[] | null {
  if (cell.children.length === 0) return [];
  if (cell.children.length === 1 && cell.children[0]!.type === 'paragraph') return cell.children[0]!.children;
  return null;
}

function pipeable(t: Table): boolean {
  const head = t.rows[0];
  if (!head || head.cells.length === 0) return false;
  const cols = head.cells.length;
  for (let r = 0; r < t.rows.length; r++) {
    const row = t.rows[r]!;
    if (row.cells.length !== cols) return false;
    for (const cell of row.cells) {
      if (cell.rowspan > 1 || cell.colspan > 1) return false;
      if (cell.header !== (r === 0)) return false;
      if (cellInlines(cell) === null) return false;
    }
  }
  return true;
}

function tableContext(w: MdWriter): InlineContext {
  const c = w.line1;
  return makeContext(F_LINE | F_TABLE, c.images, c.readableUrls, c.links, c.inLink, c.hoisted, c.inSpan);
}

/**
 * One pipe-table cell: single line, `|` escaped (also inside attribute values). Trimmed of ASCII
 * white space only, as GitHub trims cells: a U+3000 or `&nbsp;` indent stays.
 */
function pipeCell(nodes: readonly Inline[], ctx: InlineContext): string {
  const s = trimAscii(renderInlines(nodes, ctx, W, W, false, true));
  return s.includes('|') ? protectPipes(s) : s;
}

/** `|` inside an HTML tag in a cell (an attribute value) would still split the cell. */
function protectPipes(s: string): string {
  return s.replace(/<[A-Za-z][^<>]*>/g, (tag) => tag.replace(/\|/g, '&#124;'));
}

function row(cells: string[]): string {
  return '| ' + cells.join(' | ') + ' |';
}

/**
 * An infobox's row of two cells, without an array. As `row([a, b])` it shared row's `join` with
 * the pipe tables, and the copy inlined into writeInfobox deoptimised it on the first array of a
 * kind it had not met ("wrong map"): compiled twice per isolate, once with this.
 */
function row2(a: string, b: string): string {
  return '| ' + a + ' | ' + b + ' |';
}

/**
 * A table without borders whose cells hold nothing shows nothing on the wiki (uk 0001's
 * `{| style="float:right;"` around a periodic-table navbox we drop); GitHub would draw an empty box.
 */
function showsNothing(t: Table): boolean {
  if ('class' in t.attrs || 'border' in t.attrs || /border/i.test(t.attrs.style ?? '')) return false;
  return t.rows.every((r) => r.cells.every((c) => c.children.length === 0));
}

export function writeTable(w: MdWriter, t: Table): void {
  if (t.rows.length === 0 || showsNothing(t)) {
    if (t.caption && t.caption.length) w.paragraphOf(t.caption);
    return;
  }
  if (pipeable(t)) return pipeTable(w, t);
  htmlTable(w, t);
}

function pipeTable(w: MdWriter, t: Table): void {
  const ctx = tableContext(w);
  if (t.caption && t.caption.length) w.paragraphOf(t.caption);
  w.startBlock('table');
  const cols = t.rows[0]!.cells.length;
  const align: string[] = [];
  for (let c = 0; c < cols; c++) {
    let a: TableCell['align'] | undefined;
    for (const r of t.rows) {
      const x = r.cells[c]!.align;
      if (a === undefined) a = x;
      else if (a !== x) a = null;
    }
    align.push(a === 'left' ? ':---' : a === 'center' ? ':---:' : a === 'right' ? '---:' : '---');
  }
  let out = '';
  t.rows.forEach((r, i) => {
    out += (i ? '\n' : '') + row(r.cells.map((cell) => pipeCell(cellInlines(cell)!, ctx)));
    if (i === 0) out += '\n' + row(align);
  });
  w.lines(out);
  w.lastKind = 'table';
}

function htmlTable(w: MdWriter, t: Table): void {
  w.startBlock('html');
  const opts = w.htmlOpts();
  w.line(`<table${sanitizeAttributes('table', t.attrs, 'markdown')}>`);
  if (t.caption && t.caption.length) {
    const caption = t.caption;
    if (inlinesNeedMarkdown(caption)) {
      w.openMarkdownIn('<caption>');
      w.paragraphOf(caption);
      w.closeMarkdownIn('caption');
    } else w.line(`<caption>${renderInlineHtml(caption, opts)}</caption>`);
  }
  for (const r of t.rows) {
    w.line(`<tr${sanitizeAttributes('tr', r.attrs, 'markdown')}>`);
    for (const cell of r.cells) {
      const open = tableCellOpen(cell, 'markdown');
      const tag = cell.header ? 'th' : 'td';
      if (blocksNeedMarkdown(cell.children)) {
        w.openMarkdownIn(open);
        w.blocks(cell.children);
        w.closeMarkdownIn(tag);
      } else w.line(`${open}${renderCellHtml(cell.children, opts)}</${tag}>`);
    }
    w.line('</tr>');
  }
  w.line('</table>');
  w.lastKind = 'table';
}

export function writeInfobox(w: MdWriter, b: Infobox): void {
  const ctx = tableContext(w);
  const lines: string[] = [];
  lines.push(row2(b.title && b.title.length ? pipeCell(b.title, ctx) : '', ''), row2('---', '---'));
  if (w.opts.images !== 'drop') {
    for (const img of b.images) {
      const framed: Image = { ...img, format: 'thumb' };
      const s = pipeCell([framed], ctx);
      if (s !== '') lines.push(row2(s, ''));
    }
  }
  for (const r of b.rows) {
    if (r.header) {
      const s = pipeCell([{ type: 'strong', children: r.label ?? r.value }], ctx);
      if (s !== '') lines.push(row2(s, ''));
    } else if (r.label === null) {
      const s = pipeCell(r.value, ctx);
      if (s !== '') lines.push(row2(s, ''));
    } else {
      lines.push(row2(pipeCell(r.label, ctx), pipeCell(r.value, ctx)));
    }
  }
  if (lines.length === 2 && !(b.title && b.title.length)) return;
  w.startBlock('table');
  w.lines(lines.join('\n'));
  w.lastKind = 'table';
}
