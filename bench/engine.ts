/**
 * `npm run bench`: single-page engine throughput against the peers, in one run on one core.
 * Every page of the shared ja and uk dumps goes through Wikimark's convertPage, wtf_wikipedia
 * (+ its Markdown plugin) in-process, and pandoc (one process per page, as the seed pipeline runs
 * it) when pandoc is installed. Then the costs of variant conversion and template expansion on the
 * zh corpus. Absolute seconds are noise on shared machines; the ratios are the result.
 *   node dist/bench/engine.js [--rounds N (default 9)] [--no-pandoc]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { convertPage } from '../src/engine/convert.js';
import { materialise } from './materialise.js';
import type { ConvertOptions } from '../src/engine/types.js';
import { siteFor } from '../src/site/defaults.js';
import { sharedDir } from '../test/helpers/shared-dir.js';
import { benchPages, readCorpusTemplates } from './pages.js';

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1]) || 9;
const shared = sharedDir('dumps');
if (!shared) {
  console.error('bench: shared data (../shared/dumps) not found; set WIKIMARK_SHARED');
  process.exit(3);
}

const pages = benchPages(shared);
const totalBytes = pages.reduce((a, p) => a + Buffer.byteLength(p.text), 0);
const mb = totalBytes / 1e6;

/**
 * CPU seconds this process has used. On a shared machine the CPU time a run takes is far steadier
 * than its wall-clock time, and the peers are measured the same way (pandoc by its children's CPU).
 */
