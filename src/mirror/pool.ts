/**
 * A fixed pool of conversion workers with a bounded number of jobs in flight per worker (so the
 * reader cannot run ahead and fill memory), results delivered through a callback.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PageResult, WorkerInit, WorkerRequest, WorkerResponse } from './types.js';

const IN_FLIGHT = 2;

type Job = Extract<WorkerRequest, { job: number }>;
type JobInput = Job extends infer J ? (J extends { job: number } ? Omit<J, 'job'> : never) : never;

interface Slot {
  worker: Worker;
  inFlight: number;
}

export function defaultJobs(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

export class WorkerPool {
  private slots: Slot[] = [];
  private nextJob = 1;
  private waiters: Array<() => void> = [];
  private failure: Error | null = null;
  private idleWaiters: Array<() => void> = [];
  private running = 0;

  private constructor(private readonly onResults: (results: PageResult[]) => void) {}

  static async start(size: number, init: WorkerInit, onResults: (results: PageResult[]) => void): Promise<WorkerPool> {
    const pool = new WorkerPool(onResults);
    const url = new URL('./worker.js', import.meta.url);
    await Promise.all(
      Array.from({ length: Math.max(1, size) }, () => {
        // Workers take only engine tuning flags from the command line; others (`--input-type`
        // for `-e`, `--expose-gc`, profilers) are the main script's business or refused.
        const execArgv = process.execArgv.filter((a) => /^--(max-old-space-size|max-semi-space-size|stack-size|enable-source-maps)/.test(a));
        const worker = new Worker(url, { workerData: init, execArgv });
        const slot: Slot = { worker, inFlight: 0 };
        pool.slots.push(slot);
        return new Promise<void>((resolve, reject) => {
          worker.on('message', (msg: WorkerResponse) => {
            if (msg.type === 'ready') return resolve();
            pool.onMessage(slot, msg);
            if (msg.type === 'error' && msg.job === -1) reject(new Error(msg.message));
          });
          worker.on('error', (err) => {
            pool.fail(err);
            reject(err);
          });
          worker.on('exit', (code) => {
            if (code !== 0 && !pool.stopped) pool.fail(new Error(`conversion worker exited with code ${code}`));
          });
        });
      }),
    );
    return pool;
  }

  private stopped = false;

  private onMessage(slot: Slot, msg: WorkerResponse): void {
    if (msg.type === 'done') {
      slot.inFlight--;
      this.running--;
      try {
        this.onResults(msg.results);
      } catch (err) {
        this.fail(err as Error);
      }
    } else if (msg.type === 'error') {
      slot.inFlight--;
      this.running--;
      this.fail(new Error(msg.message));
    }
    this.wake();
  }

  /** Stop accepting work: pending submit()/drain() calls throw `err`. */
  abort(err: Error): void {
    this.fail(err);
  }

  private fail(err: Error): void {
    this.failure ??= err;
    this.wake();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
    if (this.running === 0 || this.failure) {
      const idle = this.idleWaiters;
      this.idleWaiters = [];
      for (const w of idle) w();
    }
  }

  /** Send a job to the least busy worker, waiting while every worker is full. */
  async submit(job: JobInput): Promise<void> {
    for (;;) {
      if (this.failure) throw this.failure;
      const slot = this.slots.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
      if (slot.inFlight < IN_FLIGHT) {
        slot.inFlight++;
        this.running++;
        slot.worker.postMessage({ ...job, job: this.nextJob++ } as WorkerRequest);
        return;
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** Wait until every submitted job has reported. */
  async drain(): Promise<void> {
    while (this.running > 0 && !this.failure) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    if (this.failure) throw this.failure;
  }

  async close(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
