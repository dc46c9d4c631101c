/**
 * Test converter whose worker fails while starting, as the field saw it (a wrapper that threw at
 * worker start). Test code only.
 *
 * Modes that hold for every load come with the module's URL (`start-failing-converter.js?exit`):
 * - `exit`: every load ends the worker thread (process.exit(9));
 * - `async`: every load leaves an uncaught error behind, thrown before the worker is ready;
 * - `idle-death`: loads succeed and the worker says it is ready, then a timer throws 300 ms later
 *   (a worker given no job by then dies idle).
 * - `full-disk`: every load writes a temporary file and meets a full disk (a real ENOSPC: the
 *   write goes to /dev/full), as a wrapper that writes one at start would on a full disk.
 * - `hang`: loads never finish (the worker is never ready, nor fails), and say they started by
 *   writing `OUTDIR.loading`.
 * Modes that change during a run are files beside the mirror's OUTDIR (so inside the test's own
 * temporary folder), as the worker threads share no memory:
 * - `OUTDIR.start-failure` (any content): every load throws, until the file is removed ("fixed");
 * - `OUTDIR.start-failure.1`, `.2`, …: each is one failed load, claimed by exactly one worker
 *   (renamed to `….claimed`, atomic however many workers load at once);
 * - `OUTDIR.after-crash`: the first page holding CRASH_WORKER to kill its worker (as such a page
 *   always does) takes it (renamed to `….used`, not counted as a claim) and first leaves two claims (`.1`, `.2`), so
 *   that its replacement and that one's retry fail. Only once: the pool retries that page alone,
 *   and when the retry lands on another worker, a second set of claims would make that worker's
 *   replacement fail too and the run stop with 71 — a race on which worker the retry meets.
 * - `OUTDIR.die-after` (holding a number N): the first worker to have converted N pages claims it
 *   (renamed to `….claimed`) as it is handed its next page, leaves two claims (`.1`, `.2`) as
 *   above and exits (code 8): a worker lost mid-run for no fault of a page, so the page it was on
 *   converts when retried and the output is that of an undisturbed run.
 * - `OUTDIR.hold-until-place-lost` (test-only determinism): once a worker has died so, each other
 *   worker's next page waits (at most HOLD_MS) until `OUTDIR.place-lost` exists, which the test
 *   writes when the run warns that the dead worker's place was given up. Without it the
 *   other worker may finish every page while the replacements are still failing, the pool closes
 *   and no place is given up: a race the test could not rely on.
 */
import fs from 'node:fs';
import { workerData } from 'node:worker_threads';
import type { ConvertOptions, ConvertResult } from '../../src/engine/types.js';
import { convertPage as fake } from './fake-converter.js';

// Outside a conversion worker (`npm test` loads every file under dist/test/) nothing fails.
const outDir = (workerData as { outDir?: string } | null)?.outDir;
const mode = outDir === undefined ? '' : new URL(import.meta.url).search.slice(1);

/** Claims one of the failed loads left for the workers, if any is left. */
function claimFailure(): boolean {
  for (let i = 1; i <= 9; i++) {
    try {
      fs.renameSync(`${outDir}.start-failure.${i}`, `${outDir}.start-failure.${i}.claimed`);
      return true;
    } catch {
      // not there, or another worker claimed it first
    }
  }
  return false;
}

if (outDir !== undefined && (fs.existsSync(`${outDir}.start-failure`) || claimFailure())) throw new Error('clock wrapper: no time zone');
if (mode === 'exit') process.exit(9);
if (mode === 'full-disk') fs.writeFileSync('/dev/full', 'a temporary file');
if (mode === 'async') {
  setTimeout(() => {
    throw new Error('clock wrapper: timer failed');
  }, 0);
  await new Promise((resolve) => setTimeout(resolve, 50));
}
if (mode === 'hang') {
  fs.writeFileSync(`${outDir}.loading`, '');
  setInterval(() => {}, 1000);
  await new Promise(() => {});
}
if (mode === 'idle-death') {
  setTimeout(() => {
    throw new Error('clock wrapper: timer failed after loading');
  }, 300);
}

/** Takes the one-shot marker `file` (renamed to `file.used`): true for exactly one worker. */
function takeMarker(file: string): boolean {
  try {
    fs.renameSync(file, `${file}.used`);
    return true;
  } catch {
    return false; // not there, or another worker took it first
  }
}

/** Pages this worker has converted (for `die-after`). */
let convertedHere = 0;
/** The longest a page waits for `OUTDIR.place-lost`: the test fails on its assertions rather than hanging. */
const HOLD_MS = 20_000;

/** Whether this worker is the one to die now (`die-after`): claimed by one worker only. */
function claimDeath(): boolean {
  const file = `${outDir}.die-after`;
  let after: number;
  try {
    after = Number(fs.readFileSync(file, 'utf8'));
  } catch {
    return false;
  }
  if (convertedHere < after) return false;
  try {
    fs.renameSync(file, `${file}.claimed`);
    return true;
  } catch {
    return false; // another worker claimed it first
  }
}

/** Whether this worker has waited for `OUTDIR.place-lost` (once at most: a run that never gives the place up goes on). */
let held = false;

/** Wait, sleeping, until the run has given up the dead worker's place (`hold-until-place-lost`). */
function holdUntilPlaceLost(): void {
  if (held || !fs.existsSync(`${outDir}.hold-until-place-lost`) || !fs.existsSync(`${outDir}.die-after.claimed`)) return;
  held = true;
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (const until = Date.now() + HOLD_MS; !fs.existsSync(`${outDir}.place-lost`) && Date.now() < until; ) Atomics.wait(sleeper, 0, 0, 20);
}

export function convertPage(wikitext: string, options: ConvertOptions): ConvertResult {
  if (outDir !== undefined) {
    if (claimDeath()) {
      for (const i of [1, 2]) fs.writeFileSync(`${outDir}.start-failure.${i}`, '');
      process.exit(8);
    }
    holdUntilPlaceLost();
  }
  convertedHere++;
  if (wikitext.includes('CRASH_WORKER')) {
    if (outDir !== undefined && takeMarker(`${outDir}.after-crash`)) {
      for (const i of [1, 2]) fs.writeFileSync(`${outDir}.start-failure.${i}`, '');
    }
    process.exit(7);
  }
  return fake(wikitext, options);
}
