/**
 * Inline nodes → Markdown. Children are rendered left to right into parts; strong/emphasis spans
 * stay open until their neighbours are known, then get `**`/`*` with an empty HTML comment
 * (`<!---->`) beside a delimiter wherever CommonMark's flanking rules would otherwise refuse it
 * (`的**《书》**的`, `**C++**的`). The comment is invisible, keeps the span a real Markdown strong
 * (so every reader and scorer sees bold), and only ever stands mid-line.
 */
import type { ExternalLink, Image, Inline, WikiLink } from '../ast/nodes.js';
import { plainText } from '../ast/nodes.js';
import { ALLOWED_INLINE_TAGS } from '../ast/html.js';
import type { ImageMode } from '../engine/types.js';
import { isSafeUrl, sanitizeAttributes } from './attrs.js';
import { type CharClass, classAt, classBefore, isUnicodeSpace, leftFlanking, mayBeRightFlanking, rightFlanking, L, P, W } from './chars.js';
import { encodeDestination, escapedLineStart, escapeString, F_LABEL, F_LINE, F_TABLE, footnoteLabel } from './escape.js';
import { codeSpan, inlineMath } from './code.js';
import type { LinkTargets } from './types.js';

export interface InlineContext {
  /** F_LINE / F_TABLE / F_LABEL. */
  flags: number;
  images: ImageMode;
  /** Show non-ASCII percent-escapes of link targets as characters (MarkdownOptions.readableUrls). */
  readableUrls?: boolean;
  /** Targets of links and images that carry no `href`/`src` (MarkdownOptions.links). */
  links?: LinkTargets | null;
  /** Inside link text: links are flattened to their text, footnote markers moved after the link. */
  inLink: boolean;
  /** Footnote markers met inside link text, printed after the link. */
  hoisted: string[] | null;
  /** Inside a strong/emphasis span (whose `*` opener is still pending for the parser). */
  inSpan?: boolean;
  /** Cached contexts for link text and span content rendered from this one. */
  label?: InlineContext;
  span?: InlineContext;
}

const GUARD = '<!---->';

/** A strong/emphasis span whose delimiters are chosen once its neighbours are known. */
interface Span {
  delim: string;
  lead: string;
  body: string;
  trail: string;
}

/** A footnote marker `[^x]`: a following `(` or `:` must not join it. */
interface Mark {
  mark: string;
}

type Part = string | Span | Mark;

export function newContext(flags: number, images: ImageMode, readableUrls = false, links: LinkTargets | null = null): InlineContext {
  return { flags, images, readableUrls, links, inLink: false, hoisted: null };
}

/**
 * Render inline nodes. `before`/`after`: class of the characters around the output (the
 * container's delimiters, a line boundary, …). `lineStart`: output begins a line.
 */
export function renderInlines(nodes: readonly Inline[], ctx: InlineContext, before: CharClass, after: CharClass, lineStart: boolean): string {
  // The common case — one run of text (a link label, a bold word) — needs no parts or join.
  if (nodes.length === 1 && nodes[0]!.type === 'text') return escapeString(nodes[0]!.value, ctx.flags, lineStart);
  const r = new InlineRun(ctx, lineStart);
  r.visit(nodes);
  r.flushText();
  return join(r.parts, before, after, ctx.inSpan === true);
}

/** The state of one renderInlines call (a class, not closures: one allocation per call). */
class InlineRun {
  readonly parts: Part[] = [];
  pendingText: string | null = null;
  constructor(
    readonly ctx: InlineContext,
    public atStart: boolean,
  ) {}

  flushText(): void {
    if (this.pendingText === null) return;
    const text = escapeString(this.pendingText, this.ctx.flags, this.atStart);
    this.pendingText = null;
    if (text !== '') {
      this.parts.push(text);
      this.atStart = escapedLineStart;
    }
  }

