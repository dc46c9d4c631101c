/**
 * The fields of one `<page>` element, read two ways that give the same values:
 *  - parsePage: from the page decoded to a string (readPageAt, fragments, the convert pass);
 *  - parsePageBytes: from the raw bytes. V8 decodes UTF-8 at only ~270 MB/s on CJK and Cyrillic
 *    text, and the index pass needs the text of few pages, so the page is viewed as latin1 (a
 *    copy, one char per byte, so string offsets are byte offsets), only the small fields are
 *    decoded from their byte ranges, and the text stays XML-escaped (`xmlText`) until asked for.
 * Every delimiter searched for is ASCII and UTF-8 multi-byte sequences never contain ASCII bytes,
 * so both views find the same elements.
 */
import { decodeUtf8 } from './utf8.js';
import { BadPage, type DumpPage } from './types.js';
import { attributeRange, decodeXml, elementRange } from './xml.js';
import { decodeXmlUtf8, type UnescapeScratch } from './xml-bytes.js';

/** Decoded value of the escaped field at [start, end) of the page. */
type DecodeRange = (start: number, end: number) => string;

interface PageFields extends Omit<DumpPage, 'text' | 'bytes'> {
  /** Where the escaped text lies, or null for no text / `<text/>`. */
  textRange: [number, number] | null;
  /** The `bytes` attribute; null when the text must be measured; 0 without a `<text>` element. */
  bytes: number | null;
}

/**
 * Everything but the text, from `s` (the page element as a decoded or a latin1 string).
 * `byteOffsetAt` turns an offset into `s` into a byte offset in the dump (for messages).
 */
function readPageFields(
  s: string,
  offset: number,
  length: number,
  decode: DecodeRange,
  byteOffsetAt: (i: number) => number,
  lastIndexOf: (what: string) => number,
): PageFields {
  const bad = (what: string) => new BadPage(offset, `has no ${what}`);
  // Text never holds a literal "<page>" (XML escapes "<"), so one inside this slice means an
  // element before it was never closed: the slice runs into the next page.
  const nested = s.indexOf('<page>', 6);
  if (nested >= 0) {
    const next = byteOffsetAt(nested);
    throw new BadPage(offset, `is not closed before the next <page> (byte ${next})`);
  }
  const field = (range: [number, number] | null) => (range ? decode(range[0], range[1]) : null);
  // History dumps carry several revisions: the last one is the current text.
  const revAt = lastIndexOf('<revision>');
  const pageFieldsEnd = revAt >= 0 ? revAt : s.length;
  const title = field(elementRange(s, 'title', 0, pageFieldsEnd));
  if (title === null) throw bad('<title>');
  if (title.trim() === '') throw new BadPage(offset, 'has an empty <title>');
  const nsText = field(elementRange(s, 'ns', 0, pageFieldsEnd));
  const idText = field(elementRange(s, 'id', 0, pageFieldsEnd));
  if (idText === null || !/^\d+$/.test(idText.trim())) throw bad('<id>');
  let redirect: string | null = null;
  // Searched for before the revision only: most pages have none, and their text is long.
  const redirectAt = s.slice(0, pageFieldsEnd).indexOf('<redirect');
  if (redirectAt >= 0) {
    redirect = field(attributeRange(s, 'title', redirectAt, s.indexOf('>', redirectAt) + 1));
    // No title holds '#', and MediaWiki writes none here; a hand-made export may put the
    // section in (A#s): the section is the text's, the attribute's doubled it (A#s#s, broken).
    const hash = redirect === null ? -1 : redirect.indexOf('#');
    if (hash >= 0) redirect = redirect!.slice(0, hash).trim() || null;
  }
  let revisionId = 0;
  let timestamp = '';
  let sha1 = '';
  let textRange: [number, number] | null = null;
  let bytes: number | null = 0;
  if (revAt >= 0) {
    revisionId = Number(field(elementRange(s, 'id', revAt)) ?? 0);
    timestamp = field(elementRange(s, 'timestamp', revAt)) ?? '';
    const textAt = s.indexOf('<text', revAt);
    if (textAt >= 0) {
      const gt = s.indexOf('>', textAt);
      if (s.charCodeAt(gt - 1) !== 47 /* / */) {
        const close = lastIndexOf('</text>');
        if (close < gt) throw bad('</text>');
        textRange = [gt + 1, close];
        sha1 = field(elementRange(s, 'sha1', close)) ?? '';
      } else {
        sha1 = field(elementRange(s, 'sha1', gt)) ?? '';
      }
      const b = field(attributeRange(s, 'bytes', textAt, gt + 1));
      bytes = b !== null && /^\d+$/.test(b) ? Number(b) : null;
    }
  }
  const nsGiven = nsText !== null && /^-?\d+$/.test(nsText.trim());
  return {
    id: Number(idText),
    ns: nsGiven ? Number(nsText) : 0,
    nsMissing: !nsGiven,
    noRevision: revAt < 0,
    title,
    redirect,
    revisionId,
    timestamp,
    sha1,
    textRange,
    bytes,
    offset,
    length,
  };
}

