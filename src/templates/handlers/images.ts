/**
 * Image arrangements that are only layout around pictures with captions: ja `{{Photomontage}}`
 * (`photo1a = File.jpg{{!}}caption`), `{{Vertical images list}}` (`画像1`/`説明1` or positional
 * pairs), `{{Double image aside}}`, `{{wide image}}`. Each becomes a gallery (a block) when the
 * call stands on its own line, else the images inline (an infobox's image field shows them all).
 * jawiki `{{基礎自治体位置図|13|106|image=…svg}}`, the municipality's location map in an infobox,
 * shows the map file its call names (the municipality colouring it adds on the wiki is not ours).
 */
import type { Block, Image, Inline } from '../../ast/nodes.js';
import { listNode } from '../../ast/nodes.js';
import type { HandlerEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateResult } from '../types.js';
import { arg, DROP, imageFrom, inline, inlineResult, join, lastPositional, paragraph, pos, templatePageHandler, text, wikiLink } from '../util.js';

/** "File.jpg|caption" (a `{{!}}` inside the value) → the image with that caption. */
function imageWithCaption(ctx: TemplateContext, value: string | undefined, caption: string | undefined): Image | null {
  if (!value || !value.trim()) return null;
  let file = value.trim();
  let cap = caption;
  const bar = file.startsWith('[[') ? -1 : file.indexOf('|');
  if (bar > 0) {
    cap = cap ?? file.slice(bar + 1);
    file = file.slice(0, bar);
  }
  return imageFrom(ctx, file, inline(ctx, cap));
}

function result(call: TemplateCall, ctx: TemplateContext, images: Image[], caption: Inline[]): TemplateResult {
  if (!images.length) return caption.length ? inlineResult(caption) : DROP;
  if (!call.lineStart) return inlineResult(images);
  const out: Block[] = [{ type: 'gallery', items: images }];
  if (caption.length) out.push(paragraph(caption));
  return { kind: 'block', nodes: out };
}

/** ja `{{Photomontage|photo1a=A.jpg{{!}}説明|photo1b=…|text=…}}`. */
function photomontage(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const images: Image[] = [];
  for (let row = 1; row <= 10; row++) {
    for (const col of ['a', 'b', 'c', 'd', 'e']) {
      const img = imageWithCaption(ctx, call.args.get(`photo${row}${col}`), undefined);
      if (img) images.push(img);
    }
  }
  return result(call, ctx, images, inline(ctx, arg(call, ['text', 'caption'])));
}

/** ja `{{Vertical images list|画像1=A.jpg|説明1=…}}` or positional file/caption pairs. */
function verticalImages(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const images: Image[] = [];
  for (let i = 1; i <= 30; i++) {
    const img = imageWithCaption(ctx, arg(call, [`画像${i}`, `image${i}`]), arg(call, [`説明${i}`, `caption${i}`]));
    if (img) images.push(img);
  }
  if (!images.length) {
    // Numbered pairs up to the last one given, gaps skipped (ja 0181 goes from 15/16 to 21/22).
    const last = lastPositional(call, 120);
    for (let i = 1; i <= last; i += 2) {
      const file = pos(call, i);
      if (!file) continue;
      const img = imageWithCaption(ctx, file, pos(call, i + 1));
      if (img) images.push(img);
    }
  }
  return result(call, ctx, images, inline(ctx, arg(call, ['説明', 'caption'])));
}

/** `{{Double image aside|right|A.jpg|140|B.jpg|140|captionA|captionB}}`. */
function doubleImage(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const images: Image[] = [];
  const a = imageWithCaption(ctx, pos(call, 2), pos(call, 6));
  const b = imageWithCaption(ctx, pos(call, 4), pos(call, 7));
  if (a) images.push(a);
  if (b) images.push(b);
  return result(call, ctx, images, []);
}

/** `{{wide image|Panorama.jpg|1700px|caption}}`. */
function wideImage(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const img = imageWithCaption(ctx, pos(call, 1), pos(call, 3));
  return result(call, ctx, img ? [img] : [], []);
}

/**
 * `{{External media|audio1=[url Title]|video1=…|image1=…}}` and ja `{{External music video|{{YouTube|id|title}}}}`:
 * a box of links to recordings and pictures kept off the wiki. The links are what the reader came for
 * (uk 0039: two recordings of the anthem); they are listed, images, audio, then video as the box
 * orders them. The box's icons and heading are layout and are left out.
 */
function externalMedia(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const items: Inline[][] = [];
  const add = (v: string | undefined) => {
    const nodes = inline(ctx, v);
    if (nodes.length) items.push(nodes);
  };
  for (const kind of ['image', 'audio', 'video']) {
    add(call.args.get(kind));
    for (let i = 1; i <= 20; i++) add(call.args.get(`${kind}${i}`));
  }
  for (let i = 1; i <= 10; i++) add(pos(call, i));
  if (!items.length) return DROP;
  if (!call.lineStart) return inlineResult(join(items, ' · '));
  // The words the box carries over and under its links (ja `Upper caption = ライブ映像`).
  const above = inline(ctx, arg(call, ['Upper caption', 'header']));
  const below = inline(ctx, arg(call, ['Lower caption', 'footer']));
  const out: Block[] = [];
  if (above.length) out.push(paragraph(above));
  out.push(listNode(items.map((n) => ({ type: 'listItem', children: [paragraph(n)] }))));
  if (below.length) out.push(paragraph(below));
  return { kind: 'block', nodes: out };
}

