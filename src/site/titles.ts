/**
 * Title normalisation the way MediaWiki's Title::secureAndSplit does it: entities and percent
 * escapes decoded, underscores and runs of whitespace folded to one space, namespace prefix
 * recognised under every alias, first letter upper-cased where the namespace says so.
 */
import * as crypto from 'node:crypto';
import { codeAt, detached } from '../engine/strings.js';
import { decodeEntities } from './entities.js';
import type { SiteConfig, TitleParts } from './types.js';

// What MediaWiki's title codec rejects in the title part: characters outside $wgLegalTitleChars
// (and U+FFFD, left by bad UTF-8), a percent escape or a character reference still there after
// one round of decoding (they would not round-trip through a URL), and the signature tildes.
const ILLEGAL = /[<>[\]{}|\u0000-\u001f\u007f\ufffd]|%[0-9A-Fa-f]{2}|&(?:[A-Za-z0-9\u0080-\uffff]+|#[0-9]+|#[xX][0-9A-Fa-f]+);|~~~/;
/** Longest title part MediaWiki takes, in UTF-8 bytes (512 in the Special namespace). */
const MAX_TITLE_BYTES = 255;
// MediaWikiTitleCodec::splitTitleString's two classes: bidi marks removed, then runs of these
// spaces and `_` folded into one. Not `\s`: a title keeps U+FEFF (and zero-width spaces). ASCII
// white space is folded too (MediaWiki would reject it as illegal; callers pass names that may
// carry a newline).
const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e]/g;
const WHITESPACE_RUN = /[\t\n\v\f\r _\u00a0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

/**
 * A non-ASCII code unit that title folding removes (bidi marks) or folds into a space (the
 * no-break and typographic spaces): the two classes above, as one test by code. U+FEFF is no such
 * character: MediaWiki keeps it in a title.
 */
export function isTitleSpaceOrMark(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || c === 0x180e || (c >= 0x2000 && c <= 0x200a) || c === 0x200e || c === 0x200f || (c >= 0x2028 && c <= 0x202f) || c === 0x205f || c === 0x3000;
}

/** Fold spaces the way titles do: underscores and whitespace runs → one space, trimmed. */
export function foldTitleSpaces(s: string): string {
  return isFolded(s) ? s : trimSpaces(s.replace(BIDI_MARKS, '').replace(WHITESPACE_RUN, ' '));
}

/** `s` without ASCII spaces at either end (String.trim would take U+FEFF too, which titles keep). */
function trimSpaces(s: string): string {
  let from = 0;
  let to = s.length;
  while (from < to && s.charCodeAt(from) === 32) from++;
  while (to > from && s.charCodeAt(to - 1) === 32) to--;
  return from === 0 && to === s.length ? s : s.slice(from, to);
}

/**
 * Whether folding leaves `s` as it is: no underscore, bidi mark or white space other than single
 * inner ASCII spaces. Most titles are like that; they skip the two replacements and the trim.
 */
function isFolded(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  if (s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32) return false;
  let prevSpace = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (c < 128) {
      if (c === 95 || c < 32) return false;
    } else if (isTitleSpaceOrMark(c)) {
      return false;
    }
  }
  return true;
}

/** `%XX` escapes decoded when they are all valid UTF-8 (a `%` that starts none kept), else the text as it is. */
export function percentDecode(s: string): string {
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s.replace(/%(?![0-9a-fA-F]{2})/g, '%25'));
  } catch {
    return s;
  }
}

export function upperFirst(s: string): string {
  if (!s) return s;
  const first = s.codePointAt(0)!;
  const ch = String.fromCodePoint(first);
  const up = ch.toUpperCase();
  // MediaWiki keeps characters whose upper case is longer than one character (ß → SS) as they are.
  if (up === ch || [...up].length !== 1) return s;
  return up + s.slice(ch.length);
}

/**
 * Whether MediaWiki's title codec refuses the title part `s` (prefixes and fragment split off,
 * spaces folded) for what it holds, its length aside: illegal characters, escapes, a relative
 * path, a colon left at the start (`[[Help::x]]`).
 */
export function refusedTitleText(s: string): boolean {
  if (ILLEGAL.test(s)) return true;
  if (s === '.' || s === '..' || s.startsWith('./') || s.startsWith('../') || s.includes('/./') || s.includes('/../')) return true;
  if (s.endsWith('/.') || s.endsWith('/..')) return true;
  return s.charCodeAt(0) === 58;
}

/**
 * Split and normalise a link target or page title. Returns null for titles MediaWiki rejects
 * (illegal characters, empty after the prefix, relative paths).
 * `defaultNs` is the namespace assumed without prefix (10 for `{{Name}}`).
 * `urlDecoded` false: the text is taken as written, as Title::newFromText takes a template
 * name (only the link handler rawurldecodes first), so a `%E3` left in it makes it invalid.
 */
