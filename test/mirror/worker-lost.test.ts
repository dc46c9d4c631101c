/**
 * A conversion worker lost in the middle of a run (issue 3): it dies after converting pages, for
 * no fault of a page, and no worker can be started in its place again. With another worker left
 * the run finishes on it, warns once, and says so in REPORT.md and report.json; the mirror is the
 * one an undisturbed run makes. With none left the run stops with exit 71, its checkpoint kept,
 * and `--resume` finishes the same mirror.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { getState, openDatabase } from '../../src/index/db.js';
import { EXIT, runMirror } from '../../src/mirror/run.js';
import type { Report } from '../../src/mirror/report.js';
import { STATE_DB, STATE_DIR } from '../../src/mirror/types.js';
import { claimed, failingOptions as options, stoppedRun, TIMEOUT } from './failing-workers.js';
import { miniDump, pageXml, tmpDir } from './helpers.js';
import { mirrorFiles } from './tree.js';

/** Pages in the dump: three jobs of 200 (convert-pass.ts BATCH_PAGES), so both workers get work. */
const PAGES = 600;
/** A worker dies as it is handed its page after this many: inside its second job, whichever worker it is. */
const DIE_AFTER = 250;

/** A dump of PAGES pages that link to each other and fill categories, in a fresh folder; returns the folder. */
function linkedDump(name: string): { dir: string; dump: string } {
  const dir = tmpDir(name);
  const dump = path.join(dir, 'dump.xml');
  const page = (i: number) => pageXml(i, `Page ${i}`, `Text of page ${i}, see [[Page ${(i % PAGES) + 1}]].\n[[Category:Group ${i % 7}]]`);
  fs.writeFileSync(dump, miniDump(Array.from({ length: PAGES }, (_, i) => page(i + 1)).join('')));
  return { dir, dump };
}

const PLACE_LOST_WARNING = /^warning: a conversion worker could not be started again \(clock wrapper: no time zone \(at \/\S+\/start-failing-converter\.js:\d+:\d+\)\); going on with 1 worker$/;

test('two workers: one dies mid-run and cannot be started again; the other finishes the same mirror, and the report says so', TIMEOUT, async () => {
  const { dir, dump } = linkedDump('lost-place');
  const undisturbed = await runMirror(options(path.join(dir, 'undisturbed'), { dump }));
  assert.equal(undisturbed.exitCode, EXIT.OK);
  assert.equal(undisturbed.report.run.workerLosses, undefined);

  const out = path.join(dir, 'out');
  fs.writeFileSync(`${out}.die-after`, String(DIE_AFTER));
  // Test-only determinism (start-failing-converter.ts): the other worker's pages wait for the place to be given up.
  fs.writeFileSync(`${out}.hold-until-place-lost`, '');
  const lines: string[] = [];
  const log = (line: string) => {
    lines.push(line);
    if (/going on with/.test(line)) fs.writeFileSync(`${out}.place-lost`, '');
  };
  const result = await runMirror(options(out, { dump, log }));
  assert.equal(claimed(out), 3, 'the death, its replacement and that one\'s retry all happened');
  assert.equal(result.exitCode, EXIT.OK);
  assert.deepEqual(lines.filter((l) => l.startsWith('warning:')).map((l) => PLACE_LOST_WARNING.test(l)), [true], lines.join('\n'));
  // Every page of the dead worker's job was converted again by the other; none is failed.
  assert.equal(result.report.failedPages.count, 0);
  assert.equal(result.report.files.pages, PAGES);
  assert.deepEqual(mirrorFiles(out), mirrorFiles(path.join(dir, 'undisturbed')));

  // report.json and REPORT.md say what happened.
  const report = JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8')) as Report;
  const losses = report.run.workerLosses;
  assert.ok(losses, 'report.json has run.workerLosses');
  assert.equal(losses.died, 1);
  assert.equal(losses.placesGivenUp.length, 1);
  assert.match(losses.placesGivenUp[0]!.reason, /^clock wrapper: no time zone \(at /);
  assert.equal(losses.placesGivenUp[0]!.workersLeft, 1);
  const markdown = fs.readFileSync(path.join(out, 'REPORT.md'), 'utf8');
  assert.match(markdown, /^\| conversion workers that died mid-run \(replaced\) \| 1 \|$/m);
  assert.match(markdown, /^\| worker place given up \(no worker could be started again in it\) \| `clock wrapper: no time zone \(at \S+\); went on with 1 worker` \|$/m);
  assert.doesNotMatch(fs.readFileSync(path.join(dir, 'undisturbed', 'REPORT.md'), 'utf8'), /died mid-run|place given up/);
});

test('the last worker dies mid-run and cannot be started again: exit 71, the checkpoint kept, --resume finishes the same mirror', TIMEOUT, async () => {
  const { dir, dump } = linkedDump('lost-last');
  const undisturbed = await runMirror(options(path.join(dir, 'undisturbed'), { dump, jobs: 1 }));
  assert.equal(undisturbed.exitCode, EXIT.OK);

  const out = path.join(dir, 'out');
  fs.writeFileSync(`${out}.die-after`, String(DIE_AFTER));
  const lines: string[] = [];
  const err = await stoppedRun(options(out, { dump, jobs: 1, log: (line) => lines.push(line) }));
  assert.equal(claimed(out), 3);
  assert.equal(err.exitCode, EXIT.WORKERS);
  assert.equal(err.resumable, true);
  // The first job's pages were finished before the death; the second job's were not.
  assert.match(err.message, /^a conversion worker could not start: clock wrapper: no time zone \(at \S+\); 200 pages converted in this run are saved\. Once the cause is fixed, run again with --resume to continue$/);
  // The last place is not announced as one the run goes on without.
  assert.deepEqual(lines.filter((l) => l.startsWith('warning:')), []);
  const db = openDatabase(path.join(out, STATE_DIR, STATE_DB), { readonly: true });
  try {
    assert.equal(db.prepare('SELECT count(*) FROM done').pluck().get(), 200, 'the checkpoint holds the first job');
    assert.equal(getState(db, 'status'), 'running');
  } finally {
    db.close();
  }
  assert.ok(!fs.existsSync(path.join(out, 'REPORT.md')), 'no report for a run that did not finish');

  const resumed = await runMirror(options(out, { dump, jobs: 1, resume: true }));
  assert.equal(resumed.exitCode, EXIT.OK);
  assert.equal(resumed.report.run.convertedThisRun, PAGES - 200);
  assert.equal(resumed.report.run.skippedUnchanged, 200);
  assert.equal(resumed.report.run.workerLosses, undefined);
  assert.deepEqual(mirrorFiles(out), mirrorFiles(path.join(dir, 'undisturbed')));
});
