/**
 * HTML attribute and URL sanitising, following MediaWiki's Sanitizer: a per-element list of
 * allowed attributes (Sanitizer::setupAttributesAllowedInternal), `data-*` except the reserved
 * ones, CSS checked like Sanitizer::checkCss, ids with whitespace replaced, `tabindex` only 0,
 * URL-bearing attributes only with an allowed protocol. Values are HTML-escaped on output.
 *
 * Two profiles:
 * - 'html' (the HTML writer): MediaWiki's rules as they are.
 * - 'markdown' (HTML inside GitHub Markdown): additionally drops `style`, `class`, `data-*`,
 *   RDFa/microdata and ARIA attributes — GitHub strips them anyway and they are noise in a file
 *   people read. What stays carries meaning a reader sees: title, lang, dir, id (anchors),
 *   cite/datetime/value, and the table-cell/list attributes that change layout.
 */
import { decodeEntities } from '../site/entities.js';
import { linkAnchor } from './anchors.js';

export type AttrProfile = 'html' | 'markdown';

const COMMON = [
  'id', 'class', 'style', 'lang', 'dir', 'title', 'tabindex',
  'aria-describedby', 'aria-flowto', 'aria-hidden', 'aria-label', 'aria-labelledby', 'aria-owns', 'role',
  'about', 'property', 'resource', 'datatype', 'typeof',
  'itemid', 'itemprop', 'itemref', 'itemscope', 'itemtype',
];
const TABLE_CELL = ['abbr', 'axis', 'headers', 'scope', 'rowspan', 'colspan', 'nowrap', 'width', 'height', 'bgcolor', 'align', 'valign'];

function set(...lists: string[][]): ReadonlySet<string> {
  return new Set(lists.flat());
}

const common = set(COMMON);
const block = set(COMMON, ['align']);

/** Allowed attributes per element (MediaWiki's list for the elements wikitext can produce). */
const ALLOWED: Record<string, ReadonlySet<string>> = {
  div: block, center: common, span: common,
  h1: block, h2: block, h3: block, h4: block, h5: block, h6: block,
  bdo: common, em: common, strong: common, cite: common, dfn: common, code: common, samp: common, kbd: common,
  var: common, abbr: common,
  blockquote: set(COMMON, ['cite']), q: set(COMMON, ['cite']),
  sub: common, sup: common, p: block, br: set(COMMON, ['clear']), wbr: common, pre: set(COMMON, ['width']),
  ins: set(COMMON, ['cite', 'datetime']), del: set(COMMON, ['cite', 'datetime']),
  ul: set(COMMON, ['type']), ol: set(COMMON, ['type', 'start', 'reversed']), li: set(COMMON, ['type', 'value']),
  dl: common, dd: common, dt: common,
  table: set(COMMON, ['summary', 'width', 'border', 'frame', 'rules', 'cellspacing', 'cellpadding', 'align', 'bgcolor']),
  caption: block, thead: common, tfoot: common, tbody: common,
  colgroup: set(COMMON, ['span']), col: set(COMMON, ['span']),
  tr: set(COMMON, ['bgcolor', 'align', 'valign']),
  td: set(COMMON, TABLE_CELL), th: set(COMMON, TABLE_CELL),
  a: set(COMMON, ['href', 'rel', 'rev']),
  img: set(COMMON, ['alt', 'src', 'width', 'height']),
  tt: common, b: common, i: common, big: common, small: common, strike: common, s: common, u: common,
  font: set(COMMON, ['size', 'color', 'face']), hr: set(COMMON, ['width']),
  ruby: common, rb: common, rp: common, rt: common, rtc: common,
  figure: common, figcaption: common, bdi: common,
  data: set(COMMON, ['value']), time: set(COMMON, ['datetime']), mark: common, aside: common,
};

/** What survives in Markdown output (see the module comment). */
/** True for the elements the writer may print with attributes (MediaWiki's list, plus `a` and `img`). */
export function hasAttributeRules(tag: string): boolean {
  return Object.hasOwn(ALLOWED, tag);
}

const MARKDOWN_KEEP = new Set([
  'id', 'lang', 'dir', 'title', 'cite', 'datetime', 'value', 'start', 'reversed', 'type',
  'rowspan', 'colspan', 'align', 'valign', 'scope', 'headers', 'abbr', 'clear', 'href', 'src', 'alt', 'width', 'height',
]);

