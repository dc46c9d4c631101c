/**
 * UTF-8 bytes → string, fast. Every page of a dump is decoded from UTF-8 once by the index pass
 * and once by the worker that converts it, and V8's own decoder (`buf.toString('utf8')`,
 * TextDecoder: the same code) runs at only ~250 MB/s on CJK and Cyrillic text. The converter
 * behind `buffer.transcode` (ICU in older Node releases; by its speed simdutf in Node 20.20) plus
 * a UTF-16 copy measured 1.5–2.2 GB/s on the same bytes, with identical results for valid UTF-8.
 * It throws on invalid input (and is missing from Node builds without ICU), so those cases take
 * V8's decoder, which replaces bad bytes with U+FFFD as before.
 * encodeUtf8 is the way back, by the same converter.
 */
import { transcode } from 'node:buffer';

/** Below this size the call overhead outweighs the faster loop. */
const SMALL = 256;

let icu = typeof transcode === 'function';

/** `buf[start, end)` as UTF-16 (little-endian) bytes by ICU, or null where decodeUtf8 uses V8. */
function icuUtf16(buf: Buffer, start: number, end: number): Buffer | null {
  if (!icu || end - start < SMALL) return null;
  try {
    return transcode(buf.subarray(start, end), 'utf8', 'utf16le');
  } catch (err) {
    // U_INVALID_CHAR_FOUND and friends: bad bytes in the input, decode them the lenient way.
    // Anything else means transcode itself is unusable here: stop trying it.
    if (!/U_[A-Z_]+/.test((err as Error).message ?? '')) icu = false;
    return null;
  }
}

export function decodeUtf8(buf: Buffer, start = 0, end = buf.length): string {
  const utf16 = icuUtf16(buf, start, end);
  return utf16 !== null ? utf16.toString('utf16le') : buf.toString('utf8', start, end);
}

/** `decodeUtf8(buf).length` without building the string where ICU can count it. */
export function decodedUtf16Length(buf: Buffer): number {
  const utf16 = icuUtf16(buf, 0, buf.length);
  return utf16 !== null ? utf16.length / 2 : buf.toString('utf8').length;
}

/** Reused buffers of encodeUtf8 (one set per thread that writes pages). */
export interface EncodeScratch {
  utf16: Buffer;
  utf8: Buffer;
}

export function encodeScratch(): EncodeScratch {
  return { utf16: Buffer.allocUnsafe(1 << 20), utf8: Buffer.allocUnsafe(1 << 20) };
}

const encoder = new TextEncoder();

/**
 * A string's UTF-8 bytes, fast: `bytes[0, size)`, either a new buffer or `scratch.utf8`. ICU
 * converts UTF-16 to UTF-8 at ~1.7 GB/s on the mirror's mostly CJK Markdown,
 * TextEncoder.encodeInto at ~1.0 GB/s (Buffer.from and writeFileSync(string) at 0.4–0.6): the
 * text is copied as UTF-16 into a reused buffer (flattening a rope, as any encoder must) and ICU
 * converts that. ICU refuses a lone surrogate; such a text takes encodeInto, which writes U+FFFD
 * for it as V8 does. Valid UTF-16 has one UTF-8 form, so the bytes are the same either way.
 */
export function encodeUtf8(s: string, scratch: EncodeScratch): { bytes: Buffer; size: number } {
  if (icu && s.length >= SMALL) {
    if (scratch.utf16.length < s.length * 2) scratch.utf16 = Buffer.allocUnsafe(s.length * 2 + (1 << 16));
    const units = scratch.utf16.write(s, 0, 'utf16le');
    try {
      const bytes = transcode(scratch.utf16.subarray(0, units), 'utf16le', 'utf8');
      return { bytes, size: bytes.length };
    } catch (err) {
      if (!/U_[A-Z_]+/.test((err as Error).message ?? '')) icu = false;
    }
  }
  // A UTF-16 unit never takes more than 3 UTF-8 bytes.
  if (scratch.utf8.length < s.length * 3) scratch.utf8 = Buffer.allocUnsafe(s.length * 3 + (1 << 16));
  return { bytes: scratch.utf8, size: encoder.encodeInto(s, scratch.utf8).written };
}

/**
 * Offset of the first byte of `buf[start, end)` that does not begin a well-formed UTF-8 sequence
 * (what decodeUtf8 turns into U+FFFD), or -1. For messages only: callers test with the native
 * `buffer.isUtf8` first and come here for the rare page that fails.
 */
export function firstInvalidUtf8(buf: Uint8Array, start = 0, end = buf.length): number {
  let i = start;
  while (i < end) {
    const c = buf[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    // Sequence length and the range of the second byte (overlongs, surrogates, > U+10FFFF out).
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 2;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 3;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 4;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else return i;
    if (i + n > end) return i;
    const second = buf[i + 1]!;
    if (second < lo || second > hi) return i;
    for (let k = 2; k < n; k++) if ((buf[i + k]! & 0xc0) !== 0x80) return i;
    i += n;
  }
  return -1;
}
