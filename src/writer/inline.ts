/**
 * Inline nodes → Markdown. Children are rendered left to right into parts; strong/emphasis spans
 * stay open until their neighbours are known, then get `**`/`*` with an empty HTML comment
 * (`<!-- -->`) beside a delimiter wherever CommonMark's flanking rules would otherwise refuse it
 * (`的**《书》**的`, `**C++**的`). The comment is invisible, keeps the span a real Markdown strong
 * (so every reader and scorer sees bold), and only ever stands mid-line. The joining of parts is
 * inline-join.ts; links and images are inline-links.ts.
 */
import type { Emphasis, ExternalLink, FootnoteRef, HtmlInline, Inline, InlineMath, Strong, Text, VariantMarkup, WikiLink } from '../ast/nodes.js';
import { ALLOWED_INLINE_TAGS } from '../ast/html.js';
import type { ImageMode } from '../engine/types.js';
import { sanitizeAttributes } from './attrs.js';
import { type CharClass, isUnicodeSpace, P } from './chars.js';
import { escapedDollarAt, escapedDollars, escapedHeldAt, escapedLineStart, escapedStarAt, escapedStarRuns, escapeString, F_IN_SPAN, F_LABEL, F_LINE, F_OPEN_END, F_SCOPE, F_TABLE, footnoteLabel } from './escape.js';
import { codeSpan, inlineMath } from './code.js';
import { markdownTag } from './html.js';
import { texToInlines } from './math-label.js';
import { join, LINK_BITS, type Part } from './inline-join.js';
import { renderedBracketLink, renderImage, renderLink } from './inline-links.js';
import { typeOf } from './node-type.js';
import type { LinkTargets } from './types.js';

export interface InlineContext {
  /** F_LINE / F_TABLE / F_LABEL / F_IN_SPAN. */
  flags: number;
  images: ImageMode;
  /** Show non-ASCII percent-escapes of link targets as characters (MarkdownOptions.readableUrls). */
  readableUrls: boolean;
  /** Targets of links and images that carry no `href`/`src` (MarkdownOptions.links). */
  links: LinkTargets | null;
  /** Inside link text: links are flattened to their text, footnote markers moved after the link. */
  inLink: boolean;
  /** Footnote markers met inside link text, printed after the link. */
  hoisted: string[] | null;
  /** Inside a strong/emphasis span (whose `*` opener is still pending for the parser). */
  inSpan: boolean;
  /** Cached contexts for link text and span content rendered from this one (see labelContext). */
  label: InlineContext | undefined;
  span: InlineContext | undefined;
}

export function newContext(flags: number, images: ImageMode, readableUrls = false, links: LinkTargets | null = null): InlineContext {
  return makeContext(flags, images, readableUrls, links, false, null, false);
}

/**
 * Every context the writer makes comes from here, with all its fields in this order: one hidden
 * class. Contexts copied with spreads, and given their `label`/`span` cache later, had a shape per
 * way they were made, so the loads and stores of their fields (renderInlines, linkNode,
 * labelContext, renderImage) were megamorphic and missed V8's stub cache by the thousand per
 * round (`node --log-ic`).
 */
export function makeContext(
  flags: number,
  images: ImageMode,
  readableUrls: boolean,
  links: LinkTargets | null,
  inLink: boolean,
  hoisted: string[] | null,
  inSpan: boolean,
): InlineContext {
  return { flags, images, readableUrls, links, inLink, hoisted, inSpan, label: undefined, span: undefined };
}

/**
 * Render inline nodes. `before`/`after`: class of the characters around the output (the
 * container's delimiters, a line boundary, …). `lineStart`: output begins a line. `scope`: the
 * nodes are all of an inline scope (paragraph, heading, table cell, link text), nothing printed
 * around them on their lines can pair with their delimiters.
 */
export function renderInlines(nodes: readonly Inline[], ctx: InlineContext, before: CharClass, after: CharClass, lineStart: boolean, scope = false): string {
  // The common case — one run of text (a link label, a bold word) — needs no parts or join. So
  // do texts alone that the parser kept apart (zh line joins, ast/line-joins.ts): one run here.
  const text = onlyText(nodes);
  if (text !== null) return escapeString(text, scope && (ctx.flags & F_IN_SPAN) === 0 ? ctx.flags | F_SCOPE : ctx.flags, lineStart);
  const r = new InlineRun(ctx, lineStart);
  r.visit(nodes);
  r.flushText();
  // Maths may cross link text and table cells may be read as one row: paragraphs and headings only.
  if (scope && r.dollarPart >= 0 && (ctx.flags & (F_LABEL | F_TABLE | F_IN_SPAN)) === 0) r.unescapeDollar();
  if (scope && r.starRuns === 1 && r.starPart >= 0 && (ctx.flags & F_IN_SPAN) === 0) r.unescapeStar();
  return join(r.parts, before, after, ctx.inSpan, r.linkMask, r.moreLinks);
}

