/**
 * Data boxes: a call of a template the source does not have (so it cannot be expanded) that
 * is laid out like an infobox — at least five named parameters, most on lines of their own, the
 * call standing at the start of a line of the page itself — e.g. zhwiki's `{{軍艦模板|名稱=…|艦種=…}}`.
 * Dropping such a call loses the article's key facts (a ship's dimensions and speed); the
 * infobox handler can show the same parameters as a key/value table instead. A heuristic, so
 * the template still counts as unhandled in the report.
 */
import type { PPTemplate } from './tree.js';

const MIN_NAMED = 5;
const MIN_LINES = 4;

export function looksLikeDataBox(node: PPTemplate): boolean {
  if (node.parts.length < MIN_NAMED) return false;
  let named = 0;
  let onOwnLine = 0;
  for (const part of node.parts) {
    if (part.name === null) continue;
    named++;
    // The part's raw text runs up to the next `|` or `}}`: a box puts a line break there.
    const last = part.value[part.value.length - 1];
    if (last?.type === 'text' && endsWithLineBreak(last.value)) onOwnLine++;
  }
  // Whether the expanded values carry facts (not numbered rows, numbers or switches) is the
  // template registry's call when it renders the marker (templates/handlers/databox.ts).
  return named >= MIN_NAMED && onOwnLine >= MIN_LINES;
}

function endsWithLineBreak(s: string): boolean {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return false;
}

/**
 * A box embedded in another box's `module =` (zhwiki `{{日本武士|child=yes|…}}`): not at a line
 * start, but it says what it is. Only plain text names and values are read (`child = yes`).
 */
export function declaresEmbeddedBox(node: PPTemplate): boolean {
  for (const part of node.parts) {
    if (part.name === null || part.name.length !== 1 || part.value.length !== 1) continue;
    const name = part.name[0]!;
    const value = part.value[0]!;
    if (name.type !== 'text' || value.type !== 'text') continue;
    const key = name.value.trim().toLowerCase();
    if ((key === 'child' || key === 'embed' || key === 'subbox') && value.value.trim().toLowerCase() === 'yes') return true;
  }
  return false;
}
