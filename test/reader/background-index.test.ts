/**
 * The full-text index built in the background: the server answers pages, titles and searches while
 * the worker is held between batches (a test hook, no clocks), results are partial then complete,
 * a build stopped half-way is continued by the next start, and a changed mirror costs only the
 * files that changed.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startReader, type RunningReader } from '../../src/reader/server.js';
import type { IndexStatus } from '../../src/reader/background-index.js';
import { tmpDir } from '../mirror/helpers.js';
import { rawGet, searchPath } from './helpers.js';

let dir = '';

/** Page N: its own word 词N, and 共同 in every page; 偶数 in even pages. */
function pageText(n: number): string {
  return `第${n}页。词${String(n).padStart(2, '0')}独有。共同内容${n % 2 === 0 ? '，偶数页面' : ''}。\n`;
}

function writeIndexTsv(numbers: number[]): void {
  const lines = ['title\tfile\tkind', ...numbers.map((n) => `页面${n}\tPage/P${n}.md\tpage`), '别名\tPage/Alias.md\tredirect'];
  fs.writeFileSync(path.join(dir, 'index.tsv'), `${lines.join('\n')}\n`);
}

before(() => {
  dir = tmpDir('reader-bg');
  fs.mkdirSync(path.join(dir, 'Page'));
  for (let n = 1; n <= 12; n++) fs.writeFileSync(path.join(dir, 'Page', `P${n}.md`), pageText(n));
  fs.writeFileSync(path.join(dir, 'Page', 'Alias.md'), '# 别名\n\n→ [页面1](P1.md)\n');
  writeIndexTsv([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  fs.writeFileSync(path.join(dir, 'report.json'), JSON.stringify({ site: { siteName: 'Test', lang: 'zh' }, files: { pages: 12, categories: 0, redirects: 1 } }));
});

after(() => fs.rmSync(dir, { recursive: true, force: true }));

const start = (gated: boolean, progress: IndexStatus[] = []) =>
  startReader({ outDir: dir, port: 0, host: '127.0.0.1', indexBatchSize: 3, indexGated: gated, progress: (s) => progress.push(s) });

/** The text-results part of a search page: the notice (if any) and the page count line. */
async function textSearch(reader: RunningReader, q: string): Promise<{ notice: string | null; count: string; titles: string[] }> {
  const body = (await rawGet(reader.port, searchPath(q))).body;
  const text = body.slice(body.indexOf('<h2>Text</h2>'));
  return {
    notice: /<p class="notice">([^<]*)<\/p>/.exec(text)?.[1] ?? null,
    count: /<p class="muted">([^<]*)<\/p>/.exec(text)?.[1] ?? '',
    titles: [...text.matchAll(/<div class="result" lang="[^"]*"><a href="[^"]*">([^<]*)<\/a>/g)].map((m) => m[1]!).sort(),
  };
}

let statusAfterStop: IndexStatus;

test('while the index is held between batches, pages, home and titles answer; text results are partial', async () => {
  const reader = await start(true);
  try {
    const index = await reader.indexer();
    await index.waitUntil((s) => s.phase === 'building' && s.total > 0);
    await reader.titlesLoaded();
    // Nothing indexed yet, but the server answers everything else.
    assert.equal((await rawGet(reader.port, '/')).status, 200);
    const page = await rawGet(reader.port, '/Page/P7.md');
    assert.equal(page.status, 200);
    assert.match(page.body, /<h1>页面7<\/h1>/);
    const before = await rawGet(reader.port, searchPath('页面7'));
    assert.ok(before.body.includes('<a href="/Page/P7.md">页面7</a>'), 'title search works before any text is indexed');
    let r = await textSearch(reader, '共同内容');
    assert.equal(r.notice, 'Full-text index: 0 % built (0 of 12 pages) — text results so far are partial.');
    assert.equal(r.count, '0 pages so far');

    index.step();
    let s = await index.waitUntil((st) => st.done === 3);
    assert.deepEqual([s.phase, s.indexed, s.total], ['building', 3, 12]);
    r = await textSearch(reader, '共同内容');
    assert.match(r.notice ?? '', /^Full-text index: 25 % built \(3 of 12 pages, about \d+ (s|min \d+ s) left\) — text results so far are partial\.$/);
    assert.equal(r.count, '3 pages so far');
    assert.deepEqual(r.titles, ['页面1', '页面2', '页面3']);

    index.step();
    s = await index.waitUntil((st) => st.done === 6);
    assert.deepEqual((await textSearch(reader, '偶数页面')).titles, ['页面2', '页面4', '页面6']);
    // Stopped here, as Ctrl-C does: the 6 committed files stay indexed.
    await reader.close();
    statusAfterStop = index.status;
    assert.deepEqual([statusAfterStop.phase, statusAfterStop.done, statusAfterStop.indexed], ['stopped', 6, 6]);
  } finally {
    await reader.close().catch(() => {});
  }
});

test('the next start continues the stopped build instead of redoing it; then results are complete', async () => {
  assert.ok(statusAfterStop, 'runs after the previous test');
  const reader = await start(false);
  try {
    const done = await (await reader.indexer()).whenFinished();
    assert.deepEqual([done.phase, done.indexed, done.unchanged, done.removed, done.total], ['complete', 6, 6, 0, 12]);
    const r = await textSearch(reader, '共同内容');
    assert.equal(r.notice, null);
    assert.equal(r.count, '12 pages');
    assert.deepEqual((await textSearch(reader, '偶数页面')).titles, ['页面10', '页面12', '页面2', '页面4', '页面6', '页面8']);
  } finally {
    await reader.close();
  }
});

test('an unchanged mirror is not walked again', async () => {
  const reader = await start(false);
  try {
    const done = await (await reader.indexer()).whenFinished();
    assert.deepEqual([done.phase, done.indexed, done.unchanged, done.removed], ['complete', 0, 12, 0]);
  } finally {
    await reader.close();
  }
});

test('after an update (one page changed, one removed, one added) only those three are redone', async () => {
  // As `wikimark convert` updates a mirror: rewrite P3, delete P5, add P13, rewrite index.tsv.
  fs.writeFileSync(path.join(dir, 'Page', 'P3.md'), '第3页改写了：新的说法。共同内容\n');
  fs.rmSync(path.join(dir, 'Page', 'P5.md'));
  fs.writeFileSync(path.join(dir, 'Page', 'P13.md'), pageText(13));
  writeIndexTsv([1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13]);
  const progress: IndexStatus[] = [];
  const reader = await start(false, progress);
  try {
    const done = await (await reader.indexer()).whenFinished();
    assert.deepEqual([done.phase, done.indexed, done.unchanged, done.removed, done.total], ['complete', 2, 10, 1, 12]);
    assert.deepEqual((await textSearch(reader, '新的说法')).titles, ['页面3']);
    assert.deepEqual((await textSearch(reader, '词03独有')).titles, [], 'the old text of P3 is gone');
    assert.deepEqual((await textSearch(reader, '词05独有')).titles, [], 'the removed page is gone');
    assert.deepEqual((await textSearch(reader, '词13独有')).titles, ['页面13']);
    assert.equal((await textSearch(reader, '共同内容')).count, '12 pages');
  } finally {
    await reader.close();
  }
});

test('a file rewritten with the same size but a new mtime, or retitled, is redone; one gone from disk is dropped', async () => {
  const p4 = path.join(dir, 'Page', 'P4.md');
  fs.writeFileSync(p4, pageText(4).replace('词04', '字04'));
  const later = new Date(fs.statSync(p4).mtimeMs + 5000);
  fs.utimesSync(p4, later, later);
  fs.rmSync(path.join(dir, 'Page', 'P6.md')); // still listed in index.tsv
  // A listed name the file system refuses (over 255 bytes) is missing, not an error.
  const tsv = fs.readFileSync(path.join(dir, 'index.tsv'), 'utf8').replace('页面7\t', '第七页\t') + `长\tPage/${'长'.repeat(100)}.md\tpage\n`;
  fs.writeFileSync(path.join(dir, 'index.tsv'), tsv);
  const reader = await start(false);
  try {
    const done = await (await reader.indexer()).whenFinished();
    assert.deepEqual([done.phase, done.indexed, done.unchanged, done.removed, done.missing], ['complete', 2, 9, 1, 2]);
    assert.deepEqual((await textSearch(reader, '字04独有')).titles, ['页面4']);
    assert.deepEqual((await textSearch(reader, '词07独有')).titles, ['第七页']);
    assert.deepEqual((await textSearch(reader, '词06独有')).titles, []);
  } finally {
    await reader.close();
  }
});

test('a search held in the search worker does not hold up pages, home or other requests', async () => {
  const reader = await startReader({ outDir: dir, port: 0, host: '127.0.0.1', searchGated: true });
  try {
    const index = await reader.indexer();
    await index.whenFinished();
    const searcher = index.searcher!;
    const search = rawGet(reader.port, searchPath('共同内容'));
    let answered = false;
    void search.then(() => (answered = true));
    // The worker holds the search: meanwhile a page and the home page are served.
    while (searcher.waiting === 0) await new Promise((resolve) => setImmediate(resolve));
    const page = await rawGet(reader.port, '/Page/P1.md');
    assert.equal(page.status, 200);
    assert.equal((await rawGet(reader.port, '/')).status, 200);
    assert.equal(answered, false);
    assert.equal(searcher.waiting, 1);
    searcher.step();
    const body = (await search).body;
    assert.match(body.slice(body.indexOf('<h2>Text</h2>')), /<p class="muted">11 pages<\/p>/);
  } finally {
    await reader.close();
  }
});
