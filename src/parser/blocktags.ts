/**
 * Block-level HTML tags inside lines (div, center, blockquote, p, h1–h6, table, lists …) and
 * headings, as the block parser finds them.
 */

/** Block tags the block parser treats as containers or boundaries. */
const BLOCK_TAGS = new Set([
  'div', 'center', 'blockquote', 'p', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tr', 'td', 'th', 'caption',
  'thead', 'tbody', 'tfoot', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'pre',
]);
/** MediaWiki's doBlockLevels: lines with these open a block context (no pre, no p) … */
export const OPEN_MATCH = new Set(['table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'tr', 'p', 'ul', 'ol', 'dl', 'li', '/tr', '/td', '/th']);
/** … and these end it. */
export const CLOSE_MATCH = new Set([
  '/table', '/h1', '/h2', '/h3', '/h4', '/h5', '/h6', 'td', 'th', 'blockquote', '/blockquote', 'div', '/div', 'hr',
  '/pre', '/p', '/li', '/ul', '/ol', '/dl', 'center', '/center',
]);

export interface TagMatch {
  start: number;
  end: number;
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attrs: string;
}

/**
 * Whether `[[` followed by the text at `p` can be a link: its target runs to `|` or `]` over
 * title characters. `[[</td>` cannot (MediaWiki's link pattern stops at `<`), so the tags after
 * it still split the line. The look-ahead stops at the first `[`, so scans never overlap.
 */
function opensLink(src: string, p: number, e: number): boolean {
  for (let k = p; k < e; k++) {
    const c = src.charCodeAt(k);
    if (c === 124 || c === 93) return true;
    if (c === 60 || c === 62 || c === 91 || c === 123 || c === 125) return false;
  }
  return false;
}

/** The first block-level tag in [q, e), outside `[[ ]]`; the tag must close with '>' on the line. */
export function findBlockTag(src: string, q: number, e: number): TagMatch | null {
  let depth = 0;
  for (let i = q; i < e; i++) {
    const c = src.charCodeAt(i);
    if (c === 91 && i + 1 < src.length && src.charCodeAt(i + 1) === 91 && opensLink(src, i + 2, e)) {
      depth++;
      i++;
      continue;
    }
    if (c === 93 && i + 1 < src.length && src.charCodeAt(i + 1) === 93 && depth > 0) {
      depth--;
      i++;
      continue;
    }
    if (c !== 60 || depth > 0) continue;
    let j = i + 1;
    const closing = j < src.length && src.charCodeAt(j) === 47;
    if (closing) j++;
    const nameStart = j;
    while (j < e) {
      const r = src.charCodeAt(j);
      const d = r | 0x20;
      if ((d >= 97 && d <= 122) || (j > nameStart && r >= 48 && r <= 57)) j++;
      else break;
    }
    if (j === nameStart) continue;
    const name = src.slice(nameStart, j).toLowerCase();
    if (!BLOCK_TAGS.has(name)) continue;
    const after = j < src.length ? src.charCodeAt(j) : -1;
    if (!(after === 62 || after === 47 || after === 32 || after === 9)) continue;
    let gt = j;
    while (gt < e && src.charCodeAt(gt) !== 62 && src.charCodeAt(gt) !== 60) gt++;
    if (gt >= e || src.charCodeAt(gt) !== 62) continue;
    const selfClosing = src.charCodeAt(gt - 1) === 47;
    return { start: i, end: gt + 1, name, closing, selfClosing, attrs: src.slice(j, selfClosing ? gt - 1 : gt) };
  }
  return null;
}

/** Heading per MediaWiki: `={n} content ={n}` with n = the largest level both sides allow. */
export function matchHeading(src: string, s: number, e: number): { level: number; start: number; end: number } | null {
  let t = e;
  while (t > s && /\s/.test(src[t - 1]!)) t--;
  let lead = 0;
  while (lead < 6 && s + lead < t && src.charCodeAt(s + lead) === 61) lead++;
  let trail = 0;
  while (trail < 6 && t - trail - 1 >= s && src.charCodeAt(t - trail - 1) === 61) trail++;
  let level = Math.min(lead, trail);
  while (level > 0 && t - s < 2 * level + 1) level--;
  if (level === 0) return null;
  let cs = s + level;
  let ce = t - level;
  while (cs < ce && (src.charCodeAt(cs) === 32 || src.charCodeAt(cs) === 9)) cs++;
  while (ce > cs && (src.charCodeAt(ce - 1) === 32 || src.charCodeAt(ce - 1) === 9)) ce--;
  return { level, start: cs, end: ce };
}

