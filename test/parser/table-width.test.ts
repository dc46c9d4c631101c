import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Table } from '../../src/ast/nodes.js';
import { blocks } from './util.js';

/** Each row's cells as their plain text, read from the parsed table. */
function rowsOf(table: Table): string[][] {
  return table.rows.map((r) => r.cells.map((c) => JSON.stringify(c.children).match(/"value":"([^"]*)"/)?.[1] ?? ''));
}

test('a table giving its width has its rows re-cut at that width, and loses the attribute', () => {
  const [table] = blocks('{| data-wikimark-columns="3" class="x"\n|- style="s"\n| a || b || c || d || e\n| f\n|- \n| g\n|}') as [Table];
  assert.deepEqual(rowsOf(table), [['a', 'b', 'c'], ['d', 'e', 'f'], ['g']]);
  assert.deepEqual(table.attrs, { class: 'x' });
  // The row's own attributes stay with its first part.
  assert.deepEqual(table.rows.map((r) => r.attrs), [{ style: 's' }, {}, {}]);
});

test('spans from above take their columns; a cell wider than the table stands alone', () => {
  const [table] = blocks('{| data-wikimark-columns="3"\n| rowspan="2" colspan="2" | a || b || c || d\n|-\n! colspan="5" | h\n| e\n|}') as [Table];
  // a (2 wide, 2 rows) + b fill row 1; c joins the 1 free column of row 2 (a still spans it); d
  // goes on; the 5-wide header stands alone, and e after it.
  assert.deepEqual(rowsOf(table), [['a', 'b'], ['c'], ['d'], ['h'], ['e']]);
});

test('without the attribute nothing is re-cut, and a nonsense width re-cuts nothing', () => {
  for (const open of ['{|', '{| data-wikimark-columns="x"', '{| data-wikimark-columns="0"']) {
    const [table] = blocks(`${open}\n| a || b || c || d\n|}`) as [Table];
    assert.deepEqual(rowsOf(table), [['a', 'b', 'c', 'd']], open);
    assert.equal(table.attrs['data-wikimark-columns'], undefined);
  }
});
