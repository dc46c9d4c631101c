/**
 * `npm run bench:mirror`: the whole pipeline on a synthetic dump of ≥ 1 GB (the real pages of the
 * shared ja/uk dumps repeated under new titles, bench/synthetic.ts), against the single-page
 * engine measured in the same run on the same pages.
 *
 * This machine is shared, so wall-clock time says as much about the neighbours as about us. The
 * main figure is therefore CPU time, as `npm run bench` measures the engine: MB of wikitext per
 * CPU-second of all our threads (main + workers, process.cpuUsage()) and child processes (bzip2),
 * against the engine's MB per CPU-second (best of rounds). The wall-clock ratio to
 * (engine × workers) is printed too, beside the load average it was measured under, and so is
 * what the CPU figures predict for an idle machine. Peak RSS and CPU rate at 5, 10, 25, 50 and
 * 100 % of the conversion.
 *
 *   node dist/bench/mirror.js [--size-mb 1024] [--jobs N] [--rounds 3] [--multistream] [--dump FILE]
 *        [--keep] [--no-templates] [--no-same-work] [--hits [--share 0.85]]
 *
 * --no-templates: the mirror without expanding templates from the dump, as the engine is measured
 * (the engine alone has no template source, so dump templates add work the engine never does).
 * (The shared ja/uk dumps hold no Template pages, so on the default synthetic dump every template
 * lookup misses and the two do the same work: same output, 1,779 misses per 701 pages.)
 *
 * --hits: the same dump plus redirects that make `--share` of the article titles the pages link
 * exist (bench/hit-links.ts), so that most links find their page as on a whole wiki's dump (on
 * the default dump 96 % of the resolver's lookups miss). The redirects are not converted: the
 * pages converted and the engine's reference are the same as without; the index pass reads them
 * and the assembly writes a redirect file for each.
 *
 * Warm-up: each worker sees about 1/jobs of the pages, so the marks table gives MB per worker;
 * and the engine's warm-up is printed over all its rounds, since TurboFan still compiles after
 * the cold one.
 *
 * Two references for "engine × workers". The engine's best round (a few rounds into a warm
 * isolate) is the strict one: it leaves out the JIT warm-up every fresh isolate pays, which a
 * pipeline worker pays too. The same-work reference (skipped with --no-same-work, and with
 * --dump, whose pages are other ones) is a fresh isolate converting as much as one worker does,
 * the 701 pages round after round, all its CPU counted from loading the engine on, measured
 * before and after the pipeline (the higher rate kept): what the engine alone costs on the same
 * work, so the CPU above it is the pipeline's own cost (index, planning, reading, links, writing,
 * assembly). It is printed as that, not against the target.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { applyWorkerV8Flags, defaultJobs, WORKER_RESOURCE_LIMITS } from '../src/mirror/worker-settings.js';
import { runMirror } from '../src/mirror/run.js';
import { aboveLastHalf, cpuSince, sampleCpu, threadShares, type CpuSample } from './cpu.js';
import type { EngineJob, EngineResult } from './mirror-engine.js';
import { hitLinks, parseShare } from './hit-links.js';
import { benchPages, writeSynthetic, writeSyntheticMultistream } from './synthetic.js';

const { values } = parseArgs({
  options: {
    'size-mb': { type: 'string' },
    jobs: { type: 'string' },
    rounds: { type: 'string' },
    multistream: { type: 'boolean' },
    dump: { type: 'string' },
    keep: { type: 'boolean' },
    'no-templates': { type: 'boolean' },
    'no-same-work': { type: 'boolean' },
    hits: { type: 'boolean' },
    share: { type: 'string' },
  },
});
const targetBytes = Number(values['size-mb'] ?? 1024) * 1024 * 1024;
/** Checked before any work, so that a bad value stops the bench at once. */
const share = parseShare(values.share);
// --hits adds redirects to the synthetic dump, which --dump replaces; --share means nothing without --hits.
if (values.hits && values.dump) throw new Error('--hits makes a synthetic dump: it cannot be used with --dump');
if (values.share !== undefined && !values.hits) throw new Error('--share is the share of --hits: give --hits too');
const jobs = Number(values.jobs ?? defaultJobs());
const rounds = Number(values.rounds ?? 3);
const cores = os.availableParallelism();

