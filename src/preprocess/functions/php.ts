/**
 * The few PHP behaviours parser functions depend on, so results print exactly as MediaWiki's:
 * float-to-string with `precision=14`, `trim`, `is_numeric`, loose `==` between strings,
 * `round`, `(int)` casts.
 */

/** PHP's trim() set: space, tab, newline, CR, NUL, vertical tab — never NBSP or U+3000. */
export function isPhpSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x00 || c === 0x0b;
}

export function phpTrim(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isPhpSpace(s.charCodeAt(start))) start++;
  while (end > start && isPhpSpace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

export function phpRtrim(s: string, chars = ' \t\n\r\0\x0b'): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/**
 * A float printed the way PHP prints it (`precision` = 14, as `echo` and string
 * concatenation do): 14 significant digits, trailing zeros dropped, scientific notation
 * `1.0E+25` when the exponent is below -4 or at least 14.
 */
export function phpFloatToString(x: number): string {
  if (Number.isNaN(x)) return 'NAN';
  if (x === Infinity) return 'INF';
  if (x === -Infinity) return '-INF';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const sign = x < 0 ? '-' : '';
  const sci = Math.abs(x).toExponential(13); // d.ddddddddddddde±x
  const ePos = sci.indexOf('e');
  let digits = sci[0]! + sci.slice(2, ePos);
  const exp = parseInt(sci.slice(ePos + 1), 10);
  let end = digits.length;
  while (end > 1 && digits.charCodeAt(end - 1) === 0x30) end--;
  digits = digits.slice(0, end);
  if (exp < -4 || exp >= 14) {
    const mantissa = digits[0]! + '.' + (digits.length > 1 ? digits.slice(1) : '0');
    return `${sign}${mantissa}E${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return sign + digits + '0'.repeat(exp + 1 - digits.length);
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

/** A PHP number (int or float) as a string; ints are exact. */
export function phpNumberToString(x: number, isInt = false): string {
  if (isInt && Number.isFinite(x)) return String(x === 0 ? 0 : x);
  return phpFloatToString(x);
}

const NUMERIC = /^[ \t\n\r\v\f]*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?[ \t\n\r\v\f]*$/;

/** PHP 8's is_numeric() for strings (leading and trailing whitespace allowed). */
export function phpIsNumeric(s: string): boolean {
  return s.length > 0 && s.length < 400 && NUMERIC.test(s);
}

/** PHP 8's `$a == $b` for two strings: numeric comparison when both are numeric, else exact. */
export function phpLooseEquals(a: string, b: string): boolean {
  if (a === b) return true;
  if (phpIsNumeric(a) && phpIsNumeric(b)) return Number(a.trim()) === Number(b.trim());
  return false;
}

/** `(int)$float`: truncation; NaN, infinities and values beyond 64 bits give 0. */
export function phpIntCast(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) >= 9.2233720368547758e18) return 0;
  return Math.trunc(x) + 0;
}

/** `(int)$string`: the leading integer of the string (after whitespace), else 0. */
export function phpIntFromString(s: string): number {
  const m = /^[ \t\n\r\v\f]*([+-]?\d+)/.exec(s);
  if (!m) return 0;
  const n = parseInt(m[1]!, 10);
  return Number.isFinite(n) ? n + 0 : 0;
}

/** `(float)$string`: the leading decimal number of the string, else 0. */
export function phpFloatFromString(s: string): number {
  const m = /^[ \t\n\r\v\f]*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)/.exec(s);
  return m ? Number(m[1]) : 0;
}

/**
 * PHP's round($value, $places): half away from zero, with a pre-rounding step so that values
 * such as 1.005 (stored as 1.00499…) round the way people expect, as PHP does.
 */
export function phpRound(value: number, places: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  places = Math.max(-308, Math.min(308, places));
  const factor = Math.pow(10, Math.abs(places));
  let tmp = places >= 0 ? value * factor : value / factor;
  if (!Number.isFinite(tmp)) return value;
  if (Math.abs(tmp) < 1e15) tmp = Number(tmp.toPrecision(15));
  const rounded = tmp >= 0 ? Math.floor(tmp + 0.5) : Math.ceil(tmp - 0.5);
  // Beyond 2^52 every float is an integer already.
  const r = Math.abs(tmp) >= 4503599627370496 ? tmp : rounded;
  const result = places >= 0 ? r / factor : r * factor;
  return Number.isFinite(result) ? result : value;
}

/** htmlspecialchars() with PHP 8.1's defaults (ENT_QUOTES). */
export function htmlSpecialChars(s: string): string {
  return s.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#039;'));
}

/** The error span parser functions return; `#iferror` recognises it. */
export function errorHtml(message: string): string {
  return `<strong class="error">${htmlSpecialChars(message)}</strong>`;
}

const ERROR_CLASS = /<(?:strong|span|p|div)\s(?:[^\s>]*\s+)*?class="(?:[^"\s>]*\s+)*?error(?:\s[^">]*)?"/;

/** Whether expanded text contains an error element (what `#iferror` tests). */
export function hasErrorElement(s: string): boolean {
  return s.includes('error') && ERROR_CLASS.test(s);
}
