/**
 * HTML tags whose attributes run over several lines (`<div style="a:\n#0f0">`, often from a
 * template that starts its output with a newline before `#`). MediaWiki's sanitizer rewrites
 * every allowed tag on one line before it looks at lines (tables, lists, paragraphs), so such a
 * line break never starts a list item or ends a paragraph. Here the line breaks inside an allowed
 * tag become spaces, keeping every offset.
 */
import { ALLOWED_BLOCK_TAGS, ALLOWED_INLINE_TAGS } from '../ast/html.js';

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** `src` with newlines inside allowed tags replaced by spaces (the same string when there are none). */
export function joinMultilineTags(src: string): string {
  let nl = src.indexOf('\n');
  if (nl < 0) return src;
  let lt = src.indexOf('<');
  if (lt < 0) return src;
  // Next '>' and '<' at or after the current position, each searched again only once passed (linear).
  let gt = -1;
  let nextLt = -1;
  let parts: string[] | null = null;
  let copied = 0;
  while (lt >= 0) {
    let q = lt + 1;
    if (src.charCodeAt(q) === 47) q++;
    const nameStart = q;
    while (q < src.length && (isLetter(src.charCodeAt(q)) || (q > nameStart && src.charCodeAt(q) >= 48 && src.charCodeAt(q) <= 57))) q++;
    const c = src.charCodeAt(q);
    // Only a name followed by whitespace can hold a line break before its '>'.
    if (q > nameStart && (c === 32 || c === 9 || c === 10 || c === 13)) {
      if (gt < q) gt = src.indexOf('>', q);
      if (gt < 0) break;
      if (nextLt < q) nextLt = src.indexOf('<', q);
      if (nl < q) nl = src.indexOf('\n', q);
      if (nl < 0) break;
      if (nl < gt && (nextLt < 0 || nextLt > gt)) {
        const name = src.slice(nameStart, q).toLowerCase();
        if (ALLOWED_BLOCK_TAGS.has(name) || ALLOWED_INLINE_TAGS.has(name)) {
          parts ??= [];
          parts.push(src.slice(copied, q), src.slice(q, gt).replace(/[\r\n]/g, ' '));
          copied = gt;
        }
      }
    }
    lt = src.indexOf('<', lt + 1);
  }
  if (!parts) return src;
  parts.push(src.slice(copied));
  return parts.join('');
}
