/**
 * String parser functions: MediaWiki core's lc/uc/lcfirst/ucfirst, urlencode, anchorencode,
 * formatnum, padleft/padright, plural, and ParserFunctions' string functions (#len, #pos,
 * #rpos, #sub, #count, #replace, #explode, #urldecode). Lengths and offsets count Unicode
 * characters, as PHP's mb_* functions do.
 */
import { URL_PROTOCOLS } from '../../parser/extlinks.js';
import { MARKER_CHAR } from '../markers.js';
import { decodeEntities } from '../../site/entities.js';
import { errorHtml, phpFloatToString, phpIntFromString, phpIsNumeric } from './php.js';

/** Remove strip markers (MediaWiki's killMarkers), for functions that measure text. */
export function killMarkers(s: string): string {
  if (s.indexOf(MARKER_CHAR) < 0) return s;
  return s.replace(/\x7f[0-9a-z]{1,8}\x7f/g, '');
}

/** Code points of a string (only split when it has surrogate pairs). */
function chars(s: string): string[] | null {
  return /[\ud800-\udfff]/.test(s) ? Array.from(s) : null;
}
export function mbLength(s: string): number {
  const c = chars(s);
  return c ? c.length : s.length;
}
/** mb_substr($s, $start, $length) with PHP's negative start/length rules. */
export function mbSubstr(s: string, start: number, length?: number): string {
  const c = chars(s);
  const len = c ? c.length : s.length;
  let from = start < 0 ? Math.max(0, len + start) : Math.min(start, len);
  let to = length === undefined ? len : length < 0 ? len + length : from + length;
  to = Math.min(Math.max(to, from), len);
  from = Math.min(from, len);
  return c ? c.slice(from, to).join('') : s.slice(from, to);
}

/** Turkish and Azerbaijani pair dotted and dotless i differently. */
const turkic = (lang: string): boolean => lang === 'tr' || lang === 'az' || lang === 'crh' || lang === 'kaa' || lang === 'kk-latn';

export function lc(s: string, lang = 'en'): string {
  if (turkic(lang)) return s.replace(/I/g, 'ı').replace(/İ/g, 'i').toLowerCase();
  return s.toLowerCase();
}
export function uc(s: string, lang = 'en'): string {
  if (turkic(lang)) return s.replace(/i/g, 'İ').replace(/ı/g, 'I').toUpperCase();
  return s.toUpperCase();
}

export function ucfirst(s: string, lang = 'en'): string {
  if (s === '') return s;
  const first = String.fromCodePoint(s.codePointAt(0)!);
  return uc(first, lang) + s.slice(first.length);
}

export function lcfirst(s: string, lang = 'en'): string {
  if (s === '') return s;
  const first = String.fromCodePoint(s.codePointAt(0)!);
  return lc(first, lang) + s.slice(first.length);
}

/** PHP's urlencode (spaces as +, everything but [A-Za-z0-9_.-] escaped). */
export function phpUrlencode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*~]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()).replace(/%20/g, '+');
}
/** PHP's rawurlencode (RFC 3986: `~` kept, spaces as %20). */
export function phpRawUrlencode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}
/** MediaWiki's wfUrlencode: like urlencode but keeping the characters that read well in titles. */
export function wfUrlencode(s: string): string {
  return phpUrlencode(s).replace(/%(3B|40|24|21|2A|28|29|2C|2F|7E|3A)/g, (m) => decodeURIComponent(m)).replace(/\+/g, '%20');
}

/** `{{urlencode:text|QUERY|WIKI|PATH}}`. */
export function urlencodeFunction(s: string, kind: string): string {
  switch (kind.toUpperCase()) {
    case 'PATH': return phpRawUrlencode(s);
    case 'WIKI': return wfUrlencode(s.replace(/ /g, '_'));
    default: return phpUrlencode(s);
  }
}

/** PHP's urldecode: `+` is a space, %XX sequences are bytes (kept as written when invalid UTF-8). */
export function phpUrldecode(s: string): string {
  const spaced = s.replace(/\+/g, ' ');
  if (spaced.indexOf('%') < 0) return spaced;
  return spaced.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      const bytes = Buffer.from(run.replace(/%/g, ''), 'hex');
      return bytes.toString('utf8');
    }
  });
}

