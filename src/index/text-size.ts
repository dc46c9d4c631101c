/**
 * `--min-size N` keeps a content page whose wikitext has at least N UTF-16 units (its JS length).
 * The index pass holds texts still XML-escaped, their UTF-8 bytes viewed as latin1 (src/dump/page.ts);
 * decoding every one of them just to count (~2.3 ns a byte) tripled the cost of the pass. The
 * escaped length L (bytes) already bounds the decoded length C, for a text without character
 * references (`&#…;`, which builder.ts decodes anyway):
 *  - C ≤ B ≤ L, where B = L minus what the entities over-count (`&lt;` is 4 bytes for one char):
 *    every UTF-16 unit takes at least one byte (a 4-byte sequence gives a surrogate pair, two);
 *  - C ≥ B / 3: UTF-8 takes at most 3 bytes a unit (4 a pair), and a bad sequence, which the
 *    decoder replaces by one U+FFFD, is at most 3 bytes;
 *  - C ≥ L / 6: with entities of at most 6 bytes (`&quot;`, `&apos;`) for their one char.
 * So a run needs an exact count only for the pages whose bounds straddle its N: one native pass
 * (`buffer.transcode`, the converter decodeUtf8 uses) instead of a decoded string. The value
 * stored answers `chars >= N` exactly for that N only, and is a bound otherwise; run.ts
 * records the N (info 'chars') so another N rebuilds the index.
 */
import { decodeXmlBytes } from '../dump/page.js';
import { decodedUtf16Length } from '../dump/utf8.js';
import { namedEntity } from '../dump/xml.js';

/** Most bytes one decoded unit takes in a text without character references (`&quot;`). */
const MAX_BYTES_PER_UNIT = 6;
/** Most bytes of UTF-8 per UTF-16 unit, bad sequences included. */
const MAX_UTF8_BYTES_PER_UNIT = 3;

/**
 * A number that is ≥ `minSize` exactly when the decoded text of `xmlText` is at least `minSize`
 * UTF-16 units long: the length itself, or a bound on the side it falls. `xmlText` must hold no
 * character reference (scan-xml.ts hasCharacterReference).
 */
export function charsForMinSize(xmlText: string, minSize: number): number {
  // C is a whole number: C >= minSize exactly when C >= n.
  const n = Math.ceil(minSize);
  const escaped = xmlText.length;
  if (escaped >= MAX_BYTES_PER_UNIT * n) return Math.floor(escaped / MAX_BYTES_PER_UNIT);
  const excess = entityExcess(xmlText);
  if (excess < 0) return decodeXmlBytes(xmlText).length;
  const utf8 = escaped - excess;
  if (utf8 < n) return utf8;
  if (utf8 >= MAX_UTF8_BYTES_PER_UNIT * n) return Math.floor(utf8 / MAX_UTF8_BYTES_PER_UNIT);
  return decodedLength(xmlText, excess);
}

/** The decoded length of `xmlText` (UTF-16 units), counted without building the string. */
export function decodedLengthOfXml(xmlText: string): number {
  const excess = entityExcess(xmlText);
  return excess < 0 ? decodeXmlBytes(xmlText).length : decodedLength(xmlText, excess);
}

function decodedLength(xmlText: string, excess: number): number {
  // Each entity's bytes are ASCII, one unit each: `excess` more than its one char. Bad UTF-8 is
  // counted as decodeUtf8 decodes it (V8's lenient decoder), entities being ASCII either way.
  return decodedUtf16Length(Buffer.from(xmlText, 'latin1')) - excess;
}

/**
 * How many more bytes than chars the entities of `xmlText` take, or -1 when it holds an `&`
 * that is not one of the five XML entities (decodeXml's rules for those are left to decodeXml).
 */
export function entityExcess(xmlText: string): number {
  let excess = 0;
  for (let amp = xmlText.indexOf('&'); amp >= 0; amp = xmlText.indexOf('&', amp + 1)) {
    const semi = xmlText.indexOf(';', amp + 1);
    if (semi < 0 || namedEntity(xmlText, amp + 1, semi) === undefined) return -1;
    excess += semi - amp; // `&name;` is semi - amp + 1 bytes for one char
  }
  return excess;
}
