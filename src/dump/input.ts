/**
 * Where dump bytes come from: a file or stdin, plain, gzip or bzip2 (single or multistream),
 * detected by magic bytes, not by the file name. Yields uncompressed XML in chunks.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createGunzip } from 'node:zlib';
import { Bz2BlockDecoder, findBzip2Binary } from './bz2.js';
import { DumpError } from './types.js';

export type Compression = 'none' | 'bzip2' | 'gzip';

export interface DumpInput {
  /** File path, or '-' for stdin. */
  path: string;
  compression: Compression;
  /** Size of the (compressed) file in bytes, null for stdin. */
  size: number | null;
  /** `…-multistream-index.txt.bz2` beside a multistream dump, when present. */
  multistreamIndex: string | null;
}

export interface ByteCounter {
  /** Bytes read from the file or stdin (compressed). */
  inBytes: number;
}

const CHUNK = 1 << 20;

export function compressionOf(head: Uint8Array): Compression {
  if (head.length >= 4 && head[0] === 0x42 && head[1] === 0x5a && head[2] === 0x68 && head[3]! >= 0x31 && head[3]! <= 0x39) return 'bzip2';
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  return 'none';
}

/** The multistream index file that Wikimedia publishes beside `X-multistream.xml.bz2`. */
export function multistreamIndexPath(dumpPath: string): string | null {
  const m = /^(.*-multistream)\.xml\.bz2$/.exec(dumpPath);
  if (!m) return null;
  const candidate = `${m[1]}-index.txt.bz2`;
  return fs.existsSync(candidate) ? candidate : null;
}

/** Look at a dump file without reading it all. */
export function describeInput(path: string): DumpInput {
  if (path === '-') return { path, compression: 'none', size: null, multistreamIndex: null };
  let fd: number;
  try {
    fd = fs.openSync(path, 'r');
  } catch (err) {
    // "ENOENT: no such file or directory, open 'x'" → "no such file or directory (ENOENT)"
    throw new DumpError('io', `cannot open ${path}: ${(err as Error).message.replace(/^(E[A-Z]+): ([^,]+),.*$/s, '$2 ($1)')}`);
  }
  try {
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) throw new DumpError('io', `${path} is a directory, not a dump file`);
    const head = Buffer.alloc(4);
    fs.readSync(fd, head, 0, 4, 0);
    const compression = compressionOf(head);
    return {
      path,
      compression,
      size: st.size,
      multistreamIndex: compression === 'bzip2' ? multistreamIndexPath(path) : null,
    };
  } finally {
    fs.closeSync(fd);
  }
}

/** Raw bytes of the file (or stdin), counted. */
async function* rawBytes(path: string, counter: ByteCounter, start = 0, end?: number, tee?: number): AsyncGenerator<Buffer> {
  const stream =
    path === '-'
      ? process.stdin
      : fs.createReadStream(path, { highWaterMark: CHUNK, start, end: end === undefined ? undefined : end - 1 });
  // A failed write of the copy (a full disk under the spool) is the output's failure, not the
  // input's: it goes up as the system's error, for the run to name as such (exit 4, resumable).
  let teeFailure: unknown = null;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      counter.inBytes += chunk.length;
      if (tee !== undefined) {
        try {
          fs.writeSync(tee, chunk);
        } catch (err) {
          teeFailure = err;
          throw err;
        }
      }
      yield chunk;
    }
  } catch (err) {
    if (err instanceof DumpError || (teeFailure !== null && err === teeFailure)) throw err;
    throw new DumpError('io', `cannot read ${path}: ${(err as Error).message}`);
  }
}

/**
 * Uncompressed XML of the input, in chunks. For stdin the compression is sniffed from the first
 * chunk. `start`/`end` select a byte range of the (compressed) file: one multistream stream.
 */
