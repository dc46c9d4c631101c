/** MirrorTitles: read in slices, search across simplified/traditional with ranking, kinds, files. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { MirrorTitles } from '../../src/reader/mirror-titles.js';
import { tmpDir } from '../mirror/helpers.js';

let dir = '';
let tsv = '';

before(() => {
  dir = tmpDir('reader-titles');
  tsv = path.join(dir, 'index.tsv');
  const rows = [
    'title\tfile\tkind\tvariant_title',
    '几何\tPage/几何.md\tredirect\t幾何',
    '几何学\tPage/几何学.md\tpage\t幾何學',
    '代数几何\tPage/代数几何.md\tpage\t代數幾何',
    'Category:数学\tCategory/数学.md\tcategory\tCategory:數學',
    'Tab\\there\tPage/Tab%09here.md\tpage\t',
    'Unix\tPage/Unix.md\tpage\t',
    'UNIX\tPage/UNIX~1ec7eecd.md\tpage\t',
    'Dup\tPage/Unix.md\tpage\t',
  ];
  fs.writeFileSync(tsv, `${rows.join('\n')}\n`);
});

after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('read in slices: what is read so far is searchable, the rest follows', () => {
  const titles = new MirrorTitles(tsv, 'zh');
  assert.equal(titles.size, 0);
  assert.equal(titles.loadSlice(2), true);
  assert.deepEqual([titles.size, titles.loaded], [2, false]);
  assert.deepEqual(titles.search('几何', 10).map((e) => e.title), ['几何', '几何学']);
  while (titles.loadSlice(3));
  assert.deepEqual([titles.size, titles.loaded, titles.searchableFiles], [7, true, 6]); // Dup reuses Unix's file
  assert.deepEqual(titles.search('几何', 10).map((e) => e.title), ['几何', '几何学', '代数几何']);
});

test('simplified and traditional find each other; exact first, then prefix, then shorter', () => {
  const titles = MirrorTitles.read(tsv, 'zh');
  assert.deepEqual(titles.search('幾何', 10).map((e) => e.shownTitle), ['幾何', '幾何學', '代數幾何']);
  assert.deepEqual(titles.search('數學', 10).map((e) => e.file), ['Category/数学.md']);
  assert.deepEqual(titles.search('ｕｎｉｘ', 10).map((e) => e.file), ['Page/UNIX~1ec7eecd.md', 'Page/Unix.md']);
  assert.deepEqual(titles.search('\u0000', 10), []);
  assert.deepEqual(titles.search('tab\there', 10).map((e) => e.title), ['Tab\there']);
});

test('a file has one title (the first row); lists by kind', () => {
  const titles = MirrorTitles.read(tsv, 'zh');
  assert.deepEqual(titles.titleOfFile('Page/Unix.md'), { title: 'Unix', file: 'Page/Unix.md', kind: 'page', shownTitle: 'Unix' });
  assert.deepEqual(titles.titleOfFile('Page/几何学.md')?.shownTitle, '幾何學');
  assert.equal(titles.titleOfFile('Page/None.md'), undefined);
  // Files named after the title are stored as a code, the rest as written: both come back.
  assert.equal(titles.titleOfFile('Category/数学.md')?.title, 'Category:数学');
  assert.equal(titles.titleOfFile('Page/Tab%09here.md')?.title, 'Tab\there');
  assert.equal(titles.titleOfFile('Page/UNIX~1ec7eecd.md')?.file, 'Page/UNIX~1ec7eecd.md');
  assert.deepEqual(titles.search('数学', 5).map((e) => e.file), ['Category/数学.md']);
  const pages = titles.ofKind('page', 2);
  assert.deepEqual([pages.count, pages.first.map((e) => e.title)], [5, ['几何学', '代数几何']]);
  assert.equal(titles.ofKind('template', 5).count, 0);
});

test('a query matching thousands of titles still puts the exact match first, wherever it is', () => {
  const big = path.join(dir, 'big.tsv');
  const rows = ['title\tfile\tkind'];
  for (let i = 0; i < 6000; i++) rows.push(`页${i}\tPage/页${i}.md\tpage`);
  rows.push('第页\tPage/第页.md\tpage', '页\tPage/页.md\tpage');
  fs.writeFileSync(big, `${rows.join('\n')}\n`);
  const titles = MirrorTitles.read(big, 'zh');
  const hits = titles.search('页', 5).map((e) => e.title);
  // Exact first; then prefixes, shortest first (the first 2000 kept are 页0 … 页1999).
  assert.deepEqual(hits, ['页', '页0', '页1', '页2', '页3']);
  assert.deepEqual(titles.search('第页', 5).map((e) => e.title), ['第页']);
});

test("titles are found with any apostrophe: uk titles write ', a phone keyboard types ’ or ʼ", () => {
  const file = path.join(dir, 'apostrophes.tsv');
  fs.writeFileSync(file, "title\tfile\tkind\nКатегорія:Комп'ютерна термінологія\tCategory/Комп'ютерна термінологія.md\tcategory\nПам’ятник\tPage/Пам’ятник.md\tpage\n");
  const titles = MirrorTitles.read(file, 'uk');
  for (const q of ["комп'ютер", 'Комп’ютер', 'КОМПʼЮТЕР']) assert.deepEqual(titles.search(q, 10).map((e) => e.title), ["Категорія:Комп'ютерна термінологія"], q);
  assert.deepEqual(titles.search("пам'ятник", 10).map((e) => e.title), ['Пам’ятник']);
});
