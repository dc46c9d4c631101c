/**
 * A newer build converts again what an older one wrote (issue 3): a mirror made by one build and
 * run again by another (here: the converter's file rewritten in place, which keeps the options'
 * fingerprint of old — same file name, same export) has every page converted again and equals a
 * fresh run of the new build, and the run says why; the same build again converts nothing; an
 * interrupted run resumed by another build goes on, also one from before build ids were recorded;
 * a checkpoint from before build ids counts as another build's, also when a newer build's 'build'
 * was left beside it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { getInfo, getState, openDatabase, setInfo, setState } from '../../src/index/db.js';
import { buildIdFrom, buildPartsOf } from '../../src/mirror/build-id.js';
import { fingerprintOf } from '../../src/mirror/run-identity.js';
import { EXIT, MirrorError, runMirror, type MirrorOptions } from '../../src/mirror/run.js';
import { DEFAULT_NAMESPACES, STATE_DB, STATE_DIR, type ConverterRef } from '../../src/mirror/types.js';
import { SAMPLE, checkpointUnder, converterOfBuild, tmpDir } from './helpers.js';
import { mirrorFiles } from './tree.js';

interface Run {
  lines: string[];
  options: (extra?: Partial<MirrorOptions>) => MirrorOptions;
}

/** Options for the sample dump into `out` with `converter`, the log kept in `lines`. */
function runOf(out: string, converter: ConverterRef): Run {
  const lines: string[] = [];
  return { lines, options: (extra = {}) => ({ dump: SAMPLE, outDir: out, jobs: 2, converter, progress: null, log: (l) => lines.push(l), ...extra }) };
}

/** The fingerprint of the runs here (the default options on the sample's zh wiki) with `converter` under `build` (null: none, as before build ids were recorded). */
const fingerprintUnder = (converter: ConverterRef, build: string | null) =>
  fingerprintOf({ attribution: true, images: 'embed', variant: null, frontMatter: false, expandTemplates: true, namespaces: [...DEFAULT_NAMESPACES], rawNamespaces: [], minSize: 0, converter, build });

/** The upgrade note for `n` pages; `changed`: what it says changed (none when the older build's parts are not recorded: before build ids). */
const message = (n: number, changed: string | null = 'its code changed') =>
  `note: ${n} pages were written by another build of wikimark${changed === null ? '' : ` (${changed})`} and are converted again`;

/** The files a fresh run of `converter` writes (the reports aside). */
async function freshMirror(converter: ConverterRef): Promise<Map<string, string>> {
  const out = tmpDir('upgrade-fresh');
  assert.equal((await runMirror(runOf(out, converter).options())).exitCode, EXIT.OK);
  return mirrorFiles(out);
}

function assertSameFiles(actual: Map<string, string>, expected: Map<string, string>): void {
  assert.deepEqual([...actual.keys()], [...expected.keys()]);
  for (const [f, content] of expected) assert.equal(actual.get(f), content, `${f} differs from a fresh run's`);
}

