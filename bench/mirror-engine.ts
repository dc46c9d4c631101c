/**
 * Worker for bench/mirror.ts: the single-page engine on one thread, on exactly the pages the
 * synthetic dump repeats, with the options the mirror's workers use (site from the siteinfo, the
 * dump's date as "now", no link resolver). Runs in a worker with the mirror workers' V8 heap
 * settings. Best of `rounds` after a warm-up round, by CPU time (process.cpuUsage() counts every
 * thread; the main thread idles meanwhile) and by wall clock.
 *
 * With `mirror` (bench/mirror-split.ts) the pages convert with what a mirror's worker converts
 * them with instead: its link resolver, upload sites and (with `expandTemplates`) template source
 * on a mirror's index (src/mirror/page-options.ts), each page under its own file's site, the
 * lookups of each batch in one read transaction as a worker's job has them.
 */
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { siteFromInfo } from '../src/dump/site.js';
import type { SiteInfo } from '../src/dump/types.js';
import type { ConvertOptions } from '../src/engine/types.js';
import type { ConvertFn, ConverterRef, PageOutputOptions } from '../src/mirror/types.js';
import { ownThreadCpu } from './cpu.js';
import { materialise } from './materialise.js';
import { pageSites } from './page-sites.js';

export interface EngineJob {
  ref: ConverterRef;
  siteInfo: SiteInfo;
  now: string;
  pages: Array<{ title: string; text: string }>;
  rounds: number;
  /** Record the CPU at every this many bytes of wikitext, over all rounds in order (bench/mirror-windows.ts). */
  windowBytes?: number;
  /**
   * Convert as a mirror's worker does, on the index at `dbPath` (see above). `batches`: the pages
   * of each job in order over all the rounds, the first (warm-up) round's first, as the convert
   * pass cuts a dump of the rounds' copies (synthetic.ts batchSizes: 200 pages or 1 MiB of their
   * XML: 33 pages a job on average on the bench pages); each batch's lookups share a read transaction.
   */
  mirror?: {
    dbPath: string;
    output: PageOutputOptions;
    batches: number[];
    /**
     * The resolver's cached link targets dropped at each round's start, so that every round looks
     * its titles up in the index as the first does (a whole wiki's pages keep linking titles not
     * yet seen; the repeated bench pages do not).
     */
    coldTargets?: boolean;
  };
  /**
   * Each page's text made again from its UTF-8 bytes just before it is converted, as a mirror's
   * worker reads it (dump/utf8.ts decodeUtf8): each conversion gets a new string in the young
   * generation, and only the page being converted is alive, as in a worker. The decoding is in
   * the rounds' CPU; `decodeThreadCpu` is what it costs alone, per round.
   */
  fresh?: boolean;
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
  /** CPU seconds of the first (warm-up) round, and of loading the engine before it (every thread). */
  firstCpu: number;
  startCpu: number;
  /** The part of `startCpu` in this thread (the rest: V8's helper threads compiling and collecting meanwhile). */
  startThreadCpu: number;
  /** The same rounds' CPU in this thread alone (the rest: compiler and GC helper threads). */
  firstThreadCpu: number;
  bestThreadCpu: number;
  /**
   * CPU seconds of every round, the cold one first. The cold round is not the whole warm-up:
   * TurboFan still compiles in the next rounds (on the bench pages ~80 compilations in each of
   * rounds 2 and 3, ~25 in rounds 5 and 6).
   */
  roundCpus: number[];
  /** The same rounds' CPU in this thread alone. */
  roundThreadCpus: number[];
  /** With `fresh`: thread CPU seconds of decoding one round's texts alone (after the rounds, median of 5). */
  decodeThreadCpu?: number;
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
const st0 = ownThreadCpu();
const mod = (await import(job.ref.module)) as Record<string, ConvertFn>;
const convert = mod[job.ref.exportName]!;
const site = siteFromInfo(job.siteInfo);
const now = new Date(job.now || 0);
// One options object for every page, spread with the page's title as the mirror's worker does
// (src/mirror/worker.ts), so that no closure is made per page.
const plainOptions: ConvertOptions = { site, now, resolveLink: () => null };
/** Page i's options, spread as the worker spreads them: the one object with the title, or with `mirror` the worker's (mirrorOptions). */
const optionsFor = job.mirror ? await mirrorOptions(job.mirror) : (_i: number, title: string): ConvertOptions => ({ ...plainOptions, title });

/**
 * A mirror worker's options on the index (src/mirror/page-options.ts), each page with its file's
 * site; the lookups of each of `mirror.batches` in one read transaction, as a worker's job has
 * them. Imported here only, so that the plain engine loads nothing more than before.
 */
async function mirrorOptions(mirror: NonNullable<EngineJob['mirror']>): Promise<(i: number, title: string) => ConvertOptions> {
  const { openDatabase } = await import('../src/index/db.js');
  const { pageOptions } = await import('../src/mirror/page-options.js');
  const db = openDatabase(mirror.dbPath, { readonly: true, cacheMb: 16 });
  const { base, uploadSites, lookups, forgetTargets } = pageOptions({ siteInfo: job.siteInfo, output: mirror.output, now: job.now }, db);
  const siteOf = pageSites(db, uploadSites);
  const sites = job.pages.map((p) => siteOf(p.title));
  const begin = db.prepare('BEGIN');
  const commit = db.prepare('COMMIT');
  // Pages left in the current batch; at 0 the next page starts the next batch's transaction.
  let batch = 0;
  let left = 0;
  return (i, title) => {
    if (i === 0 && mirror.coldTargets) forgetTargets();
    if (left === 0) {
      if (db.inTransaction) commit.run();
      left = mirror.batches[batch++] ?? Infinity;
      begin.run();
    }
    left--;
    // The titles the previous page asked about, taken as a worker takes them after each page.
    lookups.take();
    return { ...base, site: sites[i]!, title };
  };
}
const bytes = job.pages.reduce((a, p) => a + Buffer.byteLength(p.text), 0);
let doneBytes = 0;
let nextWindow = job.windowBytes ?? Infinity;
const pageBytes = job.pages.map((p) => Buffer.byteLength(p.text));
// The decoder is loaded for `fresh` only, so that the plain engine loads nothing more than before.
const decodeUtf8 = job.fresh ? (await import('../src/dump/utf8.js')).decodeUtf8 : null;
const utf8 = job.fresh ? job.pages.map((p) => Buffer.from(p.text)) : [];
const textOf = decodeUtf8 ? (i: number) => decodeUtf8(utf8[i]!) : (i: number) => job.pages[i]!.text;
/**
 * With WIKIMARK_ROUND_MARKS=1, `=== ROUND n` on standard output before each round, written
 * synchronously so that it lands in order among V8's own trace lines (run under `stdbuf -o0`,
 * as V8 buffers them otherwise): bench/jit-trace.ts then splits compilations by round.
 */
const markRounds = process.env.WIKIMARK_ROUND_MARKS === '1';
let roundsRun = 0;
const round = () => {
  if (markRounds) fs.writeSync(1, `=== ROUND ${roundsRun}\n`);
  roundsRun++;
  for (let i = 0; i < job.pages.length; i++) {
    const p = job.pages[i]!;
    materialise(convert(textOf(i), optionsFor(i, p.title)).markdown);
    doneBytes += pageBytes[i]!;
    if (doneBytes >= nextWindow) {
      const u = process.cpuUsage();
      windows.push({ bytes: doneBytes, thread: ownThreadCpu(), process: (u.user + u.system) / 1e6 });
      nextWindow += job.windowBytes!;
    }
  }
};
const startUsage = process.cpuUsage(s0);
const startThreadCpu = ownThreadCpu() - st0;
const f0 = process.cpuUsage();
const ft0 = ownThreadCpu();
round();
const firstUsage = process.cpuUsage(f0);
const firstThreadCpu = ownThreadCpu() - ft0;
const roundCpus = [(firstUsage.user + firstUsage.system) / 1e6];
const roundThreadCpus = [firstThreadCpu];
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
  const threadCpu = ownThreadCpu() - t0;
  roundThreadCpus.push(threadCpu);
  bestThreadCpu = Math.min(bestThreadCpu, threadCpu);
  const cpu = (c.user + c.system) / 1e6;
  roundCpus.push(cpu);
  const wall = (performance.now() - w0) / 1000;
  bestCpu = Math.min(bestCpu, cpu);
  bestWall = Math.min(bestWall, wall);
  sumCpu += cpu;
  sumWall += wall;
}
let decodeThreadCpu: number | undefined;
if (decodeUtf8) {
  const times: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t0 = ownThreadCpu();
    for (let i = 0; i < utf8.length; i++) decodeUtf8(utf8[i]!);
    times.push(ownThreadCpu() - t0);
  }
  decodeThreadCpu = times.sort((a, b) => a - b)[2]!;
}
const mb = bytes / 1e6;
parentPort!.postMessage({ cpu: mb / bestCpu, wall: mb / bestWall, meanCpu: (mb * job.rounds) / sumCpu, meanWall: (mb * job.rounds) / sumWall, bytes,
  firstCpu: (firstUsage.user + firstUsage.system) / 1e6, startCpu: (startUsage.user + startUsage.system) / 1e6, startThreadCpu,
  firstThreadCpu, bestThreadCpu, roundCpus, roundThreadCpus, ...(decodeThreadCpu !== undefined ? { decodeThreadCpu } : {}), ...(job.windowBytes ? { windows } : {}) } satisfies EngineResult);
