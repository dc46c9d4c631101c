/**
 * Addresses a reader types rather than follows (session 21's audit): a page named by its title
 * instead of its file (`/Page/C/C++.md`, `/Page/数学` without `.md`, the wiki's underscores and
 * its `/wiki/Title` form), the search offered by a 404 for a title holding `/`, and a search
 * results page past the last one.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startReader, type RunningReader } from '../../src/reader/server.js';
import { MirrorTitles } from '../../src/reader/mirror-titles.js';
import { titleAddress as findTitle } from '../../src/reader/title-address.js';
import { buildSite } from '../../src/site/defaults.js';
import { titleGuess } from '../../src/reader/views.js';
import { tmpDir } from '../mirror/helpers.js';
import { rawGet, removeMirror, sampleMirror, searchPath } from './helpers.js';

let out = '';
let reader: RunningReader;

before(async () => {
  out = await sampleMirror();
  reader = await startReader({ outDir: out, port: 0, host: '127.0.0.1', progress: null });
  await (await reader.indexer()).whenFinished();
  await reader.titlesLoaded();
});

after(async () => {
  await reader?.close();
  if (out) removeMirror(out);
});

const get = (p: string) => rawGet(reader.port, p);
const href = (file: string) => `/${file.split('/').map(encodeURIComponent).join('/')}`;

test('a title in the address instead of the file name goes to its file: / ? " in the title, no .md', async () => {
  // The file is Page/C%2FC++.md: a link to it is /Page/C%252FC%2B%2B.md, typed by hand /Page/C%2FC++.md.
  for (const typed of ['/Page/C%2FC++.md', '/Page/C/C++.md', '/Page/C/C++']) {
    const res = await get(typed);
    assert.equal(res.status, 302, typed);
    assert.equal(res.headers.location, '/Page/C%252FC%2B%2B.md', typed);
  }
  const quoted = await get(`/Page/${encodeURIComponent('什么是"好"的代码?')}`);
  assert.equal(quoted.headers.location, href('Page/什么是%22好%22的代码%3F.md'));
  assert.equal((await get(`/Page/${encodeURIComponent('数学')}`)).headers.location, href('Page/数学.md'));
  assert.equal((await get(`/Category/${encodeURIComponent('数学')}`)).headers.location, href('Category/数学.md'));
  // The page it leads to is there.
  assert.equal((await get('/Page/C%252FC%2B%2B.md')).status, 200);
});

test("the wiki's own address form: /wiki/Title and /wiki/Category:Name", async () => {
  assert.equal((await get(`/wiki/${encodeURIComponent('数学')}`)).headers.location, href('Page/数学.md'));
  assert.equal((await get(`/wiki/${encodeURIComponent('Category:数学')}`)).headers.location, href('Category/数学.md'));
  assert.equal((await get(`/wiki/${encodeURIComponent('C/C++')}`)).headers.location, '/Page/C%252FC%2B%2B.md');
  assert.equal((await get(`/wiki/${encodeURIComponent('不存在的条目')}`)).status, 404);
});

test('a missing title holding / is offered as a search for the whole title', async () => {
  assert.equal(titleGuess('Page/不存在/子页.md'), '不存在/子页');
  assert.equal(titleGuess('Page/C%2FD.md'), 'C/D');
  // An upload's a/ab/ folders are a hash, not part of its name.
  assert.equal(titleGuess('images/a/ab/Foo_logo.svg'), 'Foo_logo.svg');
  const res = await get(`/Page/${encodeURIComponent('不存在')}/${encodeURIComponent('子页')}.md`);
  assert.equal(res.status, 404);
  assert.ok(res.body.includes(`<a href="/search?q=${encodeURIComponent('不存在/子页')}">`), res.body);
});

test('a search results page past the last says so and leads back to the last page', async () => {
  const first = await get(searchPath('的'));
  const total = Number(/<p class="muted">(\d+) pages, 1–20 shown<\/p>/.exec(first.body)?.[1]);
  assert.ok(total > 20 && total <= 40, `total ${total}`);
  const past = await get(searchPath('的', 9));
  assert.equal(past.status, 200);
  assert.ok(past.body.includes(`<p class="muted">${total} pages, none on page 9 (the last is page 2)</p>`), past.body);
  assert.ok(past.body.includes(`rel="prev" href="/search?q=${encodeURIComponent('的')}&amp;page=2"`));
  assert.ok(!past.body.includes('rel="next"'));
  // Far past the last page: named as asked (it was clamped to 1000 without a word).
  const far = await get(searchPath('的', 99999));
  assert.ok(far.body.includes(`<p class="muted">${total} pages, none on page 99999 (the last is page 2)</p>`), far.body);
  assert.ok(far.body.includes(`rel="prev" href="/search?q=${encodeURIComponent('的')}&amp;page=2"`));
  // No text hit at all: "previous" goes to page 1 (its title hits), not to another empty page 4.
  const none = await get(searchPath('zzqqxx', 5));
  assert.ok(none.body.includes('<p class="muted">0 pages</p>'), none.body);
  assert.ok(none.body.includes('rel="prev" href="/search?q=zzqqxx"'), none.body);
  assert.ok(!none.body.includes('page=4'));
  // The last real page still shows its range.
  assert.ok((await get(searchPath('的', 2))).body.includes(`, 21–${total} shown</p>`));
});

test('titleAddress: underscores for spaces, a ~hash file, nothing for a file not on disk or an unknown folder', () => {
  const dir = tmpDir('title-address');
  const tsv = path.join(dir, 'index.tsv');
  const rows = ['title\tfile\tkind', 'Cascading Style Sheets\tPage/Cascading Style Sheets.md\tpage', 'UNIX\tPage/UNIX~1ec7eecd.md\tpage', 'Gone\tPage/Gone.md\tpage', 'Help:目次\tHelp/目次.md\tpage'];
  fs.writeFileSync(tsv, `${rows.join('\n')}\n`);
  const titles = MirrorTitles.read(tsv, 'ja');
  const ja = buildSite({ lang: 'ja' });
  const titleAddress = (t: MirrorTitles, relative: string, f: (file: string) => boolean) => findTitle(t, ja, relative, f)?.file ?? null;
  const onDisk = new Set(['Page/Cascading Style Sheets.md', 'Page/UNIX~1ec7eecd.md', 'Help/目次.md']);
  const isFile = (f: string) => onDisk.has(f);
  assert.equal(titleAddress(titles, 'Page/Cascading_Style_Sheets', isFile), 'Page/Cascading Style Sheets.md');
  assert.equal(titleAddress(titles, 'wiki/Cascading_Style_Sheets', isFile), 'Page/Cascading Style Sheets.md');
  assert.equal(titleAddress(titles, 'Page/UNIX.md', isFile), 'Page/UNIX~1ec7eecd.md');
  assert.equal(titleAddress(titles, 'wiki/Help:目次', isFile), 'Help/目次.md');
  assert.equal(titleAddress(titles, 'Page/Gone', isFile), null);
  assert.equal(titleAddress(titles, 'Nowhere/UNIX', isFile), null);
  assert.equal(titleAddress(titles, 'Page/', isFile), null);
  assert.equal(titleAddress(titles, 'UNIX', isFile), null);
  // The file itself is not "found" again (it would redirect to itself).
  assert.equal(titleAddress(titles, 'Page/Cascading Style Sheets.md', () => true), null);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a quoted query lists the titles of its words, and its text hits', async () => {
  const res = await get(searchPath('"几何学"'));
  const titlesPart = res.body.slice(res.body.indexOf('<h2>Titles</h2>'), res.body.indexOf('<h2>Text</h2>'));
  assert.ok(titlesPart.includes(`href="${href('Page/几何学.md')}"`), titlesPart);
  assert.doesNotMatch(res.body, /<p class="muted">0 pages<\/p>/);
});
