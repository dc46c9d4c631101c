/**
 * A page of a Chinese mirror shown in another variant than the one it holds, as zh.wikipedia
 * shows every page in the variant its address asks for (`/zh-cn/数学`): the server sends a
 * variant address to the page's file with `?variant=zh-cn`, and the page's text is converted
 * with the variant's table (src/variants), as the wiki converts its text. Only text: tags,
 * attributes (links, URLs, anchors, alt text) and code are left as they are, so every link and
 * section anchor still works; the page's own links carry the variant on, as the wiki's variant
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

/** Elements whose text is not the wiki's prose: code, maths source, and the page's own style. */
const KEEP = /^<(code|pre|style|script|annotation)\b/i;

/** `html` with its text (not its tags or attributes, not code) converted to `variant`. */
export function convertHtmlText(html: string, variant: Variant): string {
  const convert = createConverter(variant);
  let out = '';
  let keepUntil: string | null = null;
  let at = 0;
  for (const m of html.matchAll(/<[^>]*>/g)) {
    const text = html.slice(at, m.index);
    out += keepUntil === null ? convert(text) : text;
    const tag = m[0];
    if (keepUntil === null) {
      const keep = KEEP.exec(tag);
      if (keep && !tag.endsWith('/>')) keepUntil = `</${keep[1]!.toLowerCase()}`;
    } else if (tag.toLowerCase().startsWith(keepUntil)) keepUntil = null;
    out += tag;
    at = m.index + tag.length;
  }
  return out + (keepUntil === null ? convert(html.slice(at)) : html.slice(at));
}

/** The page's links to other pages of the mirror (`../Page/X.md`, `X.md#s`) with `?variant=` added. */
export function carryVariant(html: string, variant: Variant): string {
  return html.replace(/(<a\b[^>]*?\bhref=")((?:\.\.\/)?[^"#?:]+\.md)((?:#[^"]*)?")/g, (_, a: string, href: string, rest: string) => `${a}${href}?variant=${variant}${rest}`);
}
