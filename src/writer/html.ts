/**
 * The document tree → safe HTML. Used for table cells and definition lists inside Markdown
 * (where GitHub does not read Markdown) and by readers that want HTML.
 *
 * Safety: only the tags of src/ast/html.ts pass (others keep their content, `<script>`/`<style>`
 * lose it too), attributes go through MediaWiki's per-element list (attrs.ts), URLs need an
 * allowed protocol, text is escaped. The output never contains a raw newline — a blank line
 * would end the HTML block it is embedded in — so line breaks inside `<pre>` are written `&#10;`.
 * Maths is printed as its TeX source in `<code class="math">` / `<pre class="math">`.
 */
import type { Block, Image, Inline, Table, TableCell } from '../ast/nodes.js';
import { plainText } from '../ast/nodes.js';
import { ALLOWED_BLOCK_TAGS, ALLOWED_INLINE_TAGS } from '../ast/html.js';
import type { ImageMode } from '../engine/types.js';
import { type AttrProfile, escapeAttr, isSafeUrl, sanitizeAttributes } from './attrs.js';
import { localHref, readableUrl } from './destination.js';
import { imgTag, isPlayableFile } from './media.js';
import { footnoteLabel } from './escape.js';
import { isType, typeOf } from './node-type.js';
import type { LinkTargets } from './types.js';
import { codeAt } from '../engine/strings.js';

export interface HtmlOptions {
  images?: ImageMode;
  /** 'markdown' when embedded in GitHub Markdown: fewer attributes (see attrs.ts). Default 'html'. */
  profile?: AttrProfile;
  /** Show non-ASCII percent-escapes of link targets as characters (see readableUrl). */
  readableUrls?: boolean;
  /** Targets of links and images that carry no `href`/`src` (see LinkTargets). */
  links?: LinkTargets | null;
}

interface Ctx {
  images: ImageMode;
  profile: AttrProfile;
  pre: boolean;
  inLink: boolean;
  readableUrls: boolean;
  links: LinkTargets | null;
}

function ctxOf(o: HtmlOptions | undefined): Ctx {
  return { images: o?.images ?? 'embed', profile: o?.profile ?? 'html', pre: false, inLink: false, readableUrls: o?.readableUrls ?? false, links: o?.links ?? null };
}

/**
 * The tag to print inside GitHub Markdown for an allowed tag GitHub's sanitizer would remove
 * (keeping only its text): `<u>` becomes `<ins>`, which browsers underline the same way. `<tt>`
 * (obsolete HTML) prints as `<code>` in both profiles; the tree keeps its name because the
 * variant converter treats the two differently.
 */
export function markdownTag(tag: string, profile: AttrProfile): string {
  if (tag === 'tt') return 'code';
  return profile === 'markdown' && tag === 'u' ? 'ins' : tag;
}

/** Escape text content; newlines become spaces (or `&#10;` inside `<pre>`). */
export function escapeHtml(s: string, pre = false): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = codeAt(s, i);
    let rep: string | null = null;
    if (c === 38) rep = '&amp;';
    else if (c === 60) rep = '&lt;';
    else if (c === 62) rep = '&gt;';
    else if (c === 10 || c === 13) {
      if (c === 13 && codeAt(s, i + 1) === 10) {
        out += s.slice(last, i);
        last = i + 1;
        continue;
      }
      rep = pre ? '&#10;' : ' ';
    }
    if (rep !== null) {
      out += s.slice(last, i) + rep;
      last = i + 1;
    }
  }
  return last === 0 ? s : out + s.slice(last);
}

export function renderInlineHtml(nodes: readonly Inline[], opts?: HtmlOptions): string {
  return inlines(nodes, ctxOf(opts));
}

export function renderBlocksHtml(nodes: readonly Block[], opts?: HtmlOptions): string {
  return blocks(nodes, ctxOf(opts));
}

/** Content of a table cell or list item: a lone paragraph is printed without `<p>`. */
export function renderCellHtml(nodes: readonly Block[], opts?: HtmlOptions): string {
  return cellContent(nodes, ctxOf(opts));
}

