import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { applyWorkerV8Flags, WORKER_RESOURCE_LIMITS, workerExecArgv } from '../../src/mirror/worker-settings.js';

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

test('workers inherit the process\'s flags unless a script (-e) or a profile name is given', () => {
  assert.equal(workerExecArgv(['--max-old-space-size=600', '--expose-gc', '--cpu-prof', '--cpu-prof-dir', '/tmp/p', '--require', './x.cjs']), undefined);
  // A script given with -e, and its --input-type, stay with the main thread.
  assert.deepEqual(workerExecArgv(['--input-type=module', '-e', 'import("x")', '--max-old-space-size=600', '--cpu-prof']), ['--cpu-prof']);
  // A named profile: the worker's number goes into the name, each kept flag keeps its value,
  // and the flags a Worker refuses (V8's, process-wide anyway) are left out.
  const given = ['--max-old-space-size', '600', '--expose-gc', '--cpu-prof', '--cpu-prof-dir', '/tmp/p', '--cpu-prof-name', 'run.cpuprofile', '-r', './x.cjs', '--heap-prof-name=h.heapprofile', '--no-warnings'];
  assert.deepEqual(workerExecArgv(given, 3), ['--cpu-prof', '--cpu-prof-dir', '/tmp/p', '--cpu-prof-name', 'run.worker3.cpuprofile', '-r', './x.cjs', '--heap-prof-name=h.worker3.heapprofile', '--no-warnings']);
});

test('the explicit list for a named profile is one a Worker accepts; the flags left out are ones it refuses', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wikimark-execargv-'));
  try {
    const given = ['--max-old-space-size=600', '--stack-size=2000', '--expose-gc', '--enable-source-maps', '--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-name', 'run.cpuprofile'];
    const passed = workerExecArgv(given, 1)!;
    for (const flag of ['--max-old-space-size=600', '--stack-size=2000', '--expose-gc']) {
      assert.ok(!passed.includes(flag));
      assert.throws(() => new Worker('0', { eval: true, execArgv: [flag] }), { code: 'ERR_WORKER_INVALID_EXEC_ARGV' });
    }
    const worker = new Worker("require('node:worker_threads').parentPort.postMessage(process.execArgv)", { eval: true, execArgv: passed, resourceLimits: WORKER_RESOURCE_LIMITS });
    // Listen for the exit before awaiting the message: a worker this short can exit before the
    // message's continuation runs, and a listener attached then waits for nothing.
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    const seen = await new Promise<string[]>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await exited;
    assert.deepEqual(seen, passed);
    assert.deepEqual(fs.readdirSync(dir), ['run.worker1.cpuprofile']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Run `node FLAGS wikimark convert` on the sample dump with two workers; the profiles written. */
function convertWithFlags(flags: string[], dir: string): string[] {
  const run = spawnSync(process.execPath, [...flags, path.join(repo, 'dist/src/cli/main.js'), 'convert', path.join(repo, 'sample/zhwiki-sample.xml'), '-o', path.join(dir, 'out'), '--quiet', '--jobs', '2'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort();
}

test('node with a heap flag and a two-word --cpu-prof-dir runs a conversion; the main thread and both workers write profiles', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wikimark-execargv-'));
  try {
    assert.equal(convertWithFlags(['--max-old-space-size=600', '--cpu-prof', '--cpu-prof-dir', dir], dir).length, 3);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('node with --cpu-prof-name runs a conversion and each worker writes its own file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wikimark-execargv-'));
  try {
    assert.deepEqual(convertWithFlags(['--max-old-space-size=600', '--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-name', 'run.cpuprofile'], dir), ['run.cpuprofile', 'run.worker1.cpuprofile', 'run.worker2.cpuprofile']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
