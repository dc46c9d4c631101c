/**
 * Pages a dump damaged on upgrade runs (kept-pages.test.ts for the same build): the file an older
 * build wrote is kept, listed and linked until a dump has the page whole, and is then converted by
 * any build but the one that wrote it — through upgrades stopped and resumed by yet another build.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { EXIT, MirrorError, runMirror, type MirrorOptions } from '../../src/mirror/run.js';
import { getState, openDatabase } from '../../src/index/db.js';
import { STATE_DB, STATE_DIR, type ConverterRef } from '../../src/mirror/types.js';
import { converterOfBuild, miniDump, pageXml, tmpDir } from './helpers.js';

const good = (id: number, title: string) => pageXml(id, title, `Text of ${title}.`);

/** A test's folder: its mirror, dump and converter file, runs under a converter or a named build, and readers of the mirror. */
function fixture(name: string) {
  const dir = tmpDir(name);
  const out = path.join(dir, 'out');
  const dump = path.join(dir, 'dump.xml');
  const file = path.join(dir, 'converter.js');
  const run = (converter: ConverterRef, extra: Partial<MirrorOptions> = {}) => runMirror({ dump, outDir: out, jobs: 1, converter, progress: null, log: () => {}, ...extra });
  return {
    out,
    dump,
    file,
    run,
    runBuild: (build: string) => run(converterOfBuild(file, build)),
    listed: () => fs.readFileSync(path.join(out, 'index.tsv'), 'utf8').trimEnd().split('\n').slice(1).map((l) => l.split('\t').slice(0, 2).join(' → ')),
    read: (f: string) => fs.readFileSync(path.join(out, f), 'utf8'),
  };
}

test('an upgrade run over a dump that damaged a page keeps it listed, in its categories and linked; a later whole dump has the new build convert it again', async () => {
  const { out, dump, file, run, listed, read } = fixture('damaged-kept-upgrade');
  const beta = pageXml(2, 'Beta', 'Text of Beta. [[Category:Letters|b]]');
  const alpha = good(1, 'Alpha').replace('Text of Alpha.', 'See [[Beta]].');
  fs.writeFileSync(dump, miniDump(alpha + beta + good(3, 'Gamma')));
  assert.equal((await run(converterOfBuild(file, 'build one'))).exitCode, EXIT.OK);
  const whole = { index: listed(), beta: read('Page/Beta.md') };
  assert.ok(whole.index.includes('Beta → Page/Beta.md'), whole.index.join('\n'));
  assert.match(read('Category/Letters.md'), /\(\.\.\/Page\/Beta\.md\)/);
  // Upgraded, over a dump in which Beta lost its <title>: every other page converted again, Beta's file kept and still found.
  fs.writeFileSync(dump, miniDump(alpha + beta.replace(/\s*<title>Beta<\/title>/, '') + good(3, 'Gamma')));
  const upgraded = converterOfBuild(file, 'build two');
  const damaged = await run(upgraded);
  assert.equal(damaged.exitCode, EXIT.TRUNCATED);
  assert.equal(damaged.report.damagedPages.examples[0]!.problem, 'has no <title>; skipped, previous version kept');
  assert.equal(damaged.report.run.convertedThisRun, 2, 'Alpha and Gamma, not Beta');
  assert.deepEqual(listed(), whole.index);
  assert.equal(read('Page/Beta.md'), whole.beta);
  assert.match(read('Category/Letters.md'), /\(\.\.\/Page\/Beta\.md\)/);
  assert.match(read('Page/Alpha.md'), /\[Beta\]\(\.\.\/Page\/Beta\.md\)[\s\S]*build two/);
  // The same build again, Beta still damaged: still listed, nothing converted.
  fs.writeFileSync(dump, miniDump(alpha + beta.replace(/\s*<title>Beta<\/title>/, '') + good(3, 'Gamma') + ' '));
  const still = await run(upgraded);
  assert.equal(still.exitCode, EXIT.TRUNCATED);
  assert.equal(still.report.run.convertedThisRun, 0);
  assert.deepEqual(listed(), whole.index);
  assert.match(read('Category/Letters.md'), /\(\.\.\/Page\/Beta\.md\)/);
  // Whole again, Beta's revision unchanged: the new build converts it (its file was the older build's).
  fs.writeFileSync(dump, miniDump(alpha + beta + good(3, 'Gamma') + ' '));
  const mended = await run(upgraded);
  assert.equal(mended.exitCode, EXIT.OK);
  assert.equal(mended.report.run.convertedThisRun, 1);
  assert.match(read('Page/Beta.md'), /build two/);
  assert.deepEqual(listed(), whole.index);
  const db = openDatabase(path.join(out, STATE_DIR, STATE_DB));
  try {
    assert.equal(getState(db, 'keptOfAnotherBuild'), null, 'no kept page of another build is left: the key goes');
  } finally {
    db.close();
  }
});

