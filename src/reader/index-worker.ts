/**
 * The indexing worker: owns its own SQLite connection (better-sqlite3 is synchronous, so building
 * the index on the server's thread would stop it answering) and reports each committed batch.
 * The control words are shared with the server: [STOP] asks it to stop after the current batch;
 * [GATED] makes it wait for a permit in [PERMITS] before each batch (a test hook: tests look at
 * the server between batches instead of racing a clock).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openIndexForWriting } from './search-index.js';
import { syncSearchIndex, type SyncCounts, type SyncResult } from './index-sync.js';

export const STOP = 0;
export const GATED = 1;
export const PERMITS = 2;

export interface IndexJob {
  outDir: string;
  dbFile: string;
  fresh: boolean;
  batchSize: number;
  total: number | null;
  control: SharedArrayBuffer;
}

export type IndexMessage =
  | { type: 'ready' }
  | { type: 'progress'; counts: SyncCounts }
  | { type: 'done'; result: SyncResult }
  | { type: 'error'; message: string };

function run(job: IndexJob): void {
  const control = new Int32Array(job.control);
  const post = (m: IndexMessage) => parentPort!.postMessage(m);
  const db = openIndexForWriting(job.dbFile, job.fresh);
  try {
    post({ type: 'ready' });
    const result = syncSearchIndex(db, job.outDir, {
      batchSize: job.batchSize,
      total: job.total ?? undefined,
      onProgress: (counts) => post({ type: 'progress', counts }),
      beforeBatch: () => {
        if (Atomics.load(control, GATED)) {
          while (!Atomics.load(control, STOP) && Atomics.load(control, PERMITS) === 0) Atomics.wait(control, PERMITS, 0, 1000);
          if (!Atomics.load(control, STOP)) Atomics.sub(control, PERMITS, 1);
        }
        return Atomics.load(control, STOP) !== 0;
      },
    });
    post({ type: 'done', result });
  } finally {
    db.close();
  }
}

if (parentPort && workerData) {
  try {
    run(workerData as IndexJob);
  } catch (err) {
    parentPort.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) } satisfies IndexMessage);
  }
}
