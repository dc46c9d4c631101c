/**
 * Linearity checks that hold on a loaded, shared machine. A wall-clock limit fails whenever
 * other jobs take the cores; instead we compare the CPU time of the same work at size n and 4n:
 * linear work grows about 4×, quadratic work 16×. The smaller of two runs of each size is
 * taken (GC pauses, JIT), and runs too short to measure pass (a blow-up would not be short).
 */
import assert from 'node:assert/strict';

function cpuMs(run: () => void): number {
  const t0 = process.cpuUsage();
  run();
  const used = process.cpuUsage(t0);
  return (used.user + used.system) / 1000;
}

function best(run: () => void): number {
  return Math.min(cpuMs(run), cpuMs(run));
}

/** Asserts `work(n)` costs grow linearly with n (measured at n and 4n). */
export function assertLinear(label: string, work: (n: number) => void, n: number): void {
  work(n); // warm up: compile the code paths before timing them
  const small = best(() => work(n));
  const large = best(() => work(4 * n));
  if (large < 150) return; // too quick to tell anything apart, and far from a blow-up
  assert.ok(large < 10 * Math.max(small, 5), `${label}: ${small.toFixed(1)} ms of CPU at n=${n}, ${large.toFixed(1)} ms at 4n (quadratic would be 16×)`);
}
