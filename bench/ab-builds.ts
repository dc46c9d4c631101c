/**
 * Two builds of the engine compared on the ja and uk dump pages, in ALTERNATING separate
 * processes (A B, then B A, …), so both see the same load on a shared machine and neither shares
 * a heap or a JIT with the other. Each process converts every page `--rounds` times after two
 * warm-up rounds and reports its first (cold) round, its best and its median round in MB of
 * wikitext per CPU-second; the result is the median over the pairs of B/A for each.
 *   node dist/bench/ab-builds.js --a DIR --b DIR [--pairs N (default 6)] [--rounds R (default 6)]
 * DIR is a checkout (or copy) whose `dist/` holds a build, e.g. /work/main and this worktree.
 * Internal: `--child DIR ROUNDS` runs one process's share and prints one line of JSON.
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { sharedDir } from '../test/helpers/shared-dir.js';
import { benchPages } from './pages.js';
import { buildDirs, loadConvert, median, option, runChild } from './ab-common.js';

interface Reading {
  cold: number;
  best: number;
  median: number;
}


async function child(root: string, rounds: number): Promise<void> {
  const shared = sharedDir('dumps');
  if (!shared) throw new Error('shared dumps not found; set WIKIMARK_SHARED');
  const convertPage = await loadConvert(root);
  const pages = benchPages(shared);
  const mb = pages.reduce((a, p) => a + Buffer.byteLength(p.text), 0) / 1e6;
  let sink = 0;
  const rates: number[] = [];
  for (let r = 0; r < rounds + 2; r++) {
    const u0 = process.cpuUsage();
    for (const p of pages) {
      const md = convertPage(p.text, { title: p.title, site: p.site }).markdown;
      sink = (sink + md.charCodeAt(md.length >> 1)) | 0; // read once, as bench/materialise.ts does
    }
    const u = process.cpuUsage(u0);
    rates.push(mb / ((u.user + u.system) / 1e6));
  }
  const steady = rates.slice(2);
  const reading: Reading = { cold: rates[0]!, best: Math.max(...steady), median: median(steady) };
  console.log(JSON.stringify({ ...reading, sink }));
}

function run(root: string, rounds: number): Reading {
  return runChild<Reading>(fileURLToPath(import.meta.url), ['--child', root, String(rounds)]);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const childRoot = option('--child');
  if (childRoot) return child(childRoot, Number(args[args.indexOf('--child') + 2]) || 6);
  const { a, b } = buildDirs('usage: node dist/bench/ab-builds.js --a DIR --b DIR [--pairs N] [--rounds R]');
  const pairs = Number(option('--pairs')) || 6;
  const rounds = Number(option('--rounds')) || 6;
  const ratios: Record<keyof Reading, number[]> = { cold: [], best: [], median: [] };
  for (let i = 0; i < pairs; i++) {
    // Alternate which build goes first, so a drift in load favours neither.
    const first = i % 2 === 0 ? a : b;
    const x = run(first, rounds);
    const y = run(first === a ? b : a, rounds);
    const [ra, rb] = first === a ? [x, y] : [y, x];
    const load = os.loadavg()[0]!.toFixed(1);
    for (const k of ['cold', 'best', 'median'] as const) ratios[k].push(rb[k] / ra[k]);
    console.log(`pair ${i + 1}: A best ${ra.best.toFixed(2)} median ${ra.median.toFixed(2)} cold ${ra.cold.toFixed(2)} | B best ${rb.best.toFixed(2)} median ${rb.median.toFixed(2)} cold ${rb.cold.toFixed(2)} MB/s | load ${load}`);
  }
  for (const k of ['best', 'median', 'cold'] as const) {
    console.log(`B/A ${k.padEnd(6)} median ${median(ratios[k]).toFixed(3)}  (pairs: ${ratios[k].map((x) => x.toFixed(3)).join(' ')})`);
  }
}

await main();
