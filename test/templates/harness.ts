/**
 * Test harness for template handlers: a TemplateContext whose fragment parser is a stand-in
 * (plain text, or a few constructs the tests need), and a call builder.
 */
import type { Block, Inline } from '../../src/ast/nodes.js';
import { emptyMeta } from '../../src/engine/convert.js';
import { siteFor } from '../../src/site/defaults.js';
import { parseTitle } from '../../src/site/titles.js';
import { builtinRegistry } from '../../src/templates/registry.js';
import type { TemplateCall, TemplateContext, TemplateResult } from '../../src/templates/types.js';

/**
 * A stand-in for the real fragment parser: text stays text, except `[[Target|label]]` and
 * `[[File:X.jpg]]` at the very start and end of the fragment (enough for handler tests).
 */
export function fakeParseInline(lang: string) {
  const site = siteFor(lang);
  return (wikitext: string): Inline[] => {
    const m = /^\[\[([^|\]]+)(?:\|([^\]]*))?\]\]$/.exec(wikitext);
    if (m) {
      const t = parseTitle(site, m[1]!);
      if (t && t.ns === 6) {
        return [{ type: 'image', file: t.text, alt: '', caption: [], link: null, format: 'inline', width: null, height: null, align: null }];
      }
      if (t) return [{ type: 'wikiLink', title: t.full, ns: t.ns, fragment: t.fragment, interwiki: t.interwiki, children: [{ type: 'text', value: m[2] ?? m[1]! }] }];
    }
    return [{ type: 'text', value: wikitext }];
  };
}

export function makeCtx(lang = 'zh', title = '测试', now = new Date(Date.UTC(2025, 5, 1))): TemplateContext {
  const parseInline = fakeParseInline(lang);
  return {
    site: siteFor(lang),
    title,
    parseInline,
    parseBlocks: (wikitext: string): Block[] => [{ type: 'paragraph', children: parseInline(wikitext) }],
    meta: emptyMeta(title),
    warn: () => {},
    now,
  };
}

/** Build a call: positional values in order, then named ones. */
export function call(name: string, positional: string[] = [], named: Record<string, string> = {}): TemplateCall {
  const args = new Map<string, string>();
  positional.forEach((v, i) => args.set(String(i + 1), v));
  for (const [k, v] of Object.entries(named)) args.set(k, v);
  return { name, args, offset: 0, lineStart: false };
}

/** Run a call through the default registry. */
export function render(name: string, positional: string[] = [], named: Record<string, string> = {}, ctx: TemplateContext = makeCtx()): TemplateResult {
  const handler = builtinRegistry.lookup(name, ctx.site.lang);
  if (!handler) throw new Error(`no handler for ${name}`);
  return handler(call(name, positional, named), ctx);
}

/** The inline nodes of a result (throws when it is not inline). */
export function inlineOf(r: TemplateResult): Inline[] {
  if (r.kind !== 'inline') throw new Error(`expected inline, got ${r.kind}`);
  return r.nodes;
}

/** A readable flattening for assertions: links as [label](url) / [[title|label]], emphasis as *x*. */
export function show(nodes: readonly (Inline | Block)[]): string {
  let s = '';
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        s += n.value;
        break;
      case 'externalLink':
        s += `[${show(n.children)}](${n.url})`;
        break;
      case 'wikiLink':
        s += `[[${n.interwiki ? n.interwiki + ':' : ''}${n.title}|${show(n.children)}]]`;
        break;
      case 'emphasis':
        s += `*${show(n.children)}*`;
        break;
      case 'strong':
        s += `**${show(n.children)}**`;
        break;
      case 'htmlInline':
        s += `<${n.tag}>${show(n.children)}</${n.tag}>`;
        break;
      case 'break':
        s += '<br>';
        break;
      case 'footnoteRef':
        s += `[^${n.group}:${n.name ?? ''}${n.children ? '=' + show(n.children) : ''}]`;
        break;
      case 'paragraph':
        s += show(n.children) + '\n';
        break;
      case 'blockquote':
        s += '> ' + show(n.children);
        break;
      case 'image':
        s += `![${show(n.caption)}](${n.file})`;
        break;
      default:
        s += `{${n.type}}`;
    }
  }
  return s;
}