// Characters an anchor id must not carry raw into wikitext (Sanitizer::safeEncodeAttribute).
// safeEncodeAttribute also escapes `__`, newline, CR and tab; anchorencode has already turned
// every run of `_` and whitespace into one `_`, so those entries could never apply here.
const ATTR_ESCAPES: Record<string, string> = {
  '&': '&amp;', '"': '&quot;', "'": '&#039;', '<': '&lt;', '>': '&gt;', '{': '&#123;', '}': '&#125;', '[': '&#91;',
  ']': '&#93;', '|': '&#124;', ISBN: '&#73;SBN', RFC: '&#82;FC', PMID: '&#80;MID',
};
/** $wgUrlProtocols (no regex metacharacters in any): safeEncodeAttribute writes their ':' as '&#58;' so no free link starts there. */
const URL_PROTOCOL = new RegExp(URL_PROTOCOLS.join('|'), 'gi');

/**
 * Sanitizer::safeEncodeAttribute for anchorencode's collapsed text: htmlspecialchars (ENT_QUOTES),
 * then what later parsing would read as markup — brackets, `|`, the magic-link words
 * ISBN/RFC/PMID and a URL protocol's colon.
 */
function safeEncodeAttribute(text: string): string {
  return text
    .replace(/ISBN|RFC|PMID|["&'<>{}[\]|]/g, (c) => ATTR_ESCAPES[c]!)
    .replace(URL_PROTOCOL, (p) => p.replace(':', '&#58;'));
}

/** `{{anchorencode:}}`: the fragment a heading with this text gets (links and tags reduced to their text). */
export function anchorencode(text: string): string {
  let s = killMarkers(text);
  s = s.replace(/\[\[:?([^\]|]*)\|([^\]]*)\]\]/g, '$2').replace(/\[\[:?([^\]|]*)\]\]/g, '$1');
  s = s.replace(/<\/?[a-zA-Z][^>]*>/g, '');
  s = s.replace(/'''''|'''|''/g, '');
  s = decodeEntities(s).replace(/[ \t\n\r\f_\u00a0]+/g, ' ').trim().replace(/ /g, '_');
  // Link fragments (html5 mode) escape a percent sign that would otherwise read as an escape.
  s = s.replace(/%([0-9a-fA-F]{2})/g, '%25$1');
  return safeEncodeAttribute(s);
}

interface NumberFormat {
  group: string;
  decimal: string;
  /** Digits before grouping starts (uk: numbers under 10 000 are not grouped). */
  minimumGroupingDigits: number;
}
const NUMBER_FORMATS: Record<string, NumberFormat> = {
  uk: { group: '\u00a0', decimal: ',', minimumGroupingDigits: 2 },
  ru: { group: '\u00a0', decimal: ',', minimumGroupingDigits: 2 },
  be: { group: '\u00a0', decimal: ',', minimumGroupingDigits: 2 },
  de: { group: '.', decimal: ',', minimumGroupingDigits: 1 },
  nl: { group: '.', decimal: ',', minimumGroupingDigits: 1 },
  fr: { group: '\u202f', decimal: ',', minimumGroupingDigits: 1 },
};
const DEFAULT_FORMAT: NumberFormat = { group: ',', decimal: '.', minimumGroupingDigits: 1 };

function numberFormat(lang: string): NumberFormat {
  return NUMBER_FORMATS[lang] ?? NUMBER_FORMATS[lang.split('-')[0]!] ?? DEFAULT_FORMAT;
}

function groupDigits(intPart: string, f: NumberFormat): string {
  if (intPart.length < 4 + f.minimumGroupingDigits - 1) return intPart;
  let out = '';
  let i = intPart.length % 3 || 3;
  out = intPart.slice(0, i);
  for (; i < intPart.length; i += 3) out += f.group + intPart.slice(i, i + 3);
  return out;
}