function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** CPU seconds used by finished child processes (Linux /proc; null elsewhere). */
function childCpuSeconds(): number | null {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of stat (cutime, cstime), counted from the state field (3rd) here.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

const fmt = (x: number) => x.toFixed(2);
console.log(`pages: ${pages.length} (ja + uk dumps, redirects excluded), ${fmt(mb)} MB of wikitext; ${rounds} rounds, MB per CPU-second\n`);

// Wikimark and wtf_wikipedia run in alternating rounds, so both see the same load on a shared
// machine; the ratio is the median of the per-round ratios (each pair ran side by side in time).
type Runner = () => void;
const runners: Array<[string, Runner]> = [
  ['wikimark', () => {
    for (const p of pages) materialise(convertPage(p.text, { site: p.site, title: p.title }).markdown);
  }],
];
try {
  const wtf = (await import('wtf_wikipedia')).default as unknown as ((t: string) => { markdown(): string }) & { extend(p: unknown): void };
  wtf.extend((await import('wtf-plugin-markdown')).default);
  runners.push(['wtf', () => {
    for (const p of pages) materialise(wtf(p.text).markdown());
  }]);
} catch (err) {
  console.log(`wtf_wikipedia: not available (${(err as Error).message})`);
}
// Warm-up: the engine's many code paths need 3–4 passes before the JIT has optimised them (a
// dump run is millions of pages, so steady state is what counts); both get the same warm-up.
for (let k = 0; k < 3; k++) for (const [, run] of runners) run();
const times = new Map<string, number[]>(runners.map(([name]) => [name, []]));
for (let i = 0; i < rounds; i++) {
  for (const [name, run] of runners) {
    const t0 = cpuSeconds();
    run();
    times.get(name)!.push(cpuSeconds() - t0);
  }
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const oursTimes = times.get('wikimark')!;
const oursRate = mb / Math.min(...oursTimes);
console.log(`wikimark convertPage      ${fmt(oursRate).padStart(7)} MB/s (best round; median ${fmt(mb / median(oursTimes))})`);
let wtfRate: number | null = null;
let pairedRatio: number | null = null;
const wtfTimes = times.get('wtf');
if (wtfTimes) {
  wtfRate = mb / Math.min(...wtfTimes);
  pairedRatio = median(wtfTimes.map((t, i) => t / oursTimes[i]!));
  console.log(`wtf_wikipedia + markdown  ${fmt(wtfRate).padStart(7)} MB/s (best round; median ${fmt(mb / median(wtfTimes))})`);
  console.log(`  per-round ratios: ${wtfTimes.map((t, i) => fmt(t / oursTimes[i]!)).join(' ')}`);
}

let pandocRate: number | null = null;
const hasPandoc = !args.includes('--no-pandoc') && spawnSync('pandoc', ['--version']).status === 0;
if (hasPandoc) {
  // One process per page, as the seed pipeline runs it; a page pandoc fails on still costs its time.
  const c0 = childCpuSeconds();
  const t0 = performance.now();
  for (const p of pages) spawnSync('pandoc', ['-f', 'mediawiki', '-t', 'gfm', '--wrap=none'], { input: p.text, maxBuffer: 1 << 28 });
  const c1 = childCpuSeconds();
  pandocRate = mb / (c0 !== null && c1 !== null && c1 > c0 ? c1 - c0 : (performance.now() - t0) / 1000);
  console.log(`pandoc (process per page) ${fmt(pandocRate).padStart(7)} MB/s`);
} else if (args.includes('--no-pandoc')) {
  console.log('pandoc: skipped (--no-pandoc)');
} else {
  console.log('pandoc: not installed (apt-get install pandoc), skipped');
}

console.log('\nratios and targets');
const check = (label: string, value: number, target: number) =>
  console.log(`  ${label.padEnd(34)} ${fmt(value).padStart(7)}  (target ≥ ${target}) ${value >= target ? 'ok' : 'BELOW TARGET'}`);
check('wikimark MB/s', oursRate, 10);
if (pairedRatio) check('wikimark / wtf_wikipedia (paired)', pairedRatio, 2.5);
if (wtfRate) console.log(`  ${'(ratio of the best rounds)'.padEnd(34)} ${fmt(oursRate / wtfRate).padStart(7)}`);
if (pandocRate) check('wikimark / pandoc', oursRate / pandocRate, 15);

// ── Costs of the optional stages, on the real zh pages ──
const zhDir = path.join(shared, 'corpus/zhwiki');
const zh = siteFor('zh');
const zhPages = fs.readdirSync(path.join(zhDir, 'pages')).filter((f) => f.endsWith('.wikitext'))
  .map((f) => fs.readFileSync(path.join(zhDir, 'pages', f), 'utf8'));
const zhMb = zhPages.reduce((a, t) => a + Buffer.byteLength(t), 0) / 1e6;
// The zh corpus is small (0.4 MB) and its pages run many template handlers a few times each, so
// one pass mostly times code the JIT has not optimised yet: warm up for 20 passes of each mode and
// time 5 passes per round.
const ZH_PASSES = 5;
/** Rounds for the zh comparisons: each is short, and the paired median needs many to settle. */
const ZH_ROUNDS = Math.max(rounds, 15);
/**
 * CPU seconds per pass over `texts` converted with options `a` and with `b` (best rounds), and
 * the median over rounds of b's time / a's time: a and b alternate round by round, so a drift in
 * the machine's load falls on both, as in the wtf_wikipedia comparison above.
 */
function zhCosts(texts: string[], a: Partial<ConvertOptions>, b: Partial<ConvertOptions>): { a: number; b: number; ratio: number } {
  const run = (opts: Partial<ConvertOptions>) => {
    const t0 = cpuSeconds();
    for (let k = 0; k < ZH_PASSES; k++) for (const t of texts) materialise(convertPage(t, { site: zh, title: 'T', ...opts }).markdown);
    return (cpuSeconds() - t0) / ZH_PASSES;
  };
  for (let k = 0; k < 4; k++) {
    run(a);
    run(b);
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < ZH_ROUNDS; i++) {
    ta.push(run(a));
    tb.push(run(b));
  }
  return { a: Math.min(...ta), b: Math.min(...tb), ratio: median(tb.map((t, i) => t / ta[i]!)) };
}
const variantCost = zhCosts(zhPages, {}, { variant: 'zh-tw' });
console.log(`\nzh corpus (${zhPages.length} pages, ${fmt(zhMb)} MB): plain ${fmt(zhMb / variantCost.a)} MB/s, --variant zh-tw ${fmt(zhMb / variantCost.b)} MB/s (best of ${ZH_ROUNDS} alternating rounds)`);
const extra = 100 * (variantCost.ratio - 1);
console.log(`  variant conversion cost: ${extra.toFixed(1)} % extra time, median of the per-round ratios (target ≤ 30 %) ${extra <= 30 ? 'ok' : 'ABOVE TARGET'}`);

// Template expansion from the real zh templates, on the pages that call them.
const { source, names } = readCorpusTemplates(zhDir, zh);
const users = zhPages.filter((t) => names.some((n) => t.includes(`{{${n}`)));
const usersMb = users.reduce((a, t) => a + Buffer.byteLength(t), 0) / 1e6;
const expansion = zhCosts(users, {}, { templates: source });
console.log(`\npages using the corpus templates (${users.length}, ${fmt(usersMb)} MB): engine ${fmt(usersMb / expansion.a)} MB/s, with expansion ${fmt(usersMb / expansion.b)} MB/s`);
console.log(`  expansion cost: ${fmt(expansion.ratio)}× the engine's time, median of the per-round ratios (target ≤ 2×) ${expansion.ratio <= 2 ? 'ok' : 'ABOVE TARGET'}`);

