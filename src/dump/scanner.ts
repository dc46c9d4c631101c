/**
 * A byte-level scanner for MediaWiki XML exports. The format is regular: a `<mediawiki>` root,
 * one `<siteinfo>`, then `<page>` elements whose text never contains a literal `<` (it is
 * escaped). So we find `<page>` … `</page>` with Buffer.indexOf (memchr speed), decode only that
 * slice to a string, and pick the handful of fields out of it with indexOf (page.ts). Memory
 * stays at one page plus one input chunk.
 */
import { isUtf8 } from 'node:buffer';
import { parsePageBytes, parsePageDecoded } from './page.js';
import { firstInvalidUtf8 } from './utf8.js';
import { BadPage, DumpError, type DumpPage, type PageProblem, type SiteInfo } from './types.js';
import { attribute, decodeXml, elementText } from './xml.js';

export { parsePage } from './page.js';

const PAGE_OPEN = Buffer.from('<page>');
const PAGE_CLOSE = Buffer.from('</page>');
const ROOT_CLOSE = Buffer.from('</mediawiki>');
const SITEINFO_CLOSE = Buffer.from('</siteinfo>');
/** How far into the input we look for the root element before calling it "not a dump". */
const SNIFF_BYTES = 4096;
/** A header (everything before the first page) larger than this is not a MediaWiki export. */
const MAX_HEADER = 16 << 20;

export interface ScannerOptions {
  /**
   * Input is a run of `<page>` elements without the root and siteinfo (one stream of a
   * multistream dump). It may end with `</mediawiki>` or just stop after a page.
   */
  fragment?: boolean;
  /** Absolute byte offset of the first input byte (for fragments). */
  baseOffset?: number;
  /**
   * Pages come as XmlTextPage: their text stays XML-escaped bytes (`xmlText`) and is decoded
   * only when `text` is read. For readers that need few texts (the index pass).
   */
  xmlText?: boolean;
  /**
   * List pages holding bytes that are not UTF-8 in badPages (they are read all the same, the
   * bytes as U+FFFD). Native `buffer.isUtf8` (simdutf): tens of GB/s on the project machine
   * against ~120 MB/s for the scan itself.
   */
  checkUtf8?: boolean;
  /**
   * List the complete `<page>` elements that could not be read (and were skipped) in badPages.
   * Off by default: only a reader whose user takes the list (the index pass) should keep it, or
   * a dump full of damaged pages fills memory.
   */
  listBadPages?: boolean;
}

export class PageScanner {
  siteInfo: SiteInfo | null = null;
  lastGood: { id: number; title: string } | null = null;
  /**
   * Damaged pages since the user last emptied the list: complete `<page>` elements that could not
   * be read (BadPage) and were skipped, with `listBadPages` (one damaged page must not cost the
   * rest of the dump), and pages read with U+FFFD for bytes that are not UTF-8, with `checkUtf8`.
   */
  badPages: PageProblem[] = [];
  private buf: Buffer = Buffer.allocUnsafe(1 << 20);
  private len = 0;
  /** Absolute offset of buf[0]. */
  private base: number;
  private state: 'header' | 'pages' | 'done';
  /** Where to resume looking for `</page>` inside the pending page (relative to buf). */
  private searchFrom = 0;
  private readonly fragment: boolean;
  private readonly xmlText: boolean;
  private readonly checkUtf8: boolean;
  private readonly listBadPages: boolean;
  /** Reused by parsePageDecoded for each page's unescaped text bytes. */
  private readonly unescaped = { buffer: Buffer.alloc(0) };

  constructor(opts: ScannerOptions = {}) {
    this.fragment = opts.fragment ?? false;
    this.xmlText = opts.xmlText ?? false;
    this.checkUtf8 = opts.checkUtf8 ?? false;
    this.listBadPages = opts.listBadPages ?? false;
    this.base = opts.baseOffset ?? 0;
    this.state = this.fragment ? 'pages' : 'header';
  }

  /** Bytes consumed so far (absolute offset just past the input). */
  get position(): number {
    return this.base + this.len;
  }

  get finished(): boolean {
    return this.state === 'done';
  }

  /** Feed a chunk; complete pages are appended to `out`. */
  push(chunk: Uint8Array, out: DumpPage[]): void {
    if (this.state === 'done') return;
    this.append(chunk);
    if (this.state === 'header' && !this.readHeader(false)) return;
    if (this.state === 'pages') this.readPages(out);
  }

