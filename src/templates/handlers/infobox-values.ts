/**
 * An infobox parameter's value as the cell shows it: multi-line lists as lines, a table inside a
 * cell flowed into lines (row by row, cells separated by a middle dot).
 */
import type { Block, Inline } from '../../ast/nodes.js';
import type { TemplateContext } from '../types.js';
import { inline, text } from '../util.js';

/** Multi-line values with list lines ("多个\n*150030\n*150036") become lines joined by breaks. */
export function valueNodes(ctx: TemplateContext, raw: string): Inline[] {
  const v = raw.trim();
  if (!v.includes('\n')) return inline(ctx, v);
  if (TABLE_LINE.test(v)) return flowOf(ctx.parseBlocks(v));
  const out: Inline[] = [];
  for (const line of v.split('\n')) {
    let l = line.trim();
    let i = 0;
    while (i < l.length && (l[i] === '*' || l[i] === '#' || l[i] === ':')) i++;
    l = l.slice(i).trim();
    if (!l) continue;
    if (out.length) out.push({ type: 'break' });
    out.push(...inline(ctx, l));
  }
  return out;
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
