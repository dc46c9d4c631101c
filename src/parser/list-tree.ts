/**
 * Where list elements land. MediaWiki's BlockLevelPass writes list markup as a stream of start and
 * end tags (`<dl><dt>`, `</dt>\n<dd>`, `</li></ul>`) and the HTML tree builder (Remex) decides what
 * nests in what. This is that builder's rule set for ul/ol/dl/li/dt/dd, so the odd prefixes come
 * out as MediaWiki shows them: `;;x` puts a list inside a term, and a `</dt>` written while a
 * nested `<dd>` is open (`;:a` then `::b`) closes everything up to that term.
 */
import type { Block, DefinitionDescription, DefinitionList, DefinitionTerm, Inline, List, ListItem } from '../ast/nodes.js';
import { listNode } from '../ast/nodes.js';
import { toInline } from './inline-flatten.js';
import { isType } from './node-type.js';
import { inlineToBlocks, trimEdges } from './paragraphs.js';
import type { InlineOut } from './state.js';

export type ContainerTag = 'ul' | 'ol' | 'dl';
export type ItemTag = 'li' | 'dt' | 'dd';

interface OpenElement {
  tag: ContainerTag | ItemTag;
  node: List | DefinitionList | ListItem | DefinitionTerm | DefinitionDescription;
  /** dt only: its list (the blocks nested in the term go in a description right after it). */
  list: DefinitionList | null;
  /** dt only: that description, once made. */
  nested: DefinitionDescription | null;
  /** li only: its list (an item left empty is taken out of it when it closes). */
  owner: List | null;
}

export class ListTree {
  private open: OpenElement[] = [];

  constructor(private readonly emit: (b: Block) => void) {}

  reset(): void {
    this.popTo(0);
  }

  startContainer(tag: ContainerTag): void {
    const node: List | DefinitionList =
      tag === 'dl' ? { type: 'definitionList', items: [] } : listNode([], tag === 'ol');
    this.place(node);
    this.open.push({ tag, node, list: null, nested: null, owner: null });
  }

  startItem(tag: ItemTag): void {
    // A new <li> closes an open <li>, a new <dt>/<dd> an open <dt> or <dd> — only at the top,
    // as every list element is "special" and stops HTML's search further down.
    let top = this.top();
    if (top && (tag === 'li' ? top.tag === 'li' : top.tag === 'dt' || top.tag === 'dd')) {
      this.popTo(this.open.length - 1);
      top = this.top();
    }
    const fits = top && (tag === 'li' ? top.tag === 'ul' || top.tag === 'ol' : top.tag === 'dl');
    if (!fits) {
      // HTML would put the item straight into whatever is open; the tree needs a list around it.
      this.startContainer(tag === 'li' ? 'ul' : 'dl');
      top = this.top();
    }
    const parent = top!;
    if (tag === 'li') {
      const item: ListItem = { type: 'listItem', children: [] };
      (parent.node as List).items.push(item);
      this.open.push({ tag, node: item, list: null, nested: null, owner: parent.node as List });
    } else {
      const list = parent.node as DefinitionList;
      const item: DefinitionTerm | DefinitionDescription =
        tag === 'dt' ? { type: 'definitionTerm', children: [] } : { type: 'definitionDescription', children: [] };
      list.items.push(item);
      this.open.push({ tag, node: item, list: tag === 'dt' ? list : null, nested: null, owner: null });
    }
  }

  /** An end tag: closes the nearest open element of that name and all inside it, if in scope. */
  endTag(tag: ContainerTag | ItemTag): void {
    for (let i = this.open.length - 1; i >= 0; i--) {
      const el = this.open[i]!;
      if (el.tag === tag) {
        this.popTo(i);
        return;
      }
      // </li> only looks as far as the nearest <ul>/<ol> ("list item scope").
      if (tag === 'li' && (el.tag === 'ul' || el.tag === 'ol')) return;
    }
  }

  /** Inline content for the innermost open element; `plainInto` as for inlineToBlocks. */
  content(nodes: readonly InlineOut[], plainInto: Block[] | null): void {
    if (nodes.length === 0) return;
    const top = this.top();
    if (top && top.tag === 'dt' && top.nested === null) {
      // Blocks on the term's line (a `<poem>`) keep their lines, as the wiki's div inside the dt does.
      const inline = toInline(nodes);
      trimEdges(inline);
      (top.node as DefinitionTerm).children.push(...inline);
      return;
    }
    const blocks = inlineToBlocks(nodes, plainInto);
    if (blocks.length === 0 && top && top.tag === 'li') keepDroppedSeam(top.node as ListItem, nodes);
    for (const b of blocks) this.place(b);
  }

  /**
   * Close the open elements above depth n. A list item closing with nothing in it goes: MediaWiki
   * marks an empty <li> mw-empty-elt and every skin hides it (OutputPage's mw-hide-empty-elt body
   * class), so `*` alone shows no bullet and an ordered list counts on without it. While an item
   * is open it is its list's last item, so taking it out is a pop.
   */
  private popTo(n: number): void {
    const open = this.open;
    while (open.length > n) {
      const el = open.pop()!;
      if (el.owner !== null && (el.node as ListItem).children.length === 0 && el.owner.items[el.owner.items.length - 1] === el.node) {
        el.owner.items.pop();
      }
    }
  }

  private top(): OpenElement | undefined {
    return this.open[this.open.length - 1];
  }

  /** A block (a nested list, a paragraph) into the innermost open element. */
  private place(b: Block): void {
    const top = this.top();
    if (!top) {
      this.emit(b);
      return;
    }
    switch (top.tag) {
      case 'li':
      case 'dd': {
        // Most items hold one block: the first goes into an array of its own size (a push onto
        // the empty array would make room for 17).
        const item = top.node as ListItem | DefinitionDescription;
        if (item.children.length === 0) item.children = [b];
        else item.children.push(b);
        return;
      }
      case 'dt':
        if (!top.nested) {
          top.nested = { type: 'definitionDescription', children: [], inTerm: true };
          top.list!.items.push(top.nested);
        }
        top.nested.children.push(b);
        return;
      case 'dl':
        (top.node as DefinitionList).items.push({ type: 'definitionDescription', children: [b] });
        return;
      default:
        (top.node as List).items.push({ type: 'listItem', children: [b] });
    }
  }
}

/**
 * `* {{Kotobank}}`: an item whose only content is a template we drop shows nothing, yet the wiki
 * shows a line there. Its dropped nodes stay in a paragraph of their own so that the scar pass
 * (transform/scars.ts), which runs whenever a page made dropped nodes, sees the item emptied by
 * a drop and removes it (an empty `*` of the author's is taken out when it closes, popTo).
 */
function keepDroppedSeam(item: ListItem, nodes: readonly InlineOut[]): void {
  let dropped: Inline[] | null = null;
  for (const n of nodes) if (isType(n, 'dropped')) (dropped ??= []).push(n);
  if (dropped !== null) item.children.push({ type: 'paragraph', children: dropped });
}
