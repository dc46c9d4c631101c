/**
 * An infobox parameter's value as the cell shows it: multi-line lists as lines, a table inside a
 * cell flowed into lines (row by row, cells separated by a middle dot); and what the box's
 * collectors (named parameters, infobox.ts; numbered rows, infobox-numbered.ts) make of the values.
 */
import type { Block, Image, InfoboxRow, Inline } from '../../ast/nodes.js';
import type { TemplateContext } from '../types.js';
import { inline, text } from '../util.js';

/** What a box's reading collects: its title, pictures and rows. */
export interface Collected {
  title: Inline[] | null;
  images: Image[];
  rows: InfoboxRow[];
}

/**
 * Multi-line values with list lines ("多个\n*150030\n*150036") become lines joined by breaks. A
 * one-item list (`受賞 =\n* 第25回…`, trimmed to "* 第25回…") is a list on the wiki too: its
 * marker goes the same way, but a colour value ("#ffcc00") keeps its `#`.
 */
export function valueNodes(ctx: TemplateContext, raw: string): Inline[] {
  const v = raw.trim();
  if (!v.includes('\n')) return inline(ctx, ONE_ITEM_LIST.test(v) && !COLOUR.test(v) ? stripListMarkers(v) : v);
  if (TABLE_LINE.test(v)) return flowOf(ctx.parseBlocks(v));
  const out: Inline[] = [];
  for (const line of v.split('\n')) {
    const l = stripListMarkers(line.trim());
    if (!l) continue;
    if (out.length) out.push({ type: 'break' });
    out.push(...inline(ctx, l));
  }
  return out;
}

const ONE_ITEM_LIST = /^[*#]/;
const COLOUR = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/**
 * A value of several lines read as the wiki reads it (paragraphs, list items, a table's rows),
 * each on a line of its own: a cell holds no blocks, so lines are joined by breaks. A value on one
 * line is read inline.
 */
export function lineNodes(ctx: TemplateContext, raw: string): Inline[] {
  const v = raw.trim();
  return v.includes('\n') ? flowOf(ctx.parseBlocks(v)) : inline(ctx, v);
}

/** A line without its list markers (`*`, `#`, `:`) and the spaces after them. */
function stripListMarkers(line: string): string {
  let i = 0;
  while (i < line.length && (line[i] === '*' || line[i] === '#' || line[i] === ':')) i++;
  return line.slice(i).trim();
}

/** A line opening a table (`{{(!}}` expands to `{|` on a line of its own, as the wiki makes it). */
const TABLE_LINE = /(?:^|\n)[ \t]*\{\|/;

/**
 * A value holding a table (award ribbons laid out in a grid) inside a one-line infobox cell:
 * each row on a line of its own, its cells separated by a middle dot; paragraphs and list items
 * on lines of their own too.
 */
function flowOf(blocks: readonly Block[]): Inline[] {
  const out: Inline[] = [];
  const line = (nodes: readonly Inline[]): void => {
    if (!hasVisible(nodes as Inline[])) return;
    if (out.length) out.push({ type: 'break' });
    out.push(...nodes);
  };
  for (const b of blocks) {
    if (b.type === 'table') {
      if (b.caption) line(b.caption);
      for (const row of b.rows) {
        const cells: Inline[] = [];
        for (const cell of row.cells) {
          const inner = flowOf(cell.children);
          if (!hasVisible(inner)) continue;
          if (cells.length) cells.push(text(' · '));
          cells.push(...inner);
        }
        line(cells);
      }
    } else if (b.type === 'list') {
      for (const item of b.items) line(flowOf(item.children));
    } else if (b.type === 'paragraph' || b.type === 'heading') {
      line(b.children);
    } else if (b.type === 'blockquote' || b.type === 'htmlBlock') {
      line(flowOf(b.children));
    } else if (b.type === 'definitionList') {
      for (const item of b.items) line(item.type === 'definitionTerm' ? item.children : flowOf(item.children));
    }
  }
  return out;
}

export function hasVisible(nodes: Inline[]): boolean {
  for (const n of nodes) {
    if (n.type === 'text') {
      if (n.value.trim() !== '') return true;
    } else if (n.type !== 'dropped' && n.type !== 'break') return true;
  }
  return false;
}
