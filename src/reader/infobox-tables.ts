/**
 * Infoboxes as the writer writes them: a two-column pipe table of facts whose head row is the
 * box's title with an empty second cell (`| イラク共和国 |  |`), and whose pictures and section
 * rows (`| **面積** |  |`) leave the second cell empty too, as GFM has no cell spanning two
 * columns. On such a table a row with an empty second cell is drawn across both columns,
 * centred, as on the wiki, rather than as half a row beside an empty box. Other tables, and
 * rows with a value, are left alone.
 */
import type MarkdownIt from 'markdown-it';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';

/** A row of two cells: tr_open, (th|td)_open, inline, close, open, inline, close, tr_close. */
function twoCellRow(tokens: Token[], i: number): boolean {
  const cell = tokens[i + 1]?.type;
  return tokens[i]!.type === 'tr_open' && (cell === 'th_open' || cell === 'td_open') && tokens[i + 4]?.type === cell && tokens[i + 7]?.type === 'tr_close';
}

function emptySecond(tokens: Token[], row: number): boolean {
  return tokens[row + 5]!.content.trim() === '';
}

function spanRows(state: StateCore): void {
  const tokens = state.tokens;
  for (let t = 0; t < tokens.length; t++) {
    if (tokens[t]!.type !== 'table_open') continue;
    // The head row: table_open, thead_open, tr_open …
    const head = t + 2;
    if (tokens[t + 1]?.type !== 'thead_open' || !twoCellRow(tokens, head) || !emptySecond(tokens, head)) continue;
    let close = t;
    while (tokens[close]!.type !== 'table_close') close++;
    // Every row has two cells here: markdown-it gives each body row as many cells as the head
    // row, padding a short row and dropping cells past the last column.
    // From the last row up, so the indices still hold as cells are taken out.
    for (let r = close - 1; r >= head; r--) {
      if (tokens[r]!.type !== 'tr_open' || !emptySecond(tokens, r)) continue;
      tokens[r + 1]!.attrSet('colspan', '2');
      tokens[r + 1]!.attrJoin('class', 'spans');
      tokens.splice(r + 4, 3);
    }
  }
}

export function infoboxTables(md: MarkdownIt): void {
  md.core.ruler.push('infobox_tables', spanRows);
}