  visit(list: readonly Inline[]): void {
    const ctx = this.ctx;
    const parts = this.parts;
    for (const node of list) {
      switch (node.type) {
        case 'text':
          this.pendingText = this.pendingText === null ? node.value : this.pendingText + node.value;
          continue;
        case 'variant':
          this.pendingText = this.pendingText === null ? node.raw : this.pendingText + node.raw;
          continue;
        case 'dropped':
          continue;
        case 'htmlInline': {
          const tag = node.tag.toLowerCase();
          if (tag === 'span' || tag === 'font' || !ALLOWED_INLINE_TAGS.has(tag)) {
            // Presentation only (or not allowed at all): keep the content, lose the tag. A span's
            // id is an anchor ({{anchor}}) that section links may point at.
            if (tag === 'span' && node.attrs.id) {
              this.flushText();
              const id = sanitizeAttributes('span', { id: node.attrs.id }, 'markdown');
              if (id) parts.push(`<a${id}></a>`);
            }
            if (tag !== 'script' && tag !== 'style') this.visit(node.children);
            continue;
          }
          if (tag === 'b' || tag === 'strong' || tag === 'i' || tag === 'em') {
            this.flushText();
            this.atStart = pushSpan(parts, tag === 'b' || tag === 'strong' ? '**' : '*', node.children, ctx, this.atStart);
            continue;
          }
          break;
        }
        case 'wikiLink':
        case 'externalLink':
          if (ctx.inLink) {
            this.visit(node.children);
            continue;
          }
          break;
        case 'footnoteRef':
          if (ctx.inLink) {
            if (node.label) ctx.hoisted?.push(`[^${footnoteLabel(node.label)}]`);
            continue;
          }
          break;
      }
      this.flushText();
      if (node.type === 'strong' || node.type === 'emphasis') {
        this.atStart = pushSpan(parts, node.type === 'strong' ? '**' : '*', node.children, ctx, this.atStart);
        continue;
      }
      if (node.type === 'footnoteRef') {
        if (node.label) {
          parts.push({ mark: `[^${footnoteLabel(node.label)}]` });
          this.atStart = false;
        }
        continue;
      }
      if (node.type === 'wikiLink' || node.type === 'externalLink') {
        const label = labelContext(ctx);
        const hoisted = label.hoisted!;
        hoisted.length = 0;
        const s = renderLink(node, label);
        if (s !== '') {
          parts.push(s);
          this.atStart = false;
        }
        for (const m of hoisted) parts.push({ mark: m });
        continue;
      }
      if (node.type === 'break') {
        if (ctx.flags & F_LINE) parts.push('<br>');
        else if (this.atStart) parts.push('<br>');
        else {
          parts.push('<br>\n');
          this.atStart = true;
        }
        continue;
      }
      const s = renderLeaf(node, ctx, this.atStart);
      if (s !== '') {
        parts.push(s);
        this.atStart = s.charCodeAt(s.length - 1) === 10;
      }
    }
  }
}

/** The context for a span's content, made once per context like labelContext. */
function spanContext(ctx: InlineContext): InlineContext {
  if (ctx.inSpan) return ctx;
  const c = ctx.span;
  if (c && c.flags === ctx.flags && c.images === ctx.images && c.inLink === ctx.inLink && c.hoisted === ctx.hoisted) return c;
  return (ctx.span = { ...ctx, inSpan: true, span: undefined, label: undefined });
}

/** Queue a strong/emphasis span; returns whether the output then stands at a line start. */
/** The context for link text, made once per context (rendering is synchronous and links do not nest). */
function labelContext(ctx: InlineContext): InlineContext {
  const flags = ctx.flags | F_LABEL;
  // Contexts are copied with spreads, cache included: only trust it when it still matches.
  if (ctx.label && ctx.label.flags === flags && ctx.label.images === ctx.images) return ctx.label;
  return (ctx.label = { ...ctx, flags, inLink: true, hoisted: [], inSpan: false, label: undefined, span: undefined });
}

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

function normalizeEdge(s: string): string {
  return s.includes('\n') ? '\n' : s;
}

function firstClass(p: Part | undefined, after: CharClass): CharClass {
  if (p === undefined) return after;
  if (typeof p === 'string') return classAt(p, 0);
  if ('mark' in p) return P;
  return p.lead !== '' ? W : P;
}

/**
 * The output of `join`: one growing string (a V8 rope, no array to join) plus its last piece
 * apart. Reading the end of the growing string would flatten it again and again (quadratic
 * copying on long paragraphs); the last piece, the one before it and the run of backslashes
 * ending the rest are all `join` needs.
 */
class Pieces {
  /** Everything before `last`; never read. */
  private head = '';
  /** How many backslashes end `head`. */
  private headBackslashes = 0;
  /** The piece before `last` ('' when none). */
  private prev = '';
  /** The last non-empty piece ('' when nothing yet). */
  private last = '';

