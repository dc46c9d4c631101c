/**
 * Tables that know their own width: a box of the built-in succession bodies says on its `{|` line
 * how many columns it has (`data-wikimark-columns="3"`), and a row that would run past that width
 * goes on in a new row.
 *
 * Why: the wiki's `{{s-non}}` (zhwiki Template:S-non; enwiki's likewise) is a bare cell that can
 * stand first or last in a row, and it starts no row itself; pages are expected to write `|-` or
 * `{{s-break}}` before one that stands first. Where a page does not, MediaWiki shows the two
 * triples as one row of six cells, which is not what the page means, and there is no way for the
 * cell to know its side while it is expanded. Counting cells once the table is built can: in a
 * box three columns wide, a fourth cell (spans from the rows above counted) begins the next row.
 * The attribute is ours; it is taken off the table once read (and GitHub would strip it anyway).
 */
import type { Table, TableRow } from '../ast/nodes.js';

/** The attribute a template body puts on its `{|` line to give the table's width. */
export const TABLE_COLUMNS_ATTR = 'data-wikimark-columns';

/** A rowspan still covering rows below: how many rows, and how many columns wide. */
interface Carried {
  rows: number;
  width: number;
}

/**
 * Re-cut the rows of a table that gives its width so that no row fills more columns than that.
 * A row always keeps at least one cell, so a cell wider than the table stands in a row of its own.
 */
export function applyDeclaredWidth(table: Table): void {
  const declared = table.attrs[TABLE_COLUMNS_ATTR];
  if (declared === undefined) return;
  delete table.attrs[TABLE_COLUMNS_ATTR];
  const width = parseInt(declared, 10);
  if (!(width >= 1)) return;
  const rows: TableRow[] = [];
  let carried: Carried[] = [];
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
      carried = carried.filter((c) => --c.rows > 0);
      for (const cell of piece.cells) if (cell.rowspan > 1) carried.push({ rows: cell.rowspan - 1, width: cell.colspan });
      start = end;
    } while (start < cells.length);
  }
  table.rows = rows;
}
