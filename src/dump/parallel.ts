/**
 * Decoding a multistream dump on several cores for a sequential reader. bzip2 decoding is the
 * slow part of reading a compressed dump (≈ 24 MB of XML per CPU-second against ≈ 95 for
 * scanning and indexing, measured on the project machine), and one decoder is one core. With the
 * `-index.txt.bz2` beside the dump, runs of whole bz2 streams are decoded at the same time — by
 * `bzip2` processes, or by WebAssembly libbz2 in worker threads — and handed on in dump order,
 * so the XML (and every byte offset in it) is exactly what one decoder would produce. Memory:
 * at most `jobs` + 1 decoded runs of ≈ RUN_BYTES compressed each.
 */
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { findBzip2Binary } from './bz2.js';
import { xmlBytes, type ByteCounter, type DumpInput } from './input.js';
import { readLines } from './multistream.js';
import { DumpError } from './types.js';

/** Compressed bytes per decoding job (about 5× that of XML): long enough to make a process or message per job cheap. */
const RUN_BYTES = 2 << 20;

export interface ByteRange {
  start: number;
  end: number;
}

/** Can this input be split by stream? (A file with its multistream index beside it.) */
export function splittable(input: DumpInput): boolean {
  return input.compression === 'bzip2' && input.multistreamIndex !== null && input.path !== '-' && !!input.size;
}

/**
 * Byte ranges of the dump, each a run of whole streams of at least `minBytes`, in order, from the
 * stream offsets of the index. The first starts at 0 (the siteinfo stream), the last ends at the
 * end of the file (the closing stream; for a truncated file, wherever it was cut).
 */
export async function* streamRanges(indexPath: string, fileSize: number, minBytes = RUN_BYTES): AsyncGenerator<ByteRange> {
  let start = 0;
  let last = -1;
  for await (const line of readLines(indexPath)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const offset = Number(line.slice(0, colon));
    if (!Number.isSafeInteger(offset) || offset === last) continue;
    if (offset < last) throw new DumpError('invalid', `${indexPath}: stream offsets go backwards (${offset} after ${last}); not a multistream index`, null);
    last = offset;
    if (offset >= fileSize) break;
    if (offset - start >= minBytes) {
      yield { start, end: offset };
      start = offset;
    }
  }
  if (start < fileSize) yield { start, end: fileSize };
}

interface RangeDecoder {
  decode(range: ByteRange): Promise<Uint8Array[]>;
  close(): void;
}

/** Each range through its own `bzip2` process (the work happens there; this thread only copies). */
function binaryDecoder(input: DumpInput): RangeDecoder {
  let closed = false;
  return {
    async decode(range) {
      const out: Uint8Array[] = [];
      for await (const chunk of xmlBytes(input, { inBytes: 0 }, { ...range, decoder: 'binary' })) {
        if (closed) break;
        out.push(chunk);
      }
      return out;
    },
    close() {
      closed = true;
    },
  };
}

/** WebAssembly libbz2 in worker threads, one range at a time per worker. */
function wasmDecoder(input: DumpInput, jobs: number): RangeDecoder {
  const url = new URL('./decode-worker.js', import.meta.url);
  const idle: Worker[] = [];
  const all: Worker[] = [];
  const waiting: Array<(w: Worker) => void> = [];
  for (let i = 0; i < jobs; i++) {
    const w = new Worker(url, { workerData: { input } });
    w.unref();
    all.push(w);
    idle.push(w);
  }
  const release = (w: Worker) => {
    const next = waiting.shift();
    if (next) next(w);
    else idle.push(w);
  };
  return {
    async decode(range) {
      const worker = idle.pop() ?? (await new Promise<Worker>((resolve) => waiting.push(resolve)));
      try {
        return await new Promise<Uint8Array[]>((resolve, reject) => {
          const onMessage = (m: { data?: Uint8Array; error?: { kind: string; message: string } }) => {
            worker.off('error', onError);
            if (m.error) reject(new DumpError(m.error.kind as 'invalid', m.error.message, null));
            else resolve([m.data!]);
          };
          const onError = (err: Error) => {
            worker.off('message', onMessage);
            reject(err);
          };
          worker.once('message', onMessage);
          worker.once('error', onError);
          worker.postMessage(range);
        });
      } finally {
        release(worker);
      }
    },
    close() {
      for (const w of all) void w.terminate();
    },
  };
}

