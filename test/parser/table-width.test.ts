import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plainText, type Table } from '../../src/ast/nodes.js';
import { declaredWidth, tableColumnsMark } from '../../src/parser/table-width.js';
import { emptyMeta } from '../../src/engine/convert.js';
import { parseWikitext } from '../../src/parser/index.js';
import { siteFor } from '../../src/site/defaults.js';
import { registry } from './util.js';

/**
 * The blocks of text as the parser gets it from the preprocessor, marker characters kept (the
 * test harness's parse() flattens without expansion, which drops them as it drops any in page text).
 */
function blocks(text: string): unknown[] {
  const ctx = { site: siteFor('zh'), title: 'Test', markers: [], templates: registry(), meta: emptyMeta('Test'), warn: () => {} };
  return parseWikitext(text, ctx).children;
}

/** Each row's cells as their plain text, read from the parsed table. */
function rowsOf(table: Table): string[][] {
  return table.rows.map((r) => r.cells.map((c) => plainText(c.children)));
}

test('a table giving its width has its rows re-cut at that width, and the mark leaves no attribute', () => {
  const [table] = blocks(`{| ${tableColumnsMark(3)} class="x"\n|- style="s"\n| a || b || c || d || e\n| f\n|- \n| g\n|}`) as [Table];
  assert.deepEqual(rowsOf(table), [['a', 'b', 'c'], ['d', 'e', 'f'], ['g']]);
  assert.deepEqual(table.attrs, { class: 'x' });
  // The row's own attributes stay with its first part.
  assert.deepEqual(table.rows.map((r) => r.attrs), [{ style: 's' }, {}, {}]);
});

test('spans from above take their columns; a cell wider than the table stands alone', () => {
  const [table] = blocks(`{| ${tableColumnsMark(3)}\n| rowspan="2" colspan="2" | a || b || c || d\n|-\n! colspan="5" | h\n| e\n|}`) as [Table];
  // a (2 wide, 2 rows) + b fill row 1; c joins the 1 free column of row 2 (a still spans it); d
  // goes on; the 5-wide header stands alone, and e after it.
  assert.deepEqual(rowsOf(table), [['a', 'b'], ['c'], ['d'], ['h'], ['e']]);
});

test('without the mark nothing is re-cut, and a nonsense width re-cuts nothing', () => {
  for (const open of ['{|', '{| \x7fcolumns=x\x7f', '{| \x7fcolumns=0\x7f']) {
    const [table] = blocks(`${open}\n| a || b || c || d\n|}`) as [Table];
    assert.deepEqual(rowsOf(table), [['a', 'b', 'c', 'd']], JSON.stringify(open));
    assert.deepEqual(table.attrs, {});
  }
  assert.equal(declaredWidth(' class="x" ' + tableColumnsMark(12)), 12);
  assert.equal(declaredWidth(' data-wikimark-columns="3"'), 0);
});

test('a width attribute the page writes itself is an ordinary attribute: its table is not re-cut', () => {
  const [table] = blocks('{| data-wikimark-columns="1"\n| a || b\n|}') as [Table];
  assert.deepEqual(rowsOf(table), [['a', 'b']]);
});
