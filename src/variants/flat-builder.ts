/**
 * Builds converted text as one flat string, in one shared UTF-16 buffer (conversion is
 * synchronous, so one buffer serves every call).
 *
 * Why not `+=`: appending makes a rope of thousands of tiny pieces that V8 flattens later, when
 * the writer first reads a character — which cost more than the conversion itself. Why Buffer's
 * `utf16le` decoding at the end: it copies the code units in one native call (≈ 70 ns whatever the
 * length), where `String.fromCharCode.apply` costs ≈ 4 ns per character; it keeps lone surrogates
 * as they are, and gives a one-byte string when every unit fits, like any other string.
 */
import { endianness } from 'node:os';

/** Buffer decodes little-endian UTF-16; on a big-endian machine the typed array is not that. */
const LITTLE_ENDIAN = endianness() === 'LE';

export class FlatBuilder {
  private static units = new Uint16Array(4096);
  private static bytes = Buffer.from(FlatBuilder.units.buffer);
  private static readonly shared = new FlatBuilder();
  private len = 0;

  /** The shared builder, emptied, with room for about `hint` code units. */
  static begin(hint: number): FlatBuilder {
    const b = FlatBuilder.shared;
    b.len = 0;
    if (FlatBuilder.units.length < hint * 2) FlatBuilder.grow(hint * 2, 0);
    return b;
  }

  private static grow(size: number, keep: number): Uint16Array {
    const bigger = new Uint16Array(size);
    bigger.set(FlatBuilder.units.subarray(0, keep));
    FlatBuilder.units = bigger;
    FlatBuilder.bytes = Buffer.from(bigger.buffer);
    return bigger;
  }

  private reserve(extra: number): Uint16Array {
    const units = FlatBuilder.units;
    if (this.len + extra <= units.length) return units;
    return FlatBuilder.grow(Math.max(units.length * 2, this.len + extra), this.len);
  }

  /** Append `s[from, to)`. */
  copy(s: string, from: number, to: number): void {
    const units = this.reserve(to - from);
    let k = this.len;
    for (let i = from; i < to; i++) units[k++] = s.charCodeAt(i);
    this.len = k;
  }

  append(s: string): void {
    this.copy(s, 0, s.length);
  }

  /** Append one code unit. */
  unit(u: number): void {
    const units = this.reserve(1);
    units[this.len++] = u;
  }

  /** Append `pool[start, start + count)`. */
  units(pool: Uint16Array, start: number, count: number): void {
    const units = this.reserve(count);
    let k = this.len;
    for (let i = start, end = start + count; i < end; i++) units[k++] = pool[i]!;
    this.len = k;
  }

  finish(): string {
    if (LITTLE_ENDIAN) return FlatBuilder.bytes.toString('utf16le', 0, this.len * 2);
    const units = FlatBuilder.units;
    const CHUNK = 8192;
    let s = '';
    for (let k = 0; k < this.len; k += CHUNK) {
      s += String.fromCharCode.apply(null, units.subarray(k, Math.min(this.len, k + CHUNK)) as unknown as number[]);
    }
    return s;
  }
}