/** Attributes whose value may be an RDFa/microdata URI: refused when it names a script scheme. */
const URI_ISH = new Set(['rel', 'rev', 'about', 'property', 'resource', 'datatype', 'typeof', 'itemid', 'itemprop', 'itemref', 'itemscope', 'itemtype']);
const EVIL_URI = /(^|\s|\*\/\s*)(javascript|vbscript)([^\w]|$)/i;

/** Protocols MediaWiki links to ($wgUrlProtocols); anything else with a scheme is refused. */
const SAFE_SCHEMES = new Set([
  'http', 'https', 'ftp', 'ftps', 'mailto', 'news', 'irc', 'ircs', 'gopher', 'nntp', 'worldwind', 'telnet',
  'svn', 'git', 'mms', 'sftp', 'ssh', 'urn', 'geo', 'tel', 'sip', 'sips', 'sms', 'xmpp', 'bitcoin', 'magnet', 'matrix',
]);
const IMAGE_SCHEMES = new Set(['http', 'https']);

/**
 * Whether a URL may be printed as a link target (`kind` 'link') or image source ('image').
 * Relative URLs (our own mirror paths, `#anchors`) are allowed; a scheme must be on the list.
 * Browsers ignore tabs/newlines and leading controls in URLs, so those are removed before the
 * scheme is read.
 */