  push(s: string): void {
    if (s === '') return;
    const t = this.last;
    if (t !== '') {
      let k = t.length - 1;
      while (k >= 0 && t.charCodeAt(k) === 92) k--;
      this.headBackslashes = k < 0 ? this.headBackslashes + t.length : t.length - 1 - k;
      this.head += t;
    }
    this.prev = t;
    this.last = s;
  }

  get empty(): boolean {
    return this.last === '';
  }

  /** Last char code, or -1. */
  lastCode(): number {
    const t = this.last;
    return t === '' ? -1 : t.charCodeAt(t.length - 1);
  }

  /** Class of the last character (W when empty). */
  classAtEnd(): CharClass {
    const t = this.last;
    if (t === '') return W;
    // A lone low surrogate at the start of the piece: its pair is in the piece before.
    if (t.length === 1 && this.prev !== '') {
      const c = t.charCodeAt(0);
      if (c >= 0xdc00 && c <= 0xdfff) return classBefore(this.prev + t, this.prev.length + 1);
    }
    return classBefore(t, t.length);
  }

  /** `![` starts an image, `^[` an inline footnote (markdown-it-footnote, pandoc): escape a trailing `!`/`^`. */
  escapeBangOrCaret(): void {
    const c = this.lastCode();
    if (c !== 33 && c !== 94) return;
    // An odd run of backslashes before it already escapes it.
    const t = this.last;
    let k = t.length - 2;
    while (k >= 0 && t.charCodeAt(k) === 92) k--;
    const run = t.length - 2 - k + (k < 0 ? this.headBackslashes : 0);
    if (run % 2 === 1) return;
    this.last = t.slice(0, -1) + '\\' + t[t.length - 1];
  }

  toString(): string {
    return this.head === '' ? this.last : this.head + this.last;
  }
}

function join(parts: Part[], before: CharClass, after: CharClass, inSpan: boolean): string {
  if (parts.length === 1 && typeof parts[0] === 'string') return parts[0];
  const out = new Pieces();
  let spanEnd = false; // out ends with a span's closing delimiter
  let markEnd = false; // out ends with a footnote marker
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    if (typeof part === 'string') {
      let s = part;
      const c0 = s.charCodeAt(0);
      // After a marker, `(x)` would make `[^1](x)` a link (markdown-it) and `: x` a definition at
      // a line start. A following `[` is fine: all three parsers fall back to the footnote.
      if (markEnd && (c0 === 40 || c0 === 58)) s = '\\' + s;
      if (c0 === 91) out.escapeBangOrCaret();
      // Two code spans in a row would fuse their backtick fences.
      else if (c0 === 96 && out.lastCode() === 96) s = GUARD + s;
      out.push(s);
      spanEnd = markEnd = false;
      continue;
    }
    if ('mark' in part) {
      out.escapeBangOrCaret();
      out.push(part.mark);
      markEnd = true;
      spanEnd = false;
      continue;
    }
    // A strong/emphasis span.
    // Whitespace moved out of the span is dropped next to other whitespace (it would only add a
    // blank line or a hard break) and reduced to one newline when it holds one.
    let p: CharClass = out.empty ? before : out.classAtEnd();
    if (part.lead !== '' && p !== W) {
      out.push(normalizeEdge(part.lead));
      p = W;
      spanEnd = markEnd = false;
    }
    let next = k + 1;
    while (next < parts.length && parts[next] === '') next++;
    const r = firstClass(parts[next], after);
    const trail = part.trail !== '' && r !== W ? normalizeEdge(part.trail) : '';
    const n = classAt(part.body, 0);
    const q = classBefore(part.body, part.body.length);
    let guardBefore = spanEnd || !leftFlanking(p, n);
    // Inside another span an opener that could also close would close the outer span instead:
    // a guard fixes that before a letter, otherwise the span is written as HTML.
    if (inSpan && mayBeRightFlanking(guardBefore ? P : p, n)) {
      if (n === L) guardBefore = true;
      else {
        const tag = part.delim === '**' ? 'b' : 'i';
        out.push(`<${tag}>${part.body}</${tag}>` + trail);
        spanEnd = markEnd = false;
        continue;
      }
    }
    const guardAfter = trail === '' && !rightFlanking(q, r);
    if (guardBefore) out.push(GUARD);
    out.push(part.delim);
    out.push(part.body);
    out.push(part.delim);
    if (guardAfter) out.push(GUARD);
    out.push(trail);
    spanEnd = trail === '' && !guardAfter;
    markEnd = false;
  }
  return out.toString();
}

