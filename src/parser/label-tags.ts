/**
 * HTML tags inside link labels. MediaWiki's Sanitizer rewrites every tag it keeps before it looks
 * for links, encoding `[`, `]` and `|` in attribute values as character references
 * (Sanitizer::safeEncodeAttribute), and dropping whatever else stood between `<` and `>`. So no
 * bracket inside a kept tag can open or close a link: `[http://x a <span title="[b]">c</span>]`
 * is one link labelled "a c" (extLinks.txt T51672, wikiLinks.txt T72875).
 */
import { isAllowedTag } from '../ast/html.js';

/** Whether the `<` at `p` opens or closes an HTML tag the Sanitizer keeps (`<b>`, `</span>`, `<br/>`). */
export function startsAllowedTag(src: string, p: number, end: number): boolean {
  let q = p + 1;
  if (q < end && src.charCodeAt(q) === 47) q++;
  const from = q;
  while (q < end) {
    const c = src.charCodeAt(q);
    if (((c | 0x20) >= 97 && (c | 0x20) <= 122) || (q > from && c >= 48 && c <= 57)) q++;
    else break;
  }
  if (q === from) return false;
  const c = q < end ? src.charCodeAt(q) : -1;
  if (!(c === 62 || c === 47 || c === 32 || c === 9 || c === 10)) return false;
  return isAllowedTag(src.slice(from, q).toLowerCase());
}

/**
 * The `>` ending the kept HTML tag whose `<` is at `p`, or -1 when `p` starts no such tag. The
 * tag ends at its first `>` and holds no `<` (the Sanitizer splits the text at every `<`); it may
 * span lines, as the Sanitizer encodes line breaks in attribute values too.
 */
export function allowedTagEnd(src: string, p: number, end: number): number {
  if (!startsAllowedTag(src, p, end)) return -1;
  for (let i = p + 1; i < end; i++) {
    const c = src.charCodeAt(i);
    if (c === 62) return i;
    if (c === 60) return -1;
  }
  return -1;
}
