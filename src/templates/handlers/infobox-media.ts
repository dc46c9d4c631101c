/**
 * The media of an infobox parameter as the box shows them: its pictures with the captions the
 * wiki shows under them, and a bare sound file as a link to its page.
 */
import type { Image, Inline } from '../../ast/nodes.js';
import { plainText } from '../../ast/nodes.js';
import type { TemplateContext } from '../types.js';
import { captionFirst, imagesFrom, imagesIn, inline, text, wikiLink } from '../util.js';
import { SOUND_TITLE_KEYS } from './infobox-keys.js';
import { hasVisible } from './infobox-values.js';

/**
 * The pictures of an image parameter as the box shows them. A file link that is no thumbnail shows
 * no caption of its own (its last part is the picture's tooltip): it takes the parameter's caption,
 * else the words written beside it in the value (`[[File:View.jpeg|280 px]]<br /><small>エッフェル塔
 * （前景）…</small>`), which the wiki shows under the picture.
 */
export function boxImages(ctx: TemplateContext, v: string, caption: Inline[]): Image[] {
  if (!v.includes('[[')) return imagesFrom(ctx, v, caption);
  // Parsed once: the pictures and the words beside them are the same nodes.
  const nodes = ctx.parseInline(v.trim());
  const images = captionFirst(imagesIn(nodes), caption);
  const plainLinks = images.filter((img) => img.format !== 'thumb' && img.format !== 'frame');
  if (!plainLinks.length) return images;
  for (const img of plainLinks) {
    if (img.caption === caption) continue;
    // The tooltip stays the picture's alternative text.
    if (!img.alt) img.alt = plainText(img.caption);
    img.caption = [];
  }
  if (caption.length) {
    plainLinks[0]!.caption = caption;
    return images;
  }
  // The words after each picture of the value's top level, up to the next one, are its caption.
  let img: Image | null = null;
  let words: Inline[] = [];
  const settle = (): void => {
    while (words.length && !hasVisible([words[0]!])) words.shift();
    while (words.length && !hasVisible([words[words.length - 1]!])) words.pop();
    if (img && hasVisible(words) && plainLinks.includes(img)) img.caption = words;
    words = [];
  };
  for (const n of nodes) {
    if (n.type === 'image') {
      settle();
      img = n;
    } else if (img) words.push(n);
  }
  settle();
  return images;
}

/** A bare sound file: a link to its page, under the player's title when the box gives one. */
export function mediaLink(ctx: TemplateContext, file: string, folded: Map<string, string>): Inline {
  const title = SOUND_TITLE_KEYS.map((k) => folded.get(k)?.trim()).find((t) => t);
  return wikiLink(ctx, `File:${file}`, title ? inline(ctx, title) : [text(file)]);
}
