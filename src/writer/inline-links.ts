/**
 * Links and images → Markdown: `[label](destination)`, `<url>` autolinks for bare URLs, and
 * images as `![alt](src)` with a framed image's caption under it (or as a link, or dropped, as
 * MarkdownOptions.images asks). Labels are rendered by renderInlines in a link-text context.
 */
import type { ExternalLink, Image, WikiLink } from '../ast/nodes.js';
import { escapeAttr, isSafeUrl } from './attrs.js';
import { L, P, W } from './chars.js';
import { encodeDestination, localHref } from './destination.js';
import { escapeString, F_LABEL, F_LINE, F_SCOPE, F_TABLE } from './escape.js';
import { labelContext, renderInlines, type InlineContext } from './inline.js';
import { imageAlt, imageLinkTarget, imgTag, isPlayableFile } from './media.js';

/**
 * Whether the last renderLink call gave `[label](destination)`: a string that starts with `[` and
 * ends with `)`, which inline-join.ts then need not read (reading a character of a freshly built
 * string copies it into one flat string, a second time before the paragraph's own copy).
 */
export let renderedBracketLink = false;

export function renderLink(node: WikiLink | ExternalLink, ctx: InlineContext): string {
  let label = renderInlines(node.children, ctx, P, P, false, true).trim();
  // After the label: whatever rendering it did, the flag speaks of this link.
  renderedBracketLink = false;
  let href: string | undefined;
  /** A destination that needs neither the URL check nor encoding. */
  let plain: string | null = null;
  if (node.type === 'wikiLink') {
    // Most links: a live-wiki URL with nothing to check or encode.
    if (node.href === undefined && ctx.links?.plainHref) plain = ctx.links.plainHref(node);
    href = plain ?? node.href ?? ctx.links?.href(node);
    if (label === '') label = escapeString(node.title || node.fragment || href || '', ctx.flags | F_LINE | F_SCOPE, false);
    if (plain === null && href !== undefined && href !== '') href = localHref(href);
  } else {
    href = node.url;
    if (!isSafeUrl(href)) href = undefined;
    else if (node.kind === 'bare' && label === escapeString(href, ctx.flags | F_LINE | F_SCOPE, false) && autolinkable(href, ctx)) {
      return `<${href}>`;
    }
    if (label === '') label = escapeString(node.url, ctx.flags | F_LINE | F_SCOPE, false);
  }
  if (href === undefined || href === '') return label;
  // `[^x](…)` would be read as a footnote call by micromark.
  if (label.charCodeAt(0) === 94) label = '\\' + label;
  renderedBracketLink = true;
  return `[${label}](${plain ?? encodeDestination(href, ctx.readableUrls)})`;
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

/** Whether MediaWiki shows this image as a framed block with its caption under it. */
export function isFramed(img: Image): boolean {
  return img.format === 'thumb' || img.format === 'frame';
}

/** A framed image's caption, rendered in the image's context (it stands where the image does). */
function imageCaption(img: Image, ctx: InlineContext, lineMode: boolean): string {
  return renderInlines(img.caption, ctx, lineMode ? P : W, L, !lineMode);
}

/**
 * An image the page sizes below this many pixels is an icon: a flag, a coat of arms, a symbol
 * beside a word (`[[File:Flag of Volyn Oblast.svg|22px|border]]`). Markdown's `![]()` has no size,
 * and GitHub shows an image at its natural size, so uk 0106's 275 coats of arms of 30–50 px filled
 * their table cells at hundreds of pixels. Such an image is written as `<img>` with the page's
 * size, as HTML tables already write every image; larger ones keep the Markdown form.
 */
const ICON_MAX = 100;

function isIconSized(img: Image): boolean {
  return (img.width !== null && img.width > 0 && img.width < ICON_MAX) || (img.height !== null && img.height > 0 && img.height < ICON_MAX);
}

/** In a pipe table a `|` ends the cell even inside an HTML attribute: written as a reference. */
function attrIn(ctx: InlineContext, v: string): string {
  const e = escapeAttr(v);
  return ctx.flags & F_TABLE && e.includes('|') ? e.replace(/\|/g, '&#124;') : e;
}

function iconImage(img: Image, src: string, ctx: InlineContext, lineMode: boolean): string {
  let s = imgTag(img, src, ctx, (v) => attrIn(ctx, v));
  if (isFramed(img) && img.caption.length > 0) {
    const cap = imageCaption(img, ctx, lineMode);
    if (cap !== '') s += (lineMode ? '<br />' : '<br />\n') + cap;
  }
  return s;
}

export function renderImage(img: Image, ctx: InlineContext): string {
  if (ctx.images === 'drop') return '';
  const target = img.src ?? ctx.links?.src(img);
  const src = target && isSafeUrl(target, 'image') ? target : null;
  const lineMode = (ctx.flags & F_LINE) !== 0;
  if (ctx.images === 'link' || ctx.inLink || isPlayableFile(img.file)) {
    if (ctx.inLink || src === null) return isFramed(img) ? imageCaption(img, ctx, lineMode) : '';
    const labelCtx = labelContext(ctx);
    // Footnote markers in the caption are printed after the link, as linkNode does for a link's.
    const hoisted = labelCtx.hoisted!;
    if (hoisted.length !== 0) hoisted.length = 0;
    let label = renderInlines(img.caption, labelCtx, P, P, false, true).trim();
    if (label === '') label = escapeString(img.file, labelCtx.flags | F_LINE | F_SCOPE, false);
    if (label.charCodeAt(0) === 94) label = '\\' + label;
    let s = `[${label}](${encodeDestination(src, ctx.readableUrls)})`;
    for (let i = 0; i < hoisted.length; i++) s += hoisted[i];
    return s;
  }
  if (src === null) return isFramed(img) ? imageCaption(img, ctx, lineMode) : '';
  if (isIconSized(img)) return iconImage(img, src, ctx, lineMode);
  const alt = escapeString(imageAlt(img), (ctx.flags & F_TABLE) | F_LINE | F_LABEL | F_SCOPE, false);
  let s = `![${alt}](${encodeDestination(src, ctx.readableUrls)})`;
  const to = imageLinkTarget(img, ctx);
  if (to !== null) s = `[${s}](${encodeDestination(to, ctx.readableUrls)})`;
  if (isFramed(img) && img.caption.length > 0) {
    const cap = imageCaption(img, ctx, lineMode);
    if (cap !== '') s += (lineMode ? '<br />' : '<br />\n') + cap;
  }
  return s;
}
