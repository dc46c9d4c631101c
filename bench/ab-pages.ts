/**
 * Two builds of the engine compared on the ja and uk dump pages in ONE process, page by page:
 * each page is converted by A and by B back to back (A B on one page, B A on the next, the order
 * turning every round), and each conversion's CPU time is added to its build's total. Load on a
 * shared machine then falls on both builds within milliseconds of each other, which ab-builds.ts
 * (whole processes in turn) cannot do: on the 2-core machine at load 8–10 its pairs scatter by
 * ±10 %, these rounds by about ±3 %.
 *
 * The two builds share one heap and one garbage collector, and which one is imported first can
 * tilt a reading by 1–3 % (A/A runs of one build against an identical copy on 2026-11-26 read
 * 0.97–1.01). So the comparison runs twice, in two processes: B imported second, then A imported
 * second. Each gives the median over rounds of B's CPU time / A's; their geometric mean cancels
 * the import-order bias (A/A: 1.006 at load 4).
 *   node dist/bench/ab-pages.js --a DIR --b DIR [--rounds R (default 8)] [--missing-links]
 * `--missing-links` passes a resolveLink that finds no page, as a mirror of part of a wiki calls
 * it for every link to a page it does not hold (the links then take the resolver's path to the
 * live wiki rather than the resolver-less shortcut). It changes more than links: category links
 * are asked of it too, and the page-exists question of the interlanguage link templates (their
 * #ifexist, TemplateContext.pageExists) is answered no for every page, so they add the foreign
 * title after the local link; the output differs from a run without it.
 * DIR is a checkout (or copy) whose `dist/` holds a build, e.g. /work/main and this worktree.
 * Internal: `--child FIRST SECOND ROUNDS` runs one order and prints one line of JSON.
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { sharedDir } from '../test/helpers/shared-dir.js';
import { benchPages } from './pages.js';
import { buildDirs, loadConvert, median, option, runChild } from './ab-common.js';

function cpuMicros(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

/** `--missing-links`: every link is asked of the resolver, which holds none of them. */
function noPage(): null {
  return null;
}

/** One order: `first` imported first. Prints the per-round ratios of second's time / first's. */
async function child(first: string, second: string, rounds: number, missingLinks: boolean): Promise<void> {
  const shared = sharedDir('dumps');
  if (!shared) throw new Error('shared dumps not found; set WIKIMARK_SHARED');
  const convert = [await loadConvert(first), await loadConvert(second)];
  const pages = benchPages(shared);
  let sink = 0;
  const ratios: number[] = [];
  // Two warm-up rounds, as ab-builds.ts.
  for (let r = 0; r < rounds + 2; r++) {
    const spent = [0, 0];
    for (let i = 0; i < pages.length; i++) {
      const p = pages[i]!;
      const options = missingLinks ? { title: p.title, site: p.site, resolveLink: noPage } : { title: p.title, site: p.site };
      for (let k = 0; k < 2; k++) {
        const which = (i + r + k) % 2;
        const t0 = cpuMicros();
        const md = convert[which]!(p.text, options).markdown;
        sink = (sink + md.charCodeAt(md.length >> 1)) | 0; // read once, as bench/materialise.ts does
        spent[which]! += cpuMicros() - t0;
      }
    }
    if (r >= 2) ratios.push(spent[1]! / spent[0]!);
  }
  console.log(JSON.stringify({ ratios, sink }));
}

function run(first: string, second: string, rounds: number, missingLinks: boolean): number[] {
  const args = ['--child', first, second, String(rounds)];
  if (missingLinks) args.push('--missing-links');
  return runChild<{ ratios: number[] }>(fileURLToPath(import.meta.url), args).ratios;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--child');
  const missingLinks = args.includes('--missing-links');
  if (at >= 0) return child(args[at + 1]!, args[at + 2]!, Number(args[at + 3]) || 8, missingLinks);
  const { a, b } = buildDirs('usage: node dist/bench/ab-pages.js --a DIR --b DIR [--rounds R] [--missing-links]');
  const rounds = Number(option('--rounds')) || 8;
  const show = (xs: number[]): string => xs.map((x) => x.toFixed(3)).join(' ');
  const bSecond = run(a, b, rounds, missingLinks); // B/A per round
  console.log(`B imported second: B/A CPU median ${median(bSecond).toFixed(4)}  (rounds: ${show(bSecond)})  load ${os.loadavg()[0]!.toFixed(1)}`);
  const aSecond = run(b, a, rounds, missingLinks).map((x) => 1 / x); // A/B per round, turned into B/A
  console.log(`A imported second: B/A CPU median ${median(aSecond).toFixed(4)}  (rounds: ${show(aSecond)})  load ${os.loadavg()[0]!.toFixed(1)}`);
  console.log(`B/A CPU time, geometric mean of the two orders: ${Math.sqrt(median(bSecond) * median(aSecond)).toFixed(4)}`);
}

await main();
