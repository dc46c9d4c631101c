/**
 * Pictures the writers show differently from their file: files the wiki shows as a player or as a
 * thumbnail of their first page (sound, video, PDF, DjVu, TIFF) — an <img> of one is broken on
 * GitHub, a link to the file opens or plays it — and pictures whose `link=` leads elsewhere; and
 * the `<img>` both writers print (the HTML one for every picture, the Markdown one for icons).
 */
import type { Image } from '../ast/nodes.js';
import { plainText } from '../ast/nodes.js';
import { startsWithProtocol } from '../parser/extlinks.js';
import { isSafeUrl } from './attrs.js';
import { localHref, readableUrl } from './destination.js';
import type { LinkTargets } from './types.js';

const NOT_AN_IMAGE = /\.(?:og[gav]|opus|flac|wav|mp3|m4a|midi?|webm|mpe?g|mp4|pdf|djvu|tiff?)$/i;

export function isPlayableFile(file: string): boolean {
  return NOT_AN_IMAGE.test(file);
}

/**
 * Where a click on the picture leads, when its `link=` names a page or URL (MediaWiki links the
 * picture there); null when it links nowhere a reader can follow (no `link=`: the wiki's file
 * page; `link=`: no link). A URL (MediaWiki's test: it starts with one of $wgUrlProtocols) is
 * printed only when isSafeUrl takes it (`link=redis://…` links nowhere); a page, as renderLink
 * prints links to it (localHref).
 */
export function imageLinkTarget(img: Image, ctx: { links?: LinkTargets | null; inLink: boolean }): string | null {
  if (img.link === null || img.link === '' || ctx.inLink) return null;
  const to = ctx.links?.imageHref?.(img) ?? null;
  if (to === null || to === '') return null;
  if (startsWithProtocol(img.link)) return isSafeUrl(to) ? to : null;
  return localHref(to);
}

/** A file name without its extension ("Flag of Japan.svg" → "Flag of Japan"). */
function fileLabel(file: string): string {
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(0, dot) : file;
}

/** The picture's alternative text: its `alt=`, else its caption's text, else its file name without the extension. */
export function imageAlt(img: Image): string {
  return img.alt || plainText(img.caption) || fileLabel(img.file);
}

/** What an `<img>` needs of the writer's context. */
export interface ImgContext {
  links?: LinkTargets | null;
  inLink: boolean;
  readableUrls: boolean;
}

/**
 * `<img>` of a picture with the size the page gives it, in an `<a>` when its `link=` leads
 * somewhere. `attr` escapes an attribute value (in a pipe table it must also hide `|`). URLs are
 * shown readable when the context asks, as Markdown destinations are.
 */
export function imgTag(img: Image, src: string, ctx: ImgContext, attr: (value: string) => string): string {
  const shown = (url: string): string => (ctx.readableUrls ? readableUrl(url) : url);
  let s = `<img src="${attr(shown(src))}" alt="${attr(imageAlt(img))}"${sizeAttrs(img, ctx)} />`;
  const to = imageLinkTarget(img, ctx);
  if (to !== null) s = `<a href="${attr(shown(to))}">${s}</a>`;
  return s;
}

/**
 * The size attributes for the page's `Wpx`, `xHpx` or `WxHpx`. `WxHpx` is a box the picture fits
 * in keeping its shape (MediaWiki's ImageHandler::normaliseParams: when W·fileHeight >
 * H·fileWidth the height binds and the width follows from it, else the width binds), so only the
 * binding one is written and the browser derives the other; both would stretch the picture (ja
 * 0005's `200x20px` script strips, ja 0007's `25x20px` flags, a square Swiss flag at `23x15px`).
 * Without the file's size we cannot tell which binds and write the height: the usual reason for
 * `WxH` on a small picture is a row of icons of one height.
 */
function sizeAttrs(img: Image, ctx: ImgContext): string {
  const { width, height } = img;
  if (width && height) {
    const file = ctx.links?.fileSize?.(img) ?? null;
    const widthBinds = file !== null && file.width > 0 && file.height > 0 && width * file.height <= height * file.width;
    return widthBinds ? ` width="${width}"` : ` height="${height}"`;
  }
  if (width) return ` width="${width}"`;
  if (height) return ` height="${height}"`;
  return '';
}
