/**
 * CSS counter styles by name (`lower-roman`, `upper-alpha` …): the marker text of the nth item of
 * an ordered list or of a footnote group (`{{efn-lr}}`). Shared by the footnote pass and the list
 * templates, which both print the markers the wiki's CSS would draw.
 */

function alpha(n: number): string {
  let s = '';
  while (n > 0) {
    n--;
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  }
  return s;
}

const ROMAN: ReadonlyArray<readonly [number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];

function roman(n: number): string {
  let s = '';
  for (const [v, r] of ROMAN) while (n >= v) { s += r; n -= v; }
  return s;
}

/** Counter styles other than decimal, by their CSS name. Markers are for n ≥ 1. */
export const COUNTER_STYLES: Readonly<Record<string, (n: number) => string>> = {
  'lower-alpha': (n) => alpha(n),
  'upper-alpha': (n) => alpha(n).toUpperCase(),
  'lower-roman': (n) => roman(n),
  'upper-roman': (n) => roman(n).toUpperCase(),
  'lower-greek': (n) => String.fromCodePoint(0x3b1 + ((n - 1) % 24)) + (n > 24 ? String(Math.ceil(n / 24)) : ''),
};
