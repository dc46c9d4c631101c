/**
 * External links and magic links, MediaWiki style:
 * - `[url label]`, `[url]` (numbered per page), protocol-relative `[//host x]`; the URL ends at
 *   whitespace or one of `[]<>"`; the label runs to `]` on the same line; inside an internal
 *   link's label it is text;
 * - an internal link inside the label ends the external link there (MediaWiki's HTML tree builder
 *   closes the outer `<a>` when the inner one opens): `[url see [[A]] now]` is a link "see", the
 *   link A, then plain " now";
 * - bare URLs (not protocol-relative) after a non-word character — a Unicode letter or digit counts
 *   as a word character, as in PHP's `\b` under `/u`, so `中文http://…` stays text; trailing
 *   `,;\.:!?` (and `)` when the URL has no `(`) stay outside, as do `&lt;`/`&gt;`/`&nbsp;` and what
 *   follows them;
 * - ISBN, RFC and PMID magic links, after a non-word character as well.
 */
import type { ExternalLink, Inline } from '../ast/nodes.js';
import { decodeEntities } from '../site/entities.js';
import type { Scanner } from './inline.js';
import { allowedTagEnd } from './label-tags.js';
import { isAsciiWordCode } from './state.js';
import { EXT_LINK_FRAME, K, tagTok } from './tokens.js';

const UNICODE_WORD = /^[\p{L}\p{N}_]$/u;

/** Whether the character before i is a word character for PCRE's Unicode `\b` (letters, digits, `_`). */
function isWordCharBefore(src: string, i: number): boolean {
  if (i <= 0) return false;
  const c = src.charCodeAt(i - 1);
  if (c < 128) return isAsciiWordCode(c);
  // A low surrogate: test the whole code point (emoji are not word characters, U+20000 Han is).
  const ch = c >= 0xdc00 && c <= 0xdfff && i >= 2 ? src.slice(i - 2, i) : src[i - 1]!;
  return UNICODE_WORD.test(ch);
}

/** $wgUrlProtocols (lower case); anchorencode reads it too (preprocess/functions/strings.ts). */
export const URL_PROTOCOLS: readonly string[] = [
  'bitcoin:', 'ftp://', 'ftps://', 'geo:', 'git://', 'gopher://', 'http://', 'https://', 'irc://', 'ircs://',
  'magnet:', 'mailto:', 'matrix:', 'mms://', 'news:', 'nntp://', 'redis://', 'sftp://', 'sip:', 'sips:', 'sms:',
  'ssh://', 'svn://', 'tel:', 'telnet://', 'urn:', 'worldwind://', 'xmpp:',
];
/** Scheme (without ':') → its protocol strings. */
const BY_SCHEME = new Map<string, string[]>();
for (const p of URL_PROTOCOLS) {
  const scheme = p.slice(0, p.indexOf(':'));
  BY_SCHEME.set(scheme, [...(BY_SCHEME.get(scheme) ?? []), p]);
}
const MAX_SCHEME = 9;

/** Characters an entity may have put into a URL that MediaWiki's Sanitizer::cleanUrl escapes. */
const URL_UNSAFE = /[\][<>"\x00-\x20\x7f|]/g;

/**
 * The URL as MediaWiki links and shows it: entities decoded, then unsafe characters
 * percent-escaped, then the characters IDNs ignore removed from the host name.
 */
export function cleanUrl(raw: string): string {
  if (raw.indexOf('&') < 0 && raw.indexOf('|') < 0) return stripIdnIgnored(raw);
  const decoded = decodeEntities(raw);
  // PHP's urlencode: a space becomes '+', the rest %XX in upper case.
  return stripIdnIgnored(decoded.replace(URL_UNSAFE, (c) => (c === ' ' ? '+' : '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'))));
}

/** What Sanitizer::cleanUrl strips from a host name: soft hyphen, joiners, bidi marks, variation selectors, … */
const IDN_IGNORED = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8]|\ud82f[\udca0-\udca3]|\ud834[\udd73-\udd7a]|[\udb40-\udb43][\udc00-\udfff]/g;

/** `scheme://host…` with IDN_IGNORED removed from the host (`http://e&zwnj;xample.com/` links example.com). */
function stripIdnIgnored(url: string): string {
  const colon = url.indexOf(':');
  if (colon <= 0 || url.charCodeAt(colon + 1) !== 47 || url.charCodeAt(colon + 2) !== 47) return url;
  let end = url.indexOf('/', colon + 3);
  if (end < 0) end = url.length;
  let i = colon + 3;
  while (i < end && url.charCodeAt(i) < 0xad) i++;
  if (i === end) return url;
  return url.slice(0, colon + 3) + url.slice(colon + 3, end).replace(IDN_IGNORED, '') + url.slice(end);
}

