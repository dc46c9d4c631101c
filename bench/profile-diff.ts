/**
 * Where one thread's CPU goes that another's does not: V8 CPU profiles (`node --cpu-prof`, one
 * file per thread) of two sides — say a mirror worker and the engine alone on the same pages
 * (bench/mirror-split.ts) — turned into ms of CPU per MB of wikitext and ranked by the difference
 * of each function's self time (or each folder's, with --group).
 *
 *   node dist/bench/profile-diff.js A.cpuprofile:51.5 A2.cpuprofile:48.3 … vs B.cpuprofile:40.0 … [--from 0.5] [--group] [--top 40]
 *
 * Each file may carry `:SCALE`, the thread's own reading of the same run in ms per MB (the
 * `thread, 2nd half` column of mirror-split); a profile's self-time shares are multiplied by it,
 * so that two sides whose totals differ compare in the same unit. Without it the figures are
 * percent of the samples. Several files on one side are averaged: one profile's function-level
 * shares move by ±0.2 ms per MB from run to run as the JIT inlines differently, so take three a
 * side. `--from` keeps the samples after that fraction of each profile's time span (the steady
 * state; 0.5 by default), as mirror-split's second half. Samples are weighted by the time to the
 * next sample, as DevTools does. Idle samples (a worker waiting for its next job) are left out.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

/** The parts of a `.cpuprofile` this reads. */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A function as `name file:line` (the path from `dist/` or `node_modules/` on), or its folder with `group`. */
export function frameKey(frame: CpuProfile['nodes'][number]['callFrame'], group: boolean): string {
  const url = frame.url;
  if (!group) return `${frame.functionName || '(anonymous)'} ${url.replace(/^.*\/(dist|node_modules)\//, '')}:${frame.lineNumber + 1}`;
  if (url.startsWith('node:')) return 'node:*';
  if (url === '') return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  return url.replace(/^.*\/(dist|node_modules)\//, '').replace(/\/[^/]*$/, '/');
}

/** Self time per key over the samples from `from` (a fraction of the span) on, as shares of those samples times `scale`. */
export function selfShares(profile: CpuProfile, opts: { from: number; scale: number; group: boolean }): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const since = profile.startTime + (profile.endTime - profile.startTime) * opts.from;
  const self = new Map<string, number>();
  let total = 0;
  let at = profile.startTime;
  const times = profile.timeDeltas.map((d) => (at += d));
  for (let i = 0; i < profile.samples.length; i++) {
    if (times[i]! < since) continue;
    const node = byId.get(profile.samples[i]!);
    if (!node || node.callFrame.functionName === '(idle)') continue;
    const dt = (times[i + 1] ?? profile.endTime) - times[i]!;
    const key = frameKey(node.callFrame, opts.group);
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  }
  const shares = new Map<string, number>();
  if (total > 0) for (const [key, t] of self) shares.set(key, (t / total) * opts.scale);
  return shares;
}

/** The mean of several profiles' shares, key by key (a key missing from a profile counts 0 there). */
export function meanShares(all: Map<string, number>[]): Map<string, number> {
  const sum = new Map<string, number>();
  for (const shares of all) for (const [key, v] of shares) sum.set(key, (sum.get(key) ?? 0) + v);
  for (const [key, v] of sum) sum.set(key, v / all.length);
  return sum;
}

export interface DiffRow {
  key: string;
  a: number;
  b: number;
  diff: number;
}

/** Every key of either side, by a − b, largest first. */
export function diffRows(a: Map<string, number>, b: Map<string, number>): DiffRow[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys]
    .map((key) => ({ key, a: a.get(key) ?? 0, b: b.get(key) ?? 0, diff: (a.get(key) ?? 0) - (b.get(key) ?? 0) }))
    .sort((x, y) => y.diff - x.diff || x.key.localeCompare(y.key));
}

/** `FILE` or `FILE:SCALE` (a scale is a plain number after the last colon). */
export function parseSpec(spec: string): { file: string; scale: number | null } {
  const m = /^(.*):(\d+(?:\.\d+)?)$/.exec(spec);
  return m ? { file: m[1]!, scale: Number(m[2]) } : { file: spec, scale: null };
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { from: { type: 'string' }, group: { type: 'boolean' }, top: { type: 'string' } },
  });
  const cut = positionals.indexOf('vs');
  const sideA = cut < 0 ? [] : positionals.slice(0, cut);
  const sideB = cut < 0 ? [] : positionals.slice(cut + 1);
  if (!sideA.length || !sideB.length) {
    console.error('usage: node dist/bench/profile-diff.js A.cpuprofile[:ms-per-MB] … vs B.cpuprofile[:ms-per-MB] … [--from 0.5] [--group] [--top 40]');
    process.exit(2);
  }
  const from = Number(values.from ?? 0.5);
  const group = values.group ?? false;
  const top = Number(values.top ?? 40);
  const specs = [...sideA, ...sideB].map(parseSpec);
  const scaled = specs.every((s) => s.scale !== null);
  if (!scaled && specs.some((s) => s.scale !== null)) throw new Error('give every profile a scale (ms per MB) or none');
  const side = (list: string[]) => meanShares(list.map(parseSpec).map((s) => selfShares(JSON.parse(fs.readFileSync(s.file, 'utf8')) as CpuProfile, { from, group, scale: s.scale ?? 100 })));
  const a = side(sideA);
  const b = side(sideB);
  const rows = diffRows(a, b);
  const unit = scaled ? 'ms per MB' : '% of samples';
  const total = (m: Map<string, number>) => [...m.values()].reduce((x, y) => x + y, 0);
  console.log(`A: ${sideA.length} profile(s), B: ${sideB.length}; self time in ${unit} from ${from} of each profile on; A ${total(a).toFixed(1)}, B ${total(b).toFixed(1)}`);
  console.log(`| ${group ? 'folder' : 'function'} | A − B | A | B |`);
  console.log('| --- | --- | --- | --- |');
  const shown = rows.length <= 2 * top ? rows : [...rows.slice(0, top), null, ...rows.slice(-top)];
  for (const r of shown) {
    if (r === null) console.log('| … | | | |');
    else console.log(`| ${r.key.replace(/\|/g, '\\|')} | ${r.diff >= 0 ? '+' : ''}${r.diff.toFixed(2)} | ${r.a.toFixed(2)} | ${r.b.toFixed(2)} |`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) main();
