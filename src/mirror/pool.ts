/**
 * A fixed pool of conversion workers with a bounded number of jobs in flight per worker (so the
 * reader cannot run ahead and fill memory), results delivered through a callback.
 *
 * A worker that dies (out of memory, a native crash, `process.exit` in a converter) is replaced.
 * Its unfinished jobs are retried one page per job on fresh workers; a page that kills a worker
 * on its own is handed to `onFailed`, and the run goes on. A job that fails because OUTDIR cannot
 * be written (PoolEvents.isOutputFailure) fails the pool instead: retrying page by page would only
 * meet it again. (A page file's name the file system refuses is no failed job: the worker reports
 * that page as refused and goes on; convert-pass.ts decides when refusals are OUTDIR's fault.)
 *
 * A worker that fails before it is ready (its converter or its options throw while loading, it
 * exits, or it cannot be created), or dies idle before its first job, is started once more (unless
 * what it threw is an output failure: that fails the pool as in a job); if
 * that one fails too, before a worker in its place has finished a job, the place is given up and
 * the pool goes on with fewer workers. Nothing a worker does at start depends on a page, so a
 * failure that repeats would repeat for ever: replacing it again and again only spun (issue 3:
 * `wikimark convert` never ended). One more start covers a passing cause (a thread or file that
 * could not be had for a moment). When no worker is left the pool fails with a WorkerStartError:
 * at start, if no worker became ready after each one's retry; later, when the last place is given up.
 */
import { Worker } from 'node:worker_threads';
import { errorWithPlace, Interrupted } from './errors.js';
import { applyWorkerV8Flags, WORKER_RESOURCE_LIMITS, workerExecArgv } from './worker-settings.js';
import { jobSingles, type JobInput, type PageResult, type SystemErrorFields, type WorkerInit, type WorkerRequest, type WorkerResponse } from './types.js';

const IN_FLIGHT = 2;
interface Pending {
  job: JobInput;
  /** A single page retried alone after its batch killed a worker. */
  isolated: boolean;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, Pending>;
  ready: boolean;
  /** Whether this worker finished a job; one that dies idle before its first counts as a failed start. */
  worked: boolean;
  /** Failed starts in this place since a worker in it last finished its first job (see the header). */
  startFailures: number;
}

/** A worker's place given up (see the header): why its last start failed, and how many workers were left. */
export interface PlaceGivenUp {
  reason: string;
  workersLeft: number;
}

export interface PoolEvents {
  /** Ctrl-C while the workers start (one that never gets ready would wait for ever): start() closes them and rejects with Interrupted. */
  signal?: AbortSignal;
  /** A worker's place was given up after its retry failed too; `workers` are left. */
  onPlaceLost?: (reason: string, workers: number) => void;
  /**
   * Whether a file system error a worker met while converting is one of the output (OUTDIR cannot
   * be written): the pool then fails with it, rather than retrying each page alone and having the
   * main thread write every page as its source (a worker that cannot write may be alone in that).
   */
  isOutputFailure?: (err: Error) => boolean;
}

/** The conversion workers could not be started; the message says what failed and where. */
export class WorkerStartError extends Error {
  constructor(reason: string) {
    super(`a conversion worker could not start: ${reason}`);
    this.name = 'WorkerStartError';
  }
}

export class WorkerPool {
  private slots: Slot[] = [];
  private nextJob = 1;
  private queue: Pending[] = [];
  private waiters: Array<() => void> = [];
  private failure: Error | null = null;
  private stopped = false;
  /** Places start() has yet to fill: a place given up before them does not leave the pool empty. */
  private unspawned = 0;
  /** Workers started so far, replacements included: numbers each one's profile file. */
  private spawned = 0;
  private readonly url = new URL('./worker.js', import.meta.url);
  /** Wall time the workers spent creating and renaming page files, summed (seconds). */
  fileSeconds = 0;
  /** Workers that died after starting work (each replaced, what it had in hand retried), for the report. */
  workersDied = 0;
  /** Places given up so far, for the report (each also told through onPlaceLost). */
  readonly placesGivenUp: PlaceGivenUp[] = [];

