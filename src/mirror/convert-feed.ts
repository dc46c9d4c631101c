/**
 * How the conversion pass hands its pages to the workers (split from convert-pass.ts): located
 * batches of a plain XML file, batches the main thread reads from a dump it decodes again, or
 * multistream bz2 ranges each worker decodes itself.
 */
import fs from 'node:fs';
import type { DumpInput } from '../dump/input.js';
import { DumpReader } from '../dump/reader.js';
import { DumpError } from '../dump/types.js';
import type { DB } from '../index/db.js';
import type { WorkerPool } from './pool.js';
import type { LocatedItem, WorkItem, WorkPage } from './types.js';

/** One page of the convert pass's work query, with its multistream stream (null outside one). */
export type WorkRow = LocatedItem & { stream: number | null };

/**
 * How the conversion step got its pages: `stream` — multistream bz2, each worker decoding its own
 * streams (found through the index file); `located` — plain XML, workers read their pages by
 * offset; `sequential` — the main thread decoded the dump again (single-stream bz2, gzip, stdin);
 * `none` — nothing to convert.
 */
export type FeedMode = 'stream' | 'located' | 'sequential' | 'none';

/** A batch (a worker's job) ends at this many bytes of the pages' XML or this many pages; the mirror benches cut theirs the same way. */
export const BATCH_BYTES = 1 << 20;
export const BATCH_PAGES = 200;

/**
 * A plain XML file: the workers read their pages themselves (by offset and length, from the
 * index), so the main thread neither reads nor copies any text.
 */
export async function feedLocated(pool: WorkerPool, nextWork: () => WorkRow | null, checkAbort: () => void): Promise<void> {
  let batch: LocatedItem[] = [];
  let batchBytes = 0;
  for (let next = nextWork(); next; next = nextWork()) {
    batch.push({ id: next.id, kind: next.kind, file: next.file, title: next.title, ns: next.ns, rev: next.rev, offset: next.offset, length: next.length });
    batchBytes += next.length;
    if (batch.length >= BATCH_PAGES || batchBytes >= BATCH_BYTES) {
      checkAbort();
      await pool.submit({ type: 'located', items: batch });
      batch = [];
      batchBytes = 0;
    }
  }
  if (batch.length) await pool.submit({ type: 'located', items: batch });
}

/** Read the dump again in the main thread and hand pages to the workers in batches. */
export async function feedSequential(
  input: DumpInput,
  pool: WorkerPool,
  nextWork: () => WorkRow | null,
  checkAbort: () => void,
  decoder: 'auto' | 'binary' | 'js' | undefined,
): Promise<void> {
  let next = nextWork();
  if (!next) return;
  const reader = await DumpReader.open(input.path, { decoder });
  let batch: WorkPage[] = [];
  let batchBytes = 0;
  try {
    for await (const page of reader.pages()) {
      while (next && next.offset < page.offset) next = nextWork(); // not in this dump any more
      while (next && next.id === page.id && next.offset === page.offset) {
        batch.push({ id: next.id, kind: next.kind, file: next.file, title: next.title, ns: next.ns, rev: next.rev, text: page.text, bytes: page.bytes });
        batchBytes += page.text.length;
        next = nextWork();
      }
      if (batch.length >= BATCH_PAGES || batchBytes >= BATCH_BYTES || (!next && batch.length)) {
        checkAbort();
        await pool.submit({ type: 'pages', pages: batch });
        batch = [];
        batchBytes = 0;
      }
      if (!next) break;
    }
  } catch (err) {
    // The truncation was reported by the index pass; everything before it is converted.
    if (!(err instanceof DumpError && err.kind === 'truncated')) throw err;
  }
  if (batch.length) await pool.submit({ type: 'pages', pages: batch });
}

/** Multistream dumps: each worker decodes the streams it converts; the main thread only plans. */
export async function feedStreams(
  db: DB,
  input: DumpInput,
  pool: WorkerPool,
  nextWork: () => WorkRow | null,
  checkAbort: () => void,
): Promise<void> {
  const offsets = db.prepare('SELECT DISTINCT stream FROM pages ORDER BY stream').pluck().all() as number[];
  const endOf = new Map<number, number>();
  for (let i = 0; i < offsets.length; i++) endOf.set(offsets[i]!, offsets[i + 1] ?? input.size ?? Number.MAX_SAFE_INTEGER);
  let next = nextWork();
  while (next) {
    const stream = next.stream!;
    const wanted: WorkItem[] = [];
    while (next && next.stream === stream) {
      wanted.push({ id: next.id, kind: next.kind, file: next.file, title: next.title, ns: next.ns, rev: next.rev });
      next = nextWork();
    }
    checkAbort();
    await pool.submit({ type: 'stream', start: stream, end: endOf.get(stream)!, wanted });
  }
}

/**
 * The first stream offset of the multistream index (as the index pass recorded them for the
 * pages) at which the dump holds no bzip2 stream, or null when all do. A worker decoding from a
 * wrong offset finds none of its pages and, the damage looking like a cut-off last stream, says
 * nothing: an index of another copy, or damaged, left every page unwritten with exit 0 but for
 * the truncation (session 25's audit: "converted 0 pages" on the ja dump with offsets shifted by
 * 7 bytes). Ten bytes read per stream: "BZh1"–"BZh9", then a block's or the end's magic.
 */
export function misplacedStream(db: DB, input: DumpInput): number | null {
  const offsets = db.prepare('SELECT DISTINCT stream FROM pages WHERE stream IS NOT NULL ORDER BY stream').pluck().all() as number[];
  const fd = fs.openSync(input.path, 'r');
  try {
    const head = Buffer.alloc(10);
    for (const offset of offsets) {
      const got = fs.readSync(fd, head, 0, 10, offset);
      const magic = head.toString('hex', 4, 10);
      const ok = got === 10 && head.toString('latin1', 0, 3) === 'BZh' && head[3]! >= 0x31 && head[3]! <= 0x39 && (magic === '314159265359' || magic === '177245385090');
      if (!ok) return offset;
    }
    return null;
  } finally {
    fs.closeSync(fd);
  }
}
