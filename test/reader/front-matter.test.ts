/**
 * The block `convert --front-matter` opens pages with: found in the converter's own output, kept
 * out of the page the reader shows and out of the full-text index.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';
import { readFrontMatter, withoutFrontMatter } from '../../src/reader/front-matter.js';
import { markdownToPlainText } from '../../src/reader/search-index.js';
import { renderMarkdown } from '../../src/reader/render-markdown.js';
import { runMirror, EXIT } from '../../src/mirror/run.js';
import { startReader, type RunningReader } from '../../src/reader/server.js';
import { SAMPLE, tmpDir } from '../mirror/helpers.js';
import { rawGet, removeMirror, searchPath } from './helpers.js';
import { assertLinear } from '../helpers/linear.js';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SEARCH_DB } from '../../src/reader/search-index.js';

const converted = (wikitext: string, title: string) => convertPage(wikitext, { title, frontMatter: true }).markdown;

test('the converter\'s block is found, its title and source read back through their escapes', () => {
  const md = converted('文字 [[Category:甲]] [[Category:乙]]\n', 'A<b>[c] "d"');
  const fm = readFrontMatter(md);
  assert.ok(fm);
  assert.equal(fm.title, 'A<b>[c] "d"');
  assert.equal(fm.source, 'https://zh.wikipedia.org/wiki/A%3Cb%3E%5Bc%5D_%22d%22');
  assert.equal(md.slice(fm.end), '文字\n\n**分类**：[甲](https://zh.wikipedia.org/wiki/Category:甲) · [乙](https://zh.wikipedia.org/wiki/Category:乙)\n');
  // No categories: `categories: []`.
  assert.equal(withoutFrontMatter(converted('文字\n', 'B')), '文字\n');
});

test('a page that merely opens with a rule, or a block not in the writer\'s form, is left alone', () => {
  for (const md of ['---\n\ntitle: "x"\n', '---\ntitle: x\nsource: "y"\ncategories: []\n---\n\nz\n', '---\ntitle: "x"\nsource: "y"\n---\n\nz\n', '文字\n---\ntitle: "x"\nsource: "y"\ncategories: []\n---\n']) {
    assert.equal(readFrontMatter(md), null, md);
  }
  // A title whose escape JSON does not know is no title.
  assert.equal(readFrontMatter('---\ntitle: "\\x41"\nsource: "y"\ncategories: []\n---\n\nz\n'), null);
  // Nor is a category's: every value must read as JSON.
  const withCategory = (c: string) => `---\ntitle: "x"\nsource: "y"\ncategories:\n  - "甲"\n  - ${c}\n---\n\nz\n`;
  assert.equal(readFrontMatter(withCategory('"\\x41"')), null);
  assert.equal(readFrontMatter(withCategory('"\\u0041"'))?.title, 'x');
});

test('a mirror copied with CRLF line ends (git autocrlf) keeps its block out of the page too', () => {
  const md = converted('文字 [[Category:甲]]\n', 'A "b"').replace(/\n/g, '\r\n');
  const fm = readFrontMatter(md);
  assert.equal(fm?.title, 'A "b"');
  assert.ok(md.slice(fm.end).startsWith('文字\r\n'), md.slice(fm.end));
  assert.equal(withoutFrontMatter(converted('文字\n', 'B').replace(/\n/g, '\r\n')), '文字\r\n');
});

test('a hostile first line costs time linear in its length (the check runs on every page served and indexed)', () => {
  assertLinear('a title never closed', (n) => readFrontMatter('---\ntitle: "' + 'a\\"'.repeat(n)), 20_000);
  assertLinear('categories never closed', (n) => readFrontMatter('---\ntitle: "x"\nsource: "y"\ncategories:\n' + '  - "c\\""\n'.repeat(n) + '--'), 20_000);
  assertLinear('CR and LF mixed', (n) => readFrontMatter('---\r\ntitle: "' + '\\\r'.repeat(n)), 20_000);
});

test('the index reads the page without its block (the attribution quote after it goes too)', () => {
  const md = convertPage('勾股定理。[[Category:几何]]\n', { title: '勾股', frontMatter: true, attribution: true }).markdown;
  assert.equal(markdownToPlainText(md), '勾股定理。 分类：几何');
  // What markdown-it alone makes of the block: a rule, the keys as a paragraph and a list, a rule.
  assert.match(renderMarkdown(md), /^<hr>\n<p>title: /);
});

let out = '';
let reader: RunningReader;

before(async () => {
  out = path.join(tmpDir('reader-front-matter'), 'mirror');
  const result = await runMirror({ dump: SAMPLE, outDir: out, jobs: 1, progress: null, log: () => {}, frontMatter: true });
  assert.equal(result.exitCode, EXIT.OK);
  reader = await startReader({ outDir: out, port: 0, host: '127.0.0.1' });
  await (await reader.indexer()).whenFinished();
  await reader.titlesLoaded();
});

after(async () => {
  await reader?.close();
  if (out) removeMirror(out);
});

test('serve: a page of a --front-matter mirror shows its text, not the block', async () => {
  const res = await rawGet(reader.port, `/Page/${encodeURIComponent('数学')}.md`);
  assert.equal(res.status, 200);
  const main = res.body.slice(res.body.indexOf('<main'));
  assert.match(main, /<h1>数学<\/h1>/);
  assert.doesNotMatch(main, /title: |source: |categories:|<hr>/);
  assert.match(res.body, /<title>数学 — /);
});

test('serve: a page index.tsv does not list (added by hand) is named by its block\'s title', async () => {
  fs.writeFileSync(path.join(out, 'Page', 'Hand-written.md'), '---\ntitle: "手写的页"\nsource: "https://zh.wikipedia.org/wiki/x"\ncategories: []\n---\n\n正文。\n');
  const res = await rawGet(reader.port, '/Page/Hand-written.md');
  assert.equal(res.status, 200);
  assert.match(res.body, /<title>手写的页 — /);
  assert.match(res.body, /<h1>手写的页<\/h1>\n<p>正文。<\/p>/);
});

test('serve: search snippets start with the page\'s text; the block\'s URL is not searchable text', async () => {
  const res = await rawGet(reader.port, searchPath('勾股定理'));
  const snippets = [...res.body.matchAll(/<div class="snippet">(.*?)<\/div>/g)].map((m) => m[1]!);
  assert.ok(snippets.length > 0);
  for (const s of snippets) assert.doesNotMatch(s, /title:|source:|categories:/);
  const url = await rawGet(reader.port, searchPath('wikipedia.org/wiki'));
  assert.doesNotMatch(url.body, /<div class="result"/);
});

test('serve: an index built before the block was skipped (schema 6, the block in its text) is rebuilt on the next start', async () => {
  await reader.close();
  const db = new Database(path.join(out, SEARCH_DB));
  const row = db.prepare("SELECT rowid AS id, title, file, body FROM pages WHERE title = '数学'").get() as { id: number; title: string; file: string; body: string };
  db.prepare('DELETE FROM pages WHERE rowid = ?').run(row.id);
  db.prepare('INSERT INTO pages (rowid, title, file, body) VALUES (?, ?, ?, ?)').run(row.id, row.title, row.file, 'title: "数学" source: "https://zh.wikipedia.org/wiki/数学" ' + row.body);
  db.prepare("UPDATE meta SET value = '6' WHERE key = 'schema'").run();
  db.close();
  reader = await startReader({ outDir: out, port: 0, host: '127.0.0.1' });
  await (await reader.indexer()).whenFinished();
  const res = await rawGet(reader.port, searchPath('source: "https'));
  assert.match(res.body, /<h2>Text<\/h2>/);
  assert.doesNotMatch(res.body, /<div class="result"/);
});