  /** End of input: throws a DumpError when the dump stopped early. */
  end(): void {
    if (this.state === 'header') this.readHeader(true);
    if (this.state === 'done') return;
    const rest = this.restStart();
    if (this.fragment && rest === this.len) return;
    const last = this.lastGood ? `; last complete page: id ${this.lastGood.id} "${this.lastGood.title}"` : '; no complete page';
    const inside = rest < this.len ? ` (inside the element starting at byte ${this.base + rest})` : '';
    throw new DumpError(
      'truncated',
      `dump truncated at byte ${this.position}${inside}${last}`,
      this.position,
      this.lastGood,
    );
  }

  private append(chunk: Uint8Array): void {
    const need = this.len + chunk.length;
    if (need > this.buf.length) {
      const bigger = Buffer.allocUnsafe(Math.max(need, this.buf.length * 2));
      this.buf.copy(bigger, 0, 0, this.len);
      this.buf = bigger;
    }
    this.buf.set(chunk, this.len);
    this.len = need;
  }

  /** Drop the first `n` bytes of the buffer. */
  private consume(n: number): void {
    if (n === 0) return;
    this.buf.copy(this.buf, 0, n, this.len);
    this.len -= n;
    this.base += n;
    this.searchFrom = Math.max(0, this.searchFrom - n);
  }

  /** First non-whitespace byte at or after the start of the buffer. */
  private restStart(): number {
    let i = 0;
    while (i < this.len && isSpace(this.buf[i]!)) i++;
    return i;
  }

  /** Parse the root element and siteinfo once they are complete. Returns true when done. */
  private readHeader(atEnd: boolean): boolean {
    const view = this.buf.subarray(0, this.len);
    let stop = view.indexOf(SITEINFO_CLOSE);
    if (stop >= 0) stop += SITEINFO_CLOSE.length;
    else {
      const page = view.indexOf(PAGE_OPEN);
      const root = view.indexOf(ROOT_CLOSE);
      stop = page >= 0 ? page : root;
    }
    if (this.len >= SNIFF_BYTES || atEnd || stop >= 0) this.sniff(atEnd || stop >= 0);
    if (stop < 0) {
      if (atEnd) {
        throw new DumpError('truncated', `dump truncated at byte ${this.position} inside the header (before any page)`, this.position);
      }
      if (this.len > MAX_HEADER) throw new DumpError('not-a-dump', 'not a MediaWiki XML export: no <siteinfo> or <page> in the first 16 MB', 0);
      return false;
    }
    const header = view.toString('utf8', 0, stop);
    this.siteInfo = parseHeader(header);
    this.consume(stop);
    this.state = 'pages';
    return true;
  }

  private sniff(atEnd: boolean): void {
    let text = this.buf.toString('utf8', 0, Math.min(this.len, SNIFF_BYTES)).replace(/^\ufeff/, '');
    text = text.replace(/^\s*(<\?xml[^>]*\?>)?\s*(<!--[\s\S]*?-->\s*)*/, '');
    if (text.startsWith('<mediawiki')) return;
    if (text === '' && atEnd) throw new DumpError('not-a-dump', 'empty input: not a MediaWiki XML export', 0);
    if (text.length < 10 && !atEnd) return;
    const root = /^<([A-Za-z_][\w.:-]*)/.exec(text);
    throw new DumpError(
      'not-a-dump',
      root ? `not a MediaWiki XML export: root element is <${root[1]}>, expected <mediawiki>` : 'not a MediaWiki XML export: input is not XML',
      0,
    );
  }

