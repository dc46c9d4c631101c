/**
 * Raw HTML fragments found in a mirror's Markdown, filtered before they reach the browser. The
 * converter only writes MediaWiki's allowed tags, but a mirror is a folder anyone can edit, so the
 * reader re-checks: allowed tags (src/ast/html.ts) with a short list of harmless attributes are
 * kept; every other tag is shown as text; comments are dropped.
 */
import { isAllowedTag } from '../ast/html.js';

/** Attributes that cannot run script or fetch anything. `style` is checked separately. */
const SAFE_ATTRIBUTES: ReadonlySet<string> = new Set([
  'class', 'id', 'title', 'lang', 'dir', 'align', 'valign', 'colspan', 'rowspan', 'width', 'height',
  'start', 'type', 'reversed', 'value', 'datetime', 'cite', 'span', 'abbr', 'scope', 'headers',
  'bgcolor', 'color', 'size', 'face', 'border', 'cellpadding', 'cellspacing', 'role',
]);

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;
const ATTRIBUTE = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A `style` value is kept only if it cannot load anything or hide script (`url(`, `expression(`, escapes). */
function safeStyle(value: string): boolean {
  return !/url\s*\(|expression|image-set|@import|\\|\/\*|javascript:/i.test(value);
}

function cleanAttributes(source: string): string {
  let out = '';
  for (const m of source.matchAll(ATTRIBUTE)) {
    const name = m[1]!.toLowerCase();
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    if (name === 'style' ? !safeStyle(value) : !SAFE_ATTRIBUTES.has(name) && !name.startsWith('data-')) continue;
    // Values arrive HTML-encoded; only quotes and angle brackets need to stay encoded inside "…".
    out += ` ${name}="${value.replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`;
  }
  return out;
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
      if (m && name && isAllowedTag(name)) {
        out += m[1] ? `</${name}>` : `<${name}${cleanAttributes(m[3] ?? '')}${m[4] ? ' /' : ''}>`;
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
