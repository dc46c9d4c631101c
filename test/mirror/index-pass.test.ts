/**
 * The index pass's account of a compressed dump cut short (whose bytes its offsets count), and
 * what an update run does after it: kept pages put back, and unchanged pages' categories.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { inDecompressedXml, restoredNeedingWork } from '../../src/mirror/index-pass.js';
import { getState, openDatabase } from '../../src/index/db.js';
import { STATE_DB, STATE_DIR } from '../../src/mirror/types.js';
import { WORK_ROWS } from '../../src/mirror/convert-pass.js';
import { EXIT, runMirror, type MirrorOptions } from '../../src/mirror/run.js';
import { miniDump, pageXml, tmpDir } from './helpers.js';

const TEMPLATE_CATEGORIES = { module: new URL('./template-category-converter.js', import.meta.url).href, exportName: 'convertPage' };

const CUT = 'dump truncated at byte 5671121 (inside the element starting at byte 5669525); last complete page: id 294 "検索エンジン"';

test('a compressed dump cut short: the offset is of the decompressed XML, and the compressed data’s end is named', () => {
  const file = { path: 'x.xml.bz2', compression: 'bzip2' as const, size: 1500000, multistreamIndex: null };
  assert.equal(
    inDecompressedXml(CUT, file, 1500000),
    'dump truncated at byte 5671121 of the decompressed XML (inside the element starting at byte 5669525; the bzip2 data ends after 1500000 bytes); last complete page: id 294 "検索エンジン"',
  );
  // Standard input's compression is found while reading: named in general terms.
  const stdin = { path: '-', compression: 'none' as const, size: null, multistreamIndex: null };
  assert.equal(
    inDecompressedXml('dump truncated at byte 900; no complete page', stdin, 300),
    'dump truncated at byte 900 of the decompressed XML (the compressed data ends after 300 bytes); no complete page',
  );
  // A damaged block is named by the decoder's own message, which stays as it is.
  const corrupt = 'bzip2 data error: data integrity (CRC) error in data; dump truncated at byte 700; last complete page: id 3 "条目3"';
  assert.equal(inDecompressedXml(corrupt, file, 500), corrupt);
});

test('a run stopped after its index pass and resumed: unchanged pages still get back the categories their templates gave them', async () => {
  const dir = tmpDir('index-reapply-resumed');
  const dump = path.join(dir, 'dump.xml');
  const out = path.join(dir, 'out');
  const pages = (betaRev: number) =>
    miniDump(
      pageXml(1, 'Alpha', 'Alpha text. {{Tagged}}') +
        pageXml(3, 'Beta', 'Beta text. [[Category:Tagged]]', { rev: betaRev }) +
        pageXml(2, 'Template:Tagged', 'a tag<includeonly>[[Category:Tagged]]</includeonly>', { ns: 10 }),
    );
  const run = (extra: Partial<MirrorOptions> = {}) => runMirror({ dump, outDir: out, jobs: 1, converter: TEMPLATE_CATEGORIES, progress: null, log: () => {}, ...extra });
  const members = () => [...fs.readFileSync(path.join(out, 'Category', 'Tagged.md'), 'utf8').matchAll(/\]\(\.\.\/Page\/(\w+)\.md\)/g)].map((m) => m[1]);
  fs.writeFileSync(dump, pages(30));
  assert.equal((await run()).exitCode, EXIT.OK);
  assert.deepEqual(members(), ['Alpha', 'Beta']);
  // A new dump (Beta edited): the index is rebuilt, then the run stops as the plan begins.
  fs.writeFileSync(dump, pages(31));
  await assert.rejects(run({ onPhase: (phase) => { if (phase === 'plan') throw new Error('stopped'); } }), /stopped/);
  const resumed = await run({ resume: true });
  assert.equal(resumed.exitCode, EXIT.OK);
  assert.equal(resumed.report.run.convertedThisRun, 1);
  assert.deepEqual(members(), ['Alpha', 'Beta'], 'Alpha, unchanged, keeps the template’s category');
});

test('restoredNeedingWork names exactly the pages whose files the convert pass would write (revision, options, file)', async () => {
  const dir = tmpDir('index-restored-work');
  const dump = path.join(dir, 'dump.xml');
  const out = path.join(dir, 'out');
  fs.writeFileSync(dump, miniDump(pageXml(1, 'Alpha', 'a') + pageXml(2, 'Beta', 'b') + pageXml(3, 'Gamma', 'c') + pageXml(4, 'Delta', 'd')));
  assert.equal((await runMirror({ dump, outDir: out, jobs: 1, converter: TEMPLATE_CATEGORIES, progress: null, log: () => {} })).exitCode, EXIT.OK);
  const db = openDatabase(path.join(out, STATE_DIR, STATE_DB));
  try {
    const fingerprint = getState(db, 'fingerprint')!;
    assert.deepEqual(restoredNeedingWork(db, [1, 2, 3, 4], fingerprint), []);
    // Beta's file from another revision, Gamma's with other options, Delta's under another name.
    db.prepare('UPDATE done SET rev = rev - 1 WHERE page_id = 2').run();
    db.prepare("UPDATE done SET fingerprint = 'other' WHERE page_id = 3").run();
    db.prepare("UPDATE done SET file = 'Page/Delta~1.md' WHERE page_id = 4").run();
    const work = db.prepare(`SELECT f.page_id ${WORK_ROWS} ORDER BY f.page_id`).pluck().all(fingerprint);
    assert.deepEqual(work, [2, 3, 4]);
    assert.deepEqual(restoredNeedingWork(db, [1, 2, 3, 4], fingerprint).sort(), [2, 3, 4]);
    assert.deepEqual(restoredNeedingWork(db, [1, 3], fingerprint), [3]);
  } finally {
    db.close();
  }
});

test('several pages kept from an earlier run are put back with all their categories (one id damaged twice, once)', async () => {
  const dir = tmpDir('index-restore-several');
  const dump = path.join(dir, 'dump.xml');
  const out = path.join(dir, 'out');
  const run = () => runMirror({ dump, outDir: out, jobs: 1, converter: TEMPLATE_CATEGORIES, progress: null, log: () => {} });
  const page = (id: number, title: string) => pageXml(id, title, `${title} text. [[Category:Letters|${title}]] [[Category:Kept]]`);
  const noTitle = (xml: string) => xml.replace(/\s*<title>[^<]*<\/title>/, '');
  const listed = () => fs.readFileSync(path.join(out, 'index.tsv'), 'utf8');
  const category = (name: string) => fs.readFileSync(path.join(out, 'Category', `${name}.md`), 'utf8');
  fs.writeFileSync(dump, miniDump(page(1, 'Alpha') + page(2, 'Beta') + page(3, 'Gamma') + page(4, 'Delta')));
  assert.equal((await run()).exitCode, EXIT.OK);
  const whole = { index: listed(), letters: category('Letters'), kept: category('Kept') };
  fs.writeFileSync(dump, miniDump(page(1, 'Alpha') + noTitle(page(2, 'Beta')) + page(3, 'Gamma') + noTitle(page(4, 'Delta')) + noTitle(page(2, 'Beta'))));
  const damaged = await run();
  assert.equal(damaged.exitCode, EXIT.TRUNCATED);
  assert.equal(damaged.report.damagedPages.count, 3);
  assert.equal(listed(), whole.index);
  assert.equal(category('Letters'), whole.letters);
  assert.equal(category('Kept'), whole.kept);
});
