/**
 * The input of `wikimark page`: one page of wikitext, read whole, or why the file is not that.
 * What users hand `page` by mistake (a dump, which `convert` reads; a compressed or binary file)
 * would otherwise come out as a page of escaped XML or control characters with exit 0, or, for a
 * multi-gigabyte dump, as a stack trace from reading it whole.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { constants as bufferConstants } from 'node:buffer';
import { compressionOf } from '../dump/input.js';
import { ioReason, selfCommand, shellWord } from './args.js';

/** Enough of the start of a file to see compression magic and a dump's `<mediawiki` root. */
const HEAD_BYTES = 64 * 1024;

/**
 * The longest file read whole: a string of at most MAX_STRING_LENGTH code units always holds the
 * text of as many bytes (UTF-8 and UTF-16 never give more code units than bytes).
 */
export const MAX_PAGE_BYTES = bufferConstants.MAX_STRING_LENGTH;

/** The text (with a warning to print, if any), why it is not wikitext, or why it could not be read. */
export type PageInput = { text: string; warning?: string } | { error: string } | { ioError: string };

/** Read `file` ('-' for standard input) as one page of wikitext. */
export function readPageInput(file: string): PageInput {
  if (file === '-') {
    let bytes: Buffer;
    try {
      bytes = readFileSync(0);
    } catch (err) {
      return { ioError: ioReason(err) };
    }
    return wikitextOf(bytes, file);
  }
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    return { ioError: ioReason(err) };
  }
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    const headLength = readSync(fd, head, 0, HEAD_BYTES, 0);
    const notWikitext = whyNotWikitext(head.subarray(0, headLength), file);
    if (notWikitext) return { error: notWikitext };
    const size = fstatSync(fd).size;
    if (size > MAX_PAGE_BYTES) {
      return { error: `is ${mebibytes(size)} MB; one page of wikitext is read whole, and at most ${mebibytes(MAX_PAGE_BYTES)} MB fits` };
    }
    return wikitextOf(readFileSync(fd), file);
  } catch (err) {
    return { ioError: ioReason(err) };
  } finally {
    closeSync(fd);
  }
}

function mebibytes(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}

/**
 * Why a file starting with `head` is no page of wikitext (compressed, a dump, binary), or null.
 * The advice names the commands to run instead, as this process was started.
 */
function whyNotWikitext(head: Buffer, file: string): string | null {
  const convertInstead = `${selfCommand()} convert ${shellWord(file)} -o OUTDIR`;
  const compression = compressionOf(head.subarray(0, 4));
  if (compression !== 'none') {
    const tool = compression === 'gzip' ? 'gzip' : 'bzip2';
    const source = file === '-' ? 'FILE' : shellWord(file);
    // zhwiki-…-multistream.xml.bz2: decompressed it is a dump, which page refuses next; only
    // the convert command helps. The name decides: a bzip2 block cannot be read from the head.
    if (/\.xml\.(bz2|gz)$/i.test(file)) {
      return `is a ${compression}-compressed XML file, by its name a MediaWiki dump, not one page of wikitext (for a dump use: ${convertInstead})`;
    }
    return `is ${compression}-compressed, not wikitext: decompress it first (${tool} -dc ${source} | ${selfCommand()} page -); if it is a dump: ${convertInstead}`;
  }
  if (utf16Of(head)) return null;
  if (/^\s*(<\?xml[^>]*>\s*)?<mediawiki[\s>]/.test(new TextDecoder('utf-8').decode(head.subarray(0, 4096)))) {
    return `is a MediaWiki XML dump, not one page of wikitext (for a dump use: ${convertInstead})`;
  }
  return whyBinary(head);
}

/**
 * Why `bytes` look like a binary file rather than text with a stray NUL, or null. Wikitext may
 * carry a lone NUL (MediaWiki strips it; its own parser tests feed such pages), so one NUL is no
 * proof: binary formats hold runs of zero bytes (headers, padding, small numbers), and UTF-16
 * without a byte order mark is about half zero bytes. The price: binary data with neither (rare)
 * is read as text with the not-UTF-8 warning.
 */
function whyBinary(bytes: Buffer): string | null {
  let nul = 0;
  for (let i = bytes.indexOf(0); i !== -1; i = bytes.indexOf(0, i + 1)) {
    if (bytes[i + 1] === 0) return 'is a binary file (it holds runs of NUL bytes), not wikitext';
    nul++;
  }
  // No NUL at all (empty input included: a blank page converts to nothing) is text.
  if (nul === 0 || nul * 10 < bytes.length) return null;
  return 'is not wikitext: at least a tenth of its bytes are NUL (UTF-16 without a byte order mark? save it as UTF-8)';
}

/** The UTF-16 encoding its byte order mark names (Windows Notepad's "Unicode" writes FF FE), or null. */
function utf16Of(head: Buffer): 'utf-16le' | 'utf-16be' | null {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * The wikitext in `bytes`, or why they are not wikitext. A byte order mark (Windows editors write
 * one) is dropped, as MediaWiki's editor never keeps one: left in, it spoils a first-line heading.
 * Text that is not UTF-8 is decoded with U+FFFD for what does not decode, and a warning.
 */
export function wikitextOf(bytes: Buffer, file: string): PageInput {
  const notWikitext = whyNotWikitext(bytes.subarray(0, HEAD_BYTES), file);
  if (notWikitext) return { error: notWikitext };
  if (bytes.length > MAX_PAGE_BYTES) {
    return { error: `is ${mebibytes(bytes.length)} MB; one page of wikitext is read whole, and at most ${mebibytes(MAX_PAGE_BYTES)} MB fits` };
  }
  const utf16 = utf16Of(bytes);
  if (utf16) {
    const endian = utf16 === 'utf-16le' ? 'little' : 'big';
    return {
      text: new TextDecoder(utf16).decode(bytes),
      warning: `is UTF-16 (${endian}-endian, by its byte order mark); decoded as such (save it as UTF-8 to silence this)`,
    };
  }
  const binary = whyBinary(bytes);
  if (binary) return { error: binary };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch (err) {
    if ((err as { code?: string }).code !== 'ERR_ENCODING_INVALID_ENCODED_DATA') throw err;
  }
  return {
    text: new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes),
    warning: 'is not valid UTF-8; undecodable bytes were replaced with U+FFFD (convert the file to UTF-8 first, e.g. iconv -f latin1 -t utf-8)',
  };
}
