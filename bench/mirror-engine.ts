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
import { materialise } from './materialise.js';

export interface EngineJob {
  ref: ConverterRef;
  siteInfo: SiteInfo;
  now: string;
  pages: Array<{ title: string; text: string }>;
  rounds: number;
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
}

const job = workerData as EngineJob;
const mod = (await import(job.ref.module)) as Record<string, ConvertFn>;
const convert = mod[job.ref.exportName]!;
const site = siteFromInfo(job.siteInfo);
const now = new Date(job.now || 0);
const bytes = job.pages.reduce((a, p) => a + Buffer.byteLength(p.text), 0);
const round = () => {
  for (const p of job.pages) materialise(convert(p.text, { site, title: p.title, now, resolveLink: () => null }).markdown);
};
round();
let bestCpu = Infinity;
let bestWall = Infinity;
let sumCpu = 0;
let sumWall = 0;
for (let i = 0; i < job.rounds; i++) {
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  round();
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1e6;
  const wall = (performance.now() - w0) / 1000;
  bestCpu = Math.min(bestCpu, cpu);
  bestWall = Math.min(bestWall, wall);
  sumCpu += cpu;
  sumWall += wall;
}
const mb = bytes / 1e6;
parentPort!.postMessage({ cpu: mb / bestCpu, wall: mb / bestWall, meanCpu: (mb * job.rounds) / sumCpu, meanWall: (mb * job.rounds) / sumWall, bytes } satisfies EngineResult);
