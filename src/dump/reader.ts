/**
 * Reading a dump: the siteinfo first, then pages one at a time at constant memory.
 *
 *   const dump = await DumpReader.open('zhwiki-…-multistream.xml.bz2');
 *   dump.site;                       // SiteConfig built from the siteinfo
 *   for await (const page of dump.pages()) …
 *
 * A truncated dump yields every complete page, then throws a DumpError of kind 'truncated' with
 * the byte offset and the last good page.
 */
import type { SiteConfig } from '../site/types.js';
import { parallelXmlBytes, splittable } from './parallel.js';
import fs from 'node:fs';
import { PageScanner } from './scanner.js';
import { parsePageDecoded } from './page.js';
import { attributeRange } from './xml.js';
import { decodeXmlUtf8 } from './xml-bytes.js';
import { siteFromInfo } from './site.js';
import { describeInput, xmlBytes, type ByteCounter, type DumpInput } from './input.js';
import { DumpError, type DumpPage, type PageProblem, type SiteInfo } from './types.js';

export interface ReaderOptions {
  decoder?: 'auto' | 'binary' | 'js';
  /** File descriptor that receives a copy of the raw input (to re-read stdin later). */
  tee?: number;
  /**
   * bzip2 decoders working at once on a multistream dump with its index beside it (parallel.ts);
   * 1 (default): one decoder.
   */
  decodeJobs?: number;
  /** Pages keep their text XML-escaped until read (scanner.ts ScannerOptions.xmlText). */
  xmlText?: boolean;
  /** List pages with bytes that are not UTF-8 among the bad pages (scanner.ts ScannerOptions.checkUtf8). */
  checkUtf8?: boolean;
  /** List the damaged pages skipped, for takeBadPages (scanner.ts ScannerOptions.listBadPages). */
  listBadPages?: boolean;
}

export class DumpReader implements ByteCounter {
  inBytes = 0;
  private scanner: PageScanner;
  private pending: DumpPage[] = [];
  private chunks: AsyncGenerator<Uint8Array>;
  private opened = false;

  private constructor(
    readonly input: DumpInput,
    opts: ReaderOptions,
  ) {
    this.scanner = new PageScanner({ xmlText: opts.xmlText, checkUtf8: opts.checkUtf8, listBadPages: opts.listBadPages });
    this.chunks =
      (opts.decodeJobs ?? 1) > 1 && splittable(input) && opts.tee === undefined
        ? parallelXmlBytes(input, this, { jobs: opts.decodeJobs!, decoder: opts.decoder })
        : xmlBytes(input, this, { decoder: opts.decoder, tee: opts.tee });
  }

  static async open(path: string, opts: ReaderOptions = {}): Promise<DumpReader> {
    const reader = new DumpReader(describeInput(path), opts);
    await reader.readSiteInfo();
    return reader;
  }

  get siteInfo(): SiteInfo {
    return this.scanner.siteInfo!;
  }

  /** Stop reading (a decoder child process, a file handle): for callers that wanted only the siteinfo. */
  async close(): Promise<void> {
    await this.chunks.return(undefined);
  }

  get site(): SiteConfig {
    return siteFromInfo(this.siteInfo);
  }

  /** Uncompressed XML bytes scanned so far. */
  get outBytes(): number {
    return this.scanner.position;
  }

  get lastGood(): { id: number; title: string } | null {
    return this.scanner.lastGood;
  }

  /** Damaged pages found since the last call, skipped or read with U+FFFD (scanner.ts badPages). */
  takeBadPages(): PageProblem[] {
    const bad = this.scanner.badPages;
    if (bad.length) this.scanner.badPages = [];
    return bad;
  }

  private async readSiteInfo(): Promise<void> {
    while (!this.scanner.siteInfo) {
      const next = await this.chunks.next();
      if (next.done) {
        this.scanner.end();
        if (!this.scanner.siteInfo) throw new DumpError('not-a-dump', 'not a MediaWiki XML export: no <mediawiki> header');
        break;
      }
      this.scanner.push(next.value, this.pending);
    }
    this.opened = true;
  }

  /**
   * The next decoded chunk. Damaged compressed data after the header ends the dump there, as a
   * cut-off file does: every complete page before the damage is kept, and the error says both
   * where the XML stops and what was wrong with the compressed data.
   */
  private async nextChunk(): Promise<IteratorResult<Uint8Array>> {
    try {
      return await this.chunks.next();
    } catch (err) {
      if (!(err instanceof DumpError) || err.kind !== 'corrupt') throw err;
      try {
        this.scanner.end();
      } catch (cut) {
        if (cut instanceof DumpError && cut.kind === 'truncated') {
          throw new DumpError('truncated', `${err.message.replace(/\.$/, '')}; ${cut.message}`, cut.offset, cut.lastGood);
        }
        throw cut;
      }
      throw err;
    }
  }

  /** Pages in dump order. Call once. */
  async *pages(): AsyncGenerator<DumpPage> {
    if (!this.opened) throw new Error('DumpReader.pages() before open()');
    try {
      for (;;) {
        if (this.pending.length) {
          const batch = this.pending;
          this.pending = [];
          yield* batch;
        }
        if (this.scanner.finished) break;
        const next = await this.nextChunk();
        if (next.done) {
          this.scanner.end();
          break;
        }
        this.scanner.push(next.value, this.pending);
      }
    } finally {
      await this.chunks.return(undefined);
    }
  }
}

