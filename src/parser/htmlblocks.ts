/**
 * Closed block-level HTML frames → tree nodes, keeping their meaning where the tree has a node
 * for it: `<blockquote>` → BlockQuote, `<h2>` → Heading, `<ul>/<ol>` of `<li>` → List, a clean
 * `<table>` of `<tr>` of `<td>/<th>` → Table; anything else → HtmlBlock with its children.
 * Content of a table outside its cells is moved before the table (HTML's foster parenting).
 */
import type { Block, DefinitionList, Heading, HtmlBlock, Inline, ListItem, Table, TableCell, TableRow } from '../ast/nodes.js';
import { listNode } from '../ast/nodes.js';
import { olStart } from '../ast/html.js';
import type { Frame } from './block-state.js';
import { hidesContent, keptFromHidden } from './hidden.js';
import { blocksToInline } from './inline-flatten.js';
import { tableCell } from './tables.js';

/** `fostered` receives blocks that belong before the returned block (table content outside cells). */
export function htmlFrameToBlock(frame: Frame, fostered: Block[] = []): Block | null {
  const { tag, attrs, children } = frame;
  if (attrs.style !== undefined && hidesContent(attrs)) {
    const kept = keptFromHidden(children);
    return kept.length === 0 ? null : { type: 'paragraph', children: kept };
  }
  switch (tag) {
    case 'blockquote':
      return { type: 'blockquote', children };
    case 'pre':
      // Only an unclosed `<pre>` gets here (a closed one is an extension tag, cut out before):
      // the Sanitizer keeps it as an HTML element holding parsed wikitext, which the tree
      // builder closes at the end (wtsTests.txt "Don't escape pre elements that fail to parse
      // as extension tags").
      return { type: 'preformatted', children: preLines(children), unclosed: true };
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6': {
      const heading: Heading = { type: 'heading', level: Number(tag[1]) as Heading['level'], children: blocksToInline(children) };
      return heading;
    }
    case 'ul':
    case 'ol': {
      if (children.every((c) => c.type === 'htmlBlock' && c.tag === 'li')) {
        const items: ListItem[] = children.map((c) => ({ type: 'listItem', children: (c as { children: Block[] }).children }));
        return listNode(items, tag === 'ol', tag === 'ol' ? olStart(attrs, items.length) : 1);
      }
      break;
    }
    case 'table': {
      const table = htmlTable(attrs, children, fostered);
      if (table) return table;
      break;
    }
    case 'dl': {
      if (children.every((c) => c.type === 'htmlBlock' && (c.tag === 'dt' || c.tag === 'dd'))) {
        const items: DefinitionList['items'] = children.map((c) => {
          const b = c as HtmlBlock;
          return b.tag === 'dt' ? { type: 'definitionTerm', children: blocksToInline(b.children) } : { type: 'definitionDescription', children: b.children };
        });
        return { type: 'definitionList', items };
      }
      break;
    }
    default:
      break;
  }
  return { type: 'htmlBlock', tag, attrs, children };
}

/**
 * The blocks of an unclosed `<pre>` as its lines: paragraphs (made with their line breaks) on
 * lines of their own. A blank line between them is not told apart from the paragraph break after
 * the tag's own line, so none is kept.
 */
function preLines(children: Block[]): Inline[] {
  const out: Inline[] = [];
  for (const block of children) {
    if (out.length > 0) out.push({ type: 'text', value: '\n' });
    if (block.type === 'paragraph' || block.type === 'preformatted') out.push(...block.children);
    else out.push(...blocksToInline([block]));
  }
  return out;
}

function htmlTable(attrs: Record<string, string>, children: Block[], fostered: Block[]): Table | null {
  // Everything that is not a row or cell leaves the table, as an HTML parser fosters it out.
  const moved: Block[] = [];
  const rows: TableRow[] = [];
  let caption: Table['caption'] = null;
  const addRow = (tr: Block): boolean => {
    if (tr.type !== 'htmlBlock' || tr.tag !== 'tr') return false;
    const cells: TableCell[] = [];
    for (const c of tr.children) {
      if (c.type !== 'htmlBlock' || (c.tag !== 'td' && c.tag !== 'th')) {
        moved.push(c);
        continue;
      }
      cells.push(tableCell(c.tag === 'th', c.attrs, c.children));
    }
    rows.push({ type: 'tableRow', attrs: tr.attrs, cells });
    return true;
  };
  // Cells straight under <table>/<tbody> get a row of their own, as HTML parsers insert one.
  let loose: Block[] = [];
  const flushLoose = (): boolean => {
    if (loose.length === 0) return true;
    const ok = addRow({ type: 'htmlBlock', tag: 'tr', attrs: {}, children: loose });
    loose = [];
    return ok;
  };
  const addChild = (child: Block): boolean => {
    if (child.type === 'htmlBlock' && (child.tag === 'td' || child.tag === 'th')) {
      loose.push(child);
      return true;
    }
    if (!flushLoose()) return false;
    if (!addRow(child)) moved.push(child);
    return true;
  };
  for (const child of children) {
    if (child.type !== 'htmlBlock') {
      moved.push(child);
    } else if (child.tag === 'caption') {
      caption = blocksToInline(child.children);
    } else if (child.tag === 'thead' || child.tag === 'tbody' || child.tag === 'tfoot') {
      for (const tr of child.children) if (!addChild(tr)) return null;
      if (!flushLoose()) return null;
    } else if (!addChild(child)) {
      return null;
    }
  }
  if (!flushLoose()) return null;
  if (rows.length === 0 && moved.length > 0) return null;
  for (const b of moved) fostered.push(b);
  return { type: 'table', attrs, caption, rows };
}