/** Language::formatNum: group the integer part, localise the decimal point. */
export function formatNum(text: string, lang: string, noSeparators = false, lossless = false): string {
  const f = numberFormat(lang);
  return text.replace(/(\d+)(\.\d+)?/g, (_m, digits: string, frac: string | undefined) => {
    // NumberFormatter works on doubles: long integers lose their last digits, as in MediaWiki.
    if (lossless && digits.length > 15) return digits + (frac ?? '');
    const int = digits.length > 15 ? BigInt(Number(digits)).toString() : digits;
    // NOSEP leaves both separators alone: the decimal point stays a point.
    if (noSeparators) return int + (frac ?? '');
    return groupDigits(int, f) + (frac ? f.decimal + frac.slice(1) : '');
  });
}

/** Language::parseFormattedNumber: undo formatNum (`{{formatnum:1,234|R}}`). */
export function parseFormattedNumber(text: string, lang: string): string {
  const f = numberFormat(lang);
  let s = text.split(f.group).join('');
  if (f.group !== ',') s = s.replace(/,/g, f.decimal === ',' ? ',' : '');
  else s = s.replace(/,/g, '');
  if (f.decimal !== '.') s = s.split(f.decimal).join('.');
  return s;
}

/** `{{formatnum:n|R|NOSEP}}`. */
export function formatnumFunction(num: string, flags: string[], lang: string): string {
  const set = new Set(flags.map((f) => f.toUpperCase()));
  if (set.has('R')) return parseFormattedNumber(num, lang);
  return formatNum(num, lang, set.has('NOSEP'), set.has('LOSSLESS'));
}

/** `{{padleft:}}`/`{{padright:}}`: pad to a length (at most 500) with a repeated padding string. */
export function pad(text: string, lengthArg: string, padding: string, left: boolean): string {
  const padStr = killMarkers(padding === '' ? '' : padding);
  const padChars = chars(padStr) ?? padStr.split('');
  if (padChars.length === 0) return text;
  let remaining = Math.min(phpIntFromString(lengthArg), 500) - mbLength(killMarkers(text));
  if (remaining <= 0) return text;
  let fill = '';
  while (remaining > 0) {
    fill += padChars.slice(0, remaining).join('');
    remaining -= padChars.length;
  }
  return left ? fill + text : text + fill;
}

/** CLDR plural category index for `{{plural:}}` forms, by language. */
function pluralIndex(n: number, lang: string): number {
  const base = lang.split('-')[0]!;
  if (base === 'zh' || base === 'ja' || base === 'ko') return 0;
  if (base === 'uk' || base === 'ru') {
    if (!Number.isInteger(n)) return 3;
    const m10 = Math.abs(n) % 10;
    const m100 = Math.abs(n) % 100;
    if (m10 === 1 && m100 !== 11) return 0;
    if (m10 >= 2 && m10 <= 4 && !(m100 >= 12 && m100 <= 14)) return 1;
    return 2;
  }
  return n === 1 || n === -1 ? 0 : 1;
}

/** `{{plural:n|form1|form2|…}}` with explicit `n=form` overrides. */
export function plural(numText: string, forms: string[], lang: string): string {
  if (forms.length === 0) return '';
  const n = Number(parseFormattedNumber(numText, lang));
  const plain: string[] = [];
  for (const form of forms) {
    const m = /^\s*(\d+)=(.*)$/s.exec(form);
    if (m) {
      if (Number(m[1]) === n) return m[2]!;
    } else plain.push(form);
  }
  if (plain.length === 0) return '';
  const index = Number.isNaN(n) ? plain.length - 1 : pluralIndex(n, lang);
  return plain[Math.min(index, plain.length - 1)]!;
}

// ---- ParserFunctions string functions ----

export const STRING_LENGTH_LIMIT = 1000;
const tooLong = (): string => errorHtml(`Error: String exceeds ${formatNum(String(STRING_LENGTH_LIMIT), 'en')} character limit.`);
const fits = (...s: string[]): boolean => s.every((x) => mbLength(x) < STRING_LENGTH_LIMIT);

export function lenFunction(s: string): string {
  return String(mbLength(killMarkers(s)));
}

