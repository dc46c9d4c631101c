/**
 * Tables that know their own width: a box of the built-in succession bodies says on its `{|` line
 * how many columns it has (tableColumnsMark), and a row that would run past that width
 * goes on in a new row.
 *
 * Why: the wiki's `{{s-non}}` (zhwiki Template:S-non; enwiki's likewise) is a bare cell that can
 * stand first or last in a row, and it starts no row itself; pages are expected to write `|-` or
 * `{{s-break}}` before one that stands first. Where a page does not, MediaWiki shows the two
 * triples as one row of six cells, which is not what the page means, and there is no way for the
 * cell to know its side while it is expanded. Counting cells once the table is built can: in a
 * box three columns wide, a fourth cell (spans from the rows above counted) begins the next row.
 *
 * The width is not an attribute a page could write: it is a mark holding the strip-marker
 * character, which every page and dump template loses before expansion (preprocess/markers.ts
 * sanitizeInput) and only the built-in bodies keep (expand-titles.ts templateTree), so a table
 * the page writes itself is never re-cut. Attribute parsing skips the mark as it skips a marker.
 */
import type { Table, TableRow } from '../ast/nodes.js';
import { MARKER_CHAR } from '../preprocess/markers.js';

const MARK_HEAD = MARKER_CHAR + 'columns=';

/**
 * What a built-in body writes on its `{|` line to give the table's width. Not a marker the
 * parser can read (too long for an index), so one left outside a table line shows as text.
 */
export function tableColumnsMark(width: number): string {
  return MARK_HEAD + width + MARKER_CHAR;
}

/** The width a `{|` line's attribute text declares with tableColumnsMark, or 0 when none. */
export function declaredWidth(attrText: string): number {
  const at = attrText.indexOf(MARK_HEAD);
  if (at < 0) return 0;
  const width = parseInt(attrText.slice(at + MARK_HEAD.length), 10);
  return width >= 1 ? width : 0;
}

/** A rowspan still covering rows below: how many rows, and how many columns wide. */
interface Carried {
  rows: number;
  width: number;
}

/**
 * Re-cut the rows of a table `width` columns wide (declaredWidth) so that no row fills more
 * columns than that. A row always keeps at least one cell, so a cell wider than the table stands
 * in a row of its own.
 */
export function applyDeclaredWidth(table: Table, width: number): void {
  if (!(width >= 1)) return;
  const rows: TableRow[] = [];
  const carried: Carried[] = [];
  for (const row of table.rows) {
    const cells = row.cells;
    let start = 0;
    do {
      let filled = 0;
      for (const c of carried) filled += c.width;
      let end = start;
      while (end < cells.length && (end === start || filled + cells[end]!.colspan <= width)) filled += cells[end++]!.colspan;
      const piece: TableRow = start === 0 && end === cells.length ? row : { type: 'tableRow', attrs: start === 0 ? row.attrs : {}, cells: cells.slice(start, end) };
      rows.push(piece);
      // Each span above covers one row fewer; the spent ones leave (compacted in place).
      let kept = 0;
      for (const c of carried) if (--c.rows > 0) carried[kept++] = c;
      carried.length = kept;
      for (const cell of piece.cells) if (cell.rowspan > 1) carried.push({ rows: cell.rowspan - 1, width: cell.colspan });
      start = end;
    } while (start < cells.length);
  }
  table.rows = rows;
}
