/**
 * The mirror's own cost split in two: what convertPage does in a worker only because the worker
 * gives it a link resolver and a template source, and what the worker does around convertPage.
 * On a synthetic dump of `--copies` copies of the bench pages (bench/synthetic.ts), each mode in a
 * fresh isolate, the modes in turn, `--pairs` times:
 *
 *   engine-plain      the engine alone as bench:mirror measures it (no resolver, no templates)
 *   engine-fresh      the same, each page's text decoded from UTF-8 just before it is converted,
 *                     as a worker reads it (bench/mirror-engine.ts `fresh`); the decoding alone,
 *                     measured apart, is taken off its thread's CPU
 *   engine-links      the engine alone with a mirror worker's options on the dump's index
 *                     (src/mirror/page-options.ts: resolver, upload sites, recorded categories,
 *                     attribution; the lookups of each of the pipeline's jobs in one read
 *                     transaction), template expansion off
 *   engine-templates  the same with the index's template source, as the mirror runs by default
 *   pipe-real         the whole mirror, one worker, as bench:mirror runs it
 *   pipe-plain        the same with the engine's plain work in the worker (bench/plain-converter.ts
 *                     convertPlain: the dump's site, no resolver, no templates)
 *   pipe-timed        pipe-plain with the worker's thread CPU read before and after each
 *                     convertPage (plain-converter.ts convertTimed), printed apart as "inside
 *                     convertPage"; reading the CPU twice a page costs the thread itself
 *   engine-timed      the same converter in the engine alone: inside convertPage in a worker
 *                     against alone
 *   engine-hits       engine-templates on a dump in which most links find their page: the same
 *                     copies plus redirects that make `--share` (0.85) of the article titles the
 *                     pages link exist (bench/hit-links.ts; on the default dump 96 % of the
 *                     lookups miss, on this one 15 %)
 *   pipe-hits         pipe-real on that dump
 *   engine-cold       engine-templates with the resolver's cached link targets dropped at each
 *                     copy's start (page-options.ts forgetTargets): every copy looks its titles
 *                     up in the index as the first does, as a whole wiki's pages, which keep
 *                     linking titles not seen before, do more than the repeated bench pages
 *   engine-hits-cold  the same on the hit-heavy dump
 *
 * The engine converts the pages `--copies` times, as much as the one worker does. Printed per mode:
 * ms of CPU per MB of wikitext in the converting thread (schedstat), V8's helper threads, and
 * for the pipeline its main thread and the worker thread's kernel (system) time, with the latter
 * per page converted; over all the work and over its second half (the steady state), the median
 * over pairs.
 *
 *   node dist/bench/mirror-split.js [--copies 8] [--pairs 3] [--only mode,mode] [--share 0.85] [--out DIR] [--keep]
 *
 * The dump and the mirrors go into a new folder under `--out` (by default /dev/shm, a tmpfs,
 * where it exists; the system's temporary folder elsewhere), each mirror deleted once read (the
 * first one's index kept for the engine's mirror modes) unless `--keep`. On this machine's ext4
 * volume (/tmp) creating a file costs from ~25 µs to several hundred by what was deleted near it
 * in the last minutes, part of the worker's kernel time: `--out /tmp` measures the pipeline with
 * that disk, and a mirror deleted there slows the next run's file creation.
 *
 * With `node --cpu-prof --cpu-prof-dir DIR` each worker writes a profile (one mode per run with --only).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { siteFromInfo } from '../src/dump/site.js';
import { applyWorkerV8Flags, WORKER_RESOURCE_LIMITS } from '../src/mirror/worker-settings.js';
import { runMirror } from '../src/mirror/run.js';
import { defaultAttribution, type PageOutputOptions } from '../src/mirror/types.js';
import { median } from './ab-common.js';
import { windowHooks } from './pipeline-windows.js';
import type { EngineJob, EngineResult } from './mirror-engine.js';
import { hitLinks, parseShare } from './hit-links.js';
import { batchSizes, benchPages, REPO, writeSynthetic } from './synthetic.js';

const MODES = [
  'pipe-real', 'pipe-plain', 'pipe-timed', 'pipe-hits',
  'engine-plain', 'engine-fresh', 'engine-timed', 'engine-links', 'engine-templates', 'engine-hits', 'engine-cold', 'engine-hits-cold',
] as const;
type Mode = (typeof MODES)[number];

const { values } = parseArgs({
  options: { copies: { type: 'string' }, pairs: { type: 'string' }, only: { type: 'string' }, share: { type: 'string' }, out: { type: 'string' }, keep: { type: 'boolean' } },
});
const copies = Number(values.copies ?? 8);
const pairs = Number(values.pairs ?? 3);
const share = parseShare(values.share);
const modes = (values.only ? values.only.split(',') : [...MODES]) as Mode[];
for (const m of modes) if (!MODES.includes(m)) throw new Error(`unknown mode ${m}; modes: ${MODES.join(', ')}`);
/** Whether a mode runs on the hit-heavy dump, which only then is made. */
const withHits = modes.some((m) => m.includes('-hits'));
if (values.share !== undefined && !withHits) throw new Error(`--share is the share of the -hits modes, and none of them is in --only ${values.only}`);

