/** Small builders for document trees in tests. */
import type { Block, Document, FootnoteRef, Image, Inline, List, Table, TableCell, WikiLink } from '../../../src/ast/nodes.js';

export const t = (value: string): Inline => ({ type: 'text', value });
export const strong = (...children: Inline[]): Inline => ({ type: 'strong', children });
export const em = (...children: Inline[]): Inline => ({ type: 'emphasis', children });
export const p = (...children: Inline[]): Block => ({ type: 'paragraph', children });
export const h = (level: 1 | 2 | 3 | 4 | 5 | 6, ...children: Inline[]): Block => ({ type: 'heading', level, children });
export const doc = (...children: Block[]): Document => ({ type: 'document', children });
export const br = (): Inline => ({ type: 'break' });
export const code = (value: string): Inline => ({ type: 'inlineCode', value });
export const math = (value: string, chem = false): Inline => ({ type: 'math', value, display: false, chem });
export const html = (tag: string, attrs: Record<string, string>, ...children: Inline[]): Inline => ({ type: 'htmlInline', tag, attrs, children });

export function link(href: string | undefined, ...children: Inline[]): WikiLink {
  return { type: 'wikiLink', title: 'T', ns: 0, fragment: null, interwiki: null, children, ...(href !== undefined ? { href } : {}) };
}

export function ext(url: string, kind: 'labelled' | 'numbered' | 'bare' | 'magic', ...children: Inline[]): Inline {
  return { type: 'externalLink', url, kind, children };
}

export function ref(label: string): FootnoteRef {
  return { type: 'footnoteRef', group: '', name: null, children: null, label };
}

export function refs(...defs: Array<[string, Block[]] | [string, Block[], string]>): Block {
  return {
    type: 'references',
    group: '',
    definitions: [],
    list: defs.map(([label, children, name]) => ({ label, group: '', name: name ?? null, children })),
  };
}

export function ul(...items: Block[][]): List {
  return { type: 'list', ordered: false, start: 1, items: items.map((children) => ({ type: 'listItem', children })) };
}

export function ol(...items: Block[][]): List {
  return { type: 'list', ordered: true, start: 1, items: items.map((children) => ({ type: 'listItem', children })) };
}

export function img(file: string, src: string | undefined, opts: Partial<Image> = {}): Image {
  return { type: 'image', file, alt: '', caption: [], link: null, format: 'inline', width: null, height: null, align: null, ...(src !== undefined ? { src } : {}), ...opts };
}

export function cell(children: Inline[] | Block[], o: Partial<TableCell> = {}): TableCell {
  const BLOCK = ['paragraph', 'list', 'table', 'heading', 'blockquote', 'codeBlock', 'definitionList', 'mathBlock', 'htmlBlock', 'preformatted', 'references', 'gallery', 'thematicBreak'];
  const blocks: Block[] = children.length && BLOCK.includes(children[0]!.type)
    ? (children as Block[])
    : [{ type: 'paragraph', children: children as Inline[] }];
  return { type: 'tableCell', header: false, rowspan: 1, colspan: 1, align: null, attrs: {}, children: blocks, ...o };
}

export const th = (children: Inline[], o: Partial<TableCell> = {}): TableCell => cell(children, { header: true, ...o });

export function table(rows: TableCell[][], caption: Inline[] | null = null): Table {
  return { type: 'table', attrs: {}, caption, rows: rows.map((cells) => ({ type: 'tableRow', attrs: {}, cells })) };
}
