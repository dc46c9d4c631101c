/**
 * JavaScript's white space (what `\s` matches and String.prototype.trim removes) outside ASCII,
 * derived from `\s` itself so that the byte scans' lists cannot drift from the text scan's regexes.
 */

/** Each non-ASCII character `\s` matches (all are in the Basic Multilingual Plane). */
export const NON_ASCII_SPACES: readonly string[] = (() => {
  const found: string[] = [];
  for (let cp = 0x80; cp <= 0xffff; cp++) {
    const c = String.fromCharCode(cp);
    if (/\s/.test(c)) found.push(c);
  }
  return found;
})();

/** A regex source matching one `\s` character as UTF-8 bytes in a latin1 string (`\xC2\xA0` …). */
export function spaceAsUtf8Bytes(): string {
  const hex = (b: number) => '\\x' + b.toString(16).toUpperCase().padStart(2, '0');
  const nonAscii = NON_ASCII_SPACES.map((c) => [...Buffer.from(c, 'utf8')].map(hex).join(''));
  return `(?:[\\t-\\r ]|${nonAscii.join('|')})`;
}