export function parseTitle(site: SiteConfig, raw: string, defaultNs = 0, urlDecoded = true): TitleParts | null {
  // Percent escapes first (the link handler's rawurldecode), then references (the title codec).
  let s = urlDecoded ? percentDecode(raw) : raw;
  if (s.includes('&')) s = decodeEntities(s);
  s = foldTitleSpaces(s);
  if (s.startsWith(':')) s = foldTitleSpaces(s.slice(1));

  let fragment: string | null = null;
  const hash = s.indexOf('#');
  if (hash >= 0) {
    fragment = trimSpaces(s.slice(hash + 1));
    s = trimSpaces(s.slice(0, hash));
  }

  let ns = defaultNs;
  let interwiki: string | null = null;
  const colon = s.indexOf(':');
  if (colon > 0) {
    const prefix = foldTitleSpaces(s.slice(0, colon)).toLowerCase();
    const id = site.namespaceLookup.get(prefix);
    if (id !== undefined) {
      ns = id;
      s = foldTitleSpaces(s.slice(colon + 1));
    } else if (site.interwiki.has(prefix)) {
      interwiki = prefix;
      s = foldTitleSpaces(s.slice(colon + 1));
      // The title codec goes on after an interwiki prefix: one colon after it is dropped, and
      // the rest must pass the same character and path checks (`[[meatball:Foo<Bar]]` is no
      // link, T182338); only an empty rest is allowed (`[[wikt:]]`).
      if (s.charCodeAt(0) === 58) s = foldTitleSpaces(s.slice(1));
      if (s !== '' && refusedTitleText(s)) return null;
      return { ns: 0, text: s, full: s, fragment, interwiki };
    }
  }
  if (s === '' && fragment === null) return null;
  // A namespace alone is no title, even with a fragment (`[[Project:#x]]`).
  if (s === '' && ns !== 0) return null;
  if (refusedTitleText(s)) return null;
  // Three UTF-8 bytes at most per UTF-16 unit: only long titles need counting.
  if (s.length * 3 > MAX_TITLE_BYTES && Buffer.byteLength(s, 'utf8') > (ns === -1 ? 512 : MAX_TITLE_BYTES)) return null;

  const info = site.namespaces.get(ns);
  if ((info?.case ?? site.case) === 'first-letter') s = upperFirst(s);
  const nsName = info ? info.name : '';
  const full = s === '' ? '' : nsName ? `${nsName}:${s}` : s;
  return { ns, text: s, full, fragment, interwiki };
}

/** The page's URL on the live wiki (`https://zh.wikipedia.org/wiki/数学#历史`), readable as browsers show it. */
export function liveUrl(site: SiteConfig, fullTitle: string, fragment: string | null = null): string {
  let url = site.articleBase + urlPathEncode(fullTitle, true);
  if (fragment) url += '#' + urlPathEncode(fragment, true);
  return url;
}

/**
 * The site's article base when it is a plain http(s) URL (nothing in it to escape), else null:
 * what plainLiveUrl builds on.
 */
export function plainArticleBase(site: SiteConfig): string | null {
  const b = site.articleBase;
  return (b.startsWith('https://') || b.startsWith('http://')) && plainRun(b) ? b : null;
}

/**
 * liveUrl of a title without fragment (`base` from plainArticleBase) when the URL needs no
 * escaping anywhere — neither in its path nor as a Markdown link destination — else null: the
 * title holds only letters, digits, spaces (→ `_`), balanced parentheses and `-._~!$'*+,;=@:/`.
 * Most link targets are like that; the writer prints them as they are.
 */
export function plainLiveUrl(base: string, title: string): string | null {
  const run = plainRunSpaces(title);
  if (run === NOT_PLAIN) return null;
  return base + (run === PLAIN_SPACED ? spacesToUnderscores(title) : title);
}

function plainRun(s: string): boolean {
  return plainRunSpaces(s) !== NOT_PLAIN;
}

const NOT_PLAIN = 0;
const PLAIN = 1;
const PLAIN_SPACED = 2;
/** What plainRunSpaces found: not plain, plain, or plain with a space. */
type PlainRun = typeof NOT_PLAIN | typeof PLAIN | typeof PLAIN_SPACED;

/**
 * plainRun, telling also whether the plain string holds a space: plainLiveUrl then need not
 * search it again for spaces to turn into `_` (most titles of CJK wikis have none).
 */
