/**
 * Conversion workers that fail while starting (issue 3: `wikimark convert` hung for ever): the run
 * stops with exit 71 and a one-line error saying what failed and where, keeps what was written,
 * and `--resume` finishes it once the cause is gone. A failure that passes is retried once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describeInput } from '../../src/dump/input.js';
import type { SiteInfo } from '../../src/dump/types.js';
import { openDatabase } from '../../src/index/db.js';
import { outputWriteFailure } from '../../src/mirror/out-dir.js';
import { WorkerPool, WorkerStartError } from '../../src/mirror/pool.js';
import { EXIT, MirrorError, runMirror } from '../../src/mirror/run.js';
import { SCRATCH_DIR, STATE_DB, STATE_DIR, type WorkerInit } from '../../src/mirror/types.js';
import { claimed, failingConverter as converter, failingOptions as options, stoppedRun, TIMEOUT } from './failing-workers.js';
import { miniDump, pageXml, tmpDir } from './helpers.js';
import { listFiles } from './tree.js';

/** OUTDIR inside a fresh temporary folder, so the converter's control files beside it are in that folder too. */
function outDir(name: string): string {
  return path.join(tmpDir(name), 'out');
}

/** The next `count` worker starts fail, one each, whichever workers they are. */
function failStarts(out: string, count: number): void {
  for (let i = 1; i <= count; i++) fs.writeFileSync(`${out}.start-failure.${i}`, '');
}

test('every worker throws while loading: exit 71 naming the error and where; --resume finishes once it is fixed', TIMEOUT, async () => {
  const out = outDir('start-throw');
  fs.writeFileSync(`${out}.start-failure`, '');
  const err = await stoppedRun(options(out));
  assert.equal(err.exitCode, EXIT.WORKERS);
  assert.equal(err.resumable, true);
  assert.doesNotMatch(err.message, /\n/);
  assert.match(err.message, /^a conversion worker could not start: clock wrapper: no time zone \(at \/\S+\/start-failing-converter\.js:\d+:\d+\)\. Once the cause is fixed, run again with --resume/);
  // A plain re-run is refused as for any stopped run; the resume converts everything.
  fs.rmSync(`${out}.start-failure`);
  await assert.rejects(runMirror(options(out)), (e: unknown) => e instanceof MirrorError && e.exitCode === EXIT.OUTPUT);
  const resumed = await runMirror(options(out, { resume: true }));
  assert.equal(resumed.exitCode, EXIT.OK);
  assert.ok(listFiles(out).includes('Page/数学.md'));
});

test('a worker that exits, or leaves an uncaught error, before it is ready stops the run the same way', TIMEOUT, async () => {
  for (const [how, reason] of [['exit', /could not start: worker exited with code 9\. /], ['async', /could not start: clock wrapper: timer failed \(at \/\S+start-failing-converter\.js:\d+:\d+\)\. /]] as const) {
    const out = outDir(`start-${how}`);
    const err = await stoppedRun(options(out, { jobs: 1, converter: converter(how) }));
    assert.equal(err.exitCode, EXIT.WORKERS, how);
    assert.match(err.message, reason);
  }
});

test('a worker that fails to start only once is started again and the run finishes', TIMEOUT, async () => {
  const out = outDir('start-once');
  failStarts(out, 1);
  const result = await runMirror(options(out, { jobs: 1 }));
  assert.equal(claimed(out), 1, 'the failing start happened');
  assert.equal(result.exitCode, EXIT.OK);
  assert.equal(result.report.failedPages.count, 0);
  assert.ok(listFiles(out).includes('Page/数学.md'));
});