/** The texts of `nodes` run together when every node is a text (at least one), else null. */
function onlyText(nodes: readonly Inline[]): string | null {
  // Types first: most runs mix texts with other nodes, and joining their texts would be wasted.
  for (let k = 0; k < nodes.length; k++) if (nodes[k]!.type !== 'text') return null;
  if (nodes.length === 0) return null;
  let value = (nodes[0] as Text).value;
  for (let k = 1; k < nodes.length; k++) value += (nodes[k] as Text).value;
  return value;
}

/** The state of one renderInlines call (a class, not closures: one allocation per call). */
class InlineRun {
  readonly parts: Part[] = [];
  /** The parts that are `[label](destination)` links (see renderedBracketLink and isLinkPart). */
  linkMask = 0;
  moreLinks: Set<number> | null = null;
  pendingText: string | null = null;
  /**
   * `*` runs that can act as delimiters in this scope: those of the texts, plus 2 for anything
   * else that may print one (a span, inline HTML or an image caption holding a `*`). Link text is
   * a scope of its own and does not count.
   */
  starRuns = 0;
  /** The part holding the first text `*` run, and where its backslashes start, when escaped. */
  starPart = -1;
  starAt = -1;
  /** `$` met in the texts; the part holding the first, and its backslash, when it is escaped. */
  dollars = 0;
  dollarPart = -1;
  dollarAt = -1;
  constructor(
    readonly ctx: InlineContext,
    public atStart: boolean,
  ) {}

  flushText(): void {
    if (this.pendingText === null) return;
    // Another part may follow: a line-start marker the text ends with is left to join.
    const text = escapeString(this.pendingText, this.ctx.flags | F_OPEN_END, this.atStart);
    this.pendingText = null;
    if (escapedDollars > 0) {
      if (this.dollars === 0 && escapedDollarAt >= 0) {
        this.dollarPart = this.parts.length;
        this.dollarAt = escapedDollarAt;
      }
      this.dollars += escapedDollars;
    }
    if (escapedStarRuns > 0) {
      if (this.starRuns === 0 && escapedStarAt >= 0) {
        this.starPart = this.parts.length;
        this.starAt = escapedStarAt;
      }
      this.starRuns += escapedStarRuns;
    }
    if (text !== '') {
      this.parts.push(escapedHeldAt < 0 ? text : { text, heldAt: escapedHeldAt });
      this.atStart = escapedLineStart;
    }
  }

  /**
   * The scope's only `*` run pairs with nothing (emphasis needs two runs): drop its backslashes.
   * First on a line it was never recorded (a list item or rule there).
   */
  unescapeStar(): void {
    const part = this.parts[this.starPart]!;
    const held = typeof part !== 'string' && 'heldAt' in part ? part : null;
    const text = typeof part === 'string' ? part : held?.text;
    if (text === undefined) return;
    const at = this.starAt;
    let k = at;
    while (text.charCodeAt(k) === 92 && text.charCodeAt(k + 1) === 42) k += 2;
    const run = (k - at) / 2;
    let bare = text.slice(0, at);
    for (let i = 0; i < run; i++) bare += '*';
    bare += text.slice(k);
    this.parts[this.starPart] = held === null ? bare : { text: bare, heldAt: held.heldAt > at ? held.heldAt - run : held.heldAt };
  }

