/**
 * Elements a reader never sees: an HTML element whose inline style ends up `display: none`
 * (sort keys like `<span style="display:none">せんせえ</span>` before a table cell's title, the
 * hidden halves of date templates). MediaWiki keeps them in the HTML and the browser hides them;
 * Markdown has no hiding (GitHub strips style), so their content goes. Footnote markers inside
 * are kept: MediaWiki still lists their notes under the references.
 */
import type { Block, FootnoteRef } from '../ast/nodes.js';
import type { InlineOut } from './state.js';

/** `display` declarations in a style attribute; the last one is the one the browser applies. */
const DISPLAY = /(?:^|;)\s*display\s*:\s*([a-z-]+)\s*(!\s*important\s*)?(?=;|$)/gi;

/** Whether an element with these attributes is hidden by its own style. */
export function hidesContent(attrs: Record<string, string>): boolean {
  const style = attrs.style;
  if (style === undefined || style.length < 12) return false;
  // Cheap pre-check before the expression: most styles have no display at all.
  const lower = style.toLowerCase();
  if (!lower.includes('none') || !lower.includes('display')) return false;
  let last = '';
  let important = false;
  DISPLAY.lastIndex = 0;
  for (let m = DISPLAY.exec(lower); m; m = DISPLAY.exec(lower)) {
    // An !important declaration is not overridden by a later plain one.
    if (important && !m[2]) continue;
    last = m[1]!;
    important = m[2] !== undefined;
  }
  return last === 'none';
}

/** The footnote markers inside hidden content (their notes stay listed), in order. */
export function keptFromHidden(nodes: ReadonlyArray<InlineOut | Block>, out: FootnoteRef[] = []): FootnoteRef[] {
  for (const n of nodes) {
    if (n.type === 'footnoteRef') out.push(n);
    else if ('children' in n && Array.isArray(n.children)) keptFromHidden(n.children as ReadonlyArray<InlineOut | Block>, out);
    else if (n.type === 'blocks') keptFromHidden(n.blocks, out);
    else if (n.type === 'list') for (const item of n.items) keptFromHidden(item.children, out);
    else if (n.type === 'definitionList') for (const item of n.items) keptFromHidden(item.children as ReadonlyArray<InlineOut | Block>, out);
    else if (n.type === 'table') for (const row of n.rows) for (const cell of row.cells) keptFromHidden(cell.children, out);
  }
  return out;
}