applyWorkerV8Flags();
const bench = await benchPages();
const { src, converted, siteInfo, now, ref } = bench;
const pages = converted.map((p) => ({ title: p.title, text: p.text }));
const roundBytes = pages.reduce((a, p) => a + Buffer.byteLength(p.text), 0);
/** The pipeline's jobs over the copies, for the engine's mirror modes to share lookups' transactions the same way. */
const batches = batchSizes(converted, copies);
const site = siteFromInfo(siteInfo);
const output = (expandTemplates: boolean): PageOutputOptions => ({ attribution: defaultAttribution(site.lang), images: 'embed', variant: null, frontMatter: false, expandTemplates });

const outRoot = values.out ?? (fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir());
const work = fs.mkdtempSync(path.join(outRoot, 'wikimark-split-'));
const dump = writeSynthetic(path.join(work, 'synthetic.xml'), src, { copies });
/** The hit-heavy dump, where a mode needs it: the same copies and the redirects of hit-links.ts. */
const hits = withHits ? await hitLinks(bench, share) : null;
const hitsDump = hits ? writeSynthetic(path.join(work, 'synthetic-hits.xml'), src, { copies }, hits.redirects) : null;
if (hits) console.log(`hit-heavy dump: ${hits.redirects.length} redirects make ${(hits.lookupShare * 100).toFixed(1)} % of the engine's own article lookups hit (templates not expanded)`);
const plainRef = { module: pathToFileURL(path.join(REPO, 'dist', 'bench', 'plain-converter.js')).href, exportName: 'convertPlain' };
const timedRef = { ...plainRef, exportName: 'convertTimed' };
const timedDir = path.join(work, 'timed');
fs.mkdirSync(timedDir);
process.env.WIKIMARK_TIMED_DIR = timedDir;
/** convertTimed's ms per MB inside convertPage over the second half of a run's pages (its log, read and removed). */
function timedInside(): number {
  const files = fs.readdirSync(timedDir);
  if (files.length !== 1) throw new Error(`expected one timed log, found ${files.length}`);
  const file = path.join(timedDir, files[0]!);
  const rows = fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { pages: number; bytes: number; cpu: number });
  fs.rmSync(file);
  const last = rows[rows.length - 1]!;
  const mid = rows.find((r) => r.bytes >= last.bytes / 2)!;
  return ((last.cpu - mid.cpu) * 1e3) / ((last.bytes - mid.bytes) / 1e6);
}
const inside = new Map<Mode, number[]>();

/** One reading: CPU seconds per copy (round) of the converting thread and of the helpers (and the pipeline's main thread). */
interface Reading {
  /** Bytes of wikitext of each window (a round of the engine; the batches up to a copy's end in the pipeline). */
  bytes: number[];
  thread: number[];
  helpers: number[];
  main: number[];
  /** The pipeline's: the worker thread's system time and pages of each window (empty for the engine). */
  kernel: number[];
  pages: number[];
}

/** The index of each dump's first mirror, for the engine's mirror modes. */
const indexDbs = new Map<string, string>();
let runs = 0;

/** The whole mirror of `dumpFile`, one worker; a window per copy's worth of wikitext. Leaves its first index for the engine's mirror modes. */
async function pipeline(converter: typeof ref, dumpFile: string): Promise<Reading> {
  const out = path.join(work, `out-${runs++}`);
  // Batches end between copies' boundaries: a window is the jobs up to the next boundary. The
  // worker is into its next job when a window closes (pipeline-windows.ts), so the second half,
  // which no job follows, lacks up to one job's CPU: ≤ 1 MiB of XML, ~1 % of it at 8 copies.
  const { windows, hooks } = windowHooks(roundBytes);
  await runMirror({ dump: dumpFile, outDir: out, jobs: 1, converter, progress: null, log: () => {}, ...hooks });
  const indexDb = indexDbs.get(dumpFile);
  // The first mirror's index serves the engine's mirror modes; its pages, and every later mirror, go now.
  if (!values.keep) {
    if (indexDb) fs.rmSync(out, { recursive: true, force: true });
    else for (const entry of fs.readdirSync(out)) if (entry !== '.wikimark') fs.rmSync(path.join(out, entry), { recursive: true, force: true });
  }
  if (!indexDb) indexDbs.set(dumpFile, path.join(out, '.wikimark', 'wikimark.sqlite'));
  return {
    bytes: windows.map((w) => w.bytes), thread: windows.map((w) => w.workers), helpers: windows.map((w) => w.helpers), main: windows.map((w) => w.main),
    kernel: windows.map((w) => w.kernel), pages: windows.map((w) => w.pages),
  };
}

