/** Test helpers: parse wikitext through flatten + parser, tree builders, and a compact dumper. */
import type { Block, Document, Inline } from '../../src/ast/nodes.js';
import { emptyMeta } from '../../src/engine/convert.js';
import type { PageMeta, Warning } from '../../src/engine/types.js';
import { parseWikitext } from '../../src/parser/index.js';
import type { ParseContext } from '../../src/parser/types.js';
import { preprocessWithoutExpansion } from '../../src/preprocess/flatten.js';
import { siteFor } from '../../src/site/defaults.js';
import type { SiteConfig } from '../../src/site/types.js';
import type { TemplateHandler, TemplateRegistry } from '../../src/templates/types.js';

export interface ParseResult {
  doc: Document;
  meta: PageMeta;
  warnings: Warning[];
  ctx: ParseContext;
}

export function registry(handlers: Record<string, TemplateHandler> = {}): TemplateRegistry {
  return { lookup: (name) => handlers[name] ?? null };
}

export function parse(text: string, opts: { lang?: string; site?: SiteConfig; templates?: Record<string, TemplateHandler> } = {}): ParseResult {
  const site = opts.site ?? siteFor(opts.lang ?? 'zh');
  const pre = preprocessWithoutExpansion(text, { site });
  const warnings: Warning[] = [];
  const meta = emptyMeta('Test');
  const ctx: ParseContext = {
    site,
    title: 'Test',
    markers: pre.markers,
    templates: registry(opts.templates),
    meta,
    warn: (w) => warnings.push(w),
  };
  const doc = parseWikitext(pre.text, ctx);
  return { doc, meta, warnings, ctx };
}

/** Blocks of a parse. */
export const blocks = (text: string, lang = 'zh'): Block[] => parse(text, { lang }).doc.children;

/** Inline content of the first paragraph. */
export function inl(text: string, lang = 'zh'): Inline[] {
  const b = blocks(text, lang);
  if (b.length !== 1 || b[0]!.type !== 'paragraph') throw new Error('expected one paragraph, got ' + dump(b));
  return b[0]!.children;
}

// ── builders ──
export const t = (value: string): Inline => ({ type: 'text', value });
export const b = (...children: Inline[]): Inline => ({ type: 'strong', children });
export const i = (...children: Inline[]): Inline => ({ type: 'emphasis', children });
export const p = (...children: Inline[]): Block => ({ type: 'paragraph', children });
export const h = (level: 1 | 2 | 3 | 4 | 5 | 6, ...children: Inline[]): Block => ({ type: 'heading', level, children });
export const br = (): Inline => ({ type: 'break' });
export function link(title: string, children: Inline[] | string, extra: { ns?: number; fragment?: string | null; interwiki?: string | null } = {}): Inline {
  return {
    type: 'wikiLink',
    title,
    ns: extra.ns ?? 0,
    fragment: extra.fragment ?? null,
    interwiki: extra.interwiki ?? null,
    children: typeof children === 'string' ? [t(children)] : children,
  };
}
export function ext(url: string, children: Inline[] | string, kind: 'labelled' | 'numbered' | 'bare' | 'magic' = 'labelled'): Inline {
  return { type: 'externalLink', url, children: typeof children === 'string' ? [t(children)] : children, kind };
}
export const html = (tag: string, attrs: Record<string, string>, ...children: Inline[]): Inline => ({ type: 'htmlInline', tag, attrs, children });
export const ul = (...items: Block[][]): Block => ({ type: 'list', ordered: false, start: 1, items: items.map((c) => ({ type: 'listItem', children: c })) });
export const ol = (...items: Block[][]): Block => ({ type: 'list', ordered: true, start: 1, items: items.map((c) => ({ type: 'listItem', children: c })) });
export const dt = (...children: Inline[]) => ({ type: 'definitionTerm' as const, children });
export const dd = (...children: Block[]) => ({ type: 'definitionDescription' as const, children });
export const dl = (...items: Array<ReturnType<typeof dt> | ReturnType<typeof dd>>): Block => ({ type: 'definitionList', items });