test('an upgrade over a dump that damaged a page, stopped in its index pass and resumed by a third build, keeps the page listed, in its categories and linked', async () => {
  const { dump, file, run, listed, read } = fixture('damaged-kept-three-builds');
  const beta = pageXml(2, 'Beta', 'Text of Beta. [[Category:Letters|b]]');
  const alpha = good(1, 'Alpha').replace('Text of Alpha.', 'See [[Beta]].');
  fs.writeFileSync(dump, miniDump(alpha + beta + good(3, 'Gamma')));
  assert.equal((await run(converterOfBuild(file, 'build one'))).exitCode, EXIT.OK);
  const whole = { index: listed(), beta: read('Page/Beta.md') };
  // Build two over a dump that damages Beta, stopped in its index pass.
  fs.writeFileSync(dump, miniDump(alpha + beta.replace(/\s*<title>Beta<\/title>/, '') + good(3, 'Gamma')));
  const controller = new AbortController();
  const stopInIndex = (phase: string) => {
    if (phase !== 'index') return;
    controller.abort();
    throw new Error('stopped by the test');
  };
  await assert.rejects(run(converterOfBuild(file, 'build two'), { signal: controller.signal, onProgress: stopInIndex }), (err: unknown) => err instanceof MirrorError && err.exitCode === EXIT.INTERRUPTED);
  // Build three resumes it: Beta's rows are still build one's.
  const resumed = await run(converterOfBuild(file, 'build three'), { resume: true });
  assert.equal(resumed.exitCode, EXIT.TRUNCATED);
  assert.equal(resumed.report.run.convertedThisRun, 2, 'Alpha and Gamma, not Beta');
  assert.deepEqual(listed(), whole.index);
  assert.equal(read('Page/Beta.md'), whole.beta);
  assert.match(read('Category/Letters.md'), /\(\.\.\/Page\/Beta\.md\)/);
  assert.match(read('Page/Alpha.md'), /\[Beta\]\(\.\.\/Page\/Beta\.md\)[\s\S]*build three/);
  // Whole again: build three converts Beta, whose file was build one's.
  fs.writeFileSync(dump, miniDump(alpha + beta + good(3, 'Gamma') + ' '));
  const mended = await run(converterOfBuild(file, 'build three'));
  assert.equal(mended.exitCode, EXIT.OK);
  assert.equal(mended.report.run.convertedThisRun, 1);
  assert.match(read('Page/Beta.md'), /build three/);
  assert.deepEqual(listed(), whole.index);
});

test('a page kept through several builds remembers the build that wrote its file: converted again by any other, not by that one', async () => {
  const { dump, runBuild: run, read } = fixture('damaged-kept-four-runs');
  const beta = pageXml(2, 'Beta', 'Text of Beta. [[Category:Letters|b]]');
  const alpha = good(1, 'Alpha').replace('Text of Alpha.', 'See [[Beta]].');
  const wholeDump = (tail: string) => miniDump(alpha + beta + good(3, 'Gamma') + tail);
  const damagedDump = (tail: string) => miniDump(alpha + beta.replace(/\s*<title>Beta<\/title>/, '') + good(3, 'Gamma') + tail);
  // Build one writes Beta; builds two and three meet a dump that damages it; build two again with Beta whole.
  fs.writeFileSync(dump, wholeDump(''));
  assert.equal((await run('build one')).exitCode, EXIT.OK);
  fs.writeFileSync(dump, damagedDump(''));
  assert.equal((await run('build two')).exitCode, EXIT.TRUNCATED);
  fs.writeFileSync(dump, damagedDump(' '));
  assert.equal((await run('build three')).exitCode, EXIT.TRUNCATED);
  assert.match(read('Page/Beta.md'), /build one/);
  fs.writeFileSync(dump, wholeDump('  '));
  const mended = await run('build two');
  assert.equal(mended.exitCode, EXIT.OK);
  assert.equal(mended.report.run.convertedThisRun, 3, 'Alpha and Gamma (build three\'s) and Beta (build one\'s)');
  assert.match(read('Page/Beta.md'), /build two/);
});

