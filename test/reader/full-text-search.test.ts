/** The search index and queries on a tiny hand-made mirror: fallbacks, escaping, snippets. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { markdownToPlainText, openIndexForWriting, searchDbFile } from '../../src/reader/search-index.js';
import { syncSearchIndex } from '../../src/reader/index-sync.js';
import { makeSnippet, searchFullText } from '../../src/reader/full-text-search.js';
import { tmpDir } from '../mirror/helpers.js';

let dir = '';
let db: Database.Database;

before(() => {
  dir = tmpDir('reader-fts');
  fs.mkdirSync(path.join(dir, 'Page'));
  const pages: Record<string, string> = {
    'Page/A.md': '> 本文内容由[A](https://zh.wikipedia.org/wiki/A)转换而来。\n\n勾股定理见[几何学](../Page/几何学.md)。UNIX 系统 100% 好用。\n',
    'Page/B.md': '𰻝𰻝面是陕西的面食，写作 a_b。\n',
    'Page/C.md': '與臺灣有關的內容。\n',
    'Page/D.md': '台湾的铁路。\n',
  };
  for (const [file, text] of Object.entries(pages)) fs.writeFileSync(path.join(dir, file), text);
  fs.writeFileSync(path.join(dir, 'index.tsv'), 'title\tfile\tkind\nA\tPage/A.md\tpage\nB\tPage/B.md\tpage\nC\tPage/C.md\tpage\nD\tPage/D.md\tpage\nR\tPage/R.md\tredirect\n');
  db = openIndexForWriting(searchDbFile(dir));
  assert.equal(syncSearchIndex(db, dir).indexed, 4);
});

after(() => {
  db?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const titles = (q: string) => searchFullText(db, q, 'zh', 1, 20).hits.map((h) => h.title);

test('plain text drops the attribution quote, link targets and markup', () => {
  assert.equal(
    markdownToPlainText(fs.readFileSync(path.join(dir, 'Page/A.md'), 'utf8')),
    '勾股定理见几何学。UNIX 系统 100% 好用。',
  );
});

test('trigram MATCH cannot find 2 characters, so the LIKE fallback must', () => {
  assert.equal((db.prepare("SELECT count(*) AS n FROM pages WHERE pages MATCH '\"勾股\"'").get() as { n: number }).n, 0);
  assert.deepEqual(titles('勾股'), ['A']);
  assert.deepEqual(titles('勾股定理'), ['A']);
  assert.deepEqual(titles('面'), ['B']);
});

test('ASCII is case-insensitive; URLs are not searchable text', () => {
  assert.deepEqual(titles('unix'), ['A']);
  assert.deepEqual(titles('wikipedia'), []);
});

test('simplified query finds traditional text and back (through the query\'s conversions)', () => {
  assert.deepEqual(titles('有关的内容'), ['C']);
  assert.deepEqual(titles('臺灣').sort(), ['C', 'D']);
  assert.deepEqual(titles('鐵路'), ['D']);
  // A known gap: zh-hant writes 台灣, so a simplified query misses text written 臺灣.
  assert.deepEqual(titles('台湾'), ['D']);
});

test('LIKE wildcards and FTS syntax in queries are taken literally', () => {
  assert.deepEqual(titles('%'), ['A']);
  assert.deepEqual(titles('_'), ['B']);
  assert.deepEqual(titles('"勾股定理" OR'), []);
  assert.deepEqual(titles('NEAR(勾股定理'), []);
  assert.deepEqual(titles('UNIX*'), []);
});

test('redirects are not indexed; total counts all hits', () => {
  assert.equal((db.prepare('SELECT count(*) AS n FROM pages').get() as { n: number }).n, 4);
  assert.equal(searchFullText(db, '的', 'zh', 1, 1).total, 3);
  assert.equal(searchFullText(db, '的', 'zh', 1, 1).hits.length, 1);
});

test('snippets: escaped, highlighted, never split in a surrogate pair', () => {
  assert.equal(makeSnippet('a<b> 勾股 c', [['勾股']]), 'a&lt;b&gt; <mark>勾股</mark> c');
  const body = `${'𰻝'.repeat(40)}面食${'𰻝'.repeat(40)}`;
  const snippet = makeSnippet(body, [['面食']], 5);
  assert.equal(snippet, `…${'𰻝'.repeat(3)}<mark>面食</mark>${'𰻝'.repeat(2)}…`);
});