/** `{{CSS image crop|Image=Map.jpg|…|Description=caption}}`: the whole image (the crop is layout). */
function cssImageCrop(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  return single(call, imageWithCaption(ctx, arg(call, ['Image', 'image']), arg(call, ['Description', 'description'])));
}

/** `{{File clip|Map.svg|width=200|2|2|54|48|w=…|h=…|caption|align=right}}`: the image, the words after the numbers its caption. */
function fileClip(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  let caption: string | undefined;
  for (let i = 2; i <= 8 && caption === undefined; i++) {
    const v = pos(call, i);
    if (v && !/^[\d.]+$/.test(v)) caption = v;
  }
  return single(call, imageWithCaption(ctx, pos(call, 1), caption));
}

/**
 * `{{Image label begin|image=Map.png|width=444|caption=…}}`: the picture the labels that follow are
 * placed on. The labels (`{{Image label|x=|y=|text=}}`) stand at coordinates over it, which
 * Markdown cannot place; they stay dropped.
 */
function imageLabelBegin(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  return single(call, imageWithCaption(ctx, arg(call, ['image', 'Image']), arg(call, ['caption', 'Caption'])));
}

/** One framed image: a thumbnail with its caption on its own line, else inline. */
function single(call: TemplateCall, img: Image | null): TemplateResult {
  if (!img) return DROP;
  img.format = 'thumb';
  return call.lineStart ? { kind: 'block', nodes: [paragraph([img])] } : inlineResult([img]);
}

/** jawiki `{{基礎自治体位置図|pref|code|image=Map.svg}}` → that map; without `image=` nothing to show. */
function locationMap(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const img = imageWithCaption(ctx, arg(call, ['image']), undefined);
  return img ? inlineResult([img]) : DROP;
}

/**
 * `{{Listen}}` / jawiki `{{試聴}}`: a box of sound files, each with its title and description
 * (`filename`, `title`, `description`, then `filename2` …) under an optional `header`. The
 * player is the wiki's; the Markdown keeps what it says: the titles, linked to the files'
 * pages, and the descriptions.
 */
function listen(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const items: Block[] = [];
  for (let i = 1; i <= 20; i++) {
    const n = i === 1 ? '' : String(i);
    const file = arg(call, [`filename${n}`]);
    const title = inline(ctx, arg(call, [`title${n}`]));
    const description = inline(ctx, arg(call, [`description${n}`]));
    if (!file && !title.length) continue;
    const line: Inline[] = [];
    const name = file ? file.trim() : '';
    if (name) line.push(wikiLink(ctx, `File:${name}`, title.length ? title : [text(name)]));
    else line.push(...title);
    if (description.length) line.push(text(' — '), ...description);
    items.push(paragraph(line));
  }
  if (!items.length) return DROP;
  const header = inline(ctx, arg(call, ['header']));
  const list: Block = listNode(items.map((p) => ({ type: 'listItem', children: [p] })));
  const out: Block[] = header.length ? [paragraph([{ type: 'strong', children: header }]), list] : [list];
  return { kind: 'block', nodes: out };
}

export const IMAGE_ENTRIES: HandlerEntry[] = [
  { family: 'image', names: ['Listen', '試聴'], handler: listen },
  { family: 'image', names: ['Photomontage', 'Photo montage'], handler: photomontage },
  { family: 'image', names: ['Vertical images list', 'Vertical image list', 'Image stack'], handler: verticalImages },
  { family: 'image', names: ['Double image aside', 'Double image', 'Double image stack'], handler: doubleImage },
  { family: 'image', names: ['Wide image', 'Panorama', 'Wide image left'], handler: wideImage },
  { family: 'image', names: ['Панорама'], langs: ['uk'], handler: wideImage },
  { family: 'image', names: ['基礎自治体位置図'], langs: ['ja'], handler: locationMap },
  // jawiki `{{ヨーロッパ地図}}` (ja 0007, alone under 各国の位置): a clickable map of Europe whose picture
  // and labels are the template's own text. The section stood empty; it now links the template's page.
  { family: 'image', names: ['ヨーロッパ地図'], langs: ['ja'], handler: templatePageHandler, traits: { fallbackOnly: true } },
  { family: 'image', names: ['CSS image crop', 'Css image crop'], handler: cssImageCrop },
  { family: 'image', names: ['File clip'], handler: fileClip },
  { family: 'image', names: ['Image label begin'], handler: imageLabelBegin },
  { family: 'image', names: ['External media', 'External music video', 'External video'], handler: externalMedia },
];
