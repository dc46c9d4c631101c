/**
 * Summarise a V8 trace of the engine's cold round: which functions TurboFan compiled how often,
 * and where each deoptimisation happened (file:line:column, innermost inlined function first).
 *
 *   node --trace-opt --trace-deopt-verbose dist/bench/warmup.js --rounds 0 > trace.txt 2>&1
 *   node dist/bench/jit-trace.js trace.txt [--top 30]
 *
 * With round marks (`WIKIMARK_ROUND_MARKS=1 stdbuf -o0 node --trace-opt … warmup.js --rounds 5`)
 * it also prints compilations, their trace time and deoptimisations per round. "Most costly"
 * lists functions by their compilations' summed time: what a function costs the helper threads
 * (one compilation of the infobox reader collectNamed, 7.3 KB of bytecode, takes as long as
 * thirty small ones).
 *
 * A function compiled n times was thrown away n - 1 times: after a deoptimisation (listed by
 * site), or when code it depended on changed ("code dependencies", "weak objects": counted
 * apart). Compile times in the trace are wall clock, so they grow with the machine's load;
 * compare counts, and time only between runs at the same load. Sites in node: internals and in
 * the dump reader (bench set-up, not the engine) are left out of the site list.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string' } } });
const file = positionals[0];
if (!file) {
  console.error('usage: node dist/bench/jit-trace.js TRACE [--top N]');
  process.exit(2);
}
const top = Number(values.top ?? 30);
const lines = fs.readFileSync(file, 'utf8').split('\n');

const compiled = new Map<string, { count: number; ms: number }>();
/** Per round (index 0: before the first mark, i.e. loading): compilations, their ms, deoptimisations. */
const rounds: Array<{ compilations: number; ms: number; deopts: number }> = [{ compilations: 0, ms: 0, deopts: 0 }];
const sites = new Map<string, number>();
const invalidated = new Map<string, number>();
let compilations = 0;
let deopts = 0;
for (let i = 0; i < lines.length; i++) {
  const l = lines[i]!;
  if (l.startsWith('=== ROUND ')) {
    rounds.push({ compilations: 0, ms: 0, deopts: 0 });
    continue;
  }
  const now = rounds[rounds.length - 1]!;
  let m = /completed compiling 0x\w+ <JSFunction (?:(\S+) )?\(sfi = (0x\w+)\)>.*took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(l);
  if (m) {
    // An anonymous function by its SharedFunctionInfo (one per source function in this trace).
    const name = m[1] ?? `(anonymous ${m[2]})`;
    const ms = Number(m[3]) + Number(m[4]) + Number(m[5]);
    const e = compiled.get(name) ?? { count: 0, ms: 0 };
    e.count++;
    e.ms += ms;
    compiled.set(name, e);
    compilations++;
    now.compilations++;
    now.ms += ms;
    continue;
  }
  m = /marking dependent code .*SharedFunctionInfo ([^>]*)>.*reason: ([a-z ]+)/.exec(l);
  if (m) {
    const k = `${m[1]} (${m[2]})`;
    invalidated.set(k, (invalidated.get(k) ?? 0) + 1);
    continue;
  }
  m = /bailout \(kind: [\w-]+, reason: ([^)]*)\): begin\. deoptimizing 0x\w+ <JSFunction (\S+)/.exec(l);
  if (!m) continue;
  let at = '';
  for (let j = i + 1; j < i + 4 && j < lines.length; j++) {
    const p = /;;; deoptimize at (.*)/.exec(lines[j]!);
    if (p) {
      at = p[1]!.replace(/file:\/\/\/\S*?\/dist\/src\//g, '').replace(/[<>]/g, '');
      break;
    }
  }
  if (at.includes('node:') || at.startsWith('dump/')) continue;
  deopts++;
  now.deopts++;
  const k = `${m[2]} | ${m[1]} | ${at || '(no position: run with --trace-deopt-verbose)'}`;
  sites.set(k, (sites.get(k) ?? 0) + 1);
}

console.log(`${compilations} TurboFan compilations of ${compiled.size} functions; ${deopts} deoptimisations in engine code`);
console.log(`\nmost compiled (count, trace ms):`);
for (const [f, e] of [...compiled].sort((a, b) => b[1].count - a[1].count || b[1].ms - a[1].ms).slice(0, top)) {
  console.log(`${String(e.count).padStart(4)} ${e.ms.toFixed(0).padStart(6)} ms  ${f}`);
}
let totalMs = 0;
let recompileMs = 0;
for (const e of compiled.values()) {
  totalMs += e.ms;
  if (e.count > 1) recompileMs += (e.ms * (e.count - 1)) / e.count;
}
console.log(`\nmost costly (trace ms, count; all compilations ${totalMs.toFixed(0)} ms, of which recompilations ~${recompileMs.toFixed(0)} ms):`);
for (const [f, e] of [...compiled].sort((a, b) => b[1].ms - a[1].ms).slice(0, top)) {
  console.log(`${e.ms.toFixed(0).padStart(6)} ms ${String(e.count).padStart(4)}  ${f}`);
}
if (rounds.length > 1) {
  console.log(`\nper round (compilations, trace ms, deoptimisations):`);
  rounds.forEach((r, k) => console.log(`${k === 0 ? 'loading' : `round ${k - 1}`}: ${r.compilations}, ${r.ms.toFixed(0)} ms, ${r.deopts}`));
}
console.log(`\ndeoptimisation sites (count, function | reason | position):`);
for (const [k, c] of [...sites].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) console.log(`${String(c).padStart(4)}  ${k}`);
console.log(`\ncode thrown away without a bailout:`);
for (const [k, c] of [...invalidated].sort((a, b) => b[1] - a[1])) console.log(`${String(c).padStart(4)}  ${k}`);
