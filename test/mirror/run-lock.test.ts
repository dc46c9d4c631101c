/**
 * One run per output folder (src/mirror/run-lock.ts): a second run into an OUTDIR another live run
 * holds stops before touching anything; a lock left by a process that is gone (a kill) is taken
 * over; a finished run leaves no lock behind.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { EXIT, MirrorError, runMirror, type MirrorOptions } from '../../src/mirror/run.js';
import { LOCK_FILE } from '../../src/mirror/run-lock.js';
import { SCRATCH_DIR, STATE_DIR } from '../../src/mirror/types.js';
import { SAMPLE, tmpDir } from './helpers.js';

const FAKE = { module: new URL('./fake-converter.js', import.meta.url).href, exportName: 'convertPage' };

function options(out: string): MirrorOptions {
  return { dump: SAMPLE, outDir: out, jobs: 1, converter: FAKE, progress: null, log: () => {}, rawNamespaces: [10, 828] };
}

const lockPath = (out: string) => path.join(out, STATE_DIR, LOCK_FILE);

test('a finished run leaves no lock behind', async () => {
  const out = tmpDir('lock-done');
  assert.equal((await runMirror(options(out))).exitCode, EXIT.OK);
  assert.equal(fs.existsSync(lockPath(out)), false);
  fs.rmSync(out, { recursive: true, force: true });
});

test('a second run into a folder a live run holds stops with an output error and touches nothing', async () => {
  const out = tmpDir('lock-live');
  assert.equal((await runMirror(options(out))).exitCode, EXIT.OK);
  // Another process holding the lock, with a scratch file of its own in progress.
  const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  try {
    fs.writeFileSync(lockPath(out), `${holder.pid}\n`);
    const scratch = path.join(out, STATE_DIR, SCRATCH_DIR, 'worker-1');
    fs.mkdirSync(scratch, { recursive: true });
    fs.writeFileSync(path.join(scratch, 'page.tmp'), 'being written');
    await assert.rejects(runMirror(options(out)), (err: unknown) => {
      assert.ok(err instanceof MirrorError);
      assert.equal(err.exitCode, EXIT.OUTPUT);
      assert.match(err.message, new RegExp(`another wikimark run \\(process ${holder.pid}\\)`));
      return true;
    });
    assert.equal(fs.readFileSync(path.join(scratch, 'page.tmp'), 'utf8'), 'being written', "the other run's scratch file is untouched");
    assert.equal(fs.readFileSync(lockPath(out), 'utf8'), `${holder.pid}\n`, "the other run's lock is untouched");
  } finally {
    holder.kill();
    fs.rmSync(out, { recursive: true, force: true });
  }
});

test('a lock left by a process that is gone (a killed run) is taken over', async () => {
  const out = tmpDir('lock-stale');
  assert.equal((await runMirror(options(out))).exitCode, EXIT.OK);
  const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  fs.writeFileSync(lockPath(out), `${gone.stdout}\n`);
  assert.equal((await runMirror(options(out))).exitCode, EXIT.OK);
  assert.equal(fs.existsSync(lockPath(out)), false);
  // An empty or garbled lock file names no process: stale too.
  fs.writeFileSync(lockPath(out), '');
  assert.equal((await runMirror(options(out))).exitCode, EXIT.OK);
  fs.rmSync(out, { recursive: true, force: true });
});
