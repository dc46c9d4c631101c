/**
 * Raw HTML fragments found in a mirror's Markdown, filtered before they reach the browser. The
 * converter only writes MediaWiki's allowed tags (plus the `<a>` and `<img>` of links and images
 * inside HTML tables), but a mirror is a folder anyone can edit, so the reader checks again with
 * the writer's own rules (writer/attrs.ts: per-element attributes, URL schemes, CSS): what the
 * converter can write passes unchanged, anything else is shown as text; comments are dropped.
 */
import { isAllowedTag } from '../ast/html.js';
import { decodeEntities } from '../site/entities.js';
import { hasAttributeRules, sanitizeAttributes } from '../writer/attrs.js';

/**
 * A tag as the check reads it: no `<` anywhere inside, names or quoted values, as in MediaWiki's
 * Sanitizer, which splits the text at every `<` before it looks for tags (a browser's names and
 * values may hold one). A tag left open then ends at the next `<` and is shown as text, instead
 * of every later `<` of the fragment being read again as more of it, which cost time quadratic
 * in the fragment. The writer escapes `<` in the attributes it writes, so its tags all pass.
 * Unlike MediaWiki, a `>` inside a quoted value does not end the tag here: `<span title="a>b">`
 * keeps its title, written back escaped (`a&gt;b`), where MediaWiki would end the tag at `a>`.
 */
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>\/=<]+(?:\s*=\s*(?:"[^"<]*"|'[^'<]*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;
const ATTRIBUTE = /([^\s"'>\/=<]+)(?:\s*=\s*(?:"([^"<]*)"|'([^'<]*)'|([^\s"'=<>`]+)))?/g;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The attributes as written (values decoded, as a browser reads them), sanitised for `tag`. */
function cleanAttributes(tag: string, source: string): string {
  const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const m of source.matchAll(ATTRIBUTE)) attrs[m[1]!] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  return sanitizeAttributes(tag, attrs, 'html');
}

/** Sanitize one fragment of HTML (a markdown-it html_block or html_inline token's content). */
export function sanitizeHtml(html: string): string {
  let out = '';
  let textStart = 0;
  let i = html.indexOf('<');
  while (i !== -1) {
    out += html.slice(textStart, i).replace(/>/g, '&gt;');
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end === -1 ? html.length : end + 3;
    } else {
      TAG.lastIndex = i;
      const m = TAG.exec(html);
      const name = m?.[2]!.toLowerCase();
      if (m && name && (isAllowedTag(name) || hasAttributeRules(name))) {
        out += m[1] ? `</${name}>` : `<${name}${cleanAttributes(name, m[3] ?? '')}${m[4] ? ' /' : ''}>`;
        i += m[0].length;
      } else {
        out += '&lt;';
        i += 1;
      }
    }
    textStart = i;
    i = html.indexOf('<', i);
  }
  return out + html.slice(textStart).replace(/>/g, '&gt;');
}
