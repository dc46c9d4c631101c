/**
 * Searches run here, on a read-only connection of their own: ranking a common term over a
 * zh.wikipedia-sized index (bm25 costs ~6-9 µs per matching page here, so 300k matches is 2-3 s)
 * must not stop the server from answering pages. One query at a time, in arrival order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { searchTerms, type ScanLimits, type TextResults } from './full-text-search.js';

export interface SearchRequest {
  id: number;
  terms: string[][];
  /** The terms as written (expandQuery): pages matching them rank first. */
  written?: string[][];
  page: number;
  pageSize: number;
  limits?: ScanLimits;
}

export type SearchReply = { id: number; result: TextResults } | { id: number; error: string };

export interface SearchJob {
  dbFile: string;
  /** Test hook: [0] = 1 makes each search wait for a permit counted in [1]. */
  gate: SharedArrayBuffer | null;
}

if (parentPort && workerData) {
  const port = parentPort;
  const job = workerData as SearchJob;
  const db = new Database(job.dbFile, { readonly: true, fileMustExist: true });
  const gate = job.gate ? new Int32Array(job.gate) : null;
  let queue = Promise.resolve();
  port.on('message', (req: SearchRequest) => {
    queue = queue.then(async () => {
      if (gate && Atomics.load(gate, 0)) {
        while (Atomics.load(gate, 1) === 0) Atomics.wait(gate, 1, 0);
        Atomics.sub(gate, 1, 1);
      }
      try {
        port.postMessage({ id: req.id, result: await searchTerms(db, req.terms, req.page, req.pageSize, req.limits, req.written ?? null) } satisfies SearchReply);
      } catch (err) {
        port.postMessage({ id: req.id, error: err instanceof Error ? err.message : String(err) } satisfies SearchReply);
      }
    });
  });
  port.on('close', () => db.close());
}