  /**
   * The only `$` anywhere in a paragraph's or heading's Markdown (link targets, code and all) has
   * no partner to make maths with: drop its backslash.
   */
  unescapeDollar(): void {
    if (this.dollars !== 1) return;
    let count = 0;
    for (const p of this.parts) {
      const s = typeof p === 'string' ? p : 'heldAt' in p ? p.text : 'mark' in p ? p.mark : 'math' in p ? p.math : p.lead + p.body + p.trail;
      for (let i = s.indexOf('$'); i >= 0; i = s.indexOf('$', i + 1)) if (++count > 1) return;
    }
    const part = this.parts[this.dollarPart]!;
    const held = typeof part !== 'string' && 'heldAt' in part ? part : null;
    const text = typeof part === 'string' ? part : held?.text;
    const at = this.dollarAt;
    if (text === undefined || text.charCodeAt(at) !== 92 || text.charCodeAt(at + 1) !== 36) return;
    const bare = text.slice(0, at) + text.slice(at + 1);
    this.parts[this.dollarPart] = held === null ? bare : { text: bare, heldAt: held.heldAt > at ? held.heldAt - 1 : held.heldAt };
    if (this.starPart === this.dollarPart && this.starAt > at) this.starAt--;
  }

  visit(list: readonly Inline[]): void {
    for (const node of list) {
      const t = typeOf(node);
      if (t === 'text') this.pendingText = this.pendingText === null ? (node as Text).value : this.pendingText + (node as Text).value;
      else if (t === 'variant') this.pendingText = this.pendingText === null ? (node as VariantMarkup).raw : this.pendingText + (node as VariantMarkup).raw;
      else if (t !== 'dropped') (NODE_RULES[t] ?? leafNode)(this, node);
    }
  }
}

/*
 * Every other node type has its own small function, reached through one table lookup and one
 * call site. As branches of visit they made visit's optimised code meet a branch first taken on
 * some later page (a span with an id, a break in a table cell, maths) and be thrown away and
 * recompiled about ten times per isolate (JIT warm-up, docs/mirror-measurements.md).
 */
type NodeRule = (r: InlineRun, node: Inline) => void;

function htmlInlineNode(r: InlineRun, node: Inline): void {
  const n = node as HtmlInline;
  const tag = n.tag.toLowerCase();
  if (tag === 'span' || tag === 'font' || !ALLOWED_INLINE_TAGS.has(tag)) {
    // Presentation only (or not allowed at all): keep the content, lose the tag. A span's
    // id is an anchor ({{anchor}}) that section links may point at.
    if (tag === 'span' && n.attrs.id) {
      r.flushText();
      const id = sanitizeAttributes('span', { id: n.attrs.id }, 'markdown');
      if (id) r.parts.push(`<a${id}></a>`);
    }
    if (tag !== 'script' && tag !== 'style') r.visit(n.children);
    return;
  }
  r.flushText();
  if (tag === 'b' || tag === 'strong' || tag === 'i' || tag === 'em') {
    r.starRuns += 2;
    r.atStart = pushSpan(r.parts, tag === 'b' || tag === 'strong' ? '**' : '*', n.children, r.ctx, r.atStart);
    return;
  }
  leafNode(r, node);
}

function linkNode(r: InlineRun, node: Inline): void {
  const n = node as WikiLink | ExternalLink;
  if (r.ctx.inLink) {
    r.visit(n.children);
    return;
  }
  r.flushText();
  const parts = r.parts;
  const label = labelContext(r.ctx);
  const hoisted = label.hoisted!;
  // A length write is a builtin call even when nothing changes.
  if (hoisted.length !== 0) hoisted.length = 0;
  const s = renderLink(n, label);
  if (s !== '') {
    if (renderedBracketLink) {
      const k = parts.length;
      if (k < LINK_BITS) r.linkMask |= 1 << k;
      else (r.moreLinks ??= new Set()).add(k);
    }
    parts.push(s);
    r.atStart = false;
  }
  // Marks with both fields, as footnoteRefNode makes them: one hidden class for join's tests.
  for (let i = 0; i < hoisted.length; i++) parts.push({ mark: hoisted[i]!, lineStart: false });
}

function footnoteRefNode(r: InlineRun, node: Inline): void {
  const n = node as FootnoteRef;
  if (r.ctx.inLink) {
    if (n.label) r.ctx.hoisted?.push(`[^${footnoteLabel(n.label)}]`);
    return;
  }
  r.flushText();
  if (n.label) {
    r.parts.push({ mark: `[^${footnoteLabel(n.label)}]`, lineStart: r.atStart });
    r.atStart = false;
  }
}

function spanNode(r: InlineRun, node: Inline): void {
  r.flushText();
  r.starRuns += 2;
  r.atStart = pushSpan(r.parts, node.type === 'strong' ? '**' : '*', (node as Strong | Emphasis).children, r.ctx, r.atStart);
}

