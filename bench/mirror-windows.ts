/**
 * Where the mirror's warm-up goes, window by window: the whole pipeline on a small synthetic dump
 * (bench/synthetic.ts, `--copies` copies of the ja+uk pages) and the engine alone on the same
 * pages in the same order (`--copies` / jobs rounds in one isolate, as much as one worker
 * converts), both measured every `--window-mb` MB of wikitext per worker, in CPU of each kind of
 * thread (schedstat, nanoseconds):
 *
 *   node dist/bench/mirror-windows.js [--copies 4] [--jobs 1] [--window-mb 4]
 *        [--engine-order worker] [--no-engine] [--out DIR]
 *
 * With `--jobs 1` the worker converts exactly the engine's pages in the engine's order, so the
 * difference of each window is the pipeline's own cost there (links, reading, writing, worker
 * start, its caches filling), and the difference above the last windows' is its warm-up. With
 * more jobs each worker sees about 1/jobs of the pages (each batch goes to the least-loaded
 * free worker, so batches go about in turn), and a window of the pipeline is `--window-mb` × jobs
 * MB of the workers together. `--engine-order worker`: the engine converts, in one round, the
 * pages the first worker would get if the batches went strictly in turn. `--no-engine`: the
 * pipeline alone.
 *
 * The workers' kernel time (system time of their own threads) is printed per window, roughly
 * (counted in 10 ms ticks a thread, against a window's ~0.2 s of CPU at the default 4 MB), and
 * over the second half of the windows, per page converted: on this machine's ext4 volume
 * creating a file costs from ~25 µs to several hundred by what was deleted near it in the last
 * minutes. `--out DIR` writes the mirror into a new
 * folder under DIR (say /dev/shm, a tmpfs) instead of beside the dump, so that two runs tell the
 * disk's share from the pipeline's.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { applyWorkerV8Flags, WORKER_RESOURCE_LIMITS } from '../src/mirror/worker-settings.js';
import { runMirror } from '../src/mirror/run.js';
import { aboveLastHalf } from './cpu.js';
import { windowHooks } from './pipeline-windows.js';
import type { EngineJob, EngineResult } from './mirror-engine.js';
import type { DumpPage } from '../src/dump/types.js';
import { batchSizes, benchPages, writeSynthetic } from './synthetic.js';

const { values } = parseArgs({
  options: { copies: { type: 'string' }, jobs: { type: 'string' }, 'window-mb': { type: 'string' }, 'no-engine': { type: 'boolean' }, 'engine-order': { type: 'string' }, out: { type: 'string' } },
});
const copies = Number(values.copies ?? 4);
const jobs = Number(values.jobs ?? 1);
const windowBytes = Number(values['window-mb'] ?? 4) * 1e6;

const { src, converted, siteInfo, now, ref } = await benchPages();

// ── The engine alone: as many rounds as one worker sees copies (copies / jobs), windows of `windowBytes` ──
const engineRounds = Math.max(1, Math.round(copies / jobs));
let engineWindows: Array<{ bytes: number; thread: number; helpers: number }> = [];
let engineWorkerPages = 0;
if (!values['no-engine']) {
  const pages = converted.map((p) => ({ title: p.title, text: p.text }));
  // `--engine-order worker`: the engine converts, in one round, the pages the first worker would
  // get if the convert pass's batches (convert-pass.ts: 200 pages or 1 MiB of XML) went to the
  // workers strictly in turn (pool.dispatch sends each to the least-loaded free worker, which is
  // about in turn) — each worker meets pages new to it for `jobs` times longer than the engine's rounds.
  const job: EngineJob = values['engine-order'] === 'worker'
    ? { ref, siteInfo, now, rounds: 0, windowBytes, pages: firstWorkersPages(converted, copies, jobs).map((p) => ({ title: p.title, text: p.text })) }
    : { ref, siteInfo, now, rounds: engineRounds - 1, windowBytes, pages };
  engineWorkerPages = job.pages.length;
  const worker = new Worker(new URL('./mirror-engine.js', import.meta.url), { workerData: job, resourceLimits: WORKER_RESOURCE_LIMITS });
  const r = await new Promise<EngineResult>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  const w = r.windows!;
  // The main thread idles while the engine runs: the process's CPU beyond the engine's thread is V8's helper threads.
  engineWindows = w.slice(1).map((x, i) => ({ bytes: x.bytes - w[i]!.bytes, thread: x.thread - w[i]!.thread, helpers: x.process - x.thread - (w[i]!.process - w[i]!.thread) }));
}

/** The pages the first worker gets if the batches (synthetic.ts batchSizes, as convert-pass.ts cuts them) go to the workers strictly in turn. */
function firstWorkersPages(pages: DumpPage[], copies: number, jobs: number): DumpPage[] {
  const out: DumpPage[] = [];
  let at = 0;
  batchSizes(pages, copies).forEach((size, batch) => {
    for (let k = 0; k < size; k++, at++) if (batch % jobs === 0) out.push(pages[at % pages.length]!);
  });
  return out;
}