// ───────────────────────────── links ─────────────────────────────

function renderLink(node: WikiLink | ExternalLink, ctx: InlineContext): string {
  let label = renderInlines(node.children, ctx, P, P, false).trim();
  let href: string | undefined;
  if (node.type === 'wikiLink') {
    href = node.href ?? ctx.links?.href(node);
    if (label === '') label = escapeString(node.title || node.fragment || href || '', ctx.flags | F_LINE, false);
    if (href !== undefined && !isSafeUrl(href)) href = './' + href; // `Category:X.md` is a path, not a scheme
  } else {
    href = node.url;
    if (!isSafeUrl(href)) href = undefined;
    else if (node.kind === 'bare' && label === escapeString(href, ctx.flags | F_LINE, false) && autolinkable(href, ctx)) {
      return `<${href}>`;
    }
    if (label === '') label = escapeString(node.url, ctx.flags | F_LINE, false);
  }
  if (href === undefined || href === '') return label;
  // `[^x](…)` would be read as a footnote call by micromark.
  if (label.charCodeAt(0) === 94) label = '\\' + label;
  return `[${label}](${encodeDestination(href, ctx.readableUrls)})`;
}

/** `<url>` is an autolink when it has a scheme and no space, `<`, `>` (or `|` in a table). */
function autolinkable(url: string, ctx: InlineContext): boolean {
  if (!/^[a-zA-Z][a-zA-Z0-9+.-]{1,31}:/.test(url)) return false;
  for (let i = 0; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c <= 32 || c === 60 || c === 62 || c === 127 || (c === 124 && ctx.flags & F_TABLE)) return false;
  }
  return true;
}

// ───────────────────────────── leaves ─────────────────────────────

function renderLeaf(node: Inline, ctx: InlineContext, atStart: boolean): string {
  switch (node.type) {
    case 'inlineCode':
      return codeSpan(node.value, ctx, atStart);
    case 'math':
      return inlineMath(node, ctx);
    case 'image':
      return renderImage(node, ctx);
    case 'htmlInline': {
      const tag = node.tag.toLowerCase();
      const attrs = sanitizeAttributes(tag, node.attrs, 'markdown');
      if (tag === 'br') return '<br>';
      if (tag === 'wbr') return `<wbr${attrs}>`;
      const body = renderInlines(node.children, ctx, P, P, false);
      return `<${tag}${ctx.flags & F_LABEL ? attrs.replace(/\]/g, '&#93;') : attrs}>${body}</${tag}>`;
    }
    default:
      return '';
  }
}

// ───────────────────────────── images ─────────────────────────────

/** Whether MediaWiki shows this image as a framed block with its caption under it. */
export function isFramed(img: Image): boolean {
  return img.format === 'thumb' || img.format === 'frame';
}

function fileLabel(file: string): string {
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(0, dot) : file;
}

function renderImage(img: Image, ctx: InlineContext): string {
  if (ctx.images === 'drop') return '';
  const target = img.src ?? ctx.links?.src(img);
  const src = target && isSafeUrl(target, 'image') ? target : null;
  const lineMode = (ctx.flags & F_LINE) !== 0;
  const caption = (): string => renderInlines(img.caption, { ...ctx, hoisted: ctx.hoisted }, lineMode ? P : W, L, !lineMode);
  if (ctx.images === 'link' || ctx.inLink) {
    if (ctx.inLink || src === null) return isFramed(img) ? caption() : '';
    let label = renderInlines(img.caption, { ...ctx, flags: ctx.flags | F_LABEL, inLink: true, hoisted: [] }, P, P, false).trim();
    if (label === '') label = escapeString(img.file, ctx.flags | F_LINE | F_LABEL, false);
    if (label.charCodeAt(0) === 94) label = '\\' + label;
    return `[${label}](${encodeDestination(src, ctx.readableUrls)})`;
  }
  if (src === null) return isFramed(img) ? caption() : '';
  const altText = img.alt || plainText(img.caption) || fileLabel(img.file);
  const alt = escapeString(altText, (ctx.flags & F_TABLE) | F_LINE | F_LABEL, false);
  let s = `![${alt}](${encodeDestination(src, ctx.readableUrls)})`;
  if (isFramed(img) && img.caption.length > 0) {
    const cap = caption();
    if (cap !== '') s += (lineMode ? '<br>' : '<br>\n') + cap;
  }
  return s;
}