/** Whether a bzip2 stream starts at `offset` of the dump. */
function streamStartsAt(input: DumpInput, offset: number): boolean {
  const head = Buffer.alloc(3);
  const fd = fs.openSync(input.path, 'r');
  try {
    fs.readSync(fd, head, 0, 3, offset);
  } finally {
    fs.closeSync(fd);
  }
  return head.toString('latin1') === 'BZh';
}

/**
 * The uncompressed XML of a multistream dump, in order, decoded by `jobs` decoders at once.
 * `counter.inBytes` advances by each range's compressed size as it is handed on. An index that
 * does not fit the dump (no stream where it puts a range's start: damaged, or of another copy)
 * is no error: the runs before it are handed on, and the rest is decoded here in one stream, as
 * with `--jobs 1` (the convert pass, checking every offset the pages are filed under, warns).
 */
export async function* parallelXmlBytes(
  input: DumpInput,
  counter: ByteCounter,
  opts: { jobs: number; decoder?: 'auto' | 'binary' | 'js'; runBytes?: number },
): AsyncGenerator<Uint8Array> {
  const jobs = Math.max(1, opts.jobs);
  const binary = opts.decoder !== 'js' && findBzip2Binary() !== null;
  const decoder = binary ? binaryDecoder(input) : wasmDecoder(input, jobs);
  const ranges = streamRanges(input.multistreamIndex!, input.size!, opts.runBytes);
  const inFlight: Array<{ range: ByteRange; result: Promise<Uint8Array[]> }> = [];
  let exhausted = false;
  // The first range start where no stream is; the run ending there is not handed on either.
  let misfitAt: number | null = null;
  let misfitFrom: number | null = null;
  const fill = async () => {
    while (!exhausted && inFlight.length < jobs) {
      const next = await ranges.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      if (!streamStartsAt(input, next.value.start)) {
        exhausted = true;
        misfitAt = next.value.start;
        break;
      }
      const result = decoder.decode(next.value);
      result.catch(() => {}); // awaited in order below; a rejection must not go unhandled meanwhile
      inFlight.push({ range: next.value, result });
    }
  };
  try {
    await fill();
    if (misfitAt === 0) misfitFrom = 0;
    while (inFlight.length) {
      const head = inFlight.shift()!;
      if (head.range.end === misfitAt) {
        misfitFrom = head.range.start;
        break;
      }
      let chunks: Uint8Array[];
      try {
        chunks = await head.result;
      } catch (err) {
        if (!(err instanceof DumpError) || err.kind !== 'corrupt') throw err;
        // A damaged run: decode it again here, in order, so that everything before the damage
        // is handed on (the reader keeps those pages); the same error follows.
        for await (const chunk of xmlBytes(input, { inBytes: 0 }, { ...head.range, decoder: binary ? 'binary' : 'js' })) yield chunk;
        throw err;
      }
      // Keep every decoder busy while the consumer scans this run.
      await fill();
      if (head.range.end === misfitAt) {
        misfitFrom = head.range.start;
        break;
      }
      counter.inBytes += head.range.end - head.range.start;
      for (const chunk of chunks) yield chunk;
    }
    if (misfitFrom !== null) {
      yield* xmlBytes(input, counter, { start: misfitFrom, end: input.size!, decoder: binary ? 'binary' : 'js' });
    }
  } finally {
    decoder.close();
    await ranges.return(undefined);
  }
}
