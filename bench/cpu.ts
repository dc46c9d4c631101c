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

export function sampleCpu(): CpuSample {
  const u = process.cpuUsage();
  // From the state field (3rd of stat): utime, stime are 12 and 13; cutime, cstime 14 and 15.
  const main = statFields(`/proc/self/task/${process.pid}/stat`);
  const self = statFields('/proc/self/stat');
  return {
    main: main ? (Number(main[11]) + Number(main[12])) / TICK : 0,
    threads: (u.user + u.system) / 1e6,
    children: self ? (Number(self[13]) + Number(self[14])) / TICK : 0,
  };
}

export function cpuSince(a: CpuSample, b: CpuSample): CpuSample {
  return { main: b.main - a.main, threads: b.threads - a.threads, children: b.children - a.children };
}
