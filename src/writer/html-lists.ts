/**
 * List-shaped HTML written in wikitext (`<ul>/<ol>/<li>`, `<dl>/<dt>/<dd>` left as HTML blocks by
 * the parser) turned back into list nodes, so the writer prints them as Markdown lists and
 * definition lists and readers count their items.
 */
import { olStart } from '../ast/html.js';
import type { Block, DefinitionList, Heading, HtmlBlock, Inline, List, ListItem } from '../ast/nodes.js';
import { listNode } from '../ast/nodes.js';

/** The inlines of blocks that should have been inline content (a `<dt>`): paragraphs joined by breaks. */
function inlineOf(blocks: readonly Block[]): Inline[] {
  const out: Inline[] = [];
  for (const b of blocks) {
    if (b.type !== 'paragraph' && b.type !== 'heading') continue;
    if (out.length) out.push({ type: 'break' });
    out.push(...b.children);
  }
  return out;
}

/** `<dl>` (or a stray `<dt>`/`<dd>`) written as HTML in wikitext → a definition list. */
export function htmlDefinitionList(b: HtmlBlock): DefinitionList {
  const items: DefinitionList['items'] = [];
  const parts = b.tag.toLowerCase() === 'dl' ? b.children : [b];
  for (const c of parts) {
    if (c.type === 'htmlBlock' && c.tag.toLowerCase() === 'dt') items.push({ type: 'definitionTerm', children: inlineOf(c.children) });
    else if (c.type === 'htmlBlock' && c.tag.toLowerCase() === 'dd') items.push({ type: 'definitionDescription', children: c.children });
    else items.push({ type: 'definitionDescription', children: [c] });
  }
  return { type: 'definitionList', items };
}

/** `<ul>`/`<ol>` (or a stray `<li>`) left as HTML blocks → a list. */
export function htmlList(b: HtmlBlock): List {
  const tag = b.tag.toLowerCase();
  const parts = tag === 'li' ? [b] : b.children;
  const items: ListItem[] = parts.map((c) =>
    c.type === 'htmlBlock' && c.tag.toLowerCase() === 'li' ? { type: 'listItem', children: c.children } : { type: 'listItem', children: [c] },
  );
  return listNode(items, tag === 'ol', tag === 'ol' ? olStart(b.attrs, items.length) : 1);
}

/** HTML blocks the writer drops with their content (the engine's heading naming skips them too). */
export const DROPPED_HTML = new Set(['script', 'style', 'iframe', 'object', 'embed']);

/**
 * `<h1>`…`<h6>` (tag lower-cased) holding one paragraph: the heading the writer prints as Markdown,
 * sharing the paragraph's children (an anchor added to them is printed). Null for anything else.
 */
export function htmlHeading(b: HtmlBlock, tag: string): Heading | null {
  const h = /^h([1-6])$/.exec(tag);
  if (h === null || b.children.length !== 1 || b.children[0]!.type !== 'paragraph') return null;
  return { type: 'heading', level: Number(h[1]) as Heading['level'], children: b.children[0]!.children };
}
