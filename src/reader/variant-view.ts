/**
 * A page of a Chinese mirror shown in another variant than the one it holds, as zh.wikipedia
 * shows every page in the variant its address asks for (`/zh-cn/数学`): the server sends a
 * variant address to the page's file with `?variant=zh-cn`, and the page's text is converted
 * with the variant's table (src/variants), as the wiki converts its text: the text and the
 * title and alt attributes, not tags, other attributes (links, anchors), code, maths or a URL
 * written out, so every link and section anchor still works; the page's own links carry the variant on, as the wiki's variant
 * paths do. The mirror's text was already converted once (to its `--variant`, or not at all), and
 * the author's `-{…}-` protections are gone from it, so a word the wiki would have kept can be
 * converted here; the page says it is the reader's conversion.
 */
import { createConverter } from '../variants/converter.js';
import { TARGET_VARIANTS, validateVariant, type Variant } from '../variants/codes.js';

/** The variant a `?variant=` value asks a page in, when it differs from what the mirror holds; else null. */
export function askedVariant(lang: string, mirrorVariant: string | null, value: string | null): Variant | null {
  if (lang !== 'zh' || value === null) return null;
  const v = validateVariant(value);
  if (v === null || !TARGET_VARIANTS.includes(v) || v === validateVariant(mirrorVariant)) return null;
  return v;
}

/**
 * Elements whose text is left as it is, as MediaWiki's autoConvert leaves code, pre, script,
 * style, math and svg (LanguageConverter.php: $codefix … $svgfix): the maths source and KaTeX's
 * whole rendering (`<span class="katex">`, whose MathML and drawn glyphs are the formula, as the
 * wiki's <math> and its fallback image), and the page's own style.
 */
const KEEP = /^<(code|pre|style|script|annotation|math|svg)\b|^<(span)\b[^>]*\bclass="katex(?:-display)?"/i;

/** `title` and `alt` values, which the wiki converts too unless they hold a URL (`://`). */
const TEXT_ATTRIBUTE = /(\s(?:title|alt)=")([^"]*)(")/gi;

/** A URL written out in the text: the wiki marks a free link's text not to be converted (markNoConversion). */
const WRITTEN_URL = /\b(?:https?|ftp):\/\/[^\s<"]+/gi;

/** The variant's converter for text, a URL in it left as written. */
function textConverter(variant: Variant): (text: string) => string {
  const convert = createConverter(variant);
  return (text) => {
    let out = '';
    let at = 0;
    for (const m of text.matchAll(WRITTEN_URL)) {
      out += convert(text.slice(at, m.index)) + m[0];
      at = m.index + m[0].length;
    }
    return out + convert(text.slice(at));
  };
}

/** `html` with its text and its title and alt attributes (not other attributes, not code or maths) converted to `variant`. */
export function convertHtmlText(html: string, variant: Variant): string {
  const convert = textConverter(variant);
  let out = '';
  // Inside a kept element: its name and how many of its kind are open (a katex span holds spans).
  let kept: { name: string; depth: number } | null = null;
  let at = 0;
  for (const m of html.matchAll(/<[^>]*>/g)) {
    const text = html.slice(at, m.index);
    out += kept === null ? convert(text) : text;
    let tag = m[0];
    const selfClosing = tag.endsWith('/>');
    if (kept === null) {
      const keep = KEEP.exec(tag);
      if (keep && !selfClosing) kept = { name: (keep[1] ?? keep[2])!.toLowerCase(), depth: 1 };
      else tag = tag.replace(TEXT_ATTRIBUTE, (all, open: string, value: string, close: string) => (value.includes('://') ? all : open + convert(value) + close));
    } else {
      const name = /^<(\/?)([a-z][a-z0-9-]*)/i.exec(tag);
      if (name && name[2]!.toLowerCase() === kept.name) {
        if (name[1] === '/') kept.depth--;
        else if (!selfClosing) kept.depth++;
        if (kept.depth === 0) kept = null;
      }
    }
    out += tag;
    at = m.index + m[0].length;
  }
  return out + (kept === null ? convert(html.slice(at)) : html.slice(at));
}

/** The page's links to other pages of the mirror (`../Page/X.md`, `X.md#s`) with `?variant=` added. */
export function carryVariant(html: string, variant: Variant): string {
  return html.replace(/(<a\b[^>]*?\bhref=")((?:\.\.\/)?[^"#?:]+\.md)((?:#[^"]*)?")/g, (_, a: string, href: string, rest: string) => `${a}${href}?variant=${variant}${rest}`);
}