function plainRunSpaces(s: string): PlainRun {
  let depth = 0;
  let spaced = false;
  for (let i = 0; i < s.length; i++) {
    const c = codeAt(s, i);
    if ((CODE_CLASS[c]! & IN_PLAIN_TITLE) !== 0) continue;
    if (c === 32) spaced = true;
    else if (c === 40) depth++;
    else if (c !== 41 || --depth < 0) return NOT_PLAIN;
  }
  return depth !== 0 ? NOT_PLAIN : spaced ? PLAIN_SPACED : PLAIN;
}

/**
 * ' ' → '_': nothing to do when there is no space (most titles of CJK wikis), else by slices —
 * replaceAll costs several times more on these short strings.
 */
function spacesToUnderscores(s: string): string {
  let i = s.indexOf(' ');
  if (i < 0) return s;
  let out = '';
  let last = 0;
  for (; i >= 0; i = s.indexOf(' ', i + 1)) {
    out += s.slice(last, i) + '_';
    last = i + 1;
  }
  return out + s.slice(last);
}

/**
 * A title as MediaWiki's wfUrlencode puts it into an interwiki URL (Interwiki::getURL), where `$1`
 * may stand in a query string (`…/search?q=$1`): every ASCII character but letters, digits and
 * `-_.~;@$!*(),/:` percent-encoded, so `&`, `=`, `+`, `'` and `?` cannot end or change a query
 * value. Letters of other scripts stay readable as in urlPathEncode: a browser sends them as the
 * UTF-8 escapes wfUrlencode writes, so the URL is the same one.
 */
export function wikiUrlEncode(s: string, spacesAsUnderscores = false): string {
  return percentEncode(s, WF_KEEP, spacesAsUnderscores);
}

/**
 * Percent-encode only what cannot stand in a URL path as is — ASCII delimiters (`?`, `#`, `%`,
 * quotes, brackets …), controls and invisible or space-like characters — and keep letters of every
 * script readable (`…/wiki/数学`, as browsers display it and the seed mirror printed it). With
 * `spacesAsUnderscores` a space becomes `_`, as in a title's URL.
 */
export function urlPathEncode(s: string, spacesAsUnderscores = false): string {
  return percentEncode(s, KEEP, spacesAsUnderscores);
}

/** Percent-encode every code unit of `s` whose CODE_CLASS lacks the bit `keep` (a pair kept whole). */
function percentEncode(s: string, keep: number, spacesAsUnderscores: boolean): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = codeAt(s, i);
    const k = CODE_CLASS[c]!;
    if ((k & keep) !== 0) continue;
    if ((k & KEEP_IF_PAIRED) !== 0) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++; // the low half of a pair stays with it
        continue;
      }
    }
    // One code unit: a high surrogate that gets here is lone (a pair was kept just above), and
    // the character after it is read on its own.
    const end = i + 1;
    let enc: string;
    if (c === 32 && spacesAsUnderscores) {
      enc = '_'; // a title's spaces, in the same pass (no replaceAll copy per link)
    } else if (c < 0x80) {
      // By hand: encodeURIComponent leaves `'` (and `!*()~`), which wfUrlencode encodes.
      enc = (c < 0x10 ? '%0' : '%') + c.toString(16).toUpperCase();
    } else {
      try {
        enc = encodeURIComponent(s.slice(i, end));
      } catch {
        enc = '%EF%BF%BD'; // a lone surrogate: the replacement character
      }
    }
    out += s.slice(last, i) + enc;
    last = end;
    i = end - 1;
  }
  return last === 0 ? s : out + s.slice(last);
}

// 1 marks ASCII characters that must be percent-encoded in a path.
const ASCII_ENCODE = new Uint8Array(128);
for (let c = 0; c <= 0x20; c++) ASCII_ENCODE[c] = 1;
for (const ch of '"#%<>?[\\]^`{|}\x7f') ASCII_ENCODE[ch.charCodeAt(0)] = 1;

/**
 * What each code unit is to urlPathEncode and plainLiveUrl, one load per character (every link to
 * a page the mirror does not hold goes through them): bits KEEP (urlPathEncode leaves it as it is),
 * KEEP_IF_PAIRED (a high surrogate, kept with the low one after it; otherwise encoded) and
 * IN_PLAIN_TITLE (plainRunSpaces lets it through: ASCII letters, digits and `-._~!$'*+,;=@:/`,
 * and every non-ASCII code unit kept as it is, surrogates aside — pairs take the general path)
 * and WF_KEEP (wikiUrlEncode leaves it: what wfUrlencode keeps of ASCII, what KEEP keeps beyond).
 * No bit: percent-encoded.
 */
