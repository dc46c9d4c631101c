/**
 * Pictures the writers show differently from their file: files the wiki shows as a player or as a
 * thumbnail of their first page (sound, video, PDF, DjVu, TIFF) — an <img> of one is broken on
 * GitHub, a link to the file opens or plays it — and pictures whose `link=` leads elsewhere.
 */
import type { Image } from '../ast/nodes.js';
import { startsWithProtocol } from '../parser/extlinks.js';
import { isSafeUrl } from './attrs.js';
import { localHref } from './destination.js';
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
