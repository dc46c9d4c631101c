/**
 * Depth-first walk of the document tree in reading order. Every transform uses this one walker so
 * a new node kind needs teaching in exactly one place.
 */
import type { Inline, Node } from './nodes.js';

export type Visitor = (node: Node) => void | 'skip';

/**
 * Visit `node` and everything below it in document order, except the leaves no transform needs
 * to see (text, line breaks) — they are most of the tree. Returning 'skip' skips a node's children.
 */
export function walk(node: Node, visit: Visitor): void {
  if (visit(node) === 'skip') return;
  switch (node.type) {
    case 'document':
    case 'blockquote':
    case 'htmlBlock':
    case 'listItem':
    case 'definitionDescription':
    case 'tableCell':
      walkAll(node.children, visit);
      return;
    case 'heading':
    case 'paragraph':
    case 'preformatted':
    case 'definitionTerm':
    case 'strong':
    case 'emphasis':
    case 'wikiLink':
    case 'externalLink':
    case 'htmlInline':
      walkAll(node.children, visit);
      return;
    case 'list':
      walkAll(node.items, visit);
      return;
    case 'definitionList':
      walkAll(node.items, visit);
      return;
    case 'table':
      if (node.caption) walkAll(node.caption, visit);
      walkAll(node.rows, visit);
      return;
    case 'tableRow':
      walkAll(node.cells, visit);
      return;
    case 'gallery':
      walkAll(node.items, visit);
      return;
    case 'image':
      walkAll(node.caption, visit);
      return;
    case 'infobox':
      if (node.title) walkAll(node.title, visit);
      walkAll(node.images, visit);
      for (const row of node.rows) {
        if (row.label) walkAll(row.label, visit);
        walkAll(row.value, visit);
      }
      return;
    case 'footnoteRef':
      if (node.children) walkAll(node.children, visit);
      return;
    case 'references':
      walkAll(node.definitions, visit);
      if (node.list) for (const def of node.list) walkAll(def.children, visit);
      return;
    default:
      return;
  }
}

function walkAll(nodes: readonly Node[], visit: Visitor): void {
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (n.type !== 'text' && n.type !== 'break') walk(n, visit);
  }
}
