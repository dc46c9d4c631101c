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
 *
 * Every line is a line here, where the wiki's reading (lineNodes, the box's footnotes) joins the
 * lines of one paragraph with a space. A row's lines often hold what the wiki shows as a block
 * and this converter writes inline: uk award rows (`{{ряд2|…}}` a line each), an anthem's audio
 * player under its name (`[[Nad Tatrou sa blýska]]\n[[File:….ogg]]`). Read as blocks, 15 of the
 * 735 real pages change: the award rows (uk 710, 801) and the anthems' players (uk 643, 1081,
 * 1083, 1084, 1086, 1088, ja 109) run into the line before them, while six pages' plain lines
 * (ja 11's 話される国 "日本\nパラオ", ja 102, uk 1080 …) would be joined as the wiki joins them.
 * The lines are kept. Footnotes are notes in sentences, so there the wiki's reading is used.
 */
export function valueNodes(ctx: TemplateContext, raw: string): Inline[] {
  const v = raw.trim();
  if (!v.includes('\n')) return oneLine(ctx, v);
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
  return v.includes('\n') ? flowOf(ctx.parseBlocks(v)) : oneLine(ctx, v);
}

/** A value on one line, a one-item list's marker taken off (see valueNodes). */
function oneLine(ctx: TemplateContext, v: string): Inline[] {
  return inline(ctx, ONE_ITEM_LIST.test(v) && !COLOUR.test(v) ? stripListMarkers(v) : v);
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
 * (numbered `1.`, `2.` … in an ordered list) on lines of their own too, and the text of any other
 * block (a line indented by a space is preformatted text on the wiki).
 */
function flowOf(blocks: readonly Block[]): Inline[] {
  const out: Inline[] = [];
  for (const b of blocks) {
    if (b.type === 'table') {
      if (b.caption) addLine(out, b.caption);
      for (const row of b.rows) {
        const cells: Inline[] = [];
        for (const cell of row.cells) {
          const inner = flowOf(cell.children);
          if (!hasVisible(inner)) continue;
          if (cells.length) cells.push(text(' · '));
          cells.push(...inner);
        }
        addLine(out, cells);
      }
    } else if (b.type === 'list') {
      for (let i = 0; i < b.items.length; i++) {
        const inner = flowOf(b.items[i]!.children);
        addLine(out, b.ordered && hasVisible(inner) ? [text(`${b.start + i}. `), ...inner] : inner);
      }
    } else if (b.type === 'paragraph' || b.type === 'heading' || b.type === 'preformatted') {
      addLine(out, b.children);
    } else if (b.type === 'blockquote' || b.type === 'htmlBlock') {
      addLine(out, flowOf(b.children));
    } else if (b.type === 'definitionList') {
      for (const item of b.items) addLine(out, item.type === 'definitionTerm' ? item.children : flowOf(item.children));
    } else if (b.type === 'codeBlock') {
      for (const l of b.value.split('\n')) addLine(out, [text(l)]);
    } else if (b.type === 'mathBlock') {
      addLine(out, [{ type: 'math', value: b.value, display: true, chem: b.chem }]);
    } else if (b.type === 'gallery') {
      addLine(out, b.items);
    }
    // A rule, a nested box or a reference list has no line of text to give.
  }
  return out;
}

/** `nodes` as a line of its own after what `out` holds (nothing for an empty one). */
function addLine(out: Inline[], nodes: readonly Inline[]): void {
  if (!hasVisible(nodes)) return;
  if (out.length) out.push({ type: 'break' });
  out.push(...nodes);
}

export function hasVisible(nodes: readonly Inline[]): boolean {
  for (const n of nodes) {
    if (n.type === 'text') {
      if (n.value.trim() !== '') return true;
    } else if (n.type !== 'dropped' && n.type !== 'break') return true;
  }
  return false;
}
