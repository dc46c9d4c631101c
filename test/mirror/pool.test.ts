import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import { applyWorkerV8Flags, WORKER_RESOURCE_LIMITS, workerExecArgv } from '../../src/mirror/pool.js';

/** The new space's size in a fresh worker isolate made with the conversion workers' limits. */
async function workerNewSpace(): Promise<number> {
  const worker = new Worker(
    "const v8 = require('node:v8'); require('node:worker_threads').parentPort.postMessage(v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size)",
    { eval: true, resourceLimits: WORKER_RESOURCE_LIMITS },
  );
  try {
    return await new Promise<number>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  } finally {
    await worker.terminate();
  }
}

const newSpace = (): number => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!.space_size;

test('conversion workers start with their full 64 MB semi-spaces; the main thread keeps its own', async (t) => {
  if (process.env.WIKIMARK_DEFAULT_V8 === '1') return t.skip('WIKIMARK_DEFAULT_V8=1 turns the workers\' V8 flags off');
  const mainBefore = newSpace();
  // V8's default: a fresh isolate's young generation starts small and grows as scavenges see survivors.
  assert.ok((await workerNewSpace()) < 64 * 1024 * 1024);
  applyWorkerV8Flags();
  assert.equal(await workerNewSpace(), 64 * 1024 * 1024);
  assert.ok(newSpace() <= Math.max(mainBefore, 16 * 1024 * 1024), 'the main isolate was made before the flag and keeps its size');
});

test('workers get only the flags a Worker accepts: a heap flag given to node no longer stops the run', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wikimark-execargv-'));
  try {
    const given = ['--max-old-space-size=600', '--max-semi-space-size=64', '--stack-size=2000', '--expose-gc', '--enable-source-maps', '--cpu-prof', `--cpu-prof-dir=${dir}`];
    const passed = workerExecArgv(given);
    assert.deepEqual(passed, ['--enable-source-maps', '--cpu-prof', `--cpu-prof-dir=${dir}`]);
    // Node refuses each of the others in a Worker's execArgv.
    for (const flag of given.filter((f) => !passed.includes(f))) {
      assert.throws(() => new Worker('0', { eval: true, execArgv: [flag] }), { code: 'ERR_WORKER_INVALID_EXEC_ARGV' });
    }
    const worker = new Worker("require('node:worker_threads').parentPort.postMessage(process.execArgv)", { eval: true, execArgv: passed, resourceLimits: WORKER_RESOURCE_LIMITS });
    const seen = await new Promise<string[]>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await new Promise((resolve) => worker.once('exit', resolve));
    assert.deepEqual(seen, passed);
    // --cpu-prof reached the worker: it wrote its profile on exit.
    assert.equal(fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).length, 1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
