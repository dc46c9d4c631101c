/**
 * `{{Infobox ship begin}}` `{{Infobox ship image}}` `{{Infobox ship career}}`
 * `{{Infobox ship characteristics}}` `{{Infobox ship end}}`: on the wiki one table (begin opens
 * `{|`, each part adds rows, end closes it). Each part is a call of its own, so each makes a box
 * of its own here; this pass joins a run of part boxes, standing next to each other in one list of
 * blocks (the page's, a table cell's, a div's, a quotation's, a list item's), with nothing a reader sees between them
 * (blank or dropped-only paragraphs: the calls' line ends, comments), into one box: the first part's
 * heading, every part's pictures and rows in the page's order. A dropped `{{Infobox ship end}}` or
 * `{{Infobox ship begin}}` between two parts closes one ship's box and opens the next one's.
 */
import type { Block, Document, Infobox } from '../ast/nodes.js';

const PART = /^infobox[ _]+ship[ _]+(image|career|characteristics)\s*$/i;
const BOUND = /^infobox[ _]+ship[ _]+(begin|end)\s*$/i;

function isPart(b: Block): b is Infobox {
  return b.type === 'infobox' && PART.test(b.name.trim());
}

/** A paragraph holding nothing a reader sees: whitespace text and dropped calls only. */
function isGap(b: Block): boolean {
  if (b.type !== 'paragraph') return false;
  return b.children.every((n) => n.type === 'dropped' || n.type === 'break' || (n.type === 'text' && n.value.trim() === ''));
}

/**
 * `{{Infobox ship begin}}` / `{{Infobox ship end}}`: a box of one empty row
 * (templates/handlers/infobox-ship.ts), or a dropped call in a gap. One ship's box ends there.
 */
function isBound(b: Block): boolean {
  if (b.type === 'infobox') return BOUND.test(b.name.trim());
  return b.type === 'paragraph' && b.children.some((n) => n.type === 'dropped' && BOUND.test(n.name.trim()));
}

/** The blocks with each run of parts joined, or the same array when there is none to join. */
function mergeRuns(blocks: Block[]): Block[] {
  let out: Block[] | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type === 'infobox' && isBound(b)) {
      out ??= blocks.slice(0, i);
      continue;
    }
    if (!isPart(b)) {
      out?.push(b);
      continue;
    }
    const parts: Infobox[] = [b];
    let j = i + 1;
    for (;;) {
      let k = j;
      let bound = false;
      for (; k < blocks.length && (isGap(blocks[k]!) || isBound(blocks[k]!)); k++) if (isBound(blocks[k]!)) bound = true;
      if (!bound && k < blocks.length && isPart(blocks[k]!)) {
        parts.push(blocks[k] as Infobox);
        j = k + 1;
      } else break;
    }
    if (parts.length === 1) {
      out?.push(b);
      continue;
    }
    out ??= blocks.slice(0, i);
    out.push({
      type: 'infobox',
      name: 'Infobox ship',
      title: b.title,
      images: parts.flatMap((p) => p.images),
      rows: parts.flatMap((p) => p.rows),
    });
    // The gaps between the parts go with them; those after the last part stay.
    i = j - 1;
  }
  return out ?? blocks;
}

/** Joins runs in a list of blocks and in the blocks nested in them (table cells, divs, quotations, list items). */
function mergeIn(blocks: Block[]): Block[] {
  for (const b of blocks) {
    if (b.type === 'table') {
      for (const row of b.rows) for (const cell of row.cells) cell.children = mergeIn(cell.children);
    } else if (b.type === 'blockquote' || b.type === 'htmlBlock') b.children = mergeIn(b.children);
    else if (b.type === 'list') for (const item of b.items) item.children = mergeIn(item.children);
  }
  return mergeRuns(blocks);
}

/**
 * Joins runs of ship-part boxes in `doc`. A joined box is a new node (never one of the parts):
 * sets of blocks known to hold no footnote (plainTopBlocks) stay true.
 */
export function mergeShipInfoboxes(doc: Document): void {
  doc.children = mergeIn(doc.children);
}