export function posFunction(str: string, needle: string, offset: string): string {
  const s = killMarkers(str);
  let n = killMarkers(needle);
  if (!fits(s, n)) return tooLong();
  if (n === '') n = ' ';
  const len = mbLength(s);
  let from = Math.min(phpIntFromString(offset), len);
  if (from < 0) from = Math.max(0, len + from);
  const c = chars(s);
  if (!c && !chars(n)) {
    const i = s.indexOf(n, from);
    return i < 0 ? '' : String(i);
  }
  const arr = c ?? s.split('');
  const joined = arr.slice(from).join('');
  const i = joined.indexOf(n);
  return i < 0 ? '' : String(from + mbLength(joined.slice(0, i)));
}

export function rposFunction(str: string, needle: string): string {
  const s = killMarkers(str);
  let n = killMarkers(needle);
  if (!fits(s, n)) return tooLong();
  if (n === '') n = ' ';
  const i = s.lastIndexOf(n);
  return i < 0 ? '-1' : String(mbLength(s.slice(0, i)));
}

export function subFunction(str: string, start: string, length: string): string {
  const s = killMarkers(str);
  if (!fits(s)) return tooLong();
  const len = phpIntFromString(length);
  return len === 0 ? mbSubstr(s, phpIntFromString(start)) : mbSubstr(s, phpIntFromString(start), len);
}

export function countFunction(str: string, sub: string): string {
  const s = killMarkers(str);
  let n = killMarkers(sub);
  if (!fits(s, n)) return tooLong();
  if (n === '') n = ' ';
  return String(s.split(n).length - 1);
}

export function replaceFunction(str: string, from: string, to: string, limitArg: string | null): string {
  const s = killMarkers(str);
  let f = killMarkers(from);
  const t = killMarkers(to);
  if (!fits(s, f, t)) return tooLong();
  if (f === '') f = ' ';
  const diff = mbLength(t) - mbLength(f);
  let limit = diff > 0 ? Math.trunc((STRING_LENGTH_LIMIT - mbLength(s)) / diff) + 1 : -1;
  const inLimit = limitArg === null ? -1 : phpIntFromString(limitArg);
  if (inLimit >= 0 && (limit > inLimit || limit === -1)) limit = inLimit;
  let result: string;
  if (limit < 0) result = s.split(f).join(t);
  else {
    const parts = s.split(f);
    if (parts.length - 1 <= limit) result = parts.join(t);
    else result = parts.slice(0, limit + 1).join(t) + f + parts.slice(limit + 1).join(f);
  }
  return fits(result) ? result : tooLong();
}

/** PHP 8 comparison of a string argument with 0 (numeric strings numerically, others as strings). */
function compareWithZero(s: string): number {
  if (phpIsNumeric(s)) return Math.sign(Number(s.trim()));
  return s < '0' ? -1 : s === '0' ? 0 : 1;
}

export function explodeFunction(str: string, divider: string, posArg: string | null, limitArg: string | null): string {
  const s = killMarkers(str);
  let d = killMarkers(divider);
  if (d === '') d = ' ';
  if (!fits(s, d)) return tooLong();
  const limit = limitArg === null ? 0 : phpIntFromString(limitArg);
  let parts = s.split(d);
  if (limit > 0 && parts.length > limit) parts = [...parts.slice(0, limit - 1), parts.slice(limit - 1).join(d)];
  const pos = posArg ?? '0';
  const cmp = posArg === null ? 0 : compareWithZero(pos);
  if (cmp >= 0) {
    // isset($matches[$inPos]): integer-like keys only.
    if (!/^(?:0|[1-9]\d*)$/.test(pos)) return '';
    return parts[Number(pos)] ?? '';
  }
  const index = parts.length + phpIntFromString(pos);
  return index >= 0 && index < parts.length ? parts[index]! : '';
}

export function urldecodeFunction(s: string): string {
  const t = killMarkers(s);
  if (!fits(t)) return tooLong();
  return phpUrldecode(t);
}

/** A number formatted as PHP prints a float (for functions that compute numbers). */
export const num = phpFloatToString;
