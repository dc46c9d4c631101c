/**
 * CPU accounting for the mirror benchmark (Linux /proc; zeros elsewhere): this process's main
 * thread, its other threads (conversion workers, V8 and libuv helpers), and finished child
 * processes (bzip2).
 */
import fs from 'node:fs';

export interface CpuSample {
  /** Main thread, seconds. */
  main: number;
  /** Every thread of the process (process.cpuUsage()), seconds. */
  threads: number;
  /** Child processes that have exited (bzip2 decoders), seconds. */
  children: number;
  /** The part of `threads` spent in the kernel (system time: file creation, reads, page faults), seconds. */
  kernel: number;
  /** Each thread's CPU seconds by thread id, from schedstat in nanoseconds (empty where /proc is missing). */
  perThread: Map<number, number>;
  /**
   * Each thread's system time by thread id, seconds, from its stat: 10 ms ticks, so a figure over
   * a stretch of a second of CPU or less is approximate (±0.01 s a thread).
   */
  perThreadKernel: Map<number, number>;
}

const TICK = 100; // USER_HZ on Linux

function statFields(file: string): string[] | null {
  try {
    const stat = fs.readFileSync(file, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/**
 * A thread's CPU seconds from its schedstat (time on the CPU in nanoseconds; `stat` counts
 * 10 ms ticks, too coarse for the short stretches measured here); null where it is missing
 * (not Linux, or the thread ended).
 */
function schedstatSeconds(file: string): number | null {
  try {
    return Number(fs.readFileSync(file, 'utf8').split(' ')[0]) / 1e9;
  } catch {
    return null;
  }
}

/** The calling thread's own CPU seconds (0 where /proc is missing): a worker's without V8's helper threads. */
export function ownThreadCpu(): number {
  return schedstatSeconds('/proc/thread-self/schedstat') ?? 0;
}

/** CPU seconds and system time of every thread of this process now, by thread id. */
function threadsNow(): { cpu: Map<number, number>; kernel: Map<number, number> } {
  const cpu = new Map<number, number>();
  const kernel = new Map<number, number>();
  let tids: string[];
  try {
    tids = fs.readdirSync('/proc/self/task');
  } catch {
    return { cpu, kernel };
  }
  for (const tid of tids) {
    const s = schedstatSeconds(`/proc/self/task/${tid}/schedstat`);
    if (s !== null) cpu.set(Number(tid), s);
    const stat = statFields(`/proc/self/task/${tid}/stat`);
    if (stat) kernel.set(Number(tid), Number(stat[12]) / TICK);
  }
  return { cpu, kernel };
}

export function sampleCpu(): CpuSample {
  const u = process.cpuUsage();
  // From the state field (3rd of stat): utime, stime are 12 and 13; cutime, cstime 14 and 15.
  const self = statFields('/proc/self/stat');
  const { cpu: perThread, kernel: perThreadKernel } = threadsNow();
  return {
    main: perThread.get(process.pid) ?? 0, // the main thread's task id is the process id
    threads: (u.user + u.system) / 1e6,
    children: self ? (Number(self[13]) + Number(self[14])) / TICK : 0,
    kernel: u.system / 1e6,
    perThread,
    perThreadKernel,
  };
}

/** Each thread of `b` by id, less its value in `a` (0 for a thread new since `a`); a thread ended by `b` is gone. */
function since(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): Map<number, number> {
  const out = new Map<number, number>();
  for (const [tid, s] of b) out.set(tid, s - (a.get(tid) ?? 0));
  return out;
}

export function cpuSince(a: CpuSample, b: CpuSample): CpuSample {
  return {
    main: b.main - a.main, threads: b.threads - a.threads, children: b.children - a.children, kernel: b.kernel - a.kernel,
    perThread: since(a.perThread, b.perThread), perThreadKernel: since(a.perThreadKernel, b.perThreadKernel),
  };
}

/**
 * A stretch's CPU by kind of thread: the conversion workers' own threads (`workers`: thread ids
 * that did not exist before the conversion started), V8's and libuv's helper threads (every
 * other thread but the main one: TurboFan's concurrent compiling and the GC's parallel and
 * concurrent tasks of all isolates run there), and the main thread; and the part of `workers`
 * spent in the kernel (stat's 10 ms ticks, approximate over short stretches).
 */
export function threadShares(c: CpuSample, before: ReadonlySet<number>): { workers: number; helpers: number; main: number; workersKernel: number } {
  let workers = 0;
  let helpers = 0;
  let workersKernel = 0;
  for (const [tid, s] of c.perThread) {
    if (tid === process.pid) continue;
    if (before.has(tid)) helpers += s;
    else {
      workers += s;
      workersKernel += c.perThreadKernel.get(tid) ?? 0;
    }
  }
  return { workers, helpers, main: c.main, workersKernel };
}

/**
 * The benches' warm-up figure: CPU seconds above the rate of the second half of the work (by
 * bytes), spent before that half; bench/mirror.ts takes its 50–100 % stretch for the pipeline,
 * bench/mirror-windows.ts its windows, and both the engine's rounds or windows. `rate` in MB per CPU-second.
 */
export function aboveLastHalf(ws: ReadonlyArray<{ bytes: number; cpu: number }>): { extra: number; rate: number } {
  const total = ws.reduce((a, w) => a + w.bytes, 0);
  let at = 0;
  const first: Array<{ bytes: number; cpu: number }> = [];
  const second: Array<{ bytes: number; cpu: number }> = [];
  for (const w of ws) {
    (at < total / 2 ? first : second).push(w);
    at += w.bytes;
  }
  const rate = second.reduce((a, w) => a + w.bytes, 0) / second.reduce((a, w) => a + w.cpu, 0);
  return { extra: first.reduce((a, w) => a + w.cpu - w.bytes / rate, 0), rate: rate / 1e6 };
}
