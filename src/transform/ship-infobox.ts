/**
 * `{{Infobox ship begin}}` `{{Infobox ship image}}` `{{Infobox ship career}}`
 * `{{Infobox ship characteristics}}` `{{Infobox ship end}}`: on the wiki one table (begin opens
 * `{|`, each part adds rows, end closes it). Each part is a call of its own, so each makes a box
 * of its own here; this pass joins a run of part boxes, standing next to each other at the top
 * level (blank or dropped-only paragraphs between them are the calls' line ends and begin/end),
 * into one box: the first part's heading, every part's pictures and rows in the page's order.
 */
import type { Block, Document, Infobox } from '../ast/nodes.js';

const PART = /^infobox[ _]+ship[ _]+(image|career|characteristics)\s*$/i;

function isPart(b: Block): b is Infobox {
  return b.type === 'infobox' && PART.test(b.name.trim());
}

/** A paragraph holding nothing a reader sees: whitespace text and dropped calls only. */
function isGap(b: Block): boolean {
  if (b.type !== 'paragraph') return false;
  return b.children.every((n) => n.type === 'dropped' || n.type === 'break' || (n.type === 'text' && n.value.trim() === ''));
}

/**
 * Joins runs of ship-part boxes in `doc`'s top-level blocks. The joined box is a new node (never
 * one of the parts): sets of blocks known to hold no footnote (plainTopBlocks) stay true.
 */
export function mergeShipInfoboxes(doc: Document): void {
  const blocks = doc.children;
  if (!blocks.some(isPart)) return;
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (!isPart(b)) {
      out.push(b);
      continue;
    }
    const parts: Infobox[] = [b];
    let j = i + 1;
    for (;;) {
      let k = j;
      while (k < blocks.length && isGap(blocks[k]!)) k++;
      if (k < blocks.length && isPart(blocks[k]!)) {
        parts.push(blocks[k] as Infobox);
        j = k + 1;
      } else break;
    }
    if (parts.length === 1) {
      out.push(b);
      continue;
    }
    const merged: Infobox = {
      type: 'infobox',
      name: 'Infobox ship',
      title: b.title,
      images: parts.flatMap((p) => p.images),
      rows: parts.flatMap((p) => p.rows),
    };
    out.push(merged);
    // The gaps between the parts go with them; those after the last part stay.
    i = j - 1;
  }
  doc.children = out;
}