/**
 * Pages of one stretch of the dump that starts at a page boundary: one stream (or a run of
 * streams) of a multistream dump, or a byte range of a plain XML file.
 */
export async function* readFragment(
  input: DumpInput,
  range: { start: number; end: number },
  opts: ReaderOptions & { xmlBase?: number } = {},
): AsyncGenerator<DumpPage> {
  const counter = { inBytes: 0 };
  const scanner = new PageScanner({ fragment: true, baseOffset: opts.xmlBase ?? (input.compression === 'none' ? range.start : 0) });
  const out: DumpPage[] = [];
  for await (const chunk of xmlBytes(input, counter, { start: range.start, end: range.end, decoder: opts.decoder })) {
    scanner.push(chunk, out);
    if (out.length) {
      yield* out;
      out.length = 0;
    }
    if (scanner.finished) return;
  }
  scanner.end();
  yield* out;
}

/**
 * One page of a plain XML file, read at the place the index recorded for it (`fd` open on the
 * file; `scratch` a reusable buffer). Throws when the file no longer holds that page there.
 */
/** readPageAt's buffer for unescaped text bytes (one per thread: module state is per isolate). */
const unescapeScratch = { buffer: Buffer.alloc(0) };

export function readPageAt(fd: number, at: { id: number; offset: number; length: number }, scratch?: { buffer: Buffer }): DumpPage {
  const buf = readBytesAt(fd, at, scratch);
  return checkedPage(buf, at);
}

function readBytesAt(fd: number, at: { id: number; offset: number; length: number }, scratch?: { buffer: Buffer }): Buffer {
  const holder = scratch ?? { buffer: Buffer.allocUnsafe(at.length) };
  if (holder.buffer.length < at.length) holder.buffer = Buffer.allocUnsafe(at.length);
  let got = 0;
  while (got < at.length) {
    const n = fs.readSync(fd, holder.buffer, got, at.length - got, at.offset + got);
    if (n === 0) throw new DumpError('io', `the dump is shorter than its index says (page ${at.id} at byte ${at.offset}); was it changed during the run?`, at.offset);
    got += n;
  }
  return holder.buffer;
}

function checkedPage(buf: Buffer, at: { id: number; offset: number; length: number }): DumpPage {
  const page = parsePageDecoded(buf, 0, at.length, at.offset, unescapeScratch);
  if (page.id !== at.id) throw new DumpError('io', `the dump changed during the run: page ${at.id} is not at byte ${at.offset} any more`, at.offset);
  return page;
}

/**
 * Only the text (and its stated UTF-8 size) of the page readPageAt would read: what a
 * conversion worker needs, the rest of the page coming from the index. The common shape — one
 * `<id>` of digits before the last `<revision>`, a `<text …>…</text>` after it — is read from the
 * bytes with native searches, without the latin1 view of the whole page that readPageAt's field
 * parser takes; anything else (and any check that fails) goes through readPageAt's own path, so
 * the values and the errors are the same.
 */
export function readPageTextAt(fd: number, at: { id: number; offset: number; length: number }, scratch?: { buffer: Buffer }): { text: string; bytes: number } {
  const buf = readBytesAt(fd, at, scratch);
  const page = buf.subarray(0, at.length);
  const fast = textOfPageBytes(page, at.id);
  if (fast) return fast;
  const slow = checkedPage(buf, at);
  return { text: slow.text, bytes: slow.bytes };
}

const GT = 0x3e;

function textOfPageBytes(page: Buffer, id: number): { text: string; bytes: number } | null {
  // A second <page> inside means an unclosed element (readPageFields reports it).
  if (page.indexOf('<page>', 6) >= 0) return null;
  const revAt = page.lastIndexOf('<revision>');
  if (revAt < 0) return null;
  const idAt = page.indexOf('<id');
  if (idAt < 0 || idAt > revAt || page[idAt + 3] !== GT) return null;
  let n = 0;
  let i = idAt + 4;
  for (; i < revAt; i++) {
    const c = page[i]!;
    if (c < 0x30 || c > 0x39) break;
    n = n * 10 + (c - 0x30);
  }
  if (i === idAt + 4 || i - idAt - 4 > 15 || page[i] !== 0x3c /* < */ || n !== id) return null;
  const textAt = page.indexOf('<text', revAt);
  if (textAt < 0) return null;
  const gt = page.indexOf(GT, textAt);
  if (gt < 0 || page[gt - 1] === 0x2f /* / */) return null;
  const close = page.lastIndexOf('</text>');
  if (close < gt) return null;
  const tag = page.toString('latin1', textAt, gt + 1);
  const range = attributeRange(tag, 'bytes', 0, tag.length);
  const stated = range ? tag.slice(range[0], range[1]) : null;
  if (stated !== null && !/^\d+$/.test(stated)) return null;
  const text = decodeXmlUtf8(page, gt + 1, close, unescapeScratch);
  return { text, bytes: stated !== null ? Number(stated) : Buffer.byteLength(text) };
}
