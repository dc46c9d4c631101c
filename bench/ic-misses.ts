/**
 * Where the engine's inline caches miss in steady state. A child converts the ja and uk dump pages
 * `rounds` times under `node --log-ic`; V8 logs every IC miss (each trip to the runtime: a site
 * first seen, a new hidden class, a megamorphic lookup the stub cache could not answer) with the
 * code address, line and column, and the property name. Only the last `--last` rounds are counted
 * (warm-up misses are expected), each event attributed to the function whose code holds its
 * address. The sites that miss thousands of times a round are objects of many shapes at one load:
 * objects used as dictionaries, spreads, closures stored per call.
 *   node dist/bench/ic-misses.js [--rounds R (default 4)] [--last K (default 2)] [--top N (default 30)]
 * Session 13 found its largest CPU wins here (InlineContext spreads, template counts, image options).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedDir } from '../test/helpers/shared-dir.js';
import { option } from './ab-common.js';
import { benchPages } from './pages.js';

async function child(rounds: number): Promise<void> {
  const shared = sharedDir('dumps');
  if (!shared) throw new Error('shared dumps not found; set WIKIMARK_SHARED');
  const { convertPage } = await import('../src/engine/convert.js');
  const pages = benchPages(shared);
  for (let r = 0; r < rounds; r++) {
    markRound(r);
    for (const p of pages) convertPage(p.text, { title: p.title, site: p.site });
  }
}

/** The property whose load marks the start of round `r` in the log. */
const ROUND_MARK = 'wikimarkRoundStart';
const roundMark = (r: number): string => `${ROUND_MARK}${r}`;

/**
 * Leaves an IC event of its own in the log as round `r` starts, so rounds are cut on the log's
 * clock (performance.now() runs on another, tens of ms apart). A fresh function is compiled per
 * round because a site only logs when its state changes, and V8 gives a function feedback slots
 * (hence ICs) only after a few calls.
 */
function markRound(r: number): void {
  const name = roundMark(r);
  const load = new Function('o', `return o.${name};`) as (o: object) => unknown;
  const o = { [name]: r };
  for (let i = 0; i < 16; i++) load(o);
}

interface Code {
  start: number;
  end: number;
  name: string;
}

/**
 * The code objects alive at each point of the log, by start address. A compacting collection moves
 * code (`code-move`), and freed space is reused, so an address is looked up in the current map,
 * not in the history of creations.
 */
class CodeMap {
  private readonly byStart = new Map<number, Code>();
  /** Starts in ascending order; rebuilt when the map changed since the last lookup. */
  private sorted: number[] = [];
  private dirty = false;
  private readonly names = new Map<number, string>();

  constructor(private readonly root: string) {}

  create(start: number, size: number, name: string): void {
    // Node 20 names JS code `name file:///path:line:column`; keep the name, shorten the path.
    this.byStart.set(start, { start, end: start + size, name: name.replace('file://' + this.root, '') });
    this.changed();
  }

  move(from: number, to: number): void {
    const c = this.byStart.get(from);
    if (!c) return;
    this.byStart.delete(from);
    this.byStart.set(to, { start: to, end: to + (c.end - c.start), name: c.name });
    this.changed();
  }

  delete(start: number): void {
    if (this.byStart.delete(start)) this.changed();
  }

  /** The name of the code holding `pc`, or `?`. */
  nameAt(pc: number): string {
    let name = this.names.get(pc);
    if (name !== undefined) return name;
    if (this.dirty) {
      this.sorted = [...this.byStart.keys()].sort((a, b) => a - b);
      this.dirty = false;
    }
    // The last start at or below pc.
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]! <= pc) lo = mid + 1;
      else hi = mid;
    }
    const c = lo > 0 ? this.byStart.get(this.sorted[lo - 1]!) : undefined;
    name = c && pc < c.end ? c.name : '?';
    this.names.set(pc, name);
    return name;
  }

  private changed(): void {
    this.dirty = true;
    this.names.clear();
  }
}

/** One CSV line of the V8 log, split (names may be quoted and hold commas). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let j = i + 1;
      let s = '';
      while (j < line.length) {
        if (line[j] === '"' && line[j + 1] === '"') {
          s += '"';
          j += 2;
        } else if (line[j] === '"') break;
        else s += line[j++];
      }
      out.push(s);
      i = j + 2;
    } else {
      const comma = line.indexOf(',', i);
      const end = comma < 0 ? line.length : comma;
      out.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const rounds = Number(option('--rounds')) || 4;
  if (args.includes('--child')) {
    void child(rounds);
    return;
  }
  const last = Math.min(rounds, Number(option('--last')) || 2);
  const top = Number(option('--top')) || 30;
  const logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ic-misses-')), 'v8.log');
  const script = fileURLToPath(import.meta.url);
  const r = spawnSync(
    process.execPath,
    ['--max-semi-space-size=64', '--log-ic', `--logfile=${logFile}`, '--no-logfile-per-isolate', script, '--child', '--rounds', String(rounds)],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  if (r.status !== 0) throw new Error(`child failed: ${r.stderr}`);
  const firstCounted = roundMark(rounds - last);
  const codes = new CodeMap(path.resolve(path.dirname(script), '..') + path.sep);
  const sites = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let counting = false;
  let total = 0;
  for (const line of fs.readFileSync(logFile, 'utf8').split('\n')) {
    const comma = line.indexOf(',');
    if (comma < 0) continue;
    const kind = line.slice(0, comma);
    if (kind === 'code-creation') {
      const f = csvFields(line);
      codes.create(parseInt(f[4]!, 16), Number(f[5]), f[6] ?? '');
      continue;
    }
    if (kind === 'code-move') {
      const f = csvFields(line);
      codes.move(parseInt(f[1]!, 16), parseInt(f[2]!, 16));
      continue;
    }
    if (kind === 'code-delete') {
      codes.delete(parseInt(line.slice(comma + 1), 16));
      continue;
    }
    if (!kind.endsWith('IC')) continue;
    const f = csvFields(line);
    if (!counting) {
      counting = f[8] === firstCounted;
      continue;
    }
    // The marks of later rounds are our own loads, not the engine's misses.
    if ((f[8] ?? '').startsWith(ROUND_MARK)) continue;
    const name = codes.nameAt(parseInt(f[1]!, 16));
    total++;
    byFunction.set(name, (byFunction.get(name) ?? 0) + 1);
    const key = `${f[0]} ${name} line ${f[3]}:${f[4]} .${(f[8] ?? '').slice(0, 24)}`;
    sites.set(key, (sites.get(key) ?? 0) + 1);
  }
  if (!counting) throw new Error(`the log holds no mark for round ${rounds - last}`);
  fs.rmSync(path.dirname(logFile), { recursive: true, force: true });
  const per = (n: number): string => (n / last).toFixed(0).padStart(7);
  console.log(`IC misses per round over the last ${last} of ${rounds} rounds: ${per(total).trim()}`);
  console.log('by function:');
  for (const [k, v] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${per(v)}  ${k}`);
  console.log('by site (kind, function, line:column in dist, property):');
  for (const [k, v] of [...sites].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${per(v)}  ${k}`);
}

main();
