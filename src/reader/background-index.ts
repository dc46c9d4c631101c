/**
 * The server's side of the indexing worker: starts it, keeps its progress (files done, rate, ETA)
 * for the terminal and the search page, and starts the search worker (its own read-only
 * connection) as soon as the index file exists: searches are answered from the pages indexed so far.
 */
import { Worker } from 'node:worker_threads';
import { SearchRunner } from './search-runner.js';
import { GATED, PERMITS, STOP, type IndexJob, type IndexMessage } from './index-worker.js';
import type { SyncCounts } from './index-sync.js';

export type IndexPhase = 'starting' | 'building' | 'complete' | 'stopped' | 'failed';

export interface IndexStatus extends SyncCounts {
  phase: IndexPhase;
  /** Files looked at per second over the last batches (0 until the first batch). */
  rate: number;
  /** Seconds left at that rate, or null when unknown. */
  etaSeconds: number | null;
  error?: string;
}

export interface BackgroundIndexOptions {
  outDir: string;
  dbFile: string;
  /** Drop the index and build it from nothing. */
  fresh?: boolean;
  /** Searchable files in index.tsv, if known (else the worker counts them first). */
  total?: number;
  batchSize?: number;
  /** Test hook: the worker waits for step() before each batch... */
  gated?: boolean;
  /** ...except the first `steps` batches. */
  steps?: number;
  /** Test hook: each search waits for searcher.step(). */
  searchGated?: boolean;
  onProgress?: ((status: IndexStatus) => void) | null;
}

export class BackgroundIndex {
  status: IndexStatus;
  /** Runs searches; null until the indexing worker has created the index. */
  searcher: SearchRunner | null = null;
  private readonly worker: Worker;
  private readonly control = new Int32Array(new SharedArrayBuffer(12));
  private readonly finished: Promise<IndexStatus>;
  private waiters: { until: (s: IndexStatus) => boolean; resolve: (s: IndexStatus) => void }[] = [];

  constructor(private readonly options: BackgroundIndexOptions) {
    this.status = { phase: 'starting', total: options.total ?? 0, done: 0, indexed: 0, unchanged: 0, missing: 0, removed: 0, elapsedMs: 0, rate: 0, etaSeconds: null };
    Atomics.store(this.control, GATED, options.gated ? 1 : 0);
    Atomics.store(this.control, PERMITS, options.steps ?? 0);
    const job: IndexJob = {
      outDir: options.outDir,
      dbFile: options.dbFile,
      fresh: options.fresh ?? false,
      batchSize: options.batchSize ?? 500,
      total: options.total ?? null,
      control: this.control.buffer as SharedArrayBuffer,
    };
    this.worker = new Worker(new URL('./index-worker.js', import.meta.url), { workerData: job });
    this.finished = new Promise((resolve) => {
      this.worker.on('message', (m: IndexMessage) => this.receive(m));
      this.worker.on('error', (err) => this.fail(err.message));
      this.worker.on('exit', () => {
        if (this.status.phase === 'starting' || this.status.phase === 'building') {
          this.update({ phase: Atomics.load(this.control, STOP) ? 'stopped' : 'failed', error: this.status.error ?? 'the indexing worker exited' });
        }
        resolve(this.status);
      });
    });
  }

  private receive(m: IndexMessage): void {
    if (m.type === 'ready') {
      this.openReader();
      this.update({ phase: 'building' });
    } else if (m.type === 'progress') {
      this.update({ ...m.counts, phase: 'building' });
    } else if (m.type === 'done') {
      this.openReader(); // a pass that found nothing to do may finish before 'ready' is handled
      this.update({ ...m.result, phase: m.result.complete ? 'complete' : 'stopped' });
    } else {
      this.fail(m.message);
    }
  }

  private openReader(): void {
    if (this.searcher) return;
    try {
      this.searcher = new SearchRunner(this.options.dbFile, this.options.searchGated);
    } catch (err) {
      this.fail(err instanceof Error ? err.message : String(err));
    }
  }

  private fail(message: string): void {
    this.update({ phase: 'failed', error: message });
  }

  private update(change: Partial<IndexStatus>): void {
    const s = { ...this.status, ...change };
    // Files looked at per second, smoothed over the last batches: skipping an unchanged file is
    // ~50 times faster than reading one, and a pass often skips a long run and then reads (a
    // resumed build), so the rate since the start would predict the rest badly either way.
    const files = s.done - this.status.done;
    const ms = s.elapsedMs - this.status.elapsedMs;
    if (files > 0 && ms > 0) {
      const recent = (files / ms) * 1000;
      s.rate = this.status.rate > 0 ? 0.6 * this.status.rate + 0.4 * recent : recent;
    } else if (files > 0) {
      s.rate = this.status.rate;
    }
    s.etaSeconds = s.phase === 'building' && s.rate > 0 ? Math.max(0, s.total - s.done) / s.rate : s.phase === 'complete' ? 0 : null;
    this.status = s;
    this.options.onProgress?.(s);
    const ready = this.waiters.filter((w) => w.until(s));
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve(s);
  }

  /** Resolves with the first status (now or later) that satisfies `until`; or the last one, when the worker ends first. */
  waitUntil(until: (s: IndexStatus) => boolean): Promise<IndexStatus> {
    if (until(this.status)) return Promise.resolve(this.status);
    return new Promise((resolve) => {
      this.waiters.push({ until, resolve });
      void this.finished.then(resolve);
    });
  }

  /** True once every file of the mirror has been looked at in this pass. */
  get complete(): boolean {
    return this.status.phase === 'complete';
  }

  /** Resolves when the worker has finished (complete, stopped or failed). */
  whenFinished(): Promise<IndexStatus> {
    return this.finished;
  }

  /** Test hook (with `gated`): let the worker run `batches` more batches. */
  step(batches = 1): void {
    Atomics.add(this.control, PERMITS, batches);
    Atomics.notify(this.control, PERMITS);
  }

  /** Stop after the batch in progress (it is committed: the next start resumes), then close. */
  async close(): Promise<void> {
    Atomics.store(this.control, STOP, 1);
    Atomics.notify(this.control, PERMITS);
    await this.finished;
    await this.searcher?.close();
    this.searcher = null;
  }
}
