/**
 * bzip2 decoding. Measured on this project's machine (2 cores, jawiki multistream, MB/s of XML
 * out): system `bzip2` 33.6, @foxglove/wasm-bz2 (libbz2 compiled to WebAssembly) 33.1, seek-bzip
 * 18.6, compressjs 16.9, unbzip2-stream 9.5. So: the `bzip2` binary when present (it runs in its
 * own process, off our threads), else libbz2-in-WebAssembly.
 *
 * The WebAssembly build only decodes whole streams from a buffer into a buffer of known size. To
 * stream any input at constant memory we cut the compressed bits into blocks ourselves: every
 * bzip2 block starts with the 48-bit magic 0x314159265359 at an arbitrary bit offset, every
 * stream ends with 0x177245385090 + CRC. A single block, shifted to a byte boundary, framed by a
 * `BZh9` header and an end-of-stream marker whose combined CRC equals the block's CRC, is a
 * complete stream libbz2 decodes on its own. (The same trick lets parallel bzip2 tools split work.)
 */
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { DumpError } from './types.js';

interface WasmBzip2 {
  decompress(src: Uint8Array, destSize: number, opts?: { small?: boolean }): Uint8Array;
}

let wasm: Promise<WasmBzip2> | null = null;

/** The libbz2 WebAssembly module (loaded once per thread). */
export function loadWasmBzip2(): Promise<WasmBzip2> {
  if (!wasm) {
    const require = createRequire(import.meta.url);
    const Bzip2 = require('@foxglove/wasm-bz2') as { init(): Promise<WasmBzip2> };
    wasm = Bzip2.init();
  }
  return wasm;
}

let binaryPath: string | null | undefined;

/** Path of the system `bzip2` binary, or null. `WIKIMARK_BZIP2=js` forces the WebAssembly path. */
export function findBzip2Binary(): string | null {
  if (process.env.WIKIMARK_BZIP2 === 'js') return null;
  if (binaryPath !== undefined) return binaryPath;
  binaryPath = null;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, 'bzip2');
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      binaryPath = candidate;
      break;
    } catch {
      // not here
    }
  }
  return binaryPath;
}

const BLOCK_HI = 0x31415926;
const BLOCK_LO = 0x5359;
const EOS_HI = 0x17724538;
const EOS_LO = 0x5090;
const BZ_OUTBUFF_FULL = -8;

/** Values byte j+1 can have when a marker starts anywhere in byte j. */
const CANDIDATE = new Uint8Array(256);
for (const [hi, lo] of [[BLOCK_HI, BLOCK_LO], [EOS_HI, EOS_LO]] as const) {
  const bits48 = hi * 65536 + lo;
  for (let k = 0; k < 8; k++) CANDIDATE[Math.floor(bits48 / 2 ** (48 - 16 + k)) & 0xff] = 1;
}

/**
 * Streaming bzip2 decoder over the WebAssembly libbz2: push compressed chunks, get decoded
 * chunks back, in order. Handles concatenated streams (multistream dumps).
 */
export class Bz2BlockDecoder {
  private data = new Uint8Array(1 << 20);
  private len = 0;
  /** Absolute byte offset (in the compressed input) of data[0]. */
  private base = 0;
  /** Absolute bit position of the next bit to scan. */
  private scanBit = 0;
  /** Absolute bit position of the open block's magic, or -1. */
  private blockStart = -1;
  private blocks = 0;
  private streamsEnded = 0;
  private outGuess = 4 << 20;
  /** A block that failed to decode: thrown by the next push()/end(), after the blocks before it were returned. */
  private failure: DumpError | null = null;

  private constructor(private readonly bz: WasmBzip2, baseOffset: number) {
    this.base = baseOffset;
    this.scanBit = baseOffset * 8;
  }

  static async create(baseOffset = 0): Promise<Bz2BlockDecoder> {
    return new Bz2BlockDecoder(await loadWasmBzip2(), baseOffset);
  }

  /** Compressed bytes consumed so far. */
  get position(): number {
    return this.base + this.len;
  }

  push(chunk: Uint8Array): Uint8Array[] {
    if (this.failure) throw this.failure;
    this.append(chunk);
    const out: Uint8Array[] = [];
    this.scanSafely(out, false);
    return out;
  }

  /** End of input. Throws a DumpError when a block or stream was cut off or damaged. */
  end(): Uint8Array[] {
    if (this.failure) throw this.failure;
    const out: Uint8Array[] = [];
    this.scanSafely(out, true);
    if (this.failure && !out.length) throw this.failure;
    if (this.failure) return out; // the good blocks now; the error from rethrow()
    if (this.blockStart >= 0) {
      throw new DumpError('truncated', `bzip2 data truncated at compressed byte ${this.position} (inside the block starting at bit ${this.blockStart})`, null);
    }
    if (this.blocks === 0 && this.streamsEnded === 0) {
      throw new DumpError('invalid', 'not bzip2 data: no block found', null);
    }
    return out;
  }

  /** Throws the error of a damaged block kept back by the last push()/end(), if any. */
  rethrow(): void {
    if (this.failure) throw this.failure;
  }