/** Fields of one `<page>` element (given as a string with its offsets in the XML). */
export function parsePage(s: string, offset: number, length: number): DumpPage {
  const decode: DecodeRange = (start, end) => decodeXml(s.slice(start, end));
  const byteOffsetAt = (i: number) => offset + Buffer.byteLength(s.slice(0, i));
  const { textRange, bytes, ...fields } = readPageFields(s, offset, length, decode, byteOffsetAt, (what) => s.lastIndexOf(what));
  const text = textRange ? decode(textRange[0], textRange[1]) : '';
  return { ...fields, text, bytes: bytes ?? Buffer.byteLength(text) };
}

/**
 * A page read from bytes: `text` is decoded on first use from `xmlText`, the text as it stands
 * in the XML (entities not decoded) with one char per byte (latin1).
 */
export class XmlTextPage implements DumpPage {
  id: number;
  ns: number;
  nsMissing: boolean;
  noRevision: boolean;
  title: string;
  redirect: string | null;
  revisionId: number;
  timestamp: string;
  sha1: string;
  bytes: number;
  offset: number;
  length: number;
  readonly xmlText: string;
  private decoded: string | null = null;

  constructor(fields: Omit<DumpPage, 'text' | 'bytes'>, xmlText: string, bytes: number | null) {
    this.id = fields.id;
    this.ns = fields.ns;
    // Always both fields, so every page has one hidden class.
    this.nsMissing = fields.nsMissing === true;
    this.noRevision = fields.noRevision === true;
    this.title = fields.title;
    this.redirect = fields.redirect;
    this.revisionId = fields.revisionId;
    this.timestamp = fields.timestamp;
    this.sha1 = fields.sha1;
    this.offset = fields.offset;
    this.length = fields.length;
    this.xmlText = xmlText;
    this.bytes = bytes ?? Buffer.byteLength(this.text);
  }

  get text(): string {
    return (this.decoded ??= decodeXmlBytes(this.xmlText));
  }
}

/** Decoded text of an XML-escaped latin1 view of UTF-8 bytes. */
export function decodeXmlBytes(latin1: string): string {
  return decodeXml(isAscii(latin1) ? latin1 : decodeUtf8(Buffer.from(latin1, 'latin1')));
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** readPageFields on the latin1 view of the `<page>` element at `buf[start, end)`. */
function readFieldsOfBytes(buf: Buffer, start: number, end: number, offset: number): { s: string; fields: PageFields } {
  const s = buf.toString('latin1', start, end);
  const decode: DecodeRange = (from, to) => decodeXml(buf.toString('utf8', start + from, start + to));
  // V8 searches strings backwards one char at a time; Buffer.lastIndexOf is native.
  const element = buf.subarray(start, end);
  return { s, fields: readPageFields(s, offset, end - start, decode, (i) => offset + i, (what) => element.lastIndexOf(what)) };
}

/** Fields of the `<page>` element at `buf[start, end)`, the text left escaped (see XmlTextPage). */
export function parsePageBytes(buf: Buffer, start: number, end: number, offset: number): XmlTextPage {
  const { s, fields } = readFieldsOfBytes(buf, start, end, offset);
  const xmlText = fields.textRange ? s.slice(fields.textRange[0], fields.textRange[1]) : '';
  return new XmlTextPage(fields, xmlText, fields.bytes);
}

/**
 * The page at `buf[start, end)` with its text decoded: `parsePage(decodeUtf8(buf, start, end), …)`
 * without decoding the whole page to a string first. The fields come from the latin1 view (as in
 * parsePageBytes), the text from its bytes (xml-bytes.ts decodeXmlUtf8): what a conversion worker
 * reads for every page, ~2 % of its time the string way.
 */
export function parsePageDecoded(buf: Buffer, start: number, end: number, offset: number, scratch: UnescapeScratch): DumpPage {
  const { fields } = readFieldsOfBytes(buf, start, end, offset);
  const { textRange, bytes, ...rest } = fields;
  const text = textRange ? decodeXmlUtf8(buf, start + textRange[0], start + textRange[1], scratch) : '';
  return { ...rest, text, bytes: bytes ?? Buffer.byteLength(text) };
}
