/**
 * How much the engine allocates: convertPage over the ja and uk dump pages (as bench/engine.ts),
 * round after round, with the bytes allocated in each round, its scavenges, full collections and
 * incremental marking reports (counted apart: a full collection usually reports both),
 * and their pause time. Allocation is counted from v8.GCProfiler: the heap's used size before each
 * collection minus its used size after the one before (and the round's end minus the last one), so
 * it counts every object made during the round, whether it died young or not.
 *   node --max-semi-space-size=64 dist/bench/alloc.js [--rounds R (default 4)]
 * Unlike CPU time this is nearly the same at any machine load: warm rounds of one build differ by
 * a few MB. Read it with a CPU comparison (ab-pages.ts): fewer bytes need not mean less time.
 */
import v8 from 'node:v8';
import { sharedDir } from '../test/helpers/shared-dir.js';
import { convertPage } from '../src/engine/convert.js';
import { option } from './ab-common.js';
import { materialise } from './materialise.js';
import { benchPages } from './pages.js';

interface GcEntry {
  gcType: string;
  cost: number;
  beforeGC: { heapStatistics: { usedHeapSize: number } };
  afterGC: { heapStatistics: { usedHeapSize: number } };
}

function main(): void {
  const shared = sharedDir('dumps');
  if (!shared) throw new Error('shared dumps not found; set WIKIMARK_SHARED');
  const pages = benchPages(shared);
  const rounds = Number(option('--rounds')) || 4;
  for (let r = 0; r < rounds; r++) {
    const profiler = new v8.GCProfiler();
    profiler.start();
    const start = v8.getHeapStatistics().used_heap_size;
    const cpu0 = process.cpuUsage();
    for (const p of pages) materialise(convertPage(p.text, { title: p.title, site: p.site }).markdown);
    const cpu = process.cpuUsage(cpu0);
    const end = v8.getHeapStatistics().used_heap_size;
    const entries = (profiler.stop()?.statistics ?? []) as GcEntry[];
    let allocated = 0;
    let previous = start;
    // A full collection is usually reported twice, its incremental marking then its MarkSweepCompact;
    // one that was not marked incrementally reports only the MarkSweepCompact.
    const counts = new Map<string, number>();
    let pauseMicros = 0;
    for (const e of entries) {
      allocated += e.beforeGC.heapStatistics.usedHeapSize - previous;
      previous = e.afterGC.heapStatistics.usedHeapSize;
      counts.set(e.gcType, (counts.get(e.gcType) ?? 0) + 1);
      pauseMicros += e.cost;
    }
    allocated += end - previous;
    console.log(
      `round ${r}: allocated ${(allocated / 1e6).toFixed(1)} MB, ${collectionCounts(counts)}, ` +
        `GC pauses ${(pauseMicros / 1000).toFixed(0)} ms, CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms`,
    );
  }
}

/** The round's collections by kind: scavenges, full collections, incremental marking, any other. */
function collectionCounts(counts: Map<string, number>): string {
  const take = (type: string): number => {
    const n = counts.get(type) ?? 0;
    counts.delete(type);
    return n;
  };
  const parts = [
    `${take('Scavenge')} scavenges`,
    `${take('MarkSweepCompact')} full collections`,
    `${take('IncrementalMarking')} incremental marking reports`,
  ];
  for (const [type, n] of counts) parts.push(`${n} ${type}`);
  return parts.join(', ');
}

main();
