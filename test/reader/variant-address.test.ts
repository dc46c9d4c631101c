/**
 * variantAddress: an address in the other Chinese script names the page's file, found by
 * index.tsv's file column (a `~hash` name too) and only when that file is on disk; nothing for
 * other languages, raw wikitext, or a title that is a page of the dump left out of the mirror.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { MirrorTitles } from '../../src/reader/mirror-titles.js';
import { variantAddress, type AddressChecks } from '../../src/reader/variant-address.js';
import { buildSite } from '../../src/site/defaults.js';
import { miniDump, pageXml, tmpDir } from '../mirror/helpers.js';
import { usingRealEngine } from '../mirror/cli.js';
import { EXIT, runMirror } from '../../src/mirror/run.js';
import { MirrorState } from '../../src/reader/mirror-state.js';

let dir = '';
let titles: MirrorTitles;
const onDisk = new Set(['Page/数学.md', 'Page/电脑~1a2b3c4d.md', 'Category/数学.md', 'Page/长城.md', 'Page/软件.md']);
const checks = { isFile: (file: string) => onDisk.has(file) };

before(() => {
  dir = tmpDir('variant-address');
  const rows = [
    'title\tfile\tkind\tvariant_title',
    '数学\tPage/数学.md\tpage\t',
    // A case clash gave this one a ~hash name; the plain name would be Page/电脑.md.
    '电脑\tPage/电脑~1a2b3c4d.md\tpage\t',
    'Category:数学\tCategory/数学.md\tcategory\t',
    '长城\tPage/长城.md\tpage\t',
    // In index.tsv but gone from disk.
    '化学\tPage/化学.md\tpage\t',
    '软件\tPage/软件.md\tpage\t',
  ];
  const tsv = path.join(dir, 'index.tsv');
  fs.writeFileSync(tsv, `${rows.join('\n')}\n`);
  titles = MirrorTitles.read(tsv, 'zh');
});

after(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The file variantAddress finds on a wiki of `lang`, or null. */
const found = (t: MirrorTitles, lang: string, relative: string, c: AddressChecks) => variantAddress(t, buildSite({ lang }), relative, c)?.file ?? null;

test('a traditional address names the simplified page; a category too', () => {
  assert.equal(found(titles, 'zh', 'Page/數學.md', checks), 'Page/数学.md');
  assert.equal(found(titles, 'zh', 'Category/數學.md', checks), 'Category/数学.md');
});

test('a title address in the other script (no .md, or the wiki form /wiki/…) names the page too', () => {
  assert.equal(found(titles, 'zh', 'Page/數學', checks), 'Page/数学.md');
  assert.equal(found(titles, 'zh', 'wiki/數學', checks), 'Page/数学.md');
  assert.equal(found(titles, 'zh', 'Category/數學', checks), 'Category/数学.md');
  assert.equal(found(titles, 'zh', 'wiki/Category:數學', checks), 'Category/数学.md');
  assert.equal(found(titles, 'zh', 'wiki/電腦', checks), 'Page/电脑~1a2b3c4d.md');
  assert.equal(found(titles, 'zh', 'wiki/歷史', checks), null);
  assert.equal(found(titles, 'zh', 'Nowhere/數學', checks), null);
  const isDumpPage = (title: string) => title === '長城';
  assert.equal(found(titles, 'zh', 'wiki/長城', { ...checks, isDumpPage }), null);
});

test('a page whose file has a ~hash suffix (case clash) is found by its index.tsv file', () => {
  assert.equal(found(titles, 'zh', 'Page/電腦.md', checks), 'Page/电脑~1a2b3c4d.md');
});

test('no redirect for other languages, raw wikitext, addresses outside a namespace folder, or nothing to go to', () => {
  const ja = MirrorTitles.read(path.join(dir, 'index.tsv'), 'ja');
  assert.equal(found(ja, 'ja', 'Page/數學.md', checks), null);
  assert.equal(found(titles, 'zh', 'Page/數學.wikitext', checks), null);
  assert.equal(found(titles, 'zh', '數學.md', checks), null);
  assert.equal(found(titles, 'zh', 'Nowhere/數學.md', checks), null);
  assert.equal(found(titles, 'zh', 'Page/歷史.md', checks), null);
});

test('a spelling whose file is listed but not on disk gives no redirect', () => {
  assert.equal(found(titles, 'zh', 'Page/化學.md', checks), null);
  assert.equal(found(titles, 'zh', 'Page/化學.md', { isFile: () => true }), 'Page/化学.md');
  // 軟體 (zh-tw) is 软件 in zh-cn: a region word, found as the page is.
  assert.equal(found(titles, 'zh', 'Page/軟體.md', checks), 'Page/软件.md');
});

test('a title that is a page of the dump left out of the mirror is not sent to another spelling (its links go to the wiki)', () => {
  const asked: string[] = [];
  const isDumpPage = (title: string) => (asked.push(title), title === '長城');
  assert.equal(found(titles, 'zh', 'Page/長城.md', { ...checks, isDumpPage }), null);
  assert.equal(found(titles, 'zh', 'Category/數學.md', { ...checks, isDumpPage }), 'Category/数学.md');
  assert.deepEqual(asked, ['長城', 'Category:數學']);
});

test('a zh mirror made with --min-size: the reader knows the short page 長城 is of the dump, so /Page/長城.md does not go to 长城', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const work = tmpDir('variant-address-mirror');
  const dump = path.join(work, 'dump.xml');
  const long = '长'.repeat(200);
  fs.writeFileSync(dump, miniDump(pageXml(1, '长城', `${long}\n`) + pageXml(2, '長城', '短。\n') + pageXml(3, '數學', `${long}\n`)));
  const out = path.join(work, 'out');
  assert.equal((await runMirror({ dump, outDir: out, jobs: 1, progress: null, log: () => {}, minSize: 100 })).exitCode, EXIT.OK);
  const state = new MirrorState(out);
  const mirrorTitles = MirrorTitles.read(path.join(out, 'index.tsv'), 'zh');
  const diskChecks = { isFile: (file: string) => fs.existsSync(path.join(out, file)), isDumpPage: (title: string) => state.isDumpPage(title) };
  assert.equal(state.isDumpPage('長城'), true);
  assert.equal(state.isDumpPage('数学'), false);
  assert.equal(found(mirrorTitles, 'zh', 'Page/長城.md', diskChecks), null);
  assert.equal(found(mirrorTitles, 'zh', 'Page/数学.md', diskChecks), 'Page/數學.md');
  // Without the run's index the reader cannot tell, and sends the address on.
  assert.equal(found(mirrorTitles, 'zh', 'Page/長城.md', { isFile: diskChecks.isFile }), 'Page/长城.md');
  fs.rmSync(work, { recursive: true, force: true });
});