/** Length of the protocol at `p` (case-insensitive), or 0. `//` counts only when allowed. */
export function protocolAt(src: string, p: number, allowRelative: boolean): number {
  if (allowRelative && src.charCodeAt(p) === 47 && src.charCodeAt(p + 1) === 47) return 2;
  let q = p;
  while (q < src.length && q - p <= MAX_SCHEME) {
    const c = src.charCodeAt(q) | 0x20;
    if (c >= 97 && c <= 122) q++;
    else break;
  }
  if (q === p || q >= src.length || src.charCodeAt(q) !== 58) return 0;
  const list = BY_SCHEME.get(src.slice(p, q).toLowerCase());
  if (!list) return 0;
  for (const proto of list) {
    if (proto.endsWith('//')) {
      if (src.charCodeAt(q + 1) === 47 && src.charCodeAt(q + 2) === 47) return proto.length;
    } else {
      return proto.length;
    }
  }
  return 0;
}

export function startsWithProtocol(s: string): boolean {
  return protocolAt(s, 0, true) > 0;
}

/** Characters that end a URL: controls, space, `[]<>"`, DEL (our marker), U+FFFD and Unicode spaces. */
export function isUrlChar(c: number): boolean {
  if (c <= 32 || c === 34 || c === 60 || c === 62 || c === 91 || c === 93 || c === 127) return false;
  if (c < 128) return true;
  return !(c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfffd);
}

function isZsCode(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** End of the URL starting at q. A run of two apostrophes ends it too (bold/italic markup). */
function urlEnd(src: string, q: number, end: number): number {
  if (src.charCodeAt(q) === 91) {
    // IPv6 literal: [hex:…]
    let j = q + 1;
    while (j < end && /[0-9a-fA-F:.]/.test(src[j]!)) j++;
    if (j > q + 1 && src.charCodeAt(j) === 93) q = j + 1;
    else return q;
  }
  while (q < end) {
    const c = src.charCodeAt(q);
    if (!isUrlChar(c) || (c === 39 && src.charCodeAt(q + 1) === 39)) break;
    q++;
  }
  return q;
}

export function externalLinkRule(sc: Scanner, p: number): number {
  // Inside a link label MediaWiki has already armoured URL protocols (Parser::armorLinks), so
  // `[[A|[http://x y]]]` shows "[http://x y]" as the label text (wikiLinks.txt T4095).
  if (sc.opts.inLink) return -1;
  const src = sc.src;
  const end = sc.end;
  const proto = protocolAt(src, p + 1, true);
  if (proto === 0) return -1;
  const urlStart = p + 1;
  const addrStart = urlStart + proto;
  const urlStop = urlEnd(src, addrStart, end);
  if (urlStop === addrStart) return -1;
  let q = urlStop;
  while (q < end && isZsCode(src.charCodeAt(q))) q++;
  const labelStart = q;
  // The label runs to the next ']' on this line (no controls in between); internal links in it
  // are whole units (MediaWiki has replaced them before it looks for external links).
  const first = sc.finders.closeBracket.find(src, labelStart);
  if (first < 0 || first >= end) return -1;
  const close = findLabelEnd(src, labelStart, end);
  if (close < 0) return -1;
  sc.flush(p);
  const url = cleanUrl(src.slice(urlStart, urlStop));
  let link: ExternalLink;
  if (close === labelStart) {
    sc.st.extLinkNumber++;
    link = { type: 'externalLink', url, children: [{ type: 'text', value: `[${sc.st.extLinkNumber}]` }], kind: 'numbered' };
  } else {
    if (hasLinkOpen(src, labelStart, close)) return splitAtInternalLink(sc, url, labelStart, close);
    if (hasQuoteRun(src, labelStart, close)) {
      // MediaWiki pairs the label's `''` with the rest of the line's before it finds external
      // links, and the HTML tree builder then splits whichever element is misnested
      // (`''[url a'' b]` → <i><a>a</a></i><a> b</a>): the link goes in as a frame of the run.
      const open = tagTok(K.Open, EXT_LINK_FRAME, { href: url });
      open.s = src.slice(labelStart - 2, labelStart); // what the quote rules see before the label
      sc.push(open);
      sc.spliceLabel(labelStart, close);
      sc.push(tagTok(K.Close, EXT_LINK_FRAME, null));
      return close + 1;
    }
    link = { type: 'externalLink', url, children: sc.sub(labelStart, close, true), kind: 'labelled' };
  }
  sc.pushNode(link);
  return close + 1;
}

/** Whether an apostrophe run (`''` or longer) lies in src[s, e). */
function hasQuoteRun(src: string, s: number, e: number): boolean {
  // A loop over the label, not indexOf: a search to the end of the text for every link would
  // make a page of links quadratic.
  for (let i = s + 1; i < e; i++) if (src.charCodeAt(i) === 39 && src.charCodeAt(i - 1) === 39) return true;
  return false;
}

function hasLinkOpen(src: string, s: number, e: number): boolean {
  for (let i = s + 1; i < e; i++) if (src.charCodeAt(i) === 91 && src.charCodeAt(i - 1) === 91) return true;
  return false;
}

/**
 * `[url label]` whose label holds an internal link or a file link: the external link keeps what
 * comes before the first one (nothing shown when that is empty), that link and the rest of the label follow
 * as ordinary text, and the closing `]` is dropped — what MediaWiki's HTML shows.
 */
function splitAtInternalLink(sc: Scanner, url: string, labelStart: number, close: number): number {
  const nodes = sc.sub(labelStart, close, false);
  let k = 0;
  // A file link is an anchor of its own too (the image links to its file page): HTML's tree
  // builder ends the external link there, and the picture shows after it.
  while (k < nodes.length && nodes[k]!.type !== 'wikiLink' && nodes[k]!.type !== 'image') k++;
  const before = flattenLinks(nodes.slice(0, k));
  // Spaces at the end of the label show outside the link.
  let space = '';
  const last = before[before.length - 1];
  if (last && last.type === 'text') {
    const trimmed = last.value.trimEnd(); // not /\s+$/: V8 retries it at every blank of a run (n²)
    space = last.value.slice(trimmed.length);
    if (trimmed === '') before.pop();
    else last.value = trimmed;
  }
  if (before.length > 0) sc.pushNode({ type: 'externalLink', url, children: before, kind: 'labelled' });
  if (space !== '') sc.pushText(space);
  sc.pushNodes(nodes.slice(k));
  return close + 1;
}

/** Nodes with any links nested inside them replaced by their labels (Markdown links do not nest). */
function flattenLinks(nodes: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const n of nodes) {
    if (n.type === 'wikiLink' || n.type === 'externalLink') out.push(...flattenLinks(n.children));
    else if (n.type === 'strong' || n.type === 'emphasis' || n.type === 'htmlInline') out.push({ ...n, children: flattenLinks(n.children) });
    else out.push(n);
  }
  return out;
}

