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
import { performance } from 'node:perf_hooks';
import { sharedDir } from '../test/helpers/shared-dir.js';
import { option } from './ab-common.js';
import { benchPages } from './pages.js';

async function child(rounds: number): Promise<void> {
  const shared = sharedDir('dumps');
  if (!shared) throw new Error('shared dumps not found; set WIKIMARK_SHARED');
  const { convertPage } = await import('../src/engine/convert.js');
  const pages = benchPages(shared);
  for (let r = 0; r < rounds; r++) {
    // The log's clock counts microseconds from the isolate's start, as performance.now() does (ms).
    console.log(`round-start ${Math.round(performance.now() * 1000)}`);
    for (const p of pages) convertPage(p.text, { title: p.title, site: p.site });
  }
}

interface Code {
  start: number;
  end: number;
  name: string;
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
  const starts = r.stdout
    .split('\n')
    .filter((l) => l.startsWith('round-start '))
    .map((l) => Number(l.slice(12)));
  const from = starts[starts.length - last] ?? 0;
  const codes: Code[] = [];
  const sites = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  const root = path.resolve(path.dirname(script), '..') + path.sep;
  for (const line of fs.readFileSync(logFile, 'utf8').split('\n')) {
    if (line.startsWith('code-creation,')) {
      const f = csvFields(line);
      const start = parseInt(f[4]!, 16);
      codes.push({ start, end: start + Number(f[5]), name: f[6] ?? '' });
      continue;
    }
    const comma = line.indexOf(',');
    if (comma < 0 || !line.slice(0, comma).endsWith('IC')) continue;
    const f = csvFields(line);
    if (Number(f[2]) < from) continue;
    const pc = parseInt(f[1]!, 16);
    // The latest code object holding the address (code space is reused after code is thrown away).
    let name = '?';
    for (let k = codes.length - 1; k >= 0; k--) {
      const c = codes[k]!;
      if (c.start <= pc && pc < c.end) {
        name = c.name.replace(/^\S*\s/, '').replace('file://' + root, '');
        break;
      }
    }
    total++;
    byFunction.set(name, (byFunction.get(name) ?? 0) + 1);
    const key = `${f[0]} ${name} line ${f[3]}:${f[4]} .${(f[8] ?? '').slice(0, 24)}`;
    sites.set(key, (sites.get(key) ?? 0) + 1);
  }
  fs.rmSync(path.dirname(logFile), { recursive: true, force: true });
  const per = (n: number): string => (n / last).toFixed(0).padStart(7);
  console.log(`IC misses per round over the last ${last} of ${rounds} rounds: ${per(total).trim()}`);
  console.log('by function:');
  for (const [k, v] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${per(v)}  ${k}`);
  console.log('by site (kind, function, line:column in dist, property):');
  for (const [k, v] of [...sites].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${per(v)}  ${k}`);
}

main();