  private constructor(
    private readonly init: WorkerInit,
    private readonly onResults: (results: PageResult[]) => void,
    private readonly onFailed: (job: JobInput, reason: string) => void,
    private readonly onPlaceLost: (reason: string, workers: number) => void,
    private readonly isOutputFailure: (err: Error) => boolean,
  ) {}

  /**
   * Resolves when every worker started is ready or its place given up (at least one ready);
   * rejects, every worker stopped, with a WorkerStartError when none could be started, or with
   * Interrupted when `events.signal` aborts first (before the call included).
   */
  static async start(
    size: number,
    init: WorkerInit,
    onResults: (results: PageResult[]) => void,
    onFailed: (job: JobInput, reason: string) => void = () => {},
    events: PoolEvents = {},
  ): Promise<WorkerPool> {
    applyWorkerV8Flags();
    const pool = new WorkerPool(init, onResults, onFailed, events.onPlaceLost ?? (() => {}), events.isOutputFailure ?? (() => false));
    const onAbort = () => pool.fail(new Interrupted('interrupted'));
    events.signal?.addEventListener('abort', onAbort);
    if (events.signal?.aborted) onAbort();
    try {
      pool.unspawned = Math.max(1, size);
      while (pool.unspawned > 0 && !pool.failure) {
        pool.unspawned--;
        pool.spawn(0);
      }
      while (!pool.failure && pool.slots.some((s) => !s.ready)) {
        await new Promise<void>((resolve) => pool.waiters.push(resolve));
      }
    } finally {
      events.signal?.removeEventListener('abort', onAbort);
    }
    if (pool.failure) {
      await pool.close();
      throw pool.failure;
    }
    return pool;
  }

  /** Start a worker; it joins the dispatch once it reports that it has loaded the converter. */
  private spawn(startFailures: number): void {
    let worker: Worker;
    try {
      // A page that needs more than the old-generation cap kills only its worker, and is then
      // reported and written as source (see `crashed`).
      worker = new Worker(this.url, {
        workerData: this.init,
        execArgv: workerExecArgv(process.execArgv, ++this.spawned),
        resourceLimits: WORKER_RESOURCE_LIMITS,
      });
    } catch (err) {
      this.startFailed(null, startFailures, errorWithPlace(err));
      return;
    }
    const slot: Slot = { worker, jobs: new Map(), ready: false, worked: false, startFailures };
    this.slots.push(slot);
    worker.on('message', (msg: WorkerResponse) => {
      if (msg.type === 'ready') {
        slot.ready = true;
        this.dispatch();
        return;
      }
      // Sent by a worker whose converter threw while loading (worker.ts main).
      if (msg.type === 'error' && msg.job === -1) {
        const system = msg.system ? systemError(msg.system) : null;
        if (system && this.isOutputFailure(system)) this.fail(system);
        else this.startFailed(slot, slot.startFailures, msg.message);
      } else this.onMessage(slot, msg);
    });
    // Thrown outside a job: while starting (its scratch folder cannot be made on a full disk) or
    // from a timer. An output failure stops the pool as one met in a job does (exit 4, resumable),
    // not as a worker that cannot start (71): another start would only meet the same disk.
    worker.on('error', (err) => {
      if (this.isOutputFailure(err)) this.fail(err);
      else this.lost(slot, errorWithPlace(err));
    });
    worker.on('exit', (code) => {
      if (!this.stopped) this.lost(slot, `worker exited with code ${code}`);
    });
  }

  /**
   * A worker failed before it was ready, or died before its first job with none in hand: start
   * one more in its place the first time, else give the place up (see the header).
   */
  private startFailed(slot: Slot | null, failedBefore: number, reason: string): void {
    if (slot) {
      if (!this.slots.includes(slot)) return;
      this.slots.splice(this.slots.indexOf(slot), 1);
      void slot.worker.terminate();
    }
    if (this.stopped || this.failure) return;
    if (failedBefore === 0) {
      this.spawn(1);
      return;
    }
    const workers = this.slots.length + this.unspawned;
    this.placesGivenUp.push({ reason, workersLeft: workers });
    this.onPlaceLost(reason, workers);
    if (workers === 0) this.fail(new WorkerStartError(reason));
    else this.dispatch();
  }

