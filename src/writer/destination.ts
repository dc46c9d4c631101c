/**
 * Link and image destinations for Markdown: encoded so that every reader takes the URL as one
 * token, and (optionally) shown with readable non-ASCII characters instead of percent-escapes.
 */
import { isSafeUrl } from './attrs.js';
import { looksLikeEntity } from './escape.js';

/**
 * Where a link to a page goes, as the writers print it: the resolver's URL (live wiki, upload,
 * `#anchor`, `/…`, `./…`, `../…`) as it is, and every other (bare mirror) path with `./` before
 * it. Decided by form, not by isSafeUrl: `Talk:Foo.md`, and just as much `Mailto:x.md` or
 * `Tel:1.md` (a safe scheme, so isSafeUrl takes them), would otherwise read as URLs. Only for
 * targets of titles: a URL a page wrote (an external link, `link=https://…`) is checked with
 * isSafeUrl instead.
 */
export function localHref(href: string): string {
  const c0 = href.charCodeAt(0);
  if (c0 === 35 || c0 === 47) return href; // `#anchor`, `/path`, `//host`
  if (c0 === 46 && (href.startsWith('./') || href.startsWith('../'))) return href;
  // In a mirror every link to a missing page is a live-wiki URL: no pattern for those.
  if (c0 === 104 && (href.startsWith('https://') || href.startsWith('http://'))) return href;
  // An absolute URL names its host; `javascript://…` is one too, so the scheme is still checked.
  return ABSOLUTE_URL.test(href) && isSafeUrl(href) ? href : './' + href;
}

const ABSOLUTE_URL = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//;

/** Destination characters: 1 percent-encode, 2 parenthesis, 3 `&` (maybe an entity). */
const DEST = new Uint8Array(128);
for (let c = 0; c <= 32; c++) DEST[c] = 1;
for (const ch of '<>\\|"`\u007f') DEST[ch.charCodeAt(0)] = 1;
DEST[40] = DEST[41] = 2;
DEST[38] = 3;

/**
 * A link or image destination that parses as one token (with `readable`, non-ASCII
 * percent-escapes are shown as the characters, see readableUrl): whitespace, control characters, `<`,
 * `>`, `\`, `|` and unbalanced parentheses are percent-encoded, `&` before something that looks
 * like an entity becomes `&amp;`. CJK and other non-ASCII characters stay readable.
 */
export function encodeDestination(url: string, readable = false): string {
  // Encode first, on the (usually ASCII) URL as given; the characters readableUrl restores are
  // visible non-ASCII ones, which never need encoding.
  return readable ? readableUrl(encodeAscii(url)) : encodeAscii(url);
}

/** Any character encodeAscii may change (DEST entries, parentheses, the non-ASCII breaks). */
const DEST_ANY = /[\x00-\x20"&()<>\\`|\x7f\x85\xa0\u2028\u2029]/;

function encodeAscii(url: string): string {
  // Most destinations (our own live-wiki URLs) hold none: one native search instead of a loop.
  if (!DEST_ANY.test(url)) return url;
  let out = '';
  let last = 0;
  let depth = 0;
  let balanced = true;
  const n = url.length;
  for (let i = 0; i < n; i++) {
    const c = url.charCodeAt(i);
    if (c < 128) {
      const k = DEST[c];
      if (k === 0) continue;
      if (k === 2) {
        if (c === 40) depth++;
        else if (--depth < 0) balanced = false;
        continue;
      }
      if (k === 3 && !looksLikeEntity(url, i)) continue;
      out += url.slice(last, i) + (k === 3 ? '&amp;' : '%' + (c < 16 ? '0' : '') + c.toString(16).toUpperCase());
      last = i + 1;
    } else if (c === 0x85 || c === 0x2028 || c === 0x2029 || c === 0xa0) {
      out += url.slice(last, i) + encodeURIComponent(url[i]!);
      last = i + 1;
    }
  }
  out = last === 0 ? url : out + url.slice(last);
  if (!balanced || depth !== 0) out = out.replace(/\(/g, '%28').replace(/\)/g, '%29');
  return out;
}

const VISIBLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

/**
 * Percent-escapes of non-ASCII characters turned back into the characters
 * (`…/wiki/%E6%95%B0%E5%AD%A6` → `…/wiki/数学`), the way the seed mirror and browsers show
 * URLs. ASCII escapes (`%20`, `%28`, `%2F`, `%3F` …) keep their meaning and stay; so do
 * invisible or confusable characters (spaces, controls, format and bidi marks) and anything
 * that is not well-formed UTF-8.
 */
export function readableUrl(url: string): string {
  let i = url.indexOf('%');
  if (i < 0) return url;
  let out = '';
  let last = 0;
  const n = url.length;
  while (i >= 0) {
    // A run of escaped non-ASCII bytes, decoded at once (most runs are one title's letters).
    let j = i;
    while (j + 2 < n && url.charCodeAt(j) === 37 && hexByte(url, j) >= 0x80) j += 3;
    if (j > i) {
      let text: string | null = null;
      try {
        text = decodeURIComponent(url.slice(i, j));
      } catch {
        text = null; // not well-formed UTF-8: keep the escapes
      }
      if (text !== null && allVisible(text)) {
        out += url.slice(last, i) + text;
        last = j;
      }
    }
    i = url.indexOf('%', j > i ? j : i + 1);
  }
  return last === 0 ? url : out + url.slice(last);
}

function allVisible(text: string): boolean {
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (!commonVisible(cp) && !VISIBLE.test(ch)) return false;
  }
  return true;
}

/** Letters of the scripts our wikis are written in, known visible without a regex. */
function commonVisible(cp: number): boolean {
  return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3041 && cp <= 0x30fa) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0x400 && cp <= 0x4ff) || (cp >= 0xc0 && cp <= 0x24f);
}

function hexByte(s: string, i: number): number {
  const h = hexDigit(s.charCodeAt(i + 1));
  const l = hexDigit(s.charCodeAt(i + 2));
  return h < 0 || l < 0 ? -1 : (h << 4) | l;
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const x = c | 32;
  return x >= 97 && x <= 102 ? x - 87 : -1;
}