function cellContent(nodes: readonly Block[], ctx: Ctx): string {
  const first = nodes.length === 1 ? nodes[0]! : null;
  if (first !== null && isType(first, 'paragraph')) return inlines(first.children, ctx);
  return blocks(nodes, ctx);
}

function inlines(nodes: readonly Inline[], ctx: Ctx): string {
  let out = '';
  for (const n of nodes) out += inline(n, ctx);
  return out;
}

function link(href: string | undefined, body: string, ctx: Ctx): string {
  if (ctx.inLink || href === undefined || href === '' || !isSafeUrl(href)) return body;
  return `<a href="${escapeAttr(ctx.readableUrls ? readableUrl(href) : href)}">${body}</a>`;
}

function inline(n: Inline, ctx: Ctx): string {
  return (INLINE_RULES[typeOf(n)] as (n: Inline, ctx: Ctx) => string)(n, ctx);
}

/*
 * Each kind of inline node as its own small function, reached through one table lookup and one
 * call site (as InlineRun.visit does): as the cases of one switch, the cases first met on some
 * later page (maths, a footnote marker in a cell) deoptimised the whole function, four
 * compilations of it per cold round (docs/mirror-measurements.md, JIT warm-up).
 */
const INLINE_RULES: { [T in Inline['type']]: (n: Extract<Inline, { type: T }>, ctx: Ctx) => string } = {
  text: (n, ctx) => escapeHtml(n.value, ctx.pre),
  variant: (n, ctx) => escapeHtml(n.raw, ctx.pre),
  dropped: () => '',
  strong: (n, ctx) => `<b>${inlines(n.children, ctx)}</b>`,
  emphasis: (n, ctx) => `<i>${inlines(n.children, ctx)}</i>`,
  wikiLink: (n, ctx) => {
    const body = inlines(n.children, { ...ctx, inLink: true }) || escapeHtml(n.title || n.fragment || '');
    const href = n.href ?? ctx.links?.href(n);
    return link(href === undefined || href === '' ? href : localHref(href), body, ctx);
  },
  externalLink: (n, ctx) => {
    const body = inlines(n.children, { ...ctx, inLink: true }) || escapeHtml(n.url);
    return link(n.url, body, ctx);
  },
  image: (n, ctx) => image(n, ctx),
  break: () => '<br />',
  footnoteRef: (n) => {
    if (!n.label) return '';
    const label = footnoteLabel(n.label);
    return `<sup class="reference"><a href="#fn-${escapeAttr(label)}">[${escapeHtml(n.label)}]</a></sup>`;
  },
  inlineCode: (n, ctx) => `<code>${escapeHtml(n.value, ctx.pre)}</code>`,
  math: (n) => {
    const v = n.chem ? `\\ce{${n.value.trim()}}` : n.value.trim();
    return `<code class="math">${escapeHtml(v)}</code>`;
  },
  htmlInline: (n, ctx) => {
    const tag = n.tag.toLowerCase();
    if (!ALLOWED_INLINE_TAGS.has(tag)) return tag === 'script' || tag === 'style' ? '' : inlines(n.children, ctx);
    const attrs = sanitizeAttributes(tag, n.attrs, ctx.profile);
    if (tag === 'br' || tag === 'wbr') return `<${tag}${attrs} />`;
    const body = inlines(n.children, ctx);
    if ((tag === 'span' || tag === 'font') && attrs === '') return body;
    const shown = markdownTag(tag, ctx.profile);
    return `<${shown}${attrs}>${body}</${shown}>`;
  },
};

