/** The search page's words to a reader: an empty query, and more title hits than it lists. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startReader, type RunningReader } from '../../src/reader/server.js';
import { tmpDir } from '../mirror/helpers.js';
import { rawGet, searchPath } from './helpers.js';

let dir = '';
let reader: RunningReader;

before(async () => {
  // A hand-made mirror of 60 pages whose titles all hold "Ab" (the reader needs index.tsv and report.json).
  dir = tmpDir('search-page');
  fs.mkdirSync(path.join(dir, 'Page'));
  const rows = ['title\tfile\tkind'];
  for (let i = 1; i <= 60; i++) {
    fs.writeFileSync(path.join(dir, 'Page', `Ab ${i}.md`), `Text ${i}.\n`);
    rows.push(`Ab ${i}\tPage/Ab ${i}.md\tpage`);
  }
  fs.writeFileSync(path.join(dir, 'index.tsv'), `${rows.join('\n')}\n`);
  fs.writeFileSync(path.join(dir, 'report.json'), JSON.stringify({ site: { lang: 'en', siteName: 'Test' }, files: { pages: 60 } }));
  reader = await startReader({ outDir: dir, port: 0, host: '127.0.0.1', progress: null });
  await reader.titlesLoaded();
});

after(async () => {
  await reader?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const titlesPart = (body: string) => body.slice(body.indexOf('<h2>Titles</h2>'), body.indexOf('<h2>Text</h2>'));

test('more title hits than the page lists: the first 50, and a word that there are more', async () => {
  const part = titlesPart((await rawGet(reader.port, searchPath('ab'))).body);
  assert.equal(part.match(/<li>/g)?.length, 50);
  assert.ok(part.includes('<p class="muted">More titles contain this: the first 50 are shown (whole titles, then titles beginning with it, then titles containing it elsewhere, shortest first in each)'), part);
  const one = titlesPart((await rawGet(reader.port, searchPath('Ab 60'))).body);
  assert.equal(one.match(/<li>/g)?.length, 1);
  assert.ok(!one.includes('More titles'), one);
});

test('an empty query says what to type instead of showing a bare heading', async () => {
  // Quotes alone are no words either (review of session 22: they showed "0 pages").
  for (const p of ['/search', '/search?q=', `/search?q=${encodeURIComponent('   ')}`, `/search?q=${encodeURIComponent('"')}`, `/search?q=${encodeURIComponent('"" "')}`]) {
    const res = await rawGet(reader.port, p);
    assert.equal(res.status, 200);
    assert.ok(res.body.includes('<h1>Search</h1>\n<p class="muted">Type a title or words of the text in the box above'), res.body);
    assert.ok(!res.body.includes('<h2>Titles</h2>'));
  }
});
