/**
 * Worker for bench/mirror.ts: the single-page engine on one thread, on exactly the pages the
 * synthetic dump repeats, with the options the mirror's workers use (site from the siteinfo, the
 * dump's date as "now", no link resolver). Runs in a worker with the mirror workers' V8 heap
 * settings. Best of `rounds` after a warm-up round, by CPU time (process.cpuUsage() counts every
 * thread; the main thread idles meanwhile) and by wall clock.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { siteFromInfo } from '../src/dump/site.js';
import type { SiteInfo } from '../src/dump/types.js';
import type { ConvertFn, ConverterRef } from '../src/mirror/types.js';
import { ownThreadCpu } from './cpu.js';
import { materialise } from './materialise.js';

export interface EngineJob {
  ref: ConverterRef;
  siteInfo: SiteInfo;
  now: string;
  pages: Array<{ title: string; text: string }>;
  rounds: number;
  /** Record the CPU at every this many bytes of wikitext, over all rounds in order (bench/mirror-windows.ts). */
  windowBytes?: number;
}

export interface EngineResult {
  /** MB of wikitext per CPU-second, best round. */
  cpu: number;
  /** MB/s by wall clock, best round. */
  wall: number;
  /** The same over all rounds (a long run sees the average, not the best). */
  meanCpu: number;
  meanWall: number;
  bytes: number;
  /** CPU seconds of the first (warm-up) round, and of loading the engine before it. */
  firstCpu: number;
  startCpu: number;
  /** The same rounds' CPU in this thread alone (the rest: compiler and GC helper threads). */
  firstThreadCpu: number;
  bestThreadCpu: number;
  /**
   * CPU seconds of every round, the cold one first. The cold round is not the whole warm-up:
   * TurboFan still compiles in the next rounds (on the bench pages ~80 compilations in each of
   * rounds 2 and 3, ~25 in rounds 5 and 6).
   */
  roundCpus: number[];
  /** With `windowBytes`: at each window's end, bytes converted so far and the CPU seconds of this thread and of the process. */
  windows?: Array<{ bytes: number; thread: number; process: number }>;
}

const job = workerData as EngineJob;
const windows: NonNullable<EngineResult['windows']> = [];
// The first window starts before the engine is imported, as a pipeline worker's includes its
// start and the converter's import.
if (job.windowBytes) {
  const u = process.cpuUsage();
  windows.push({ bytes: 0, thread: ownThreadCpu(), process: (u.user + u.system) / 1e6 });
}
const s0 = process.cpuUsage();
const mod = (await import(job.ref.module)) as Record<string, ConvertFn>;
const convert = mod[job.ref.exportName]!;
const site = siteFromInfo(job.siteInfo);
const now = new Date(job.now || 0);
// One options object for every page, spread with the page's title as the mirror's worker does
// (src/mirror/worker.ts), so that no closure is made per page.
const baseOptions = { site, now, resolveLink: () => null };
const bytes = job.pages.reduce((a, p) => a + Buffer.byteLength(p.text), 0);
let doneBytes = 0;
let nextWindow = job.windowBytes ?? Infinity;
const pageBytes = job.pages.map((p) => Buffer.byteLength(p.text));
const round = () => {
  for (let i = 0; i < job.pages.length; i++) {
    const p = job.pages[i]!;
    materialise(convert(p.text, { ...baseOptions, title: p.title }).markdown);
    doneBytes += pageBytes[i]!;
    if (doneBytes >= nextWindow) {
      const u = process.cpuUsage();
      windows.push({ bytes: doneBytes, thread: ownThreadCpu(), process: (u.user + u.system) / 1e6 });
      nextWindow += job.windowBytes!;
    }
  }
};
const startUsage = process.cpuUsage(s0);
const f0 = process.cpuUsage();
const ft0 = ownThreadCpu();
round();
const firstUsage = process.cpuUsage(f0);
const firstThreadCpu = ownThreadCpu() - ft0;
const roundCpus = [(firstUsage.user + firstUsage.system) / 1e6];
let bestThreadCpu = Infinity;
let bestCpu = Infinity;
let bestWall = Infinity;
let sumCpu = 0;
let sumWall = 0;
for (let i = 0; i < job.rounds; i++) {
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  const t0 = ownThreadCpu();
  round();
  const c = process.cpuUsage(c0);
  bestThreadCpu = Math.min(bestThreadCpu, ownThreadCpu() - t0);
  const cpu = (c.user + c.system) / 1e6;
  roundCpus.push(cpu);
  const wall = (performance.now() - w0) / 1000;
  bestCpu = Math.min(bestCpu, cpu);
  bestWall = Math.min(bestWall, wall);
  sumCpu += cpu;
  sumWall += wall;
}
const mb = bytes / 1e6;
parentPort!.postMessage({ cpu: mb / bestCpu, wall: mb / bestWall, meanCpu: (mb * job.rounds) / sumCpu, meanWall: (mb * job.rounds) / sumWall, bytes,
  firstCpu: (firstUsage.user + firstUsage.system) / 1e6, startCpu: (startUsage.user + startUsage.system) / 1e6,
  firstThreadCpu, bestThreadCpu, roundCpus, ...(job.windowBytes ? { windows } : {}) } satisfies EngineResult);
