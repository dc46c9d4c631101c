/** The server's handle on the search worker (search-worker.ts): queries in, results back as promises. */
import { Worker } from 'node:worker_threads';
import { expandQuery, type TextResults } from './full-text-search.js';
import type { SearchJob, SearchReply, SearchRequest } from './search-worker.js';

export class SearchRunner {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (r: TextResults) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private failure: Error | null = null;

  /** Test hook (gated): each search waits for step(). */
  private readonly gate: Int32Array | null;

  constructor(dbFile: string, gated = false) {
    this.gate = gated ? new Int32Array(new SharedArrayBuffer(8)) : null;
    if (this.gate) Atomics.store(this.gate, 0, 1);
    const job: SearchJob = { dbFile, gate: (this.gate?.buffer as SharedArrayBuffer | undefined) ?? null };
    this.worker = new Worker(new URL('./search-worker.js', import.meta.url), { workerData: job });
    this.worker.on('message', (reply: SearchReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ('result' in reply) waiting?.resolve(reply.result);
      else waiting?.reject(new Error(reply.error));
    });
    const fail = (err: Error) => {
      this.failure = err;
      for (const w of this.pending.values()) w.reject(err);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', () => fail(new Error('the search worker stopped')));
    // A server with nothing else to do may exit even though this worker is idle.
    this.worker.unref();
  }

  /** Query terms are worked out here (simplified/traditional for zh, the mirror's `--variant`), the search in the worker. */
  search(query: string, lang: string, page: number, pageSize: number, mirrorVariant: string | null = null): Promise<TextResults> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const { terms, written } = expandQuery(query, lang, mirrorVariant);
    const request: SearchRequest = { id, terms, written, page, pageSize };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage(request);
    });
  }

  /** Test hook: let `searches` more searches run. */
  step(searches = 1): void {
    if (!this.gate) return;
    Atomics.add(this.gate, 1, searches);
    Atomics.notify(this.gate, 1);
  }

  /** Searches sent and not yet answered. */
  get waiting(): number {
    return this.pending.size;
  }

  async close(): Promise<void> {
    if (this.gate) this.step(1 << 20); // a gated worker must not sit waiting

    await this.worker.terminate();
  }
}