export async function* xmlBytes(
  input: DumpInput,
  counter: ByteCounter,
  opts: { start?: number; end?: number; decoder?: 'auto' | 'binary' | 'js'; tee?: number } = {},
): AsyncGenerator<Uint8Array> {
  const raw = rawBytes(input.path, counter, opts.start ?? 0, opts.end, opts.tee);
  let first = await raw.next();
  if (first.done) return;
  let compression = input.compression;
  if (input.path === '-') compression = compressionOf(first.value);
  async function* all(): AsyncGenerator<Buffer> {
    if (!first.done) yield first.value;
    yield* raw;
  }
  if (compression === 'none') {
    yield* all();
  } else if (compression === 'gzip') {
    const gunzip = createGunzip();
    const feeding = pipeInto(all(), gunzip);
    try {
      for await (const chunk of gunzip as AsyncIterable<Buffer>) yield chunk;
    } catch (err) {
      // A cut-off gzip file: hand the scanner what we have; it reports the truncation.
      if ((err as NodeJS.ErrnoException).code !== 'Z_BUF_ERROR') throw new DumpError('corrupt', `gzip data error: ${(err as Error).message}`);
    }
    await feeding;
  } else {
    const binary = opts.decoder === 'js' ? null : findBzip2Binary();
    if (binary && opts.decoder !== 'js') yield* bunzipWithBinary(binary, all());
    else yield* bunzipWithWasm(all(), opts.start ?? 0);
  }
}

/**
 * Feed `source` into `sink` with back-pressure. Stops when the sink goes away: a decoder that
 * quits on a data error never drains, and waiting for 'drain' alone would hang (the process
 * then ran out of events and exited 0 with no word).
 */
async function pipeInto(source: AsyncIterable<Buffer>, sink: NodeJS.WritableStream & { destroyed?: boolean }): Promise<void> {
  try {
    for await (const chunk of source) {
      if (sink.destroyed) break;
      if (!sink.write(chunk)) {
        await new Promise<void>((resolve) => {
          const done = () => {
            sink.off('drain', done);
            sink.off('close', done);
            sink.off('error', done);
            resolve();
          };
          sink.on('drain', done);
          sink.on('close', done);
          sink.on('error', done);
          if (sink.destroyed) done();
        });
      }
    }
  } finally {
    sink.end();
  }
}

async function* bunzipWithWasm(source: AsyncIterable<Buffer>, baseOffset: number): AsyncGenerator<Uint8Array> {
  const decoder = await Bz2BlockDecoder.create(baseOffset);
  let cut: DumpError | null = null;
  for await (const chunk of source) {
    for (const out of decoder.push(chunk)) yield out;
  }
  try {
    for (const out of decoder.end()) yield out;
    decoder.rethrow();
  } catch (err) {
    // Truncated compressed data: everything decodable was yielded; the XML scanner reports
    // where the XML stops. Data errors are real errors.
    if (!(err instanceof DumpError) || err.kind !== 'truncated') throw err;
    cut = err;
  }
  void cut;
}

async function* bunzipWithBinary(binary: string, source: AsyncIterable<Buffer>): AsyncGenerator<Uint8Array> {
  // Its own process group: a Ctrl-C meant for us must not kill the decoder mid-stream (we stop
  // it ourselves when reading ends).
  const child = spawn(binary, ['-dc'], { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (s: string) => (stderr += s));
  const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  child.stdin.on('error', () => {}); // bzip2 may stop reading early (data error); exit code tells.
  const feeding = pipeInto(source, child.stdin);
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) yield chunk;
  } finally {
    if (child.exitCode === null) child.kill();
  }
  await feeding.catch(() => {});
  const code = await exited;
  if (code !== 0 && !/ends unexpectedly|unexpected end/i.test(stderr)) {
    const line = stderr.split('\n').find((l) => l.trim() && !/^\s*(Input file|It is possible|You can use|\s*$)/.test(l)) ?? `exit ${code}`;
    throw new DumpError('corrupt', `bzip2 data error: ${line.replace(/^bzip2:\s*/, '').trim()}`);
  }
}
