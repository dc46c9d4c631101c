/**
 * Whether content must stay Markdown when it sits inside HTML (a table cell, a definition list):
 * footnote markers only work as Markdown, and GitHub renders maths only from Markdown.
 */
import type { Block, Inline } from '../ast/nodes.js';

export function inlinesNeedMarkdown(nodes: readonly Inline[]): boolean {
  for (const n of nodes) {
    switch (n.type) {
      case 'footnoteRef':
        if (n.label) return true;
        break;
      case 'math':
        return true;
      case 'strong':
      case 'emphasis':
      case 'wikiLink':
      case 'externalLink':
      case 'htmlInline':
        if (inlinesNeedMarkdown(n.children)) return true;
        break;
      case 'image':
        if (n.caption.length && inlinesNeedMarkdown(n.caption)) return true;
        break;
    }
  }
  return false;
}

export function blocksNeedMarkdown(nodes: readonly Block[]): boolean {
  for (const n of nodes) {
    switch (n.type) {
      case 'heading':
      case 'paragraph':
      case 'preformatted':
        if (inlinesNeedMarkdown(n.children)) return true;
        break;
      case 'mathBlock':
        return true;
      case 'references':
        if (n.list && n.list.length) return true;
        break;
      case 'list':
        for (const item of n.items) if (blocksNeedMarkdown(item.children)) return true;
        break;
      case 'definitionList':
        for (const item of n.items) {
          if (item.type === 'definitionTerm' ? inlinesNeedMarkdown(item.children) : blocksNeedMarkdown(item.children)) return true;
        }
        break;
      case 'blockquote':
      case 'htmlBlock':
        if (blocksNeedMarkdown(n.children)) return true;
        break;
      case 'table':
        if (n.caption && inlinesNeedMarkdown(n.caption)) return true;
        for (const row of n.rows) for (const cell of row.cells) if (blocksNeedMarkdown(cell.children)) return true;
        break;
      case 'gallery':
        for (const img of n.items) if (inlinesNeedMarkdown(img.caption)) return true;
        break;
      case 'infobox':
        if (n.title && inlinesNeedMarkdown(n.title)) return true;
        for (const row of n.rows) if (inlinesNeedMarkdown(row.value) || (row.label && inlinesNeedMarkdown(row.label))) return true;
        break;
    }
  }
  return false;
}