/** Longest external link label searched. */
const MAX_LABEL = 4000;

function findLabelEnd(src: string, q: number, end: number): number {
  const limit = Math.min(end, q + MAX_LABEL);
  for (let i = q; i < limit; i++) {
    const c = src.charCodeAt(i);
    if (c === 93) return i;
    if ((c < 32 && c !== 9) || c === 0xfffd) return -1;
    if (c === 60) {
      const gt = allowedTagEnd(src, i, limit);
      if (gt > 0) i = gt;
      continue;
    }
    if (c === 91 && src.charCodeAt(i + 1) === 91) {
      let j = i + 2;
      while (j + 1 < limit && !(src.charCodeAt(j) === 93 && src.charCodeAt(j + 1) === 93) && src.charCodeAt(j) !== 10) j++;
      if (j + 1 < limit && src.charCodeAt(j) === 93) i = j + 1;
    }
  }
  return -1;
}

const TRAILING_ENTITY = /&(?:lt|gt|nbsp|#x0*(?:3[CcEe]|[Aa]0)|#0*(?:60|62|160));/;

/** Bare URL: triggered at ':'; the scheme letters are in the pending text before it. */
export function bareUrlRule(sc: Scanner, p: number): number {
  if (sc.opts.inLink) return -1;
  const src = sc.src;
  let s = p;
  while (s > sc.textStart && p - s <= MAX_SCHEME) {
    const c = src.charCodeAt(s - 1) | 0x20;
    if (c >= 97 && c <= 122) s--;
    else break;
  }
  if (s === p) return -1;
  if (isWordCharBefore(src, s)) return -1;
  const proto = protocolAt(src, s, false);
  if (proto === 0) return -1;
  const addrStart = s + proto;
  let stop = urlEnd(src, addrStart, sc.end);
  if (stop === addrStart) return -1;
  let url = src.slice(s, stop);
  const ent = TRAILING_ENTITY.exec(url);
  if (ent) {
    url = url.slice(0, ent.index);
    stop = s + ent.index;
  }
  // Trailing punctuation stays outside, a backslash included; ')' too unless the URL has a '('.
  const seps = url.includes('(') ? ',;\\.:!?' : ',;\\.:!?)';
  let n = 0;
  while (n < url.length && seps.includes(url[url.length - 1 - n]!)) n++;
  if (n > 0 && url[url.length - n] === ';' && /&(?:[a-z]+|#x[\da-f]+|#\d+)$/i.test(url.slice(0, url.length - n))) n--;
  if (n > 0) {
    url = url.slice(0, url.length - n);
    stop -= n;
  }
  if (url.length <= proto) return -1;
  sc.flush(s);
  const decoded = cleanUrl(url);
  sc.pushNode({ type: 'externalLink', url: decoded, children: [{ type: 'text', value: decoded }], kind: 'bare' });
  return stop;
}

function isMagicSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000;
}

const NBSP_ENTITY = /^&(?:nbsp|#0*160|#[xX]0*[aA]0);/;

/** Length of a non-newline space at i: a space character or a no-break-space entity; 0 if none. */
function spaceAt(src: string, i: number): number {
  const c = src.charCodeAt(i);
  if (isMagicSpace(c)) return 1;
  if (c === 38) {
    const m = NBSP_ENTITY.exec(src.slice(i, i + 10));
    if (m) return m[0].length;
  }
  return 0;
}

/** ISBN / RFC / PMID followed by spaces and a number, as whole words. */
export function magicLinkRule(sc: Scanner, p: number): number {
  const src = sc.src;
  // Cheap test first: these rules fire on every capital I, R and P.
  const next = p + 1 < src.length ? src.charCodeAt(p + 1) : -1;
  if (next !== 83 && next !== 70 && next !== 77) return -1; // S(BN) F(C) M(ID)
  if (sc.opts.inLink) return -1;
  const end = sc.end;
  if (isWordCharBefore(src, p)) return -1;
  let kind: 'ISBN' | 'RFC' | 'PMID';
  if (src.startsWith('ISBN', p)) kind = 'ISBN';
  else if (src.startsWith('RFC', p)) kind = 'RFC';
  else if (src.startsWith('PMID', p)) kind = 'PMID';
  else return -1;
  let q = p + kind.length;
  const spaceStart = q;
  for (let n = spaceAt(src, q); n > 0 && q < end; n = spaceAt(src, q)) q += n;
  if (q === spaceStart) return -1;
  const numStart = q;
  let digits = '';
  if (kind === 'ISBN') {
    // optional 97[89] prefix, 9 digits with optional '-'/space separators, check digit
    let i = q;
    if (src.startsWith('978', i) || src.startsWith('979', i)) {
      let j = i + 3;
      j += isbnSepAt(src, j);
      // only take the prefix if the rest still matches 9 digits + check
      const rest = matchIsbnBody(src, j, end);
      if (rest > 0) i = j;
    }
    const stop = matchIsbnBody(src, i, end);
    if (stop < 0) return -1;
    q = stop;
    digits = src.slice(numStart, q).replace(/&[^;]*;/g, '').replace(/[^0-9Xx]/g, '').toUpperCase();
  } else {
    while (q < end && src.charCodeAt(q) >= 48 && src.charCodeAt(q) <= 57) q++;
    if (q === numStart) return -1;
    digits = src.slice(numStart, q);
  }
  if (q < end && isAsciiWordCode(src.charCodeAt(q))) return -1;
  sc.flush(p);
  let url: string;
  if (kind === 'ISBN') url = `${sc.st.site.articleBase}Special:BookSources/${digits}`;
  else if (kind === 'RFC') url = `https://datatracker.ietf.org/doc/html/rfc${digits}`;
  else url = `https://pubmed.ncbi.nlm.nih.gov/${digits}`;
  const label: Inline[] = [{ type: 'text', value: kind + ' ' + decodeEntities(src.slice(numStart, q)) }];
  sc.pushNode({ type: 'externalLink', url, children: label, kind: 'magic' });
  return q;
}

/*
 * Module functions taking the source rather than arrows made per ISBN: V8 holds a closure's
 * optimised code weakly, so per-call arrows lost it at every full GC and were compiled again.
 */
function isDigitAt(src: string, i: number): boolean {
  const c = src.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** The length of an ISBN's separator at `i`: a hyphen, spaces, or 0. */
function isbnSepAt(src: string, i: number): number {
  return src.charCodeAt(i) === 45 ? 1 : spaceAt(src, i);
}

function matchIsbnBody(src: string, i: number, end: number): number {
  for (let k = 0; k < 9; k++) {
    if (i >= end || !isDigitAt(src, i)) return -1;
    i++;
    if (i < end) i += isbnSepAt(src, i);
  }
  if (i >= end) return -1;
  const c = src.charCodeAt(i);
  if ((isDigitAt(src, i) || c === 88 || c === 120)) return i + 1;
  return -1;
}