// ── The pipeline ──
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'wikimark-windows-'));
const outParent = values.out ? fs.mkdtempSync(path.join(values.out, 'wikimark-windows-out-')) : work;
const dump = writeSynthetic(path.join(work, 'synthetic.xml'), src, { copies });
const { windows: pipelineWindows, hooks } = windowHooks(windowBytes * jobs);
await runMirror({ dump: dump.file, outDir: path.join(outParent, 'out'), jobs, converter: ref, progress: null, log: () => {}, ...hooks });
fs.rmSync(work, { recursive: true, force: true });
if (outParent !== work) fs.rmSync(outParent, { recursive: true, force: true });

// ── Side by side, ms of CPU per MB (per worker-MB for the pipeline) ──
const perMb = (s: number, b: number) => ((s * 1e3) / (b / 1e6)).toFixed(1);
console.log(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}; ${jobs} job(s), windows of ${windowBytes / 1e6} MB per worker`);
console.log(`mirror written under ${outParent}`);
console.log('| window | MB per worker | engine thread | engine helpers | workers\' threads | of it kernel (≈) | pipeline helpers | main | extra: threads | extra: helpers |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
let sumExtraT = 0;
let sumExtraH = 0;
const n = Math.min(engineWindows.length || pipelineWindows.length, pipelineWindows.length);
for (let i = 0; i < n; i++) {
  const p = pipelineWindows[i]!;
  const e = engineWindows[i];
  const mbWorker = p.bytes / jobs;
  const t = (p.workers / jobs) * 1e3 / (mbWorker / 1e6);
  const h = (p.helpers / jobs) * 1e3 / (mbWorker / 1e6);
  // Without the engine (--no-engine, or past its last window) its columns and the extra stay empty.
  let engineCells = '– | –';
  let extraCells = '– | –';
  if (e) {
    const et = (e.thread * 1e3) / (e.bytes / 1e6);
    const eh = (e.helpers * 1e3) / (e.bytes / 1e6);
    // Extra CPU seconds of this window (all workers) above the engine's at the same point.
    const xT = ((t - et) * (p.bytes / 1e6)) / 1e3;
    const xH = ((h - eh) * (p.bytes / 1e6)) / 1e3;
    sumExtraT += xT;
    sumExtraH += xH;
    engineCells = `${et.toFixed(1)} | ${eh.toFixed(1)}`;
    extraCells = `${xT.toFixed(2)} s | ${xH.toFixed(2)} s`;
  }
  const k = (p.kernel / jobs) * 1e3 / (mbWorker / 1e6);
  console.log(`| ${i + 1} | ${(lastBytesOf(i) / jobs / 1e6).toFixed(0)} | ${engineCells} | ${t.toFixed(1)} | ${k.toFixed(1)} | ${h.toFixed(1)} | ${perMb(p.main, p.bytes)} | ${extraCells} |`);
}
{
  // The second half of the windows: past the warm-up, the kernel's share and its time per page converted.
  const late = pipelineWindows.slice(Math.floor(pipelineWindows.length / 2));
  const kernel = late.reduce((a, w) => a + w.kernel, 0);
  const threads = late.reduce((a, w) => a + w.workers, 0);
  const pages = late.reduce((a, w) => a + w.pages, 0);
  // Each window's kernel figure is off by up to a tick (10 ms) per worker: ± that per MB of the window.
  console.log(`≈: kernel time in 10 ms ticks, each window's figure ±${(10 / (windowBytes / 1e6)).toFixed(1)} ms per MB`);
  if (pages) console.log(`workers' kernel time in the second half of the windows: ${kernel.toFixed(2)} s = ${((100 * kernel) / threads).toFixed(1)} % of their threads' CPU, ${((kernel / pages) * 1e6).toFixed(0)} µs per page converted (${pages} pages)`);
}
if (engineWindows.length) console.log(`sum of the extra: threads ${sumExtraT.toFixed(2)} s, helpers ${sumExtraH.toFixed(2)} s (all windows)`);
function lastBytesOf(i: number): number {
  return pipelineWindows.slice(0, i + 1).reduce((a, w) => a + w.bytes, 0);
}

if (engineWindows.length) {
  const e = aboveLastHalf(engineWindows.map((w) => ({ bytes: w.bytes, cpu: w.thread + w.helpers })));
  const what = values['engine-order'] === 'worker' ? `the first worker's ${engineWorkerPages} pages in its order` : `${engineRounds} rounds`;
  console.log(`engine alone, ${what} (one isolate; × ${jobs} for the pipeline's workers): ${e.extra.toFixed(2)} s of CPU above its second half's rate (${e.rate.toFixed(1)} MB per CPU-s) before it`);
}
const p = aboveLastHalf(pipelineWindows.map((w) => ({ bytes: w.bytes, cpu: w.workers + w.helpers + w.main })));
console.log(`pipeline, ${jobs} worker(s): ${p.extra.toFixed(2)} s = ${(p.extra / jobs).toFixed(2)} s per worker above its second half's rate (${p.rate.toFixed(1)} MB per CPU-s) before it`);