/** A compact one-line rendering of a tree, for failure messages and eyeballing. */
export function dump(nodes: ReadonlyArray<Block | Inline> | Document): string {
  if (!Array.isArray(nodes)) return dump((nodes as Document).children);
  return (nodes as Array<Block | Inline>).map(dumpNode).join(' ');
}

function dumpNode(n: Block | Inline): string {
  const kids = (c: ReadonlyArray<Block | Inline>) => dump(c);
  switch (n.type) {
    case 'text':
      return JSON.stringify(n.value);
    case 'paragraph':
      return `P(${kids(n.children)})`;
    case 'heading':
      return `H${n.level}(${kids(n.children)})`;
    case 'strong':
      return `B(${kids(n.children)})`;
    case 'emphasis':
      return `I(${kids(n.children)})`;
    case 'wikiLink':
      return `L[${n.interwiki ? n.interwiki + ':' : ''}${n.title}${n.fragment !== null ? '#' + n.fragment : ''}](${kids(n.children)})`;
    case 'externalLink':
      return `X[${n.kind} ${n.url}](${kids(n.children)})`;
    case 'image':
      return `IMG[${n.file} ${n.format}${n.width ? ' w' + n.width : ''}${n.align ? ' ' + n.align : ''}${n.link !== null ? ' link=' + n.link : ''}${n.alt ? ' alt=' + n.alt : ''}](${kids(n.caption)})`;
    case 'break':
      return 'BR';
    case 'footnoteRef':
      return `REF[${n.group}|${n.name ?? ''}](${n.children ? kids(n.children) : '∅'})`;
    case 'inlineCode':
      return `CODE(${JSON.stringify(n.value)})`;
    case 'htmlInline':
      return `<${n.tag}${Object.keys(n.attrs).length ? ' ' + JSON.stringify(n.attrs) : ''}>(${kids(n.children)})`;
    case 'math':
      return `MATH${n.display ? '!' : ''}${n.chem ? 'ce' : ''}(${JSON.stringify(n.value)})`;
    case 'variant':
      return `V(${JSON.stringify(n.raw)})`;
    case 'dropped':
      return `DROP(${n.name})`;
    case 'list':
      return `${n.ordered ? 'OL' : 'UL'}(${n.items.map((it) => 'li(' + kids(it.children) + ')').join(' ')})`;
    case 'definitionList':
      return `DL(${n.items.map((it) => (it.type === 'definitionTerm' ? 'dt(' : it.inTerm ? 'in-dt(' : 'dd(') + kids(it.children as Array<Block | Inline>) + ')').join(' ')})`;
    case 'preformatted':
      return `PRE(${kids(n.children)})`;
    case 'codeBlock':
      return `CODEBLOCK[${n.lang ?? ''}](${JSON.stringify(n.value)})`;
    case 'mathBlock':
      return `MATHBLOCK${n.chem ? 'ce' : ''}(${JSON.stringify(n.value)})`;
    case 'thematicBreak':
      return 'HR';
    case 'blockquote':
      return `QUOTE(${kids(n.children)})`;
    case 'table':
      return `TABLE${Object.keys(n.attrs).length ? JSON.stringify(n.attrs) : ''}(${n.caption ? 'cap(' + kids(n.caption) + ') ' : ''}${n.rows
        .map(
          (r) =>
            'tr(' +
            r.cells
              .map((c) => `${c.header ? 'th' : 'td'}${c.rowspan > 1 ? ' r' + c.rowspan : ''}${c.colspan > 1 ? ' c' + c.colspan : ''}${c.align ? ' ' + c.align : ''}(${kids(c.children)})`)
              .join(' ') +
            ')',
        )
        .join(' ')})`;
    case 'htmlBlock':
      return `<${n.tag}${Object.keys(n.attrs).length ? ' ' + JSON.stringify(n.attrs) : ''}>[${kids(n.children)}]`;
    case 'gallery':
      return `GALLERY(${kids(n.items)})`;
    case 'references':
      return `REFS[${n.group}](${kids(n.definitions)})`;
    case 'infobox':
      return `INFOBOX(${n.name})`;
    default:
      return '?';
  }
}