const KEEP = 1;
const KEEP_IF_PAIRED = 2;
const IN_PLAIN_TITLE = 4;
const WF_KEEP = 8;
const CODE_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) if (ASCII_ENCODE[c] === 0) CODE_CLASS[c] = KEEP;
// rawurlencode's unreserved characters and the ones wfUrlencode decodes again.
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9\-_.~;@$!*(),/:]/.test(ch)) CODE_CLASS[c] |= WF_KEEP;
}
for (let c = 48; c <= 57; c++) CODE_CLASS[c] |= IN_PLAIN_TITLE;
for (let c = 65; c <= 90; c++) {
  CODE_CLASS[c] |= IN_PLAIN_TITLE;
  CODE_CLASS[c + 32] |= IN_PLAIN_TITLE;
}
for (const ch of "-._~!$'*+,;=@:/") CODE_CLASS[ch.charCodeAt(0)] |= IN_PLAIN_TITLE;
// Non-ASCII: letters of every script stay readable; percent-encoded are what would hide or
// mislead in a URL — C1 controls and the no-break space, the soft hyphen, invisible joiners and
// marks, the typographic spaces and bidi controls, the BOM, interlinear annotation — and a low
// surrogate (one after its high half never gets here).
CODE_CLASS.fill(KEEP | IN_PLAIN_TITLE, 0x80);
const ENCODED_RANGES: readonly (readonly [number, number])[] = [
  [0x80, 0xa0], [0xad, 0xad], [0x34f, 0x34f], [0x61c, 0x61c], [0x180e, 0x180e], [0x2000, 0x200f],
  [0x2028, 0x202f], [0x205f, 0x206f], [0x3000, 0x3000], [0xdc00, 0xdfff], [0xfeff, 0xfeff], [0xfff9, 0xfffb],
];
for (const [from, to] of ENCODED_RANGES) CODE_CLASS.fill(0, from, to + 1);
CODE_CLASS.fill(KEEP_IF_PAIRED, 0xd800, 0xdc00);
for (let c = 0x80; c < 0x10000; c++) if ((CODE_CLASS[c]! & KEEP) !== 0) CODE_CLASS[c] |= WF_KEEP;

/**
 * The URL of an uploaded file. A file the wiki holds itself (`site.localFiles`) is under
 * `localUploadBase`, any other under `uploadBase` (Commons on a Wikimedia wiki:
 * `https://upload.wikimedia.org/wikipedia/commons/a/ab/Name.jpg`, where `a/ab` are the first hex
 * digits of the MD5 of the name with underscores). With the 'name' layout the name alone follows
 * the base (`…/Special:FilePath/Name.jpg`).
 */
export function uploadUrl(site: SiteConfig, fileName: string): string {
  const fileCase = site.namespaces.get(6)?.case ?? site.case;
  let name = foldTitleSpaces(fileName);
  if (fileCase === 'first-letter') name = upperFirst(name);
  let base = site.uploadBase;
  if (site.localUploadBase !== undefined) {
    const known = site.localFiles?.find(name) ?? null;
    if (known) {
      name = known.name;
      if (known.local) base = site.localUploadBase;
    }
    // The shared repository (Commons) capitalises the first letter whatever the wiki's rule.
    if (base !== site.localUploadBase) name = upperFirst(name);
  }
  const key = spacesToUnderscores(name);
  if (site.uploadLayout === 'name') {
    const path = urlPathEncode(key);
    // After `?title=` the name is a query value: `&` and `+` would end or change it.
    return base + (base.includes('?') ? path.replace(/[&+]/g, (c) => (c === '&' ? '%26' : '%2B')) : path);
  }
  return base + hashedUploadPath(key);
}

/**
 * `a/ab/Name.jpg` of a file name (spaces already underscores), kept per name: the same files
 * (flags, icons, maps) come back on page after page, and an MD5 plus its hex string and the path
 * encoding cost more than a lookup. Keys and values are copies (the cache outlives the page).
 */
const hashedPaths = new Map<string, string>();
const HASHED_PATHS_SIZE = 20000;

function hashedUploadPath(key: string): string {
  let path = hashedPaths.get(key);
  if (path === undefined) {
    const md5 = md5Hex(key);
    path = detached(`${md5[0]}/${md5.slice(0, 2)}/${urlPathEncode(key)}`);
    if (hashedPaths.size >= HASHED_PATHS_SIZE) hashedPaths.clear();
    hashedPaths.set(detached(key), path);
  }
  return path;
}

// crypto.hash (Node ≥ 20.12) digests a short string in one call, without a Hash object per file.
const oneShotHash = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

function md5Hex(s: string): string {
  return oneShotHash ? oneShotHash('md5', s, 'hex') : crypto.createHash('md5').update(s, 'utf8').digest('hex');
}