  private onMessage(slot: Slot, msg: WorkerResponse): void {
    if (msg.type !== 'done' && msg.type !== 'error') return;
    const pending = slot.jobs.get(msg.job);
    slot.jobs.delete(msg.job);
    // Not at 'ready': a worker that dies idle after it (a converter's timer that throws) would reset
    // the count each time and be replaced for ever. A job finished shows the workers can work.
    if (!slot.worked) {
      slot.worked = true;
      slot.startFailures = 0;
    }
    try {
      if (msg.type === 'done') {
        this.fileSeconds += msg.fileSeconds;
        this.onResults(msg.results);
      }
      else {
        const system = msg.system ? systemError(msg.system) : null;
        if (system && this.isOutputFailure(system)) this.fail(system);
        else if (pending) this.crashed(pending, msg.message);
      }
    } catch (err) {
      this.fail(err as Error);
    }
    this.dispatch();
  }

  /** A worker died: replace it and retry what it had in hand. */
  private lost(slot: Slot, reason: string): void {
    if (!this.slots.includes(slot) || this.stopped || this.failure) return;
    // Dying with no page in hand says nothing about pages: count it as a failed start, so that a
    // worker that always dies at once stops the run rather than being replaced for ever.
    if (!slot.ready || (!slot.worked && slot.jobs.size === 0)) {
      this.startFailed(slot, slot.startFailures, reason);
      return;
    }
    this.slots.splice(this.slots.indexOf(slot), 1);
    this.workersDied++;
    // A worker runs its jobs in order: the oldest one was running and is the suspect; the
    // ones queued behind it never started and go back to the queue as they were.
    const lostJobs = [...slot.jobs.entries()].sort((a, b) => a[0] - b[0]).map(([, p]) => p);
    slot.jobs.clear();
    void slot.worker.terminate();
    if (lostJobs.length) {
      this.queue.unshift(...lostJobs.slice(1));
      this.crashed(lostJobs[0]!, reason);
    }
    if (!this.failure) this.spawn(slot.startFailures);
    this.dispatch();
  }

  private crashed(p: Pending, reason: string): void {
    if (p.isolated) {
      // Called from a worker's 'exit' event too, where a throw would end the process: a page that
      // cannot be written as its source (a full disk) stops the run through drain() instead.
      try {
        this.onFailed(p.job, reason);
      } catch (err) {
        this.fail(err as Error);
      }
      return;
    }
    // Retry page by page, first in line, to find the page that kills workers.
    this.queue.unshift(...jobSingles(p.job).map((job) => ({ job, isolated: true })));
  }

  private dispatch(): void {
    while (this.queue.length && !this.failure) {
      const free = this.slots.filter((s) => s.ready && s.jobs.size < IN_FLIGHT);
      if (!free.length) break;
      const slot = free.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
      const pending = this.queue.shift()!;
      const id = this.nextJob++;
      slot.jobs.set(id, pending);
      slot.worker.postMessage({ ...pending.job, job: id } as WorkerRequest);
    }
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  private fail(err: Error): void {
    this.failure ??= err;
    this.dispatch();
  }

  /** Stop accepting work: pending submit()/drain() calls throw `err`. */
  abort(err: Error): void {
    this.fail(err);
  }

  private get busy(): number {
    let n = this.queue.length;
    for (const s of this.slots) n += s.jobs.size;
    return n;
  }

  /** Queue a job, waiting while every worker is full (bounded memory). */
  async submit(job: JobInput): Promise<void> {
    if (this.failure) throw this.failure;
    this.queue.push({ job, isolated: false });
    this.dispatch();
    while (!this.failure && this.queue.length > 0 && this.busy >= this.slots.length * IN_FLIGHT + 1) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    if (this.failure) throw this.failure;
  }

  /** Wait until every submitted job has reported. */
  async drain(): Promise<void> {
    while (!this.failure && this.busy > 0) await new Promise<void>((resolve) => this.waiters.push(resolve));
    if (this.failure) throw this.failure;
  }

  async close(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/** A worker's file system error as an Error of this thread, with its code, call and paths. */
function systemError(fields: SystemErrorFields): Error {
  const { message, ...rest } = fields;
  return Object.assign(new Error(message), rest);
}