test('run again by another build: every page converted again, the run says so, the mirror equals a fresh run; the same build again converts nothing', async () => {
  const dir = tmpDir('upgrade');
  const file = path.join(dir, 'converter.js');
  const out = path.join(dir, 'out');
  const first = await runMirror(runOf(out, converterOfBuild(file, 'build one')).options());
  assert.equal(first.exitCode, EXIT.OK);
  const pages = first.report.run.convertedThisRun;
  assert.ok(pages > 20, `${pages} pages`);

  const upgraded = converterOfBuild(file, 'build two');
  const second = runOf(out, upgraded);
  // The index pass is part of the build: the whole dump is indexed again (as convert --help says), and not by the same build again.
  let indexed = 0;
  const countIndexed = (phase: string) => void (phase === 'index' && indexed++);
  const result = await runMirror(second.options({ onProgress: countIndexed }));
  assert.ok(indexed > 0, 'indexed again');
  assert.equal(result.exitCode, EXIT.OK);
  assert.equal(result.report.run.convertedThisRun, pages);
  assert.ok(second.lines.includes(message(pages)), second.lines.join('\n'));
  assert.equal(getStateOf(out, 'anotherBuild'), null, 'the run is complete: nothing of another build is left to tell');
  const files = mirrorFiles(out);
  assert.ok(![...files.values()].some((text) => text.includes('build one')), 'nothing of the older build is left');
  // Category pages carry their own converted text, redirect stubs and indexes are assembled: as a fresh run of the new build writes them.
  assert.match(files.get('Category/面食.md') ?? '', /build two/);
  assertSameFiles(files, await freshMirror(upgraded));

  const third = runOf(out, upgraded);
  indexed = 0;
  const again = await runMirror(third.options({ onProgress: countIndexed }));
  assert.equal(again.exitCode, EXIT.OK);
  assert.equal(indexed, 0);
  assert.equal(again.report.run.convertedThisRun, 0);
  assert.ok(!third.lines.some((l) => l.includes('another build')), third.lines.join('\n'));
});

test('an interrupted run resumed by another build goes on: what the older build finished is converted again; other options are still refused', async () => {
  const dir = tmpDir('upgrade-resume');
  const file = path.join(dir, 'converter.js');
  const out = path.join(dir, 'out');
  const finished = await interruptedRun(out, converterOfBuild(file, 'build one'));

  const upgraded = converterOfBuild(file, 'build two');
  await assert.rejects(
    runMirror(runOf(out, upgraded).options({ resume: true, images: 'link' })),
    (err: unknown) => err instanceof MirrorError && err.exitCode === EXIT.USAGE && /same options/.test(err.message),
  );
  const resumed = runOf(out, upgraded);
  const result = await runMirror(resumed.options({ resume: true }));
  assert.equal(result.exitCode, EXIT.OK);
  assert.equal(result.report.run.skippedUnchanged, 0);
  assert.ok(resumed.lines.includes(message(finished)), resumed.lines.join('\n'));
  assertSameFiles(mirrorFiles(out), await freshMirror(upgraded));
});

test('an interrupted run from before build ids were recorded (status running, no build in the state) resumed by the new build: it goes on, converts again what the older build finished, and says so', async () => {
  const dir = tmpDir('upgrade-resume-old');
  const converter = converterOfBuild(path.join(dir, 'converter.js'), 'build one');
  const out = path.join(dir, 'out');
  const finished = await interruptedRun(out, converter);
  // As a build before build ids leaves its interrupted run: its fingerprint held no build, and there is no 'build' or 'anotherBuild'.
  const older = fingerprintUnder(converter, null);
  const db = openDatabase(path.join(out, STATE_DIR, STATE_DB));
  assert.equal(getState(db, 'status'), 'running');
  checkpointUnder(db, older);
  db.prepare("DELETE FROM state WHERE key IN ('build', 'anotherBuild')").run();
  db.close();

  const resumed = runOf(out, converter);
  const result = await runMirror(resumed.options({ resume: true }));
  assert.equal(result.exitCode, EXIT.OK);
  assert.equal(result.report.run.skippedUnchanged, 0);
  assert.ok(resumed.lines.includes(message(finished, null)), resumed.lines.join('\n'));
  assertSameFiles(mirrorFiles(out), await freshMirror(converter));
});