function breakNode(r: InlineRun): void {
  r.flushText();
  const parts = r.parts;
  if (r.ctx.flags & F_LINE) parts.push('<br />');
  else if (r.atStart) parts.push('<br />');
  else {
    parts.push('<br />\n');
    r.atStart = true;
  }
}

function mathNode(r: InlineRun, node: Inline): void {
  if (r.ctx.inLink) {
    // GitHub shows `$…$` in link text as dollars and TeX: simple formulas as text, others as code.
    const m = node as InlineMath;
    const plain = m.chem ? null : texToInlines(m.value);
    r.visit(plain ?? [{ type: 'inlineCode', value: m.value.trim() }]);
    return;
  }
  r.flushText();
  const m = inlineMath(node as InlineMath, r.ctx);
  if (m !== '') {
    r.parts.push({ math: m, plain: m.charCodeAt(1) !== 96 });
    r.atStart = false;
  }
}

function leafNode(r: InlineRun, node: Inline): void {
  r.flushText();
  const s = renderLeaf(node, r.ctx, r.atStart);
  const t = typeOf(node);
  if ((t === 'htmlInline' || t === 'image') && s.includes('*')) r.starRuns += 2;
  if (s !== '') {
    r.parts.push(s);
    r.atStart = s.charCodeAt(s.length - 1) === 10;
  }
}

const NODE_RULES: Partial<Record<string, NodeRule>> = {
  htmlInline: htmlInlineNode,
  wikiLink: linkNode,
  externalLink: linkNode,
  footnoteRef: footnoteRefNode,
  strong: spanNode,
  emphasis: spanNode,
  break: breakNode,
  math: mathNode,
};

/** The context for a span's content, made once per context like labelContext. */
function spanContext(ctx: InlineContext): InlineContext {
  if (ctx.inSpan) return ctx;
  return (ctx.span ??= makeContext(ctx.flags | F_IN_SPAN, ctx.images, ctx.readableUrls, ctx.links, ctx.inLink, ctx.hoisted, true));
}

/**
 * The context for link text, made once per context: no field of a context changes after
 * makeContext, so the cached one always fits. Its `hoisted` list is shared by every link rendered
 * from `ctx` (rendering is synchronous and links do not nest): a caller empties it first.
 */
export function labelContext(ctx: InlineContext): InlineContext {
  // Link text is a scope of its own for emphasis: a pending span outside cannot be closed in it.
  return (ctx.label ??= makeContext((ctx.flags | F_LABEL) & ~F_IN_SPAN, ctx.images, ctx.readableUrls, ctx.links, true, [], false));
}

/** Queue a strong/emphasis span; returns whether the output then stands at a line start. */
function pushSpan(parts: Part[], delim: string, children: readonly Inline[], ctx: InlineContext, atStart: boolean): boolean {
  const body = renderInlines(children, spanContext(ctx), P, P, false);
  // Whitespace at the edges of a span is moved outside it: `** x**` would not be bold.
  let a = 0;
  while (a < body.length && isUnicodeSpace(body.charCodeAt(a))) a++;
  let b = body.length;
  while (b > a && isUnicodeSpace(body.charCodeAt(b - 1))) b--;
  if (a === b) {
    // Only whitespace: keep a line break, drop the rest.
    if (body.includes('\n') && !atStart) {
      parts.push('\n');
      return true;
    }
    return atStart;
  }
  const trail = body.slice(b);
  parts.push({ delim, lead: body.slice(0, a), body: body.slice(a, b), trail });
  return trail.includes('\n');
}

function renderLeaf(node: Inline, ctx: InlineContext, atStart: boolean): string {
  switch (node.type) {
    case 'inlineCode':
      return codeSpan(node.value, ctx, atStart);
    case 'image':
      return renderImage(node, ctx);
    case 'htmlInline': {
      const tag = node.tag.toLowerCase();
      const attrs = sanitizeAttributes(tag, node.attrs, 'markdown');
      if (tag === 'br') return '<br />';
      if (tag === 'wbr') return `<wbr${attrs} />`;
      const body = renderInlines(node.children, ctx, P, P, false);
      const shown = markdownTag(tag, 'markdown');
      return `<${shown}${ctx.flags & F_LABEL ? attrs.replace(/\]/g, '&#93;') : attrs}>${body}</${shown}>`;
    }
    default:
      return '';
  }
}