async function engine(mode: Mode): Promise<Reading> {
  // An index first, where the mode needs one and no pipeline of its dump has run yet (not a reading).
  const onHits = mode === 'engine-hits' || mode === 'engine-hits-cold';
  const indexDump = onHits ? hitsDump!.file : mode === 'engine-links' || mode === 'engine-templates' || mode === 'engine-cold' ? dump.file : null;
  if (indexDump && !indexDbs.has(indexDump)) await pipeline(ref, indexDump);
  const job: EngineJob = { ref: mode === 'engine-timed' ? timedRef : ref, siteInfo, now, rounds: copies - 1, pages };
  if (mode === 'engine-fresh') job.fresh = true;
  else if (indexDump) job.mirror = { dbPath: indexDbs.get(indexDump)!, output: output(mode !== 'engine-links'), batches, coldTargets: mode.endsWith('-cold') };
  const worker = new Worker(new URL('./mirror-engine.js', import.meta.url), { workerData: job, resourceLimits: WORKER_RESOURCE_LIMITS });
  const r = await new Promise<EngineResult>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  // Loading the engine belongs to the first round, as a worker's start does to its first window:
  // its own thread's part to the thread, the rest to the helpers.
  const helpers = r.roundCpus.map((c, i) => c - r.roundThreadCpus[i]! + (i === 0 ? r.startCpu - r.startThreadCpu : 0));
  const thread = r.roundThreadCpus.map((c, i) => c + (i === 0 ? r.startThreadCpu : 0) - (r.decodeThreadCpu ?? 0));
  return { bytes: thread.map(() => r.bytes), thread, helpers, main: thread.map(() => 0), kernel: [], pages: [] };
}

const readings = new Map<Mode, Reading[]>(modes.map((m) => [m, []]));
const order = [...modes].sort((a, b) => Number(b.startsWith('pipe')) - Number(a.startsWith('pipe')));
for (let pair = 0; pair < pairs; pair++) {
  // The modes in turn, starting one further each time (the pipeline modes first in the first
  // pair; an engine mode whose dump no pipeline has mirrored yet makes its index itself).
  const turn = order.map((_, i) => order[(i + pair) % order.length]!);
  for (const mode of turn) {
    const converter = mode === 'pipe-plain' ? plainRef : mode === 'pipe-timed' ? timedRef : ref;
    const r = mode.startsWith('pipe') ? await pipeline(converter, mode === 'pipe-hits' ? hitsDump!.file : dump.file) : await engine(mode);
    readings.get(mode)!.push(r);
    if (mode.endsWith('-timed')) inside.set(mode, [...(inside.get(mode) ?? []), timedInside()]);
    process.stderr.write(`${mode} ${pair + 1}/${pairs} (load ${os.loadavg()[0]!.toFixed(1)})\n`);
  }
}
delete process.env.WIKIMARK_TIMED_DIR;
if (!values.keep) fs.rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work}`);

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const mbPerRound = roundBytes / 1e6;
const half = Math.floor(copies / 2);
/** ms of CPU per MB over the windows from `from` on. */
const msPerMb = (r: Reading, xs: number[], from: number) => (sum(xs.slice(from)) * 1e3) / (sum(r.bytes.slice(from)) / 1e6);

console.log(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}; ${copies} copies of ${pages.length} pages (${mbPerRound.toFixed(1)} MB a copy); ${pairs} pairs; ms of CPU per MB of wikitext, median over pairs`);
console.log(`dump and mirrors under ${work}`);
for (const mode of modes) {
  const r = readings.get(mode)![0];
  if (r) console.log(`${mode}: ${(sum(r.bytes) / 1e6).toFixed(1)} MB in ${r.bytes.length} windows`);
}
console.log('| mode | thread, all | thread, 2nd half | MB per thread-CPU-s, 2nd half | helpers, all | helpers, 2nd half | main, all | of the thread, kernel, 2nd half | kernel µs per page, 2nd half | readings of thread, 2nd half |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const mode of modes) {
  const rs = readings.get(mode)!;
  if (!rs.length) continue;
  const col = (f: (r: Reading) => number) => median(rs.map(f));
  const t2 = col((r) => msPerMb(r, r.thread, half));
  // The worker's system time (10 ms ticks, seconds of it over a second half): the pipeline's only.
  const kernelCells = rs[0]!.kernel.length
    ? `${col((r) => msPerMb(r, r.kernel, half)).toFixed(1)} | ${col((r) => (sum(r.kernel.slice(half)) * 1e6) / sum(r.pages.slice(half))).toFixed(0)}`
    : '– | –';
  console.log(
    `| ${mode} | ${col((r) => msPerMb(r, r.thread, 0)).toFixed(1)} | ${t2.toFixed(1)} | ${(1e3 / t2).toFixed(1)} | ${col((r) => msPerMb(r, r.helpers, 0)).toFixed(1)} | ` +
      `${col((r) => msPerMb(r, r.helpers, half)).toFixed(1)} | ${col((r) => msPerMb(r, r.main, 0)).toFixed(1)} | ${kernelCells} | ${rs.map((r) => msPerMb(r, r.thread, half).toFixed(1)).join(' · ')} |`,
  );
}
for (const [mode, xs] of inside) {
  console.log(`${mode}: inside convertPage ${median(xs).toFixed(1)} ms per MB, 2nd half (${xs.map((x) => x.toFixed(1)).join(' · ')})`);
}