test('a checkpoint from before builds were recorded counts as another build\'s: its pages are converted again once, no crash', async () => {
  const dir = tmpDir('upgrade-old-checkpoint');
  const converter = converterOfBuild(path.join(dir, 'converter.js'), 'build one');
  const out = path.join(dir, 'out');
  const first = await runMirror(runOf(out, converter).options());
  assert.equal(first.exitCode, EXIT.OK);
  // The fingerprint the run used, rebuilt here (checked), then the one a build stored before build ids were recorded: no build in it.
  const fingerprint = (build: string | null) => fingerprintUnder(converter, build);
  const db = openDatabase(path.join(out, STATE_DIR, STATE_DB));
  const current = fingerprint(buildIdFrom(buildPartsOf(converter)));
  assert.equal(getState(db, 'fingerprint'), current);
  assert.equal(getInfo(db, 'plan'), current);
  const older = fingerprint(null);
  assert.notEqual(older, current);
  checkpointUnder(db, older);
  db.prepare("DELETE FROM state WHERE key = 'build'").run();
  db.close();

  const again = runOf(out, converter);
  const result = await runMirror(again.options());
  assert.equal(result.exitCode, EXIT.OK);
  assert.equal(result.report.run.convertedThisRun, first.report.run.convertedThisRun);
  assert.ok(again.lines.includes(message(first.report.run.convertedThisRun, null)), again.lines.join('\n'));
  const after = openDatabase(path.join(out, STATE_DIR, STATE_DB));
  assert.equal(after.prepare('SELECT count(*) FROM done WHERE fingerprint != ?').pluck().get(current), 0);
  after.close();
  assert.equal((await runMirror(runOf(out, converter).options())).report.run.convertedThisRun, 0);
});

test('a build from before build ids run on the mirror after a newer one (state build left stale): back on the newer build, its interrupted run is resumed and the run says why pages are converted again', async () => {
  const dir = tmpDir('upgrade-stale-build');
  const converter = converterOfBuild(path.join(dir, 'converter.js'), 'build one');
  const out = path.join(dir, 'out');
  const first = await runMirror(runOf(out, converter).options());
  assert.equal(first.exitCode, EXIT.OK);
  // As the older build leaves it, interrupted: its fingerprint (no build in it) in the state, the plan and the rows; 'build' still the newer one's.
  const older = fingerprintUnder(converter, null);
  const db = openDatabase(path.join(out, STATE_DIR, STATE_DB));
  assert.equal(getState(db, 'build'), buildIdFrom(buildPartsOf(converter)));
  checkpointUnder(db, older);
  setState(db, 'status', 'running');
  db.close();

  const resumed = runOf(out, converter);
  const result = await runMirror(resumed.options({ resume: true }));
  assert.equal(result.exitCode, EXIT.OK);
  assert.equal(result.report.run.convertedThisRun, first.report.run.convertedThisRun);
  assert.ok(resumed.lines.includes(message(first.report.run.convertedThisRun, null)), resumed.lines.join('\n'));
});

test('an upgrade run stopped, then resumed by the same new build: it says how many pages of the older build are left, and converts those', async () => {
  const dir = tmpDir('upgrade-stopped');
  const file = path.join(dir, 'converter.js');
  const out = path.join(dir, 'out');
  assert.equal((await runMirror(runOf(out, converterOfBuild(file, 'build one')).options())).exitCode, EXIT.OK);
  const older = getStateOf(out, 'fingerprint')!;
  const olderParts = JSON.parse(getStateOf(out, 'buildParts')!) as unknown;
  const upgraded = converterOfBuild(file, 'build two');
  assert.equal((await runMirror(runOf(out, upgraded).options())).exitCode, EXIT.OK);
  // As the upgrade run would have left it stopped after its plan with five pages still the older build's (anotherBuild cleared as it completed, set again).
  const db = openDatabase(path.join(out, STATE_DIR, STATE_DB));
  const left = db.prepare('SELECT file FROM done ORDER BY file LIMIT 5').pluck().all() as string[];
  for (const f of left) db.prepare('UPDATE done SET fingerprint = ? WHERE file = ?').run(older, f);
  setState(db, 'status', 'running');
  // Written by hand, as recordRunBuild would: the older build's fingerprint and its parts (the state's, still build one's).
  setState(db, 'anotherBuild', JSON.stringify([{ fingerprint: older, parts: olderParts }]));
  db.close();
  const resumed = runOf(out, upgraded);
  const result = await runMirror(resumed.options({ resume: true }));
  assert.equal(result.exitCode, EXIT.OK);
  assert.equal(result.report.run.convertedThisRun, 5);
  assert.ok(resumed.lines.includes(message(5)), resumed.lines.join('\n'));
});