function engineThroughput(job: EngineJob): Promise<EngineResult> {
  const worker = new Worker(new URL('./mirror-engine.js', import.meta.url), { workerData: job, resourceLimits: WORKER_RESOURCE_LIMITS });
  return new Promise((resolve, reject) => {
    worker.once('message', (m: EngineResult) => {
      void worker.terminate();
      resolve(m);
    });
    worker.once('error', reject);
  });
}

/** Mean of the 1-minute load average, sampled while `fn` runs. */
async function underLoad<T>(fn: () => Promise<T>): Promise<{ value: T; load: number }> {
  const samples = [os.loadavg()[0]!];
  const timer = setInterval(() => samples.push(os.loadavg()[0]!), 2000);
  try {
    const value = await fn();
    samples.push(os.loadavg()[0]!);
    return { value, load: samples.reduce((a, b) => a + b, 0) / samples.length };
  } finally {
    clearInterval(timer);
  }
}

/**
 * What creating a file costs on this disk now: `count` files of 3 KB (a page's size) written as
 * the workers write pages, in a fresh folder under `dir`, CPU µs per file (the process is otherwise
 * idle then). On a disk shared with others this varies tenfold: ~25 µs normally, 150–700 µs for
 * minutes after anyone's mass deletion. The files stay until the end, so that no deletion of ours
 * precedes the run.
 */
function fileCreationCost(dir: string, count = 2000): { cpuMicros: number; wallMicros: number } {
  fs.mkdirSync(dir, { recursive: true });
  const body = Buffer.alloc(3000, 0x61);
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  for (let i = 0; i < count; i++) {
    const fd = fs.openSync(path.join(dir, `页面 ${i}.md`), 'w');
    fs.writeSync(fd, body);
    fs.closeSync(fd);
  }
  const c = process.cpuUsage(c0);
  return { cpuMicros: (c.user + c.system) / count, wallMicros: ((performance.now() - w0) * 1000) / count };
}

const mb = (bytes: number) => bytes / 1e6;
const f1 = (x: number) => x.toFixed(1);
const pct = (x: number) => `${(x * 100).toFixed(0)} %`;
const MiB = (x: number) => `${(x / 2 ** 20).toFixed(0)} MB`;

/**
 * The engine alone on as much work as one worker does: a fresh isolate converting the bench pages
 * `rounds` times, every CPU-second counted from loading the engine on (process.cpuUsage() in the
 * engine's worker: the main thread idles meanwhile).
 */
async function measureSameWork(job: EngineJob, rounds: number) {
  // The engine's worker runs one cold round and then `rounds` more.
  const { value, load } = await underLoad(() => engineThroughput({ ...job, rounds: rounds - 1 }));
  const cpu = value.startCpu + value.roundCpus.reduce((a, c) => a + c, 0);
  return { rounds, mb: mb(value.bytes * rounds), rate: mb(value.bytes * rounds) / cpu, load, value };
}