function image(img: Image, ctx: Ctx): string {
  if (ctx.images === 'drop') return '';
  const framed = img.format === 'thumb' || img.format === 'frame';
  const caption = img.caption.length ? inlines(img.caption, ctx) : '';
  const target = img.src ?? ctx.links?.src(img);
  const src = target && isSafeUrl(target, 'image') ? target : null;
  if (src === null) return framed ? caption : '';
  if (ctx.images === 'link' || ctx.inLink || isPlayableFile(img.file)) {
    if (ctx.inLink) return framed ? caption : '';
    // The caption is link text now: links in it are flattened (no <a> inside an <a>).
    const label = img.caption.length ? inlines(img.caption, { ...ctx, inLink: true }) : '';
    return `<a href="${escapeAttr(ctx.readableUrls ? readableUrl(src) : src)}">${label || escapeHtml(img.file)}</a>`;
  }
  const tag = imgTag(img, src, ctx, escapeAttr);
  return framed && caption ? `${tag}<br />${caption}` : tag;
}

function blocks(nodes: readonly Block[], ctx: Ctx): string {
  let out = '';
  for (const n of nodes) out += block(n, ctx);
  return out;
}

function block(n: Block, ctx: Ctx): string {
  switch (n.type) {
    case 'heading':
      return `<h${n.level}>${inlines(n.children, ctx)}</h${n.level}>`;
    case 'paragraph': {
      const body = inlines(n.children, ctx);
      return body.trim() === '' ? '' : `<p>${body}</p>`;
    }
    case 'list': {
      // A list whose items all went with dropped templates (transform/scars.ts) shows nothing.
      if (n.items.length === 0) return '';
      const tag = n.ordered ? 'ol' : 'ul';
      let out = n.ordered && n.start !== 1 ? `<ol start="${n.start}">` : `<${tag}>`;
      for (const item of n.items) out += `<li>${cellContent(item.children, ctx)}</li>`;
      return out + `</${tag}>`;
    }
    case 'definitionList': {
      let out = '<dl>';
      const items = n.items;
      for (let i = 0; i < items.length; i++) {
        const item = items[i]!;
        if (item.type === 'definitionTerm') {
          // A list MediaWiki nests in the term (`;;x`) is printed inside the <dt>.
          const next = items[i + 1];
          const nested = next && next.type === 'definitionDescription' && next.inTerm ? blocks(next.children, ctx) : '';
          if (nested) i++;
          out += `<dt>${inlines(item.children, ctx)}${nested}</dt>`;
        } else {
          out += `<dd>${cellContent(item.children, ctx)}</dd>`;
        }
      }
      return out + '</dl>';
    }
    case 'preformatted': {
      const body = inlines(n.children, { ...ctx, pre: true });
      return `<pre>${body.startsWith('&#10;') ? '&#10;' : ''}${body}</pre>`;
    }
    case 'codeBlock': {
      const lang = n.lang ? codeLang(n.lang) : '';
      const body = escapeHtml(n.value.replace(/\r?\n$/, ''), true);
      const cls = lang && ctx.profile === 'html' ? ` class="language-${escapeAttr(lang)}"` : '';
      return `<pre><code${cls}>${body.startsWith('&#10;') ? '&#10;' : ''}${body}</code></pre>`;
    }
    case 'mathBlock': {
      const v = n.chem ? `\\ce{${n.value.trim()}}` : n.value.trim();
      return `<pre class="math">${escapeHtml(v, true)}</pre>`;
    }
    case 'thematicBreak':
      return '<hr />';
    case 'blockquote':
      return `<blockquote>${blocks(n.children, ctx)}</blockquote>`;
    case 'table':
      return table(n, ctx);
    case 'htmlBlock': {
      const tag = n.tag.toLowerCase();
      if (tag === 'script' || tag === 'style') return '';
      // Table parts and list parts only make sense inside their parents, which the parser builds.
      if (!ALLOWED_BLOCK_TAGS.has(tag) || /^(t[rdh]|thead|tbody|tfoot|caption|table|hr|pre)$/.test(tag)) {
        return tag === 'hr' ? '<hr />' + blocks(n.children, ctx) : blocks(n.children, ctx);
      }
      const body = tag === 'li' || tag === 'dt' || tag === 'dd' ? cellContent(n.children, ctx) : blocks(n.children, ctx);
      // GitHub removes <center> but keeps the align of a <div>.
      if (tag === 'center' && ctx.profile === 'markdown') return `<div${sanitizeAttributes('div', { ...n.attrs, align: 'center' }, ctx.profile)}>${body}</div>`;
      return `<${tag}${sanitizeAttributes(tag, n.attrs, ctx.profile)}>${body}</${tag}>`;
    }
    case 'gallery': {
      if (ctx.images === 'drop' || n.items.length === 0) return '';
      let out = '<ul class="gallery">';
      for (const img of n.items) out += `<li>${image({ ...img, format: 'thumb' }, ctx)}</li>`;
      return out + '</ul>';
    }
    case 'infobox': {
      let out = '<table class="infobox">';
      if (n.title && n.title.length) out += `<tr><th colspan="2">${inlines(n.title, ctx)}</th></tr>`;
      if (ctx.images !== 'drop') {
        for (const img of n.images) {
          const s = image({ ...img, format: 'thumb' }, ctx);
          if (s) out += `<tr><td colspan="2">${s}</td></tr>`;
        }
      }
      for (const row of n.rows) {
        if (row.header) out += `<tr><th colspan="2">${inlines(row.label ?? row.value, ctx)}</th></tr>`;
        else if (row.label === null) out += `<tr><td colspan="2">${inlines(row.value, ctx)}</td></tr>`;
        else out += `<tr><th>${inlines(row.label, ctx)}</th><td>${inlines(row.value, ctx)}</td></tr>`;
      }
      return out + '</table>';
    }
    case 'references': {
      const list = n.list ?? [];
      if (list.length === 0) return '';
      let out = '<ol class="references">';
      for (const d of list) {
        const body = cellContent(d.children, ctx);
        const text = body.trim() === '' ? escapeHtml(d.name ?? d.label) : body;
        out += `<li id="fn-${escapeAttr(footnoteLabel(d.label))}">${text}</li>`;
      }
      return out + '</ol>';
    }
  }
}