  /**
   * scan(), but a damaged block does not take the blocks decoded before it in the same chunk
   * down with it: they are returned and the error is kept for the next call.
   */
  private scanSafely(out: Uint8Array[], atEnd: boolean): void {
    try {
      this.scan(out, atEnd);
    } catch (err) {
      if (!(err instanceof DumpError) || !out.length) throw err;
      this.failure = err;
    }
  }

  private append(chunk: Uint8Array): void {
    const need = this.len + chunk.length;
    if (need > this.data.length) {
      const bigger = new Uint8Array(Math.max(need, this.data.length * 2));
      bigger.set(this.data.subarray(0, this.len));
      this.data = bigger;
    }
    this.data.set(chunk, this.len);
    this.len = need;
  }

  private bitAt(abs: number): number {
    const rel = abs - this.base * 8;
    return (this.data[rel >> 3]! >> (7 - (rel & 7))) & 1;
  }

  private bits(abs: number, n: number): number {
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 2 + this.bitAt(abs + i);
    return v;
  }

  private scan(out: Uint8Array[], atEnd: boolean): void {
    const data = this.data;
    const base = this.base;
    // A marker starting at bit k of byte j always covers all of byte j+1, so only bytes whose
    // successor is one of the 16 possible values need the full 48-bit comparison.
    const last = this.len - 7; // the 7 bytes j..j+6 hold any marker starting in byte j
    let j = this.scanBit / 8 - base;
    for (; j <= last; j++) {
      if (!CANDIDATE[data[j + 1]!]) continue;
      const b0 = data[j]!, b1 = data[j + 1]!, b2 = data[j + 2]!, b3 = data[j + 3]!;
      const b4 = data[j + 4]!, b5 = data[j + 5]!, b6 = data[j + 6]!;
      const word = ((b0 << 24) | (b1 << 16) | (b2 << 8) | b3) >>> 0;
      const tail = (b4 << 16) | (b5 << 8) | b6;
      for (let k = 0; k < 8; k++) {
        const hi = k === 0 ? word : ((word << k) | (b4 >>> (8 - k))) >>> 0;
        if (hi !== BLOCK_HI && hi !== EOS_HI) continue;
        const lo = (tail >>> (8 - k)) & 0xffff;
        const start = (base + j) * 8 + k;
        if (start < this.scanBit) continue;
        if (hi === BLOCK_HI && lo === BLOCK_LO) {
          if (this.blockStart >= 0) out.push(this.decodeBlock(this.blockStart, start));
          this.blockStart = start;
        } else if (hi === EOS_HI && lo === EOS_LO) {
          if (this.blockStart >= 0) out.push(this.decodeBlock(this.blockStart, start));
          this.blockStart = -1;
          this.streamsEnded++;
        }
      }
    }
    void atEnd;
    this.scanBit = (base + Math.max(j, 0)) * 8;
    // Keep only the bytes still needed: the open block, or the bytes not yet scanned.
    const keepFrom = this.blockStart >= 0 ? this.blockStart >> 3 : base + Math.max(j, 0);
    const drop = Math.min(keepFrom - this.base, this.len);
    if (drop > 0) {
      this.data.copyWithin(0, drop, this.len);
      this.len -= drop;
      this.base += drop;
    }
  }

  /** Decode the block spanning absolute bits [from, to) as a stream of its own. */
  private decodeBlock(from: number, to: number): Uint8Array {
    this.blocks++;
    const nbits = to - from;
    const totalBits = 32 + nbits + 80;
    const frame = new Uint8Array(Math.ceil(totalBits / 8));
    frame[0] = 0x42; // B
    frame[1] = 0x5a; // Z
    frame[2] = 0x68; // h
    frame[3] = 0x39; // 9: the largest block size accepts any block
    const rel = from - this.base * 8;
    const shift = rel & 7;
    const src = this.data;
    let j = rel >> 3;
    const nbytes = nbits >> 3;
    if (shift === 0) {
      frame.set(src.subarray(j, j + nbytes), 4);
    } else {
      for (let k = 0; k < nbytes; k++, j++) frame[4 + k] = ((src[j]! << shift) | (src[j + 1]! >> (8 - shift))) & 0xff;
    }
    // Remaining bits of the block, then the end-of-stream marker and CRC, bit by bit.
    let outBit = 32 + nbytes * 8;
    const put = (bit: number) => {
      if (bit) frame[outBit >> 3] |= 0x80 >> (outBit & 7);
      outBit++;
    };
    for (let b = nbytes * 8; b < nbits; b++) put(this.bitAt(from + b));
    const crc = this.bits(from + 48, 32);
    for (let b = 31; b >= 0; b--) put((EOS_HI >>> b) & 1);
    for (let b = 15; b >= 0; b--) put((EOS_LO >>> b) & 1);
    for (let b = 31; b >= 0; b--) put(Math.floor(crc / 2 ** b) & 1);
    for (;;) {
      try {
        return this.bz.decompress(frame, this.outGuess, { small: false });
      } catch (err) {
        const message = (err as Error).message;
        if (message.includes(String(BZ_OUTBUFF_FULL)) && this.outGuess < 1 << 30) {
          this.outGuess *= 4;
          continue;
        }
        throw new DumpError('corrupt', `bzip2 data error in the block at compressed byte ${from >> 3}: ${message}`, null);
      }
    }
  }
}