test('an upgrade run stopped in its index pass, then resumed by the same new build: it still says why every page is converted again', async () => {
  const dir = tmpDir('upgrade-stopped-early');
  const file = path.join(dir, 'converter.js');
  const out = path.join(dir, 'out');
  const first = await runMirror(runOf(out, converterOfBuild(file, 'build one')).options());
  assert.equal(first.exitCode, EXIT.OK);
  const upgraded = converterOfBuild(file, 'build two');
  const controller = new AbortController();
  // Stopped at the index pass's first page (it checks the signal only every 256 pages: the sample has 38).
  const stopInIndex = (phase: string) => {
    if (phase !== 'index') return;
    controller.abort();
    throw new Error('stopped by the test');
  };
  await assert.rejects(runMirror(runOf(out, upgraded).options({ signal: controller.signal, onProgress: stopInIndex })), (err: unknown) => err instanceof MirrorError && err.exitCode === EXIT.INTERRUPTED);
  const db = openDatabase(path.join(out, STATE_DIR, STATE_DB));
  assert.equal(getInfo(db, 'complete'), null, 'stopped before its index was whole');
  db.close();
  const resumed = runOf(out, upgraded);
  const result = await runMirror(resumed.options({ resume: true }));
  assert.equal(result.exitCode, EXIT.OK);
  assert.equal(result.report.run.convertedThisRun, first.report.run.convertedThisRun);
  assert.ok(resumed.lines.includes(message(first.report.run.convertedThisRun)), resumed.lines.join('\n'));
});

test('the note names what changed: a mirror an otherwise equal build under another Unicode version wrote', async () => {
  const dir = tmpDir('upgrade-unicode');
  const converter = converterOfBuild(path.join(dir, 'converter.js'), 'build one');
  const out = path.join(dir, 'out');
  const first = await runMirror(runOf(out, converter).options());
  assert.equal(first.exitCode, EXIT.OK);
  // As a Node with Unicode 1.0 would have left it: its parts, its build and that build's fingerprint.
  const parts = { ...buildPartsOf(converter), unicode: '1.0' };
  const older = fingerprintUnder(converter, buildIdFrom(parts));
  const db = openDatabase(path.join(out, STATE_DIR, STATE_DB));
  assert.deepEqual(JSON.parse(getState(db, 'buildParts')!), buildPartsOf(converter));
  checkpointUnder(db, older, false);
  setState(db, 'build', buildIdFrom(parts));
  setState(db, 'buildParts', JSON.stringify(parts));
  setInfo(db, 'plan', older);
  db.close();
  const again = runOf(out, converter);
  const result = await runMirror(again.options());
  assert.equal(result.exitCode, EXIT.OK);
  const n = first.report.run.convertedThisRun;
  assert.equal(result.report.run.convertedThisRun, n);
  assert.ok(again.lines.includes(message(n, `Node's Unicode version changed: 1.0 → ${process.versions.unicode}`)), again.lines.join('\n'));
});

/** A run of `converter` into `out` stopped at the convert pass's first progress line; the pages it finished. */
async function interruptedRun(out: string, converter: ConverterRef): Promise<number> {
  const controller = new AbortController();
  const sink = { write: (s: string) => { if (s.startsWith('convert')) controller.abort(); return true; }, isTTY: false };
  process.env.WIKIMARK_PROGRESS_MS = '0';
  try {
    const interrupted = runOf(out, converter).options({ jobs: 1, progress: sink, signal: controller.signal });
    await assert.rejects(runMirror(interrupted), (err: unknown) => err instanceof MirrorError && err.exitCode === EXIT.INTERRUPTED);
  } finally {
    delete process.env.WIKIMARK_PROGRESS_MS;
  }
  const db = openDatabase(path.join(out, STATE_DIR, STATE_DB));
  const finished = db.prepare('SELECT count(*) FROM done').pluck().get() as number;
  db.close();
  assert.ok(finished > 0, 'the interrupted run finished some pages');
  return finished;
}

