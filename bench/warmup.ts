/**
 * The JIT warm-up of one conversion isolate, alone: a worker with the mirror workers' heap limits
 * converts the bench's pages (the ja+uk pages bench:mirror repeats) `rounds + 1` times and reports
 * the CPU of its first (cold) round against its best and mean later rounds. Used to compare V8
 * flags, which are per process, and page orders:
 *
 *   node [V8 flags] dist/bench/warmup.js [--rounds 3]
 *        [--order dump|size|small|rich|richsmall] [--first 40]
 *
 * The workers' own flags (worker-settings.ts WORKER_V8_FLAGS) are applied unless WIKIMARK_DEFAULT_V8=1.
 */
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { applyWorkerV8Flags, WORKER_RESOURCE_LIMITS } from '../src/mirror/worker-settings.js';
import type { EngineJob, EngineResult } from './mirror-engine.js';
import { benchPages } from './synthetic.js';

const { values } = parseArgs({ options: { rounds: { type: 'string' }, order: { type: 'string' }, first: { type: 'string' } } });

/**
 * The order of the pages (every round): `dump` as the dump has them; `size` the `--first` N
 * (default 40) longest pages of the dump first, the rest in dump order; `small` the N shortest;
 * `rich` the N pages with the most kinds of construct first (tables, references, lists,
 * templates, images, …; ties by length, longest first; `richsmall` shortest first). What a
 * planner could do with the first pages a fresh worker converts: a function optimised on
 * feedback from varied pages meets fewer branches for the first time later.
 */
const ORDERS = ['dump', 'size', 'small', 'rich', 'richsmall'] as const;
const KINDS = [/\{\|/, /<ref[ >]/i, /^[*#]/m, /^[:;]/m, /\{\{/, /\[\[(File|Image|ファイル|画像|Файл):/i, /'''/, /^=+.*=+\s*$/m, /<(div|span|br|small|sup)\b/i, /\{\{#(if|switch|expr)/i, /^----/m, /<(math|gallery|nowiki|pre|code)\b/i, /\[https?:/, /__[A-Z]+__/];

function ordered<T extends { text: string }>(pages: T[], order: string, first: number): T[] {
  if (!(ORDERS as readonly string[]).includes(order)) {
    console.error(`unknown --order ${order}: one of ${ORDERS.join(', ')}`);
    process.exit(2);
  }
  if (order === 'dump') return pages;
  const kindCount = (t: string) => KINDS.reduce((a, re) => a + (re.test(t) ? 1 : 0), 0);
  const score = (t: string) =>
    order === 'size' ? t.length : order === 'small' ? -t.length : order === 'richsmall' ? kindCount(t) * 1e7 - t.length : kindCount(t) * 1e7 + t.length;
  // Each page scored once (the kinds are 14 regular expressions), not at every comparison.
  const scores = new Map(pages.map((p) => [p, score(p.text)]));
  const byScore = (a: T, b: T) => scores.get(b)! - scores.get(a)!;
  const chosen = new Set([...pages].sort(byScore).slice(0, first));
  return [...pages.filter((p) => chosen.has(p)).sort(byScore), ...pages.filter((p) => !chosen.has(p))];
}

applyWorkerV8Flags();
const { converted: pages, siteInfo, now, ref } = await benchPages();
const job: EngineJob = {
  ref,
  siteInfo,
  now,
  rounds: Number(values.rounds ?? 3),
  pages: ordered(pages, values.order ?? 'dump', Number(values.first ?? 40)).map((p) => ({ title: p.title, text: p.text })),
};
const worker = new Worker(new URL('./mirror-engine.js', import.meta.url), { workerData: job, resourceLimits: WORKER_RESOURCE_LIMITS });
const r = await new Promise<EngineResult>((resolve, reject) => {
  worker.once('message', resolve);
  worker.once('error', reject);
});
await worker.terminate();
const secs = (r.bytes / 1e6) / r.cpu;
const meanSecs = (r.bytes / 1e6) / r.meanCpu;
console.log(
  `flags ${process.execArgv.join(' ') || '(none)'}, order ${values.order ?? 'dump'}: start ${r.startCpu.toFixed(2)} s, first round ${r.firstCpu.toFixed(2)} s CPU, ` +
    `best ${secs.toFixed(2)} s (${r.cpu.toFixed(1)} MB/CPU-s), mean ${meanSecs.toFixed(2)} s (${r.meanCpu.toFixed(1)}); ` +
    `warm-up above the best round ${(r.firstCpu - secs).toFixed(2)} s; ` +
    `this thread alone: first ${r.firstThreadCpu.toFixed(2)} s, best ${r.bestThreadCpu.toFixed(2)} s`,
);
