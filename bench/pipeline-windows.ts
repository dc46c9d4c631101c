/**
 * The conversion step of a mirror run cut into windows of wikitext, each window's CPU by kind of
 * thread (cpu.ts threadShares): the hooks to give runMirror, shared by bench/mirror-windows.ts and
 * bench/mirror-split.ts.
 */
import { cpuSince, sampleCpu, threadShares, type CpuSample } from './cpu.js';
import type { MirrorOptions } from '../src/mirror/run.js';

export interface PipelineWindow {
  /** Bytes of wikitext and pages converted in the window (whole jobs: it ends with a job's result). */
  bytes: number;
  pages: number;
  /** CPU seconds of the workers' own threads, of V8's and libuv's helper threads, of the main thread. */
  workers: number;
  helpers: number;
  main: number;
  /** The workers' threads' system time, seconds (10 ms ticks: approximate for a short window). */
  kernel: number;
  /** Wall-clock seconds. */
  wall: number;
}

/**
 * `onPhase` and `onProgress` for runMirror that close a window at every `step` bytes of wikitext
 * converted (at the first job's result at or past it), from the start of the conversion step on.
 * A worker is into its next job when a result arrives (pool.ts keeps two in flight), so a window
 * holds part of the next window's first job, and the last window lacks up to one job.
 */
export function windowHooks(step: number): { windows: PipelineWindow[]; hooks: Pick<MirrorOptions, 'onPhase' | 'onProgress'> } {
  const windows: PipelineWindow[] = [];
  let before = new Set<number>();
  let last: CpuSample = sampleCpu();
  let lastWall = 0;
  let lastBytes = 0;
  let lastPages = 0;
  let next = step;
  const take = (bytes: number, pages: number) => {
    const now = sampleCpu();
    const wall = performance.now();
    const s = threadShares(cpuSince(last, now), before);
    windows.push({ bytes: bytes - lastBytes, pages: pages - lastPages, workers: s.workers, helpers: s.helpers, main: s.main, kernel: s.workersKernel, wall: (wall - lastWall) / 1000 });
    last = now;
    lastWall = wall;
    lastBytes = bytes;
    lastPages = pages;
  };
  return {
    windows,
    hooks: {
      onPhase: (phase) => {
        if (phase !== 'convert') return;
        last = sampleCpu();
        // The workers start at this step: the threads that are not here yet are theirs.
        before = new Set(last.perThread.keys());
        lastWall = performance.now();
      },
      onProgress: (phase, done, _total, bytes) => {
        // A byte short counts: a window of whole copies ends exactly on a copy's last page.
        if (phase !== 'convert' || bytes < next - 1) return;
        take(bytes, done);
        while (next - 1 <= bytes) next += step;
      },
    },
  };
}