export function isSafeUrl(url: string, kind: 'link' | 'image' = 'link'): boolean {
  // Fast paths for what links almost always are: relative paths and http(s) URLs.
  const c0 = url.charCodeAt(0);
  if (c0 === 46 || c0 === 35 || c0 === 47) return true; // `./x`, `#x`, `/x`, `//host`: no scheme
  if (c0 === 104 && (url.startsWith('https://') || url.startsWith('http://'))) return true;
  // eslint-disable-next-line no-control-regex
  const s = url.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '');
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(s);
  if (!m) {
    // No scheme: relative. Something like "javascript&#58;" never reaches a browser as a scheme
    // because writers escape `&`; a colon before any / ? # would still make a scheme, though.
    const colon = s.indexOf(':');
    if (colon < 0) return true;
    const firstSep = s.search(/[/?#]/);
    return firstSep >= 0 && firstSep < colon;
  }
  return (kind === 'image' ? IMAGE_SCHEMES : SAFE_SCHEMES).has(m[1]!.toLowerCase());
}

/**
 * Sanitizer::checkCss's list as in MediaWiki's Sanitizer.php (the namespaced
 * MediaWiki\Parser\Sanitizer, master as of 2026, which refuses `src(` and no longer `filter:`;
 * its `attr(… url` is hasAttrUrl below). Older releases also refused `filter:` (IE's filters
 * could load pictures), and other sanitisers `-moz-binding` and `behavior:` (old Firefox and IE
 * bindings): none loads anything without a `url(`, refused anyway, and following one MediaWiki
 * keeps what it keeps (`filter:invert(1)`, `-moz-binding: none`).
 */
const CSS_EVIL = /expression|accelerator\s*:|-o-link\s*:|-o-link-source\s*:|-o-replace\s*:|url\s*\(|src\s*\(|image\s*\(|image-set\s*\(/i;

/**
 * Sanitizer::checkCss's `attr\s*\([^)]+[\s,]+url` (an attr() of URL type), read between `)`s:
 * as a regex it backtracks over a run of commas or spaces in time quadratic in the run. In each
 * piece the first `attr(` decides (a later one's text is part of the first's), and `[\s,]url`
 * past its first character is the same condition as `[^)]+[\s,]+url`.
 */
function hasAttrUrl(v: string): boolean {
  if (!/attr/i.test(v)) return false;
  for (const piece of v.split(')')) {
    const open = /attr\s*\(/i.exec(piece);
    if (open !== null && /[\s,]url/i.test(piece.slice(open.index + open[0].length + 1))) return true;
  }
  return false;
}

/**
 * CSS from a `style` attribute, or null when it must go: character references and CSS escapes
 * decoded and comments removed first (so `u\72l(` and `/**\/` tricks are seen), then refused on
 * control characters or anything that loads or runs something.
 */
export function checkCss(value: string): string | null {
  let v = value.includes('&') ? decodeEntities(value) : value;
  if (v.includes('\\')) {
    v = v.replace(/\\(?:(\r\n|[\n\r\f])|([0-9A-Fa-f]{1,6})[ \t\r\n\f]?|([\s\S])|$)/g, (_m, nl, hex, ch) => {
      if (nl) return '';
      let c: string;
      if (hex) {
        const cp = parseInt(hex, 16);
        c = cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
      } else c = ch ?? '\\';
      // As Sanitizer::cssDecodeCallback: characters that mean something inside a CSS string stay
      // escaped, so that what is printed is read once, as checked (`\\75 rl(` must not print
      // `\75 rl(`, which a browser decodes again to `url(`).
      return c === '\\' || c === '"' || c === "'" || c === '\n' ? `\\${c.charCodeAt(0).toString(16)} ` : c;
    });
  }
  if (v.includes('/*')) {
    v = v.replace(/\/\*[\s\S]*?\*\//g, ' ');
    const open = v.indexOf('/*');
    if (open >= 0) v = v.slice(0, open);
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/.test(v)) return null;
  if (CSS_EVIL.test(v) || hasAttrUrl(v)) return null;
  // What we print is the decoded text (those four re-escaped); it is HTML-escaped by the caller.
  return v.trim() === '' ? null : v;
}

/** Escape text for an HTML attribute value in double quotes. */
export function escapeAttr(s: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let rep: string | null = null;
    if (c === 38) rep = '&amp;';
    else if (c === 34) rep = '&quot;';
    else if (c === 60) rep = '&lt;';
    else if (c === 62) rep = '&gt;';
    else if (c === 10) rep = '&#10;';
    else if (c === 13) rep = '&#13;';
    else if (c === 9) rep = '&#9;';
    if (rep !== null) {
      out += s.slice(last, i) + rep;
      last = i + 1;
    }
  }
  return last === 0 ? s : out + s.slice(last);
}

const DATA_ATTR = /^data-[a-z0-9_.-]+$/;
const RESERVED_DATA = /^data-(ooui|mw|parsoid)/;

/**
 * The sanitised attributes of `tag`, as a string ready to follow the tag name (with a leading
 * space per attribute), in input order. Unknown tags get none.
 */
export function sanitizeAttributes(tag: string, attrs: Record<string, string>, profile: AttrProfile): string {
  const allowed = ALLOWED[tag];
  if (!allowed) return '';
  let any = false;
  for (const _ in attrs) {
    any = true;
    break;
  }
  if (!any) return ''; // the common case: no attributes, nothing to allocate
  let out = '';
  const seen = new Set<string>();
  for (const rawName of Object.keys(attrs)) {
    const name = rawName.toLowerCase();
    if (seen.has(name)) continue;
    const isData = DATA_ATTR.test(name) && !RESERVED_DATA.test(name);
    if (!allowed.has(name) && !isData) continue;
    if (profile === 'markdown' && !MARKDOWN_KEEP.has(name)) continue;
    let value = String(attrs[rawName] ?? '').replace(/[\t\r\n ]+/g, ' ').trim();
    if (name === 'style') {
      const css = checkCss(value);
      if (css === null) continue;
      value = css;
    } else if (name === 'id') {
      // The id in the form our section links use (`[[#Lewis1997]]` → `#lewis1997`: GitHub's
      // heading slug), so that links to `{{anchor}}`s and `id=`s land.
      value = linkAnchor(value).slice(0, 1024);
      if (value === '') continue;
    } else if (name === 'tabindex') {
      if (value !== '0') continue;
    } else if (name === 'href' || name === 'src' || name === 'cite') {
      if (!isSafeUrl(value, name === 'src' ? 'image' : 'link')) continue;
    } else if (URI_ISH.has(name) || name.startsWith('aria-')) {
      if (EVIL_URI.test(value)) continue;
    } else if (name === 'rowspan' || name === 'colspan' || name === 'start' || name === 'value' && tag === 'li') {
      if (!/^\d{1,4}$/.test(value)) continue;
    }
    seen.add(name);
    out += ` ${name}="${escapeAttr(value)}"`;
  }
  if (!seen.has('itemscope') && (seen.has('itemtype') || seen.has('itemid') || seen.has('itemref'))) {
    out = out.replace(/ item(type|id|ref)="[^"]*"/g, '');
  }
  return out;
}
