/**
 * Inline nodes → Markdown. Children are rendered left to right into parts; strong/emphasis spans
 * stay open until their neighbours are known, then get `**`/`*` with an empty HTML comment
 * (`<!---->`) beside a delimiter wherever CommonMark's flanking rules would otherwise refuse it
 * (`的**《书》**的`, `**C++**的`). The comment is invisible, keeps the span a real Markdown strong
 * (so every reader and scorer sees bold), and only ever stands mid-line.
 */
import type { ExternalLink, Image, Inline, InlineMath, WikiLink } from '../ast/nodes.js';
import { plainText } from '../ast/nodes.js';
import { ALLOWED_INLINE_TAGS } from '../ast/html.js';
import type { ImageMode } from '../engine/types.js';
import { isSafeUrl, sanitizeAttributes } from './attrs.js';
import { type CharClass, classAt, classBefore, isUnicodeSpace, leftFlanking, mayBeRightFlanking, rightFlanking, L, P, W } from './chars.js';
import { encodeDestination, escapeText, F_LABEL, F_LINE, F_TABLE, footnoteLabel, longestRun } from './escape.js';

export interface InlineContext {
  /** F_LINE / F_TABLE / F_LABEL. */
  flags: number;
  images: ImageMode;
  /** Inside link text: links are flattened to their text, footnote markers moved after the link. */
  inLink: boolean;
  /** Footnote markers met inside link text, printed after the link. */
  hoisted: string[] | null;
  /** Inside a strong/emphasis span (whose `*` opener is still pending for the parser). */
  inSpan?: boolean;
  /** Cached context for link text rendered from this one. */
  label?: InlineContext;
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

export function newContext(flags: number, images: ImageMode): InlineContext {
  return { flags, images, inLink: false, hoisted: null };
}

/**
 * Render inline nodes. `before`/`after`: class of the characters around the output (the
 * container's delimiters, a line boundary, …). `lineStart`: output begins a line.
 */
export function renderInlines(nodes: readonly Inline[], ctx: InlineContext, before: CharClass, after: CharClass, lineStart: boolean): string {
  const parts: Part[] = [];
  let atStart = lineStart;
  let pendingText: string | null = null;

  const flushText = (): void => {
    if (pendingText === null) return;
    const e = escapeText(pendingText, ctx.flags, atStart);
    pendingText = null;
    if (e.text !== '') {
      parts.push(e.text);
      atStart = e.lineStart;
    }
  };

  const visit = (list: readonly Inline[]): void => {
    for (const node of list) {
      switch (node.type) {
        case 'text':
          pendingText = pendingText === null ? node.value : pendingText + node.value;
          continue;
        case 'variant':
          pendingText = pendingText === null ? node.raw : pendingText + node.raw;
          continue;
        case 'dropped':
          continue;
        case 'htmlInline': {
          const tag = node.tag.toLowerCase();
          if (tag === 'span' || tag === 'font' || !ALLOWED_INLINE_TAGS.has(tag)) {
            // Presentation only (or not allowed at all): keep the content, lose the tag. A span's
            // id is an anchor ({{anchor}}) that section links may point at.
            if (tag === 'span' && node.attrs.id) {
              flushText();
              const id = sanitizeAttributes('span', { id: node.attrs.id }, 'markdown');
              if (id) parts.push(`<a${id}></a>`);
            }
            if (tag !== 'script' && tag !== 'style') visit(node.children);
            continue;
          }
          if (tag === 'b' || tag === 'strong' || tag === 'i' || tag === 'em') {
            flushText();
            atStart = pushSpan(parts, tag === 'b' || tag === 'strong' ? '**' : '*', node.children, ctx, atStart);
            continue;
          }
          break;
        }
        case 'wikiLink':
        case 'externalLink':
          if (ctx.inLink) {
            visit(node.children);
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
      flushText();
      if (node.type === 'strong' || node.type === 'emphasis') {
        atStart = pushSpan(parts, node.type === 'strong' ? '**' : '*', node.children, ctx, atStart);
        continue;
      }
      if (node.type === 'footnoteRef') {
        if (node.label) {
          parts.push({ mark: `[^${footnoteLabel(node.label)}]` });
          atStart = false;
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
          atStart = false;
        }
        for (const m of hoisted) parts.push({ mark: m });
        continue;
      }
      if (node.type === 'break') {
        if (ctx.flags & F_LINE) parts.push('<br>');
        else if (atStart) parts.push('<br>');
        else {
          parts.push('<br>\n');
          atStart = true;
        }
        continue;
      }
      const s = renderLeaf(node, ctx, atStart);
      if (s !== '') {
        parts.push(s);
        atStart = s.charCodeAt(s.length - 1) === 10;
      }
    }
  };

  visit(nodes);
  flushText();
  return join(parts, before, after, ctx.inSpan === true);
}

/** Queue a strong/emphasis span; returns whether the output then stands at a line start. */
/** The context for link text, made once per context (rendering is synchronous and links do not nest). */
function labelContext(ctx: InlineContext): InlineContext {
  const flags = ctx.flags | F_LABEL;
  // Contexts are copied with spreads, cache included: only trust it when it still matches.
  if (ctx.label && ctx.label.flags === flags && ctx.label.images === ctx.images) return ctx.label;
  return (ctx.label = { ...ctx, flags, inLink: true, hoisted: [], inSpan: false, label: undefined });
}

function pushSpan(parts: Part[], delim: string, children: readonly Inline[], ctx: InlineContext, atStart: boolean): boolean {
  const body = renderInlines(children, ctx.inSpan ? ctx : { ...ctx, inSpan: true }, P, P, false);
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

/** `![` starts an image, `^[` an inline footnote (markdown-it-footnote, pandoc). */
function bangOrCaret(out: string): boolean {
  const c = out.charCodeAt(out.length - 1);
  if (c !== 33 && c !== 94) return false;
  let k = out.length - 2;
  while (k >= 0 && out.charCodeAt(k) === 92) k--;
  return (out.length - 2 - k) % 2 === 0; // an odd run of backslashes already escapes it
}

function join(parts: Part[], before: CharClass, after: CharClass, inSpan: boolean): string {
  let out = '';
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
      if (c0 === 91 && bangOrCaret(out)) out = out.slice(0, -1) + '\\' + out[out.length - 1];
      // Two code spans in a row would fuse their backtick fences.
      else if (c0 === 96 && out.charCodeAt(out.length - 1) === 96) s = GUARD + s;
      out += s;
      spanEnd = markEnd = false;
      continue;
    }
    if ('mark' in part) {
      if (bangOrCaret(out)) out = out.slice(0, -1) + '\\' + out[out.length - 1];
      out += part.mark;
      markEnd = true;
      spanEnd = false;
      continue;
    }
    // A strong/emphasis span.
    // Whitespace moved out of the span is dropped next to other whitespace (it would only add a
    // blank line or a hard break) and reduced to one newline when it holds one.
    let p: CharClass = out.length ? classBefore(out, out.length) : before;
    if (part.lead !== '' && p !== W) {
      out += normalizeEdge(part.lead);
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
        out += `<${tag}>${part.body}</${tag}>` + trail;
        spanEnd = markEnd = false;
        continue;
      }
    }
    const guardAfter = trail === '' && !rightFlanking(q, r);
    out += (guardBefore ? GUARD : '') + part.delim + part.body + part.delim + (guardAfter ? GUARD : '') + trail;
    spanEnd = trail === '' && !guardAfter;
    markEnd = false;
  }
  return out;
}

// ───────────────────────────── links ─────────────────────────────

function renderLink(node: WikiLink | ExternalLink, ctx: InlineContext): string {
  let label = renderInlines(node.children, ctx, P, P, false).trim();
  let href: string | undefined;
  if (node.type === 'wikiLink') {
    href = node.href;
    if (label === '') label = escapeText(node.title || node.fragment || href || '', ctx.flags | F_LINE, false).text;
    if (href !== undefined && !isSafeUrl(href)) href = './' + href; // `Category:X.md` is a path, not a scheme
  } else {
    href = node.url;
    if (!isSafeUrl(href)) href = undefined;
    else if (node.kind === 'bare' && label === escapeText(href, ctx.flags | F_LINE, false).text && autolinkable(href, ctx)) {
      return `<${href}>`;
    }
    if (label === '') label = escapeText(node.url, ctx.flags | F_LINE, false).text;
  }
  if (href === undefined || href === '') return label;
  // `[^x](…)` would be read as a footnote call by micromark.
  if (label.charCodeAt(0) === 94) label = '\\' + label;
  return `[${label}](${encodeDestination(href)})`;
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

/** A code span: a fence longer than any backtick run inside, padded when needed. */
function codeSpan(value: string, ctx: InlineContext, atStart: boolean): string {
  let v = value.replace(/\r\n?|\n/g, ' ');
  if (v === '') return '<code></code>';
  if (ctx.flags & F_TABLE) v = v.replace(/\|/g, '\\|');
  const fence = longestRun(v, 96) + 1;
  // In link text a `]` in code would end the label of a link reference definition (`[a`]`]: x`)
  // at a paragraph start, as block parsing does not know code spans.
  // In a pipe table a backslash right before a `|` is read differently by different parsers.
  if ((atStart && fence >= 3) || (ctx.flags & F_LABEL && v.includes(']')) || (ctx.flags & F_TABLE && value.includes('\\|'))) {
    // ``` at the start of a line would open a code block. Text between inline tags is still
    // Markdown, so it is escaped as such.
    return `<code>${escapeText(value, (ctx.flags & (F_TABLE | F_LABEL)) | F_LINE, false).text}</code>`;
  }
  const ticks = '`'.repeat(fence);
  const pad = v.charCodeAt(0) === 96 || v.charCodeAt(v.length - 1) === 96 || (v.charCodeAt(0) === 32 && v.charCodeAt(v.length - 1) === 32 && v.trim() !== '');
  return pad ? `${ticks} ${v} ${ticks}` : ticks + v + ticks;
}

/** Characters that GitHub's Markdown pass could act on inside `$…$`. */
function mathIsPlain(v: string): boolean {
  const n = v.length;
  if (n === 0 || isUnicodeSpace(v.charCodeAt(0)) || isUnicodeSpace(v.charCodeAt(n - 1))) return false;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    switch (c) {
      case 10: case 13: case 36: case 96: case 42: case 95: case 91: case 93: case 60: case 62: case 38: case 126: case 124:
        return false;
      case 92: {
        const d = v.charCodeAt(i + 1);
        if (!((d >= 65 && d <= 90) || (d >= 97 && d <= 122))) return false;
      }
    }
  }
  return true;
}

/** LaTeX for a math node; `|` becomes `\vert` inside pipe tables, where it would split the cell. */
export function mathSource(node: { value: string; chem: boolean }, inTable: boolean): string {
  let v = node.value.trim();
  if (node.chem) v = `\\ce{${v}}`;
  if (inTable && v.includes('|')) v = v.replace(/\\\|/g, '\\Vert{}').replace(/\|/g, '\\vert{}');
  return v;
}

/** `$x$` when nothing inside could be read as Markdown, else GitHub's `$`…`$` form. */
function inlineMath(node: InlineMath, ctx: InlineContext): string {
  const v = mathSource(node, (ctx.flags & F_TABLE) !== 0).replace(/\s*[\r\n]+\s*/g, ' ');
  if (v === '') return '';
  if (mathIsPlain(v)) return `$${v}$`;
  if (ctx.flags & F_LABEL && v.includes(']')) return `$<code>${escapeText(v, ctx.flags | F_LINE, false).text}</code>$`;
  const ticks = '`'.repeat(longestRun(v, 96) + 1);
  const pad = v.charCodeAt(0) === 96 || v.charCodeAt(v.length - 1) === 96;
  return pad ? `$${ticks} ${v} ${ticks}$` : `$${ticks}${v}${ticks}$`;
}

export { mathIsPlain };

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
  const src = img.src && isSafeUrl(img.src, 'image') ? img.src : null;
  const lineMode = (ctx.flags & F_LINE) !== 0;
  const caption = (): string => renderInlines(img.caption, { ...ctx, hoisted: ctx.hoisted }, lineMode ? P : W, L, !lineMode);
  if (ctx.images === 'link' || ctx.inLink) {
    if (ctx.inLink || src === null) return isFramed(img) ? caption() : '';
    let label = renderInlines(img.caption, { ...ctx, flags: ctx.flags | F_LABEL, inLink: true, hoisted: [] }, P, P, false).trim();
    if (label === '') label = escapeText(img.file, ctx.flags | F_LINE | F_LABEL, false).text;
    if (label.charCodeAt(0) === 94) label = '\\' + label;
    return `[${label}](${encodeDestination(src)})`;
  }
  if (src === null) return isFramed(img) ? caption() : '';
  const altText = img.alt || plainText(img.caption) || fileLabel(img.file);
  const alt = escapeText(altText, (ctx.flags & F_TABLE) | F_LINE | F_LABEL, false).text;
  let s = `![${alt}](${encodeDestination(src)})`;
  if (isFramed(img) && img.caption.length > 0) {
    const cap = caption();
    if (cap !== '') s += (lineMode ? '<br>' : '<br>\n') + cap;
  }
  return s;
}