test('workers that die mid-run and cannot be replaced: the pages written are kept, --resume finishes', TIMEOUT, async () => {
  // 230 pages: a first job of 200 (BATCH_PAGES) converts, the second holds the page that kills
  // its worker, and from then on no worker can start.
  const pages = Array.from({ length: 230 }, (_, i) => pageXml(i + 1, `Page ${i + 1}`, i === 219 ? 'CRASH_WORKER here' : `Text of page ${i + 1}.`)).join('');
  const dir = tmpDir('start-midrun');
  const dump = path.join(dir, 'dump.xml');
  fs.writeFileSync(dump, miniDump(pages));
  const out = path.join(dir, 'out');
  fs.writeFileSync(`${out}.after-crash`, '');
  const err = await stoppedRun(options(out, { dump, jobs: 1 }));
  assert.equal(err.exitCode, EXIT.WORKERS);
  assert.match(err.message, /could not start: clock wrapper: no time zone .*; 200 pages converted in this run are saved/);
  // The 200 in the checkpoint are on disk (the dead worker also wrote the pages it got through
  // before page 220, which the checkpoint does not hold: the resume writes them again).
  const kept = new Set(listFiles(out));
  for (let i = 1; i <= 200; i++) assert.ok(kept.has(`Page/Page ${i}.md`), `Page ${i} kept`);
  assert.equal(claimed(out), 2, "the replacement and its retry failed");
  // The failed starts are used up (the marker is one-shot): the resume converts the rest, and the
  // page that kills its worker, whose replacement now starts, is written as source.
  const resumed = await runMirror(options(out, { dump, jobs: 1, resume: true }));
  assert.equal(resumed.exitCode, EXIT.TRUNCATED); // "finished with input errors": one page written as source
  assert.deepEqual(resumed.report.failedPages.examples.map((e) => e.title), ['Page 220']);
  assert.equal(listFiles(out).filter((f) => f.startsWith('Page/')).length, 230);
  assert.match(fs.readFileSync(path.join(out, 'Page/Page 220.md'), 'utf8'), /^# Page 220\n\n````wikitext\nCRASH_WORKER here/);
});

test('two workers: a place whose start and retry both fail is given up, the other worker finishes the run', TIMEOUT, async () => {
  // Both first starts fail and are retried; one of the retries fails again.
  const out = outDir('start-place');
  failStarts(out, 3);
  const lines: string[] = [];
  const result = await runMirror(options(out, { jobs: 2, log: (line) => lines.push(line) }));
  assert.equal(claimed(out), 3);
  assert.equal(result.exitCode, EXIT.OK);
  assert.ok(listFiles(out).includes('Page/数学.md'));
  // The user is told the run goes on with fewer workers.
  assert.equal(lines.filter((l) => /^warning: a conversion worker could not be started again \(.+\); going on with 1 worker$/.test(l)).length, 1, lines.join('\n'));
});

test('two workers: a replacement that cannot start mid-run leaves the run going on the other one', TIMEOUT, async () => {
  const pages = Array.from({ length: 600 }, (_, i) => pageXml(i + 1, `Page ${i + 1}`, i === 219 ? 'CRASH_WORKER here' : `Text of page ${i + 1}.`)).join('');
  const dir = tmpDir('start-fewer');
  const dump = path.join(dir, 'dump.xml');
  fs.writeFileSync(dump, miniDump(pages));
  const out = path.join(dir, 'out');
  fs.writeFileSync(`${out}.after-crash`, '');
  const result = await runMirror(options(out, { dump, jobs: 2 }));
  // The crash left two failed starts (the replacement and its retry); the other worker did the rest.
  // (Whether the place is given up before the other worker has finished is a race: no warning asserted.)
  assert.equal(claimed(out), 2);
  assert.equal(result.exitCode, EXIT.TRUNCATED);
  assert.deepEqual(result.report.failedPages.examples.map((e) => e.title), ['Page 220']);
  assert.equal(listFiles(out).filter((f) => f.startsWith('Page/')).length, 600);
});

/** A pool's WorkerInit on a small mirror's index, with the given converter. */
async function poolInit(name: string, converterRef: { module: string; exportName: string }): Promise<WorkerInit> {
  const dir = tmpDir(name);
  const dump = path.join(dir, 'dump.xml');
  fs.writeFileSync(dump, miniDump(pageXml(1, 'A', 'Text.')));
  const out = path.join(dir, 'out');
  assert.equal((await runMirror(options(out, { dump, jobs: 1 }))).exitCode, EXIT.OK);
  const dbPath = path.join(out, STATE_DIR, STATE_DB);
  const db = openDatabase(dbPath, { readonly: true });
  const siteInfo = JSON.parse((db.prepare("SELECT value FROM info WHERE key = 'siteinfo'").get() as { value: string }).value) as SiteInfo;
  db.close();
  return {
    dbPath, outDir: out, siteInfo, converter: converterRef, now: '2024-01-09T00:00:00Z', input: describeInput(dump),
    output: { attribution: false, images: 'embed', variant: null, frontMatter: false, expandTemplates: false },
  };
}

test('a worker that dies idle after saying it is ready counts as a failed start: after its retry the place is given up', TIMEOUT, async () => {
  const init = await poolInit('start-idle', converter('idle-death'));
  let lost: (reason: string) => void = () => {};
  const placeLost = new Promise<string>((resolve) => (lost = resolve));
  const losses: number[] = [];
  // No work is submitted: the workers stay idle until their timer throws.
  const started = WorkerPool.start(1, init, () => {}, () => {}, {
    onPlaceLost: (reason, workers) => {
      losses.push(workers);
      lost(reason);
    },
  }).then((pool) => pool, (err: unknown) => err);
  assert.match(await placeLost, /^clock wrapper: timer failed after loading \(at \/\S+start-failing-converter\.js:\d+:\d+\)$/);
  assert.deepEqual(losses, [0]);
  const pool = await started;
  if (pool instanceof WorkerPool) {
    // start() saw a worker ready before the deaths: the pool has failed since.
    await assert.rejects(pool.submit({ type: 'pages', pages: [] }), WorkerStartError);
    await pool.close();
  } else {
    assert.ok(pool instanceof WorkerStartError, String(pool));
  }
});

test('workers that cannot be created: the pool fails with the reason after each place\'s retry', TIMEOUT, async () => {
  const init = await poolInit('start-create', converter());
  // A function cannot be passed to a worker: new Worker throws before a thread exists.
  const places: number[] = [];
  const err = await WorkerPool.start(2, { ...init, now: (() => '') as unknown as string }, () => {}, () => {}, {
    onPlaceLost: (_reason, workers) => places.push(workers),
  }).then(() => null, (e: unknown) => e);
  assert.ok(err instanceof WorkerStartError, String(err));
  assert.match(err.message, /^a conversion worker could not start: .*could not be cloned/);
  assert.deepEqual(places, [1, 0]);
});

// /dev/full (every write fails with ENOSPC) is Linux's: elsewhere the test is skipped.
test('a full disk when the workers start: exit 4 (an output failure, resumable), not 71', { ...TIMEOUT, skip: !fs.existsSync('/dev/full') }, async () => {
  const out = outDir('start-full-disk');
  const err = await stoppedRun(options(out, { converter: converter('full-disk') }));
  assert.equal(err.exitCode, EXIT.OUTPUT, err.message);
  assert.equal(err.resumable, true);
  assert.match(err.message, /^cannot write to \S+out or the temporary folder: no space left on device \(ENOSPC\); what was finished is saved\. Once the cause is fixed, run again with --resume/);
});

test('a worker whose scratch folder cannot be made fails the pool with that file system error, at once', TIMEOUT, async () => {
  const init = await poolInit('start-scratch', converter());
  // A file where the workers' scratch folders go: mkdir fails inside OUTDIR (ENOTDIR) before the converter loads.
  const scratch = path.join(init.outDir, STATE_DIR, SCRATCH_DIR);
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.writeFileSync(scratch, '');
  const places: number[] = [];
  const err = await WorkerPool.start(2, init, () => {}, () => {}, {
    onPlaceLost: (_reason, workers) => places.push(workers),
    isOutputFailure: (e) => outputWriteFailure(e, { outDir: init.outDir, database: init.dbPath, inputs: [] }) !== null,
  }).then(async (pool) => {
    await pool.close();
    return null;
  }, (e: unknown) => e);
  assert.ok(err instanceof Error && !(err instanceof WorkerStartError), String(err));
  assert.equal((err as NodeJS.ErrnoException).code, 'ENOTDIR');
  assert.equal((err as NodeJS.ErrnoException).syscall, 'mkdir');
  assert.deepEqual(places, [], 'no place given up: the start is not retried');
});

test('Ctrl-C while a worker is loading and never gets ready: the run stops as interrupted (130), resumable', TIMEOUT, async () => {
  const out = outDir('start-hang');
  const controller = new AbortController();
  // Ctrl-C once the worker has begun loading its converter (it never finishes).
  const watch = setInterval(() => {
    if (fs.existsSync(`${out}.loading`)) controller.abort();
  }, 20);
  try {
    const err = await stoppedRun(options(out, { jobs: 1, converter: converter('hang'), signal: controller.signal }));
    assert.equal(err.exitCode, EXIT.INTERRUPTED);
    assert.equal(err.resumable, true);
  } finally {
    clearInterval(watch);
  }
});
