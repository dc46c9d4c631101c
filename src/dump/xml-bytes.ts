/**
 * The text of a page decoded straight from the dump's bytes: the XML entities replaced in the
 * bytes (native copies between `&`s found by Buffer.indexOf), then one UTF-8 → UTF-16 conversion
 * (utf8.ts). The string way — decode the whole page, then decodeXml the text — builds the text
 * twice: once decoded, once again from its pieces between entities (`&lt;ref&gt;` and `&quot;`
 * are on every line of a Wikipedia page), in JavaScript. Same result: the five named entities are
 * ASCII and map to ASCII, so replacing them before or after decoding UTF-8 is the same, also next
 * to invalid bytes (the decoder's replacement characters are decided by the bytes before the `&`).
 * A page with a numeric character reference (`&#…;`, never written by MediaWiki's exporter; it can
 * name a lone surrogate, which has no UTF-8 form) takes the string way, decodeXml.
 */
import { decodeUtf8 } from './utf8.js';
import { decodeXml } from './xml.js';

const AMP = 0x26;
const SEMI = 0x3b;
const HASH = 0x23;

/** A reused output buffer (one per thread that reads pages). */
export interface UnescapeScratch {
  buffer: Buffer;
}

/**
 * The byte `&name;` at `buf[amp, semi]` stands for, or -1 when it is not one of the five named
 * entities (decodeXml's namedEntity, on bytes).
 */
function namedEntityByte(buf: Buffer, amp: number, semi: number): number {
  const c0 = buf[amp + 1]!;
  switch (semi - amp - 1) {
    case 2:
      if (buf[amp + 2] !== 0x74 /* t */) return -1;
      return c0 === 0x6c /* l */ ? 0x3c : c0 === 0x67 /* g */ ? 0x3e : -1;
    case 3:
      return c0 === 0x61 && buf[amp + 2] === 0x6d && buf[amp + 3] === 0x70 ? AMP : -1; // amp
    case 4:
      if (c0 === 0x71 && buf[amp + 2] === 0x75 && buf[amp + 3] === 0x6f && buf[amp + 4] === 0x74) return 0x22; // quot
      return c0 === 0x61 && buf[amp + 2] === 0x70 && buf[amp + 3] === 0x6f && buf[amp + 4] === 0x73 ? 0x27 : -1; // apos
    default:
      return -1;
  }
}

/**
 * `decodeXml(decodeUtf8(buf, start, end))`, computed on the bytes. decodeXml looks for the `;`
 * of an `&` at most 12 characters on; the named entities are 2–4 ASCII letters, so whatever it
 * skips for being farther is no entity here either.
 */
export function decodeXmlUtf8(buf: Buffer, start: number, end: number, scratch: UnescapeScratch): string {
  let amp = buf.indexOf(AMP, start);
  if (amp < 0 || amp >= end) return decodeUtf8(buf, start, end);
  if (scratch.buffer.length < end - start) scratch.buffer = Buffer.allocUnsafe(end - start + (1 << 16));
  const out = scratch.buffer;
  let written = 0;
  let last = start;
  while (amp >= 0 && amp < end) {
    // The `;` of a named entity is within 5 bytes; a `&#` that decodeXml may take goes that way.
    let semi = -1;
    for (let i = amp + 1; i < end && i <= amp + 5; i++) {
      if (buf[i] === SEMI) {
        semi = i;
        break;
      }
    }
    if (buf[amp + 1] === HASH && amp + 1 < end) return decodeXml(decodeUtf8(buf, start, end));
    const byte = semi < 0 ? -1 : namedEntityByte(buf, amp, semi);
    if (byte < 0) {
      amp = buf.indexOf(AMP, amp + 1);
      continue;
    }
    written = copyBytes(buf, last, amp, out, written);
    out[written++] = byte;
    last = semi + 1;
    amp = buf.indexOf(AMP, last);
  }
  written = copyBytes(buf, last, end, out, written);
  return decodeUtf8(out, 0, written);
}

/**
 * Below this many bytes a loop copies faster than Buffer#copy, whose argument checks cost more
 * than the copy: the runs between entities are mostly short (`&lt;ref&gt;`, `&quot;`).
 */
const SHORT_COPY = 48;

/** `src[from, to)` copied to `out` at `at`; returns the end of the copy in `out`. */
function copyBytes(src: Buffer, from: number, to: number, out: Buffer, at: number): number {
  if (to - from >= SHORT_COPY) return at + src.copy(out, at, from, to);
  for (let i = from; i < to; i++) out[at++] = src[i]!;
  return at;
}
