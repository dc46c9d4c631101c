/**
 * The workers' scratch folder (.wikimark/tmp): each worker writes a page there and renames it into
 * place, so after a run only the empty per-worker folders remain, and whatever a killed worker or
 * an earlier version left there is gone once the next run starts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { EXIT, runMirror, type MirrorOptions } from '../../src/mirror/run.js';
import { SCRATCH_DIR, STATE_DIR } from '../../src/mirror/types.js';
import { SAMPLE, tmpDir } from './helpers.js';

const FAKE = { module: new URL('./fake-converter.js', import.meta.url).href, exportName: 'convertPage' };

function options(out: string): MirrorOptions {
  return { dump: SAMPLE, outDir: out, jobs: 2, converter: FAKE, progress: null, log: () => {}, rawNamespaces: [10, 828] };
}

/** The scratch folder's entries, each folder with the names inside it. */
function scratchContents(out: string): Map<string, string[] | null> {
  const dir = path.join(out, STATE_DIR, SCRATCH_DIR);
  const contents = new Map<string, string[] | null>();
  if (!fs.existsSync(dir)) return contents;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    contents.set(entry.name, entry.isDirectory() ? fs.readdirSync(path.join(dir, entry.name)) : null);
  }
  return contents;
}

/** Only empty worker-N folders: `jobs` of them, or at most that many if the run had no pages to write. */
function assertOnlyEmptyWorkerFolders(out: string, jobs: number, exactly = true): void {
  const contents = scratchContents(out);
  if (exactly) assert.equal(contents.size, jobs, `one folder per worker: ${[...contents.keys()].join(', ')}`);
  else assert.ok(contents.size <= jobs, `at most one folder per worker: ${[...contents.keys()].join(', ')}`);
  for (const [name, inside] of contents) {
    assert.match(name, /^worker-\d+$/);
    assert.deepEqual(inside, [], `${name} is an empty folder`);
  }
}

test('after a --jobs 2 run the scratch folder holds only two empty worker folders', async () => {
  const out = tmpDir('scratch');
  const result = await runMirror(options(out));
  assert.equal(result.exitCode, EXIT.OK);
  assert.ok(result.report.files.pages > 0, 'pages were written through the scratch folders');
  assertOnlyEmptyWorkerFolders(out, 2);
  fs.rmSync(out, { recursive: true, force: true });
});

test('a run starts by clearing what killed workers and earlier versions left in the scratch folder', async () => {
  const out = tmpDir('scratch-stale');
  assert.equal((await runMirror(options(out))).exitCode, EXIT.OK);
  const dir = path.join(out, STATE_DIR, SCRATCH_DIR);
  // A worker killed mid-write, a worker folder of a thread id this run will not reuse, and the
  // flat page-N.tmp files of an earlier version.
  const [firstWorker] = [...scratchContents(out).keys()];
  fs.writeFileSync(path.join(dir, firstWorker!, 'page.tmp'), 'half a page');
  fs.mkdirSync(path.join(dir, 'worker-9999'));
  fs.writeFileSync(path.join(dir, 'worker-9999', 'page.tmp'), 'half a page');
  fs.writeFileSync(path.join(dir, 'page-3.tmp'), 'half a page');
  assert.equal(scratchContents(out).size, 4);
  // The second run finds every page up to date, so it may start no worker at all.
  assert.equal((await runMirror(options(out))).exitCode, EXIT.OK);
  assert.ok(!fs.existsSync(path.join(dir, 'page-3.tmp')));
  assert.ok(!fs.existsSync(path.join(dir, 'worker-9999')));
  assertOnlyEmptyWorkerFolders(out, 2, false);
  fs.rmSync(out, { recursive: true, force: true });
});