test('a page kept while a mirror went to another build and back is not converted again by the build that wrote its file', async () => {
  const { out, dump, file, runBuild: run } = fixture('damaged-kept-there-and-back');
  const beta = pageXml(2, 'Beta', 'Text of Beta.');
  const damagedDump = (tail: string) => miniDump(good(1, 'Alpha') + beta.replace(/\s*<title>Beta<\/title>/, '') + tail);
  fs.writeFileSync(dump, miniDump(good(1, 'Alpha') + beta));
  assert.equal((await run('build one')).exitCode, EXIT.OK);
  fs.writeFileSync(dump, damagedDump(''));
  assert.equal((await run('build two')).exitCode, EXIT.TRUNCATED);
  fs.writeFileSync(dump, damagedDump(' '));
  assert.equal((await run('build one')).exitCode, EXIT.TRUNCATED);
  // Whole again under build one, which wrote Beta's file: nothing is converted (Alpha is build one's again).
  fs.writeFileSync(dump, miniDump(good(1, 'Alpha') + beta + '  '));
  const mended = await run('build one');
  assert.equal(mended.exitCode, EXIT.OK);
  assert.equal(mended.report.run.convertedThisRun, 0);
  assert.match(fs.readFileSync(path.join(out, 'Page', 'Beta.md'), 'utf8'), /build one/);
});

test('an upgrade over a dump that damaged a page, stopped after its plan (the page\'s rows moved to the new build\'s) and resumed by a third build, keeps the page; the same build again converts nothing; whole again, the third build converts it', async () => {
  const { out, dump, file, run, listed, read } = fixture('damaged-kept-three-builds-after-plan');
  const state = (key: string) => {
    const db = openDatabase(path.join(out, STATE_DIR, STATE_DB));
    try {
      return key === 'betaRow' ? (db.prepare('SELECT fingerprint FROM done WHERE page_id = 2').pluck().get() as string) : getState(db, key);
    } finally {
      db.close();
    }
  };
  const beta = pageXml(2, 'Beta', 'Text of Beta. [[Category:Letters|b]]');
  const alpha = good(1, 'Alpha').replace('Text of Alpha.', 'See [[Beta]].');
  const damagedDump = (tail: string) => miniDump(alpha + beta.replace(/\s*<title>Beta<\/title>/, '') + good(3, 'Gamma') + tail);
  fs.writeFileSync(dump, miniDump(alpha + beta + good(3, 'Gamma')));
  assert.equal((await run(converterOfBuild(file, 'build one'))).exitCode, EXIT.OK);
  const whole = { index: listed(), beta: read('Page/Beta.md') };
  const first = state('fingerprint')!;
  // Build two over a dump that damages Beta, stopped as its convert pass begins: its plan put Beta back and moved its row.
  fs.writeFileSync(dump, damagedDump(''));
  const stopAtConvert = (phase: string) => {
    if (phase === 'convert') throw new Error('stopped by the test');
  };
  await assert.rejects(run(converterOfBuild(file, 'build two'), { onPhase: stopAtConvert }), /stopped by the test/);
  const second = state('fingerprint')!;
  assert.notEqual(second, first);
  assert.equal(state('betaRow'), second);
  assert.deepEqual(JSON.parse(state('keptOfAnotherBuild')!), { 2: first });
  // Build three resumes it: Alpha and Gamma converted, Beta kept, and nothing of other builds left to tell once complete.
  const third = converterOfBuild(file, 'build three');
  const resumed = await run(third, { resume: true });
  assert.equal(resumed.exitCode, EXIT.TRUNCATED);
  assert.equal(resumed.report.run.convertedThisRun, 2, 'Alpha and Gamma, not Beta');
  assert.deepEqual(listed(), whole.index);
  assert.equal(read('Page/Beta.md'), whole.beta);
  assert.match(read('Category/Letters.md'), /\(\.\.\/Page\/Beta\.md\)/);
  assert.match(read('Page/Alpha.md'), /\[Beta\]\(\.\.\/Page\/Beta\.md\)[\s\S]*build three/);
  assert.equal(state('anotherBuild'), null);
  assert.deepEqual(JSON.parse(state('keptOfAnotherBuild')!), { 2: first }, 'still the build that wrote the file');
  // The same build again over a dump still damaging Beta: nothing converted, still listed.
  fs.writeFileSync(dump, damagedDump(' '));
  const still = await run(third);
  assert.equal(still.exitCode, EXIT.TRUNCATED);
  assert.equal(still.report.run.convertedThisRun, 0);
  assert.deepEqual(listed(), whole.index);
  // Whole again: build three converts Beta, whose file was build one's.
  fs.writeFileSync(dump, miniDump(alpha + beta + good(3, 'Gamma') + '  '));
  const mended = await run(third);
  assert.equal(mended.exitCode, EXIT.OK);
  assert.equal(mended.report.run.convertedThisRun, 1);
  assert.match(read('Page/Beta.md'), /build three/);
  assert.deepEqual(listed(), whole.index);
  assert.equal(state('keptOfAnotherBuild'), null);
});
