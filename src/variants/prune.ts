/**
 * Blocks emptied by block-spanning markup. A region (regions.ts) that shows one variant's blocks
 * hides the other variants' text node by node, which leaves their list items, table rows and
 * paragraphs standing with nothing in them; MediaWiki never rendered those blocks in that variant.
 * This pass removes every block that shows nothing but hidden text (and at least some of it):
 * blocks that were empty in the source are left to the writer, as before.
 */
import type { Block, Inline, Text } from '../ast/nodes.js';

/** What a piece of the tree shows: `touched` when it holds hidden text, `blank` when it shows nothing. */
interface Reading {
  blank: boolean;
  touched: boolean;
}

export function pruneHidden(blocks: Block[], hidden: ReadonlySet<Text>): void {
  pruneBlocks(blocks, hidden);
}

/** Remove the emptied blocks of a list; returns how the remaining list reads. */
function pruneBlocks(list: Block[], hidden: ReadonlySet<Text>): Reading {
  const all: Reading = { blank: true, touched: false };
  let kept = 0;
  for (const b of list) if (keep(pruneBlock(b, hidden), all)) list[kept++] = b;
  list.length = kept;
  return all;
}

function pruneBlock(b: Block, hidden: ReadonlySet<Text>): Reading {
  switch (b.type) {
    case 'paragraph':
    case 'heading':
    case 'preformatted':
      return readInlines(b.children, hidden);
    case 'list': {
      const r = { blank: true, touched: false };
      b.items = b.items.filter((item) => keep(pruneBlocks(item.children, hidden), r));
      return r;
    }
    case 'definitionList': {
      const r = { blank: true, touched: false };
      b.items = b.items.filter((item) => keep(item.type === 'definitionTerm' ? readInlines(item.children, hidden) : pruneBlocks(item.children, hidden), r));
      return r;
    }
    case 'blockquote':
    case 'htmlBlock':
      return pruneBlocks(b.children, hidden);
    case 'table': {
      const r = b.caption ? readInlines(b.caption, hidden) : { blank: true, touched: false };
      b.rows = b.rows.filter((row) => {
        const cells = { blank: true, touched: false };
        for (const cell of row.cells) keep(pruneBlocks(cell.children, hidden), cells);
        return keep(cells, r);
      });
      return r;
    }
    default:
      return { blank: false, touched: false };
  }
}

/** Whether a part reading `part` stays; folds its reading into its parent's. */
function keep(part: Reading, parent: Reading): boolean {
  if (part.touched) parent.touched = true;
  if (part.blank && part.touched) return false;
  if (!part.blank) parent.blank = false;
  return true;
}

function readInlines(list: readonly Inline[], hidden: ReadonlySet<Text>): Reading {
  const r: Reading = { blank: true, touched: false };
  for (const n of list) {
    switch (n.type) {
      case 'text':
        if (hidden.has(n)) r.touched = true;
        else if (n.value.trim() !== '') r.blank = false;
        break;
      case 'strong':
      case 'emphasis':
      case 'htmlInline':
      case 'wikiLink':
      case 'externalLink': {
        const inner = readInlines(n.children, hidden);
        if (inner.touched) r.touched = true;
        if (!inner.blank) r.blank = false;
        break;
      }
      case 'break':
      case 'dropped':
        break;
      default:
        r.blank = false;
    }
  }
  return r;
}