/** A code-block language name reduced to safe characters. */
export function codeLang(lang: string): string {
  const m = /^[A-Za-z0-9_+#.-]+/.exec(lang.trim());
  return m ? m[0].slice(0, 40) : '';
}

function cellTag(cell: TableCell, ctx: Ctx): string {
  const tag = cell.header ? 'th' : 'td';
  // The attributes without the three the cell fields carry (copied only when one is there).
  let attrs = cell.attrs;
  if ('rowspan' in attrs || 'colspan' in attrs || 'align' in attrs) {
    const rest: Record<string, string> = {};
    for (const k of Object.keys(attrs)) if (k !== 'rowspan' && k !== 'colspan' && k !== 'align') rest[k] = attrs[k]!;
    attrs = rest;
  }
  let extra = '';
  if (cell.rowspan > 1) extra += ` rowspan="${Math.min(cell.rowspan, 65534)}"`;
  if (cell.colspan > 1) extra += ` colspan="${Math.min(cell.colspan, 1000)}"`;
  if (cell.align) extra += ` align="${cell.align}"`;
  return `<${tag}${extra}${sanitizeAttributes(tag, attrs, ctx.profile)}>`;
}

/** Opening tag of a table cell (used by the Markdown writer's HTML tables too). */
export function tableCellOpen(cell: TableCell, profile: AttrProfile): string {
  return cellTag(cell, { images: 'embed', profile, pre: false, inLink: false, readableUrls: false, links: null });
}

function table(t: Table, ctx: Ctx): string {
  let out = `<table${sanitizeAttributes('table', t.attrs, ctx.profile)}>`;
  if (t.caption && t.caption.length) out += `<caption>${inlines(t.caption, ctx)}</caption>`;
  for (const row of t.rows) {
    out += `<tr${sanitizeAttributes('tr', row.attrs, ctx.profile)}>`;
    for (const cell of row.cells) out += cellTag(cell, ctx) + cellContent(cell.children, ctx) + (cell.header ? '</th>' : '</td>');
    out += '</tr>';
  }
  return out + '</table>';
}
