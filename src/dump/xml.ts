/**
 * The few XML pieces a MediaWiki export needs: entity decoding of text and attributes, and
 * reading `name="value"` attributes out of a start tag. Dumps escape only `< > & "` (and
 * sometimes `'`), so a plain indexOf loop is all it takes.
 */

/**
 * The five named XML entities, by the characters between `&` and `;`. A switch on the length and
 * letters, not a lookup in an object literal: `&constructor;` or `&__proto__;` must stay text, and
 * the keyed lookup deoptimised decodeXml again and again on entity names it had not seen.
 */
export function namedEntity(s: string, from: number, to: number): string | undefined {
  const c0 = s.charCodeAt(from);
  switch (to - from) {
    case 2:
      if (s.charCodeAt(from + 1) !== 116 /* t */) return undefined;
      return c0 === 108 /* l */ ? '<' : c0 === 103 /* g */ ? '>' : undefined;
    case 3:
      return c0 === 97 && s.charCodeAt(from + 1) === 109 && s.charCodeAt(from + 2) === 112 ? '&' : undefined; // amp
    case 4:
      if (s.startsWith('quot', from)) return '"';
      return s.startsWith('apos', from) ? "'" : undefined;
    default:
      return undefined;
  }
}

/** Decode the five XML entities and numeric character references; anything else stays as is. */
export function decodeXml(s: string): string {
  let amp = s.indexOf('&');
  if (amp < 0) return s;
  const parts: string[] = [];
  let last = 0;
  while (amp >= 0) {
    const semi = s.indexOf(';', amp + 1);
    if (semi < 0 || semi - amp > 12) {
      amp = s.indexOf('&', amp + 1);
      continue;
    }
    let rep: string | undefined;
    if (s.charCodeAt(amp + 1) === 35 /* # */) {
      const hex = s.charCodeAt(amp + 2) === 120 || s.charCodeAt(amp + 2) === 88;
      const digits = s.slice(amp + (hex ? 3 : 2), semi);
      const code = digits && /^[0-9a-fA-F]+$/.test(digits) ? parseInt(digits, hex ? 16 : 10) : NaN;
      if (code >= 0 && code <= 0x10ffff && (hex || /^[0-9]+$/.test(digits))) rep = String.fromCodePoint(code);
    } else {
      rep = namedEntity(s, amp + 1, semi);
    }
    if (rep === undefined) {
      amp = s.indexOf('&', amp + 1);
      continue;
    }
    if (amp > last) parts.push(s.slice(last, amp));
    parts.push(rep);
    last = semi + 1;
    amp = s.indexOf('&', last);
  }
  if (last < s.length) parts.push(s.slice(last));
  return parts.join('');
}

/** Value of attribute `name` in a start tag's text (`<text bytes="12" xml:space="preserve">`). */
export function attribute(tag: string, name: string): string | null {
  const range = attributeRange(tag, name, 0, tag.length);
  return range && decodeXml(tag.slice(range[0], range[1]));
}

/**
 * Where the (still escaped) value of attribute `name` lies in the start tag `s[tagStart, tagEnd)`,
 * as [start, end) offsets into `s`; null when the tag has no such attribute.
 */
export function attributeRange(s: string, name: string, tagStart: number, tagEnd: number): [number, number] | null {
  let from = tagStart;
  for (;;) {
    const at = s.indexOf(name + '=', from);
    if (at < 0 || at + name.length >= tagEnd) return null;
    // Must be a whole attribute name: preceded by whitespace.
    const before = at > tagStart ? s.charCodeAt(at - 1) : -1;
    if (before === 32 || before === 9 || before === 10 || before === 13) {
      const quote = s.charCodeAt(at + name.length + 1);
      if (quote === 34 /* " */ || quote === 39 /* ' */) {
        const end = s.indexOf(quote === 34 ? '"' : "'", at + name.length + 2);
        if (end < 0 || end >= tagEnd) return null;
        return [at + name.length + 2, end];
      }
    }
    from = at + name.length;
  }
}

/** Text content of the first `<tag>…</tag>` at or after `from`, limited to before `limit`. */
export function elementText(s: string, tag: string, from = 0, limit = s.length): string | null {
  const range = elementRange(s, tag, from, limit);
  return range && decodeXml(s.slice(range[0], range[1]));
}

/**
 * Where the (still escaped) content of the first `<tag>…</tag>` at or after `from` lies, as
 * [start, end) offsets; an empty range for `<tag/>`; null when there is none before `limit`.
 */
export function elementRange(s: string, tag: string, from = 0, limit = s.length): [number, number] | null {
  const open = s.indexOf('<' + tag, from);
  if (open < 0 || open >= limit) return null;
  const gt = s.indexOf('>', open);
  if (gt < 0) return null;
  if (s.charCodeAt(gt - 1) === 47 /* / */) return [gt, gt];
  const close = s.indexOf('</' + tag + '>', gt);
  if (close < 0) return null;
  return [gt + 1, close];
}