function getStateOf(out: string, key: string): string | null {
  const db = openDatabase(path.join(out, STATE_DIR, STATE_DB));
  try {
    return getState(db, key);
  } finally {
    db.close();
  }
}

test('the note names what changed only from parts recorded for the recorded build: stale or malformed parts name nothing, and are no crash', async () => {
  const dir = tmpDir('upgrade-stale-parts');
  const converter = converterOfBuild(path.join(dir, 'converter.js'), 'build one');
  const out = path.join(dir, 'out');
  const first = await runMirror(runOf(out, converter).options());
  assert.equal(first.exitCode, EXIT.OK);
  const n = first.report.run.convertedThisRun;
  // As a build that recorded its fingerprint and build but not its parts would leave it: the parts
  // beside them another build's (Unicode 1.0; the recorded build is a Unicode 2.0 one). Then parts that are not JSON.
  for (const [tag, partsText] of [['stale', JSON.stringify({ ...buildPartsOf(converter), unicode: '1.0' })], ['malformed', '{"code": ']] as const) {
    const recorded = buildIdFrom({ ...buildPartsOf(converter), unicode: '2.0' });
    const older = fingerprintUnder(converter, recorded);
    const db = openDatabase(path.join(out, STATE_DIR, STATE_DB));
    checkpointUnder(db, older, false);
    setState(db, 'build', recorded);
    setState(db, 'buildParts', partsText);
    setInfo(db, 'plan', older);
    db.close();
    const again = runOf(out, converter);
    const result = await runMirror(again.options());
    assert.equal(result.exitCode, EXIT.OK, tag);
    assert.equal(result.report.run.convertedThisRun, n, tag);
    assert.ok(again.lines.includes(message(n, null)), `${tag}:\n${again.lines.join('\n')}`);
  }
});

test('a run resuming an upgrade that several builds began names what changed since each build whose pages are left, each change once', async () => {
  const dir = tmpDir('upgrade-several-builds');
  const converter = converterOfBuild(path.join(dir, 'converter.js'), 'build one');
  const out = path.join(dir, 'out');
  assert.equal((await runMirror(runOf(out, converter).options())).exitCode, EXIT.OK);
  // Written by hand, as recordRunBuild leaves an upgrade stopped and resumed by other builds: rows
  // left under three older builds' fingerprints (made up here), and a fourth build with none left.
  const now = buildPartsOf(converter);
  const builds = [
    { fingerprint: 'older-unicode', parts: { ...now, unicode: '1.0' }, rows: 3 },
    { fingerprint: 'older-code', parts: { ...now, code: '0000000000000000' }, rows: 2 },
    { fingerprint: 'older-code-too', parts: { ...now, code: '1111111111111111' }, rows: 1 },
    { fingerprint: 'older-none-left', parts: { ...now, langconv: '0.0.1' }, rows: 0 },
  ];
  const db = openDatabase(path.join(out, STATE_DIR, STATE_DB));
  const files = db.prepare("SELECT file FROM done WHERE kind = 'page' ORDER BY file LIMIT 6").pluck().all() as string[];
  let next = 0;
  for (const b of builds) for (let i = 0; i < b.rows; i++) db.prepare('UPDATE done SET fingerprint = ? WHERE file = ?').run(b.fingerprint, files[next++]);
  setState(db, 'status', 'running');
  setState(db, 'anotherBuild', JSON.stringify(builds.map((b) => ({ fingerprint: b.fingerprint, parts: b.parts }))));
  db.close();
  const resumed = runOf(out, converter);
  const result = await runMirror(resumed.options({ resume: true }));
  assert.equal(result.exitCode, EXIT.OK);
  assert.equal(result.report.run.convertedThisRun, 6);
  assert.ok(resumed.lines.includes(message(6, `Node's Unicode version changed: 1.0 → ${now.unicode}; its code changed`)), resumed.lines.join('\n'));
});
