/**
 * File names that work on Linux, macOS and Windows alike. A title becomes a name by:
 * NFC; `%`, `/`, `\`, the Windows-illegal `: * ? " < > |` and control characters written as
 * `%XX` (so `decodeFileName` gives the title back); trailing dots and spaces likewise; a first
 * letter escaped when the name would be a DOS device (CON, NUL, COM1, …); names too long for
 * 255 bytes cut at a character boundary and completed with a hash of the full title. Uniqueness
 * under case-insensitive comparison is the planner's job (it adds `~hash` suffixes).
 */
import { createHash } from 'node:crypto';
import { CANONICAL } from '../site/defaults.js';
import type { SiteConfig } from '../site/types.js';

/** Bytes the base name may take: 255 minus the longest extension (".wikitext") minus a `~hash8` suffix. */
export const MAX_BASE_BYTES = 255 - 9 - 9;
const HASH_CHARS = 8;

const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

function escapeChar(ch: string): string {
  return '%' + ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0');
}

function mustEscape(code: number): boolean {
  return (
    code < 0x20 || code === 0x7f || code === 0x25 /* % */ || code === 0x2f /* / */ || code === 0x5c /* \ */ ||
    code === 0x3a /* : */ || code === 0x2a /* * */ || code === 0x3f /* ? */ || code === 0x22 /* " */ ||
    code === 0x3c /* < */ || code === 0x3e /* > */ || code === 0x7c /* | */
  );
}

export function shortHash(s: string, chars = HASH_CHARS): string {
  return createHash('sha1').update(s, 'utf8').digest('hex').slice(0, chars);
}

/** Base file name (no extension) for a title without its namespace prefix. */
export function encodeFileName(name: string): string {
  const nfc = name.normalize('NFC');
  let out = '';
  for (let i = 0; i < nfc.length; i++) {
    const code = nfc.charCodeAt(i);
    out += mustEscape(code) ? escapeChar(nfc[i]!) : nfc[i];
  }
  // Trailing dots and spaces vanish on Windows.
  let end = out.length;
  while (end > 0 && (out[end - 1] === '.' || out[end - 1] === ' ')) end--;
  if (end < out.length) out = out.slice(0, end) + [...out.slice(end)].map(escapeChar).join('');
  // DOS device names, also with an extension after them ("NUL.txt").
  const stem = out.split('.')[0]!.trimEnd();
  if (DEVICE.test(stem)) out = escapeChar(out[0]!) + out.slice(1);
  if (out === '') out = '%00';
  if (Buffer.byteLength(out) > MAX_BASE_BYTES) out = shorten(out, nfc);
  return out;
}

/** Cut at a character boundary (never inside `%XX` or a surrogate pair) and add a hash. */
function shorten(encoded: string, original: string): string {
  const budget = MAX_BASE_BYTES - 1 - HASH_CHARS;
  let bytes = 0;
  let cut = 0;
  for (let i = 0; i < encoded.length; ) {
    const step = encoded[i] === '%' ? 3 : encoded.codePointAt(i)! > 0xffff ? 2 : 1;
    const piece = encoded.slice(i, i + step);
    const size = Buffer.byteLength(piece);
    if (bytes + size > budget) break;
    bytes += size;
    i += step;
    cut = i;
  }
  let head = encoded.slice(0, cut);
  // The cut must not leave a trailing dot or space.
  while (head.endsWith('.') || head.endsWith(' ')) head = head.slice(0, -1);
  return `${head}~${shortHash(original)}`;
}

/** Inverse of the character escaping (not of the shortening). */
export function decodeFileName(base: string): string {
  return base.replace(/%([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Folder of a namespace: `Page` for articles, the canonical English name otherwise. */
export function namespaceFolder(site: SiteConfig, ns: number): string {
  if (ns === 0) return 'Page';
  const name = site.namespaces.get(ns)?.canonical ?? CANONICAL[ns] ?? '';
  const folder = name.replace(/ /g, '_');
  return folder && /^[A-Za-z_]+$/.test(folder) ? folder : `ns${ns}`;
}

/**
 * A file path as a Markdown link destination: `%` and the characters that end or confuse a link
 * destination or URL are percent-encoded; everything else (CJK included) stays readable.
 */
export function linkPath(file: string): string {
  // On the hit-heavy bench index, whose titles are mostly ja (no spaces), most paths hold none of
  // these (67,223 of 75,558), and a search alone costs less than a replace whose function finds
  // nothing: 198 against 237 ns per path, `../` prefix included (median of 9 interleaved rounds
  // over those paths, load 7.5). Where titles have spaces (uk, en) most paths need the replace,
  // and the search is one more scan before it.
  return LINK_PATH_ENCODED.test(file) ? file.replace(LINK_PATH_ENCODED_ALL, percentEncoded) : file;
}

const LINK_PATH_ENCODED = /[%\s()<>[\]#?"'`^{}|\\\u0000-\u001f\u007f]/;
const LINK_PATH_ENCODED_ALL = new RegExp(LINK_PATH_ENCODED.source, 'g');

/**
 * The character's UTF-8 bytes as `%XX`, remembered: the class above holds 70 code units, and
 * encoding a space through a Buffer each time was a fifth of the assembly's category pages on the
 * 1 GB bench (uk titles have spaces; every member link is a linkPath).
 */
const PERCENT_ENCODED = new Map<string, string>();
function percentEncoded(ch: string): string {
  let encoded = PERCENT_ENCODED.get(ch);
  if (encoded === undefined) {
    encoded = Buffer.from(ch, 'utf8').toString('hex').toUpperCase().replace(/(..)/g, '%$1');
    PERCENT_ENCODED.set(ch, encoded);
  }
  return encoded;
}