async function main(): Promise<void> {
  // The pipeline's workers run under these V8 flags; the engine it is compared with does too.
  applyWorkerV8Flags();
  const bench = await benchPages();
  const { src, converted, siteInfo, now, ref, real } = bench;
  if (!real) console.log('note: the engine (dist/src/engine/convert.js) is not built yet; using the test stand-in converter');

  // ── The engine alone, one thread, the same pages and options; before and after the pipeline ──
  const engineJob: EngineJob = { ref, siteInfo, now, rounds, pages: converted.map((p) => ({ title: p.title, text: p.text })) };
  const measureEngine = async (when: string) => {
    const { value, load } = await underLoad(() => engineThroughput(engineJob));
    console.log(
      `engine ${when}, one thread (${converted.length} pages, ${f1(mb(value.bytes))} MB, best of ${rounds} rounds): ` +
        `${f1(value.cpu)} MB per CPU-second (mean ${f1(value.meanCpu)}); ${f1(value.wall)} MB/s by wall clock (load average ${f1(load)} on ${cores} cores)`,
    );
    // The cold round is what any fresh isolate pays once (JIT warm-up): each pipeline worker pays
    // it too, so it tells the pipeline's warm-up (printed below) from costs of its own.
    const best = mb(value.bytes) / value.cpu;
    console.log(
      `  its cold first round: ${f1(value.firstCpu)} s CPU against ${f1(best)} s for its best round (+${f1(value.firstCpu - best)} s per isolate); ` +
        `its own thread ${f1(value.firstThreadCpu)} s against ${f1(value.bestThreadCpu)} s, the rest V8's helper threads (TurboFan compiling, GC)`,
    );
    // TurboFan still compiles after the cold round (~80 compilations in each of rounds 2 and 3 on
    // these pages), so the isolate's whole warm-up is every round's CPU above the best one.
    const warmup = value.roundCpus.reduce((a, c) => a + c - best, 0);
    console.log(`  its warm-up over all rounds: +${f1(warmup)} s CPU above the best round (rounds: ${value.roundCpus.map(f1).join(' · ')} s)`);
    return { ...value, load, warmup };
  };
  const before = await measureEngine('before');
  // engine × workers taken literally: the engine in `jobs` threads at once, on this machine now.
  const together = await underLoad(() => Promise.all(Array.from({ length: jobs }, () => engineThroughput(engineJob))));
  // Wall clock only: process.cpuUsage() in each thread counts the whole process, so per-thread
  // CPU figures are meaningless while several run.
  const enginePar = { wall: together.value.reduce((a, v) => a + v.meanWall, 0), load: together.load };
  console.log(`engine in ${jobs} threads at once, mean of rounds: ${f1(enginePar.wall)} MB/s together by wall clock (load average ${f1(enginePar.load)})`);
  // Per-thread CPU is valid while several run (process-wide CPU is not): whether running beside
  // another engine thread (shared caches, memory bandwidth) makes each thread's own work dearer.
  console.log(
    `  each thread's own CPU in its best round: ${together.value.map((v) => f1(mb(v.bytes) / v.bestThreadCpu)).join(' · ')} MB per thread-CPU-second ` +
      `(alone just before: ${f1(mb(before.bytes) / before.bestThreadCpu)})`,
  );

  // ── The synthetic dump ──
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'wikimark-bench-'));
  let dumpFile = values.dump ? path.resolve(values.dump) : '';
  let sameWorkRounds = 0;
  if (!dumpFile) {
    const hits = values.hits ? await hitLinks(bench, share) : null;
    if (hits) {
      console.log(
        `hit-heavy dump: of the ${hits.titles} article titles the pages link ${hits.existed} exist already, ${hits.redirects.length} more by redirects; ` +
          `${f1(hits.lookupShare * 100)} % of the engine's own article lookups hit (templates not expanded)`,
      );
    }
    const extra = hits?.redirects ?? [];
    const t0 = performance.now();
    const synthetic = values.multistream
      ? writeSyntheticMultistream(path.join(work, 'synthetic'), src, targetBytes, extra)
      : writeSynthetic(path.join(work, 'synthetic.xml'), src, targetBytes, extra);
    dumpFile = synthetic.file;
    // One worker's share of the work: the synthetic dump holds pages / src.pages copies of the bench pages.
    sameWorkRounds = Math.max(2, Math.round((synthetic.pages - extra.length) / src.pages.length / jobs));
    console.log(`synthetic dump: ${(synthetic.xmlBytes / 1e9).toFixed(2)} GB of XML, ${synthetic.pages} pages${values.multistream ? ' (multistream bz2)' : ''}, written in ${f1((performance.now() - t0) / 1000)} s`);
  } else {
    console.log(`dump: ${dumpFile}`);
  }

  // Measured before and after the pipeline, as the best-round engine is; the higher rate is kept.
  // Only the synthetic dump holds the engine's pages: with --dump the work is another.
  if (values.dump && !values['no-same-work']) console.log('same-work reference skipped: --dump FILE holds other pages than the engine converts');
  const sameWorkBefore = values['no-same-work'] || values.dump ? null : await measureSameWork(engineJob, sameWorkRounds);

  // ── The whole pipeline ──
  const creationBefore = fileCreationCost(path.join(work, 'file-cost-before'));
  let peak = 0;
  const rssTimer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 100);
  const phases: Array<{ phase: string; at: number; cpu: CpuSample }> = [];
  const marks: Array<{ pct: number; secs: number; pages: number; bytes: number; rss: number; peak: number; cpu: CpuSample }> = [];
  let convertStart = 0;
  const out = path.join(work, 'out');
  const { value: result, load: pipelineLoad } = await underLoad(() =>
    runMirror({
      dump: dumpFile,
      outDir: out,
      jobs,
      converter: ref,
      expandTemplates: !values['no-templates'],
      progress: process.stderr.isTTY ? process.stderr : null,
      log: () => {},
      onPhase: (phase) => {
        if (phase === 'convert') convertStart = performance.now();
        phases.push({ phase, at: performance.now(), cpu: sampleCpu() });
      },
      onProgress: (phase, done, total, bytes) => {
        if (phase !== 'convert' || !total) return;
        const rss = process.memoryUsage.rss();
        peak = Math.max(peak, rss);
        for (const p of [5, 10, 25, 50, 100]) {
          if (done >= (total * p) / 100 && !marks.some((m) => m.pct === p)) {
            marks.push({ pct: p, secs: (performance.now() - convertStart) / 1000, pages: done, bytes, rss, peak, cpu: sampleCpu() });
          }
        }
      },
    }),
  );
  clearInterval(rssTimer);
  const creationAfter = fileCreationCost(path.join(work, 'file-cost-after'));
  const after = await measureEngine('after');
  const sameWorkAfter = sameWorkBefore && (await measureSameWork(engineJob, sameWorkRounds));
  // The higher rate of the two: the pipeline's own cost below is then the conservative one.
  const sameWork = sameWorkBefore && sameWorkAfter && (sameWorkAfter.rate > sameWorkBefore.rate ? sameWorkAfter : sameWorkBefore);
  // The better of the two readings: the ratios below are then the conservative ones.
  const engine = { cpu: Math.max(before.cpu, after.cpu), wall: Math.max(before.wall, after.wall) };
  const engineLoad = (before.load + after.load) / 2;
  const run = result.report.run;
  const bytes = run.bytesThisRun;
  const first = phases[0]!;
  const last = phases[phases.length - 1]!;
  const wall = (last.at - first.at) / 1000;
  const total = cpuSince(first.cpu, last.cpu);
  const allCpu = total.threads + total.children;

  console.log(`\nwhole pipeline, ${jobs} workers: ${f1(wall)} s wall, ${run.convertedThisRun} pages, ${f1(mb(bytes))} MB of wikitext converted, ${f1(mb(run.xmlBytes))} MB of XML read`);
  console.log('\n| step | wall | CPU, main thread | CPU, all threads | CPU, bzip2 children |');
  console.log('| --- | --- | --- | --- | --- |');
  let predicted = 0;
  for (let i = 0; i + 1 < phases.length; i++) {
    const a = phases[i]!;
    const b = phases[i + 1]!;
    const c = cpuSince(a.cpu, b.cpu);
    console.log(`| ${a.phase} | ${f1((b.at - a.at) / 1000)} s | ${f1(c.main)} s | ${f1(c.threads)} s | ${f1(c.children)} s |`);
    // On an idle machine a step takes its CPU spread over the cores it can use, but no less
    // than its main thread's share (the index pass, planning and assembly are one thread).
    const parallel = a.phase === 'convert' ? Math.min(jobs, cores) : a.phase === 'index' && total.children > 0 ? Math.min(jobs, cores) : 1;
    predicted += Math.max(c.main, (c.threads + c.children) / parallel);
  }
  const ideal = engine.cpu * jobs;
  console.log('\nthroughput against the engine');
  console.log(`  by CPU time:   ${f1(mb(bytes) / allCpu)} MB per CPU-second (${f1(total.threads)} s in our threads + ${f1(total.children)} s in bzip2) = ${pct(mb(bytes) / allCpu / engine.cpu)} of the engine's ${f1(engine.cpu)}   (target ≥ 80 %)`);
  const conv = phases.findIndex((p) => p.phase === 'convert');
  if (conv >= 0 && phases[conv + 1]) {
    const c = cpuSince(phases[conv]!.cpu, phases[conv + 1]!.cpu);
    console.log(`                 conversion step alone: ${f1(mb(bytes) / (c.threads + c.children))} MB per CPU-second = ${pct(mb(bytes) / (c.threads + c.children) / engine.cpu)}`);
  }
  const meanCpu = Math.max(before.meanCpu, after.meanCpu);
  console.log(`                 against the engine's mean over its rounds (${f1(meanCpu)}): ${pct(mb(bytes) / allCpu / meanCpu)}`);
  if (sameWork) {
    // Not the target's reference (that stays the best round above): the engine's warm-up is in
    // both sides here, so what is left is the CPU of the pipeline's own steps.
    const engineCpu = mb(bytes) / sameWork.rate;
    console.log(
      `  the pipeline's own cost (index, planning, reading, links, writing, assembly): ${f1(allCpu - engineCpu)} s = +${pct(allCpu / engineCpu - 1)} CPU above the engine on the same work (${f1(sameWork.rate)} MB per CPU-second: ` +
        `one fresh thread, ${sameWork.rounds} rounds = ${f1(sameWork.mb)} MB, as much as one worker converts, warm-up included; the higher of ${f1(sameWorkBefore!.rate)} before the run at load average ${f1(sameWorkBefore!.load)} ` +
        `and ${f1(sameWorkAfter!.rate)} after at ${f1(sameWorkAfter!.load)}); ` +
        `the pipeline has ${pct(mb(bytes) / allCpu / sameWork.rate)} of its throughput`,
    );
  }
  console.log(`  by wall clock: ${f1(mb(bytes) / wall)} MB/s = ${pct(mb(bytes) / wall / (engine.wall * jobs))} of engine × ${jobs} (${f1(engine.wall * jobs)} MB/s), load average ${f1(pipelineLoad)} during the run (${f1(engineLoad)} during the engine's) on ${cores} cores`);
  console.log(`                 = ${pct(mb(bytes) / wall / enginePar.wall)} of ${jobs} engine threads measured at once (${f1(enginePar.wall)} MB/s, load average ${f1(enginePar.load)})`);
  const files = run.pageFiles ?? { count: 0, seconds: 0 };
  const us = (x: number) => `${x.toFixed(0)} µs`;
  console.log(
    `  file creation on this disk (2000 files of 3 KB): ${us(creationBefore.cpuMicros)} CPU per file just before the run, ${us(creationAfter.cpuMicros)} just after ` +
      `(${us(creationBefore.wallMicros)} / ${us(creationAfter.wallMicros)} wall); the workers spent ${f1(files.seconds)} s creating and renaming ${files.count} page files ` +
      `(${us((files.seconds * 1e6) / Math.max(files.count, 1))} per file, wall) = ${pct(files.seconds / Math.max(total.threads, 1e-3))} of the run's CPU time (not subtracted above)`,
  );
  console.log(`  idle machine, predicted from the CPU figures: ${f1(predicted)} s = ${f1(mb(bytes) / predicted)} MB/s = ${pct(mb(bytes) / predicted / ideal)} of engine × ${jobs} (${f1(ideal)} MB/s)`);

  // CPU rate between marks: the later stretches show the steady state (workers' JIT warm).
  // Each worker sees about 1/jobs of the pages: its JIT warm-up is measured in its own MB.
  console.log(`\n| converted | MB per worker | pages | pages/s | MB/s (wikitext) | MB per CPU-s since the previous mark | RSS now | peak RSS so far |`);
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  let prev = { bytes: 0, cpu: phases.find((p) => p.phase === 'convert')?.cpu ?? first.cpu };
  const stretches: Array<{ bytes: number; cpu: number }> = [];
  for (const m of marks) {
    const c = cpuSince(prev.cpu, m.cpu);
    const rate = mb(m.bytes - prev.bytes) / Math.max(c.threads + c.children, 1e-3);
    console.log(`| ${m.pct} % | ${(mb(m.bytes) / jobs).toFixed(0)} | ${m.pages} | ${Math.round(m.pages / m.secs)} | ${f1(mb(m.bytes) / m.secs)} | ${f1(rate)} (${pct(rate / engine.cpu)}) | ${MiB(m.rss)} | ${MiB(m.peak)} |`);
    stretches.push({ bytes: m.bytes - prev.bytes, cpu: c.threads + c.children });
    prev = m;
  }
  // Where each stretch's CPU went, by thread: a slow stretch whose extra CPU sits in the helper
  // threads is V8 compiling or collecting garbage for the workers; one whose extra sits in the
  // kernel is file creation (the disk's state) or reading.
  const convertCpu = phases.find((p) => p.phase === 'convert')?.cpu;
  if (convertCpu && convertCpu.perThread.size > 0) {
    const existing = new Set(convertCpu.perThread.keys());
    console.log(`\n| converted | workers' own threads, MB per thread-CPU-s | V8/libuv helper threads | main thread | kernel (system time) |`);
    console.log('| --- | --- | --- | --- | --- |');
    let from = { bytes: 0, cpu: convertCpu };
    for (const m of marks) {
      const c = cpuSince(from.cpu, m.cpu);
      const all = Math.max(c.threads, 1e-3);
      const t = threadShares(c, existing);
      console.log(
        `| ${m.pct} % | ${pct(t.workers / all)}, ${f1(mb(m.bytes - from.bytes) / Math.max(t.workers, 1e-3))} | ${pct(t.helpers / all)} (${f1(t.helpers)} s) | ${pct(t.main / all)} | ${pct(c.kernel / all)} (${f1(c.kernel)} s) |`,
      );
      from = m;
    }
  }
  // What the conversion cost above its last stretch's rate (the steady state): mostly the
  // workers' JIT warm-up at the start, and file creation where the disk was slow for a while.
  const steady = stretches[stretches.length - 1];
  if (steady && stretches.length > 1) {
    const steadyRate = mb(steady.bytes) / Math.max(steady.cpu, 1e-3);
    const extra = stretches.slice(0, -1).reduce((a, s) => a + s.cpu - mb(s.bytes) / steadyRate, 0);
    console.log(`CPU above the last stretch's rate (${f1(steadyRate)} MB per CPU-s) before it: ${f1(extra)} s = ${pct(extra / allCpu)} of the run's CPU time`);
    // Per worker, beside the engine's own warm-up by the same measure where the same-work
    // reference ran: its rounds (loading the engine counted in the first) as the stretches, CPU
    // above its second half's rate, the smaller of its two readings. Otherwise the best-round
    // engine's, which stops after a few rounds and still compiles then (all rounds above the best
    // one), the smaller of before and after; one isolate alone pays 2.9–3.3 s over 12 rounds by
    // the same measure against +2.0 for its cold round (bench/mirror-windows.ts, session 16).
    const engineWarmup = (r: EngineResult) =>
      aboveLastHalf(r.roundCpus.map((cpu, i) => ({ bytes: r.bytes, cpu: cpu + (i === 0 ? r.startCpu : 0) }))).extra;
    const own = sameWorkBefore && sameWorkAfter
      ? `the engine's own on the same work by the same measure, ${sameWorkRounds} rounds: +${f1(Math.min(engineWarmup(sameWorkBefore.value), engineWarmup(sameWorkAfter.value)))} s per isolate`
      : `the engine's own over its ${rounds + 1} rounds here (every round above the best) +${f1(Math.min(before.warmup, after.warmup))} s per isolate`;
    console.log(
      `  = ${f1(extra / jobs)} s per worker; ${own} (cold round alone +${f1(Math.min(before.firstCpu - mb(before.bytes) / before.cpu, after.firstCpu - mb(after.bytes) / after.cpu))} s)`,
    );
  }
  console.log(`peak RSS of the whole run: ${MiB(peak)}; pages written as source (converter failed or worker died): ${result.report.failedPages.count}`);
  const dbBytes = fs.statSync(path.join(out, '.wikimark', 'wikimark.sqlite')).size;
  console.log(`index database: ${MiB(dbBytes)} for ${result.report.pagesInDump} pages`);
  if (!values.keep) fs.rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
}

await main();
