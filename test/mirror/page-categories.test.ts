/** A converted page's categories written over the scanned ones (src/mirror/page-categories.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { openDatabase, type DB } from '../../src/index/db.js';
import { categoryReplacer } from '../../src/mirror/page-categories.js';
import { tmpDir } from './helpers.js';

function database(rows: Array<[number, string, string | null]>): DB {
  const db = openDatabase(path.join(tmpDir('page-categories'), 'db.sqlite'));
  const ins = db.prepare('INSERT INTO categories(page_id, category, sortkey) VALUES (?, ?, ?)');
  for (const r of rows) ins.run(...r);
  return db;
}

function rowsOf(db: DB): Array<[number, string, string | null]> {
  return (db.prepare('SELECT page_id, category, sortkey FROM categories ORDER BY page_id, category, sortkey').raw().all() as Array<[number, string, string | null]>);
}

test('reported categories replace the scanned ones by name; others stay; agreeing rows are not rewritten', () => {
  const db = database([
    [1, '数学', null],
    [1, '代数', 'だいすう'],
    [1, '古い', 'x'],
    [2, '数学', 'すうがく'],
  ]);
  const rowidOf = db.prepare('SELECT rowid FROM categories WHERE page_id = ? AND category = ?').pluck();
  const agreeing = rowidOf.get(1, '数学');
  categoryReplacer(db)(1, [
    ['数学', null], // the same as scanned
    ['代数', 'だいすう2'], // another sort key
    ['テンプレートから', null], // added by a template
  ]);
  assert.deepEqual(rowsOf(db), [
    [1, 'テンプレートから', null],
    [1, '代数', 'だいすう2'],
    [1, '古い', 'x'],
    [1, '数学', null],
    [2, '数学', 'すうがく'],
  ]);
  assert.equal(rowidOf.get(1, '数学'), agreeing);
});

test('a name given twice keeps its last key; a name held twice becomes one row; null and empty keys differ', () => {
  const db = database([
    [1, 'A', 'k'],
    [1, 'A', 'k'],
    [1, 'B', null],
  ]);
  categoryReplacer(db)(1, [
    ['A', 'k'],
    ['C', 'first'],
    ['C', 'last'],
    ['B', ''],
  ]);
  assert.deepEqual(rowsOf(db), [
    [1, 'A', 'k'],
    [1, 'B', ''],
    [1, 'C', 'last'],
  ]);
  // Nothing reported: the page keeps what the scan found.
  categoryReplacer(db)(1, []);
  assert.equal(rowsOf(db).length, 3);
});

test('a key reported as undefined (a converter that sets none) rewrites a null row as null', () => {
  const db = database([[1, 'A', null], [1, 'B', 'b']]);
  categoryReplacer(db)(1, [['A', undefined as unknown as null], ['B', undefined as unknown as null]]);
  assert.deepEqual(rowsOf(db), [
    [1, 'A', null],
    [1, 'B', null],
  ]);
});