  private readPages(out: DumpPage[]): void {
    const buf = this.buf;
    let pos = 0;
    for (;;) {
      while (pos < this.len && isSpace(buf[pos]!)) pos++;
      if (pos >= this.len) break;
      if (startsWith(buf, pos, this.len, PAGE_OPEN)) {
        const close = buf.indexOf(PAGE_CLOSE, Math.max(pos, this.searchFrom));
        if (close < 0 || close + PAGE_CLOSE.length > this.len) {
          this.searchFrom = Math.max(pos, this.len - PAGE_CLOSE.length);
          break;
        }
        let end = close + PAGE_CLOSE.length;
        try {
          const page = this.xmlText
            ? parsePageBytes(buf, pos, end, this.base + pos)
            : parsePageDecoded(buf, pos, end, this.base + pos, this.unescaped);
          out.push(page);
          this.lastGood = { id: page.id, title: page.title };
          if (this.checkUtf8 && !isUtf8(buf.subarray(pos, end))) {
            const at = this.base + firstInvalidUtf8(buf, pos, end);
            this.badPages.push({ offset: page.offset, id: page.id, title: page.title, problem: `holds bytes that are not UTF-8 (the first at byte ${at}); read with U+FFFD in their place`, skipped: false });
          }
        } catch (err) {
          if (!(err instanceof BadPage)) throw err;
          // An unclosed page runs into the next one: resume at that one's `<page>`.
          const nested = buf.indexOf(PAGE_OPEN, pos + PAGE_OPEN.length);
          if (nested >= 0 && nested < close) end = nested;
          if (this.listBadPages) this.badPages.push(describeBadPage(buf, pos, end, err));
        }
        pos = end;
        this.searchFrom = pos;
        continue;
      }
      if (startsWith(buf, pos, this.len, ROOT_CLOSE)) {
        this.state = 'done';
        pos = this.len;
        break;
      }
      // A tag may be split across chunks: wait for enough bytes to tell.
      if (this.len - pos < ROOT_CLOSE.length && isPrefixOfEither(buf, pos, this.len)) break;
      const snippet = buf.toString('utf8', pos, Math.min(this.len, pos + 40)).split('\n')[0];
      throw new DumpError(
        'invalid',
        `invalid dump XML at byte ${this.base + pos}: expected <page> or </mediawiki>, found "${snippet}"`,
        this.base + pos,
        this.lastGood,
      );
    }
    this.consume(pos);
  }
}

/** What can still be read of a damaged page (its id and title, if present) for the warning. */
function describeBadPage(buf: Buffer, start: number, end: number, err: BadPage): PageProblem {
  const head = buf.toString('utf8', start, Math.min(end, start + 4096));
  const revision = head.indexOf('<revision');
  const fields = revision >= 0 ? head.slice(0, revision) : head;
  const id = /<id>\s*(\d{1,15})\s*<\/id>/.exec(fields);
  const title = /<title>([^<]*)<\/title>/.exec(fields);
  return {
    offset: err.offset!,
    id: id ? Number(id[1]) : null,
    title: title && title[1]!.trim() ? decodeXml(title[1]!) : null,
    problem: `${err.problem}; skipped`,
    skipped: true,
  };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function startsWith(buf: Buffer, pos: number, len: number, what: Buffer): boolean {
  if (len - pos < what.length) return false;
  for (let i = 0; i < what.length; i++) if (buf[pos + i] !== what[i]) return false;
  return true;
}

function isPrefixOfEither(buf: Buffer, pos: number, len: number): boolean {
  const prefixOf = (what: Buffer) => {
    for (let i = 0; pos + i < len; i++) if (i >= what.length || buf[pos + i] !== what[i]) return false;
    return true;
  };
  return prefixOf(PAGE_OPEN) || prefixOf(ROOT_CLOSE);
}

/** The root element's attributes and the siteinfo block. */
export function parseHeader(header: string): SiteInfo {
  const rootAt = header.indexOf('<mediawiki');
  const rootTag = rootAt >= 0 ? header.slice(rootAt, header.indexOf('>', rootAt) + 1) : '';
  const dbName = elementText(header, 'dbname') ?? '';
  const lang = attribute(rootTag, 'xml:lang') ?? (dbName.endsWith('wiki') ? dbName.slice(0, -4) : 'en');
  const namespaces: SiteInfo['namespaces'] = [];
  const re = /<namespace\b([^>]*?)(\/>|>([^<]*)<\/namespace>)/g;
  for (let m = re.exec(header); m; m = re.exec(header)) {
    const attrs = ' ' + m[1]!;
    const key = attribute(attrs, 'key');
    if (key === null || !/^-?\d+$/.test(key)) continue;
    namespaces.push({
      id: Number(key),
      name: decodeXml(m[3] ?? ''),
      case: attribute(attrs, 'case') === 'case-sensitive' ? 'case-sensitive' : 'first-letter',
    });
  }
  return {
    siteName: elementText(header, 'sitename') ?? '',
    dbName,
    base: elementText(header, 'base') ?? '',
    generator: elementText(header, 'generator') ?? '',
    case: elementText(header, 'case') === 'case-sensitive' ? 'case-sensitive' : 'first-letter',
    lang: lang.replace(/_/g, '-'),
    schemaVersion: attribute(rootTag, 'version') ?? '',
    namespaces,
  };
}
