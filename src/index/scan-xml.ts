/**
 * The index scans of scan.ts on a text as it stands in the XML: entities not decoded, one char per
 * UTF-8 byte (latin1, DumpPage.xmlText), giving exactly what scanCategories and scanRedirect give
 * on the decoded text, at a fraction of the cost (decoding UTF-8 is most of the index pass).
 *
 * Why a byte scan can agree with the text scan: every delimiter involved (`[ ] | { } : < > \n -`)
 * is ASCII, UTF-8 multi-byte sequences never contain ASCII bytes, and the XML named entities
 * stand only for `< > & " '` — so a delimiter of the decoded text is the same byte in the XML,
 * except `<` (always `&lt;`) and `>` (`&gt;` or itself). Character references (`&#91;` is `[`)
 * would break this; MediaWiki never writes them, and texts holding one are scanned decoded.
 * Only the small pieces that matter (link targets with a colon, sort keys) are decoded.
 */
import { decodeXmlBytes } from '../dump/page.js';
import type { SiteConfig } from '../site/types.js';
import { CategoryList, DEFAULTSORT_NAME, namespaceKey, REDIRECT_HEAD_CHARS, type ScannedCategory } from './scan.js';

/**
 * scan.ts's LINK unchanged (its delimiters are all ASCII), tried only at the `[[` before a colon:
 * a link can be a categorisation only when its target has one. Colons are far rarer than links,
 * and a regex over the whole text costs more than everything else here.
 */
const LINK_AT = /\[\[([^[\]|\n]*)(?:\|([^[\]\n]*))?\]\]/y;
/**
 * Every `{{DEFAULTSORT:key}}` of the decoded text is one of these (a brace-free `{{…}}` split at
 * its first colon); the part before the colon is then checked, decoded, against the names.
 */
const COLON_TEMPLATE_AT = /\{\{([^{}:]*):([^{}]*)\}\}/y;
/** A redirect's own link (`#REDIRECT [[Category:X]]`) is its target, not a categorisation. */
export const REDIRECT_LINK = /^[^[]*\[\[[^\]]*\]\]/;

/** What `\s` matches in the decoded text (JavaScript white space and line ends), as UTF-8 bytes. */
const SPACE = '(?:[\\t-\\r ]|\\xC2\\xA0|\\xE1\\x9A\\x80|\\xE2\\x80[\\x80-\\x8A\\xA8\\xA9\\xAF]|\\xE2\\x81\\x9F|\\xE3\\x80\\x80|\\xEF\\xBB\\xBF)';
const LT = '&lt;';
const GT = '(?:&gt;|>)';

/**
 * A tag name matched in either case. Spelled out instead of the `i` flag, which would also fold
 * `&LT;` (not an entity) and latin1 letters that are really UTF-8 lead bytes (0xC2 with 0xE2).
 */
function caseless(name: string): string {
  return name.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
}

/**
 * scan.ts's HIDDEN (comments, nowiki, pre, includeonly) over the escaped text, taken apart so
 * that it stays linear: the alternatives start with `&lt;` and differ in the next character, so
 * each `&lt;` needs at most one of them; and an element whose end tag is not found after one
 * start tag is not looked for again (the regex searched to the end of the text at every start tag).
 */
const COMMENT_AT = new RegExp(`${LT}!--[\\s\\S]*?(?:--${GT}|$)`, 'y');

interface HiddenElement {
  /** `&lt;` and the name, tried at a `&lt;`. */
  name: RegExp;
  /** The rest of the start tag, up to its `>`. */
  attributes: RegExp;
  /** The attributes run up to the first `>`: not matching them means no `>` is left at all. */
  attributesToFirstGt: boolean;
  /** The end tag, searched for after the start tag. */
  close: RegExp;
}

function hiddenElement(name: string, nameEnd: string, attributes: string, attributesToFirstGt: boolean): HiddenElement {
  return {
    name: new RegExp(`${LT}${caseless(name)}${nameEnd}`, 'y'),
    attributes: new RegExp(`${attributes}${GT}`, 'y'),
    attributesToFirstGt,
    close: new RegExp(`${LT}\\/${caseless(name)}${SPACE}*${GT}`, 'g'),
  };
}

/** By the lower-cased letter after `&lt;`. */
const HIDDEN_ELEMENTS = new Map<number, HiddenElement>([
  [110 /* n */, hiddenElement('nowiki', '', `${SPACE}*`, false)],
  // `<pre\b[^>]*>`: \b before anything but an ASCII word character, then anything but `>`.
  [112 /* p */, hiddenElement('pre', '(?![A-Za-z0-9_])', '(?:[^>&]|&(?!gt;))*', true)],
  [105 /* i */, hiddenElement('includeonly', '', `${SPACE}*`, false)],
]);

/** Whether the text holds character references, which the byte scans cannot see through. */
export function hasCharacterReference(xmlText: string): boolean {
  return xmlText.includes('&#');
}

/** scanCategories(site, decoded text) for a text without character references. */
export function scanCategoriesXml(site: SiteConfig, xmlText: string): ScannedCategory[] {
  if (!xmlText.includes('[[') && !xmlText.includes('{{')) return [];
  const visible = visibleXml(xmlText);
  const found = new CategoryList();
  for (let colon = visible.indexOf(':'); colon >= 0; colon = visible.indexOf(':', colon + 1)) {
    const start = linkBefore(visible, colon);
    if (start < 0) continue;
    LINK_AT.lastIndex = start;
    const m = LINK_AT.exec(visible);
    if (!m) continue;
    // Its other colons (`[[Category:A:B|x:y]]`) cannot start a link.
    colon = LINK_AT.lastIndex - 1;
    const target = m[1]!;
    if (site.namespaceLookup.get(namespaceKey(decodeXmlBytes(target.slice(0, target.indexOf(':'))))) !== 14) continue;
    found.add(site, decodeXmlBytes(target), m[2] !== undefined ? decodeXmlBytes(m[2]) : null);
  }
  return found.result(defaultSortXml(visible));
}

/**
 * Where the `[[` is of the link whose target has its first colon at `colon`, or -1: back from the
 * colon to the nearest character a target cannot hold before its first colon. The walk stops at
 * the previous colon at the latest, so all walks together read the text at most once.
 */
function linkBefore(s: string, colon: number): number {
  for (let i = colon - 1; i >= 1; i--) {
    const c = s.charCodeAt(i);
    if (c === 91 /* [ */) return s.charCodeAt(i - 1) === 91 ? i - 1 : -1;
    if (c === 93 /* ] */ || c === 124 /* | */ || c === 10 /* \n */ || c === 58 /* : */) return -1;
  }
  return -1;
}

/** The last non-empty `{{DEFAULTSORT:key}}` key, or null. */
function defaultSortXml(visible: string): string | null {
  let defaultSort: string | null = null;
  for (let at = visible.indexOf('{{'); at >= 0; at = visible.indexOf('{{', at + 1)) {
    if (!mayNameDefaultSort(visible, at + 2)) continue;
    COLON_TEMPLATE_AT.lastIndex = at;
    const m = COLON_TEMPLATE_AT.exec(visible);
    // A name never holds `|`: most templates with a colon (`{{cite|url=https:…}}`) stop here.
    if (!m || m[1]!.includes('|') || !DEFAULTSORT_NAME.test(decodeXmlBytes(m[1]!))) continue;
    const key = decodeXmlBytes(m[2]!).trim();
    if (key) defaultSort = key;
  }
  return defaultSort;
}

/**
 * Whether a DEFAULTSORT name can follow: after ASCII white space, `D`/`d` (the `i` flag folds no
 * other character into an ASCII letter) or a non-ASCII byte (a local name, or other white space).
 */
function mayNameDefaultSort(s: string, i: number): boolean {
  let c = s.charCodeAt(i);
  while (c === 32 || (c >= 9 && c <= 13)) c = s.charCodeAt(++i);
  return c === 68 || c === 100 || c >= 0x80;
}

/** The text with what never categorises replaced by a space, as scan.ts visibleText does. */
function visibleXml(xmlText: string): string {
  let at = xmlText.indexOf(LT);
  if (at < 0) return xmlText;
  const parts: string[] = [];
  const unclosed = new Set<HiddenElement>();
  let last = 0;
  while (at >= 0) {
    const end = hiddenEnd(xmlText, at, unclosed);
    if (end >= 0) {
      parts.push(xmlText.slice(last, at), ' ');
      last = end;
      at = xmlText.indexOf(LT, last);
    } else {
      at = xmlText.indexOf(LT, at + 1);
    }
  }
  if (!parts.length) return xmlText;
  parts.push(xmlText.slice(last));
  return parts.join('');
}

/** End of the hidden region starting at the `&lt;` at `at`, or -1. */
function hiddenEnd(s: string, at: number, unclosed: Set<HiddenElement>): number {
  const next = s.charCodeAt(at + LT.length);
  if (next === 33 /* ! */) {
    COMMENT_AT.lastIndex = at;
    return COMMENT_AT.test(s) ? COMMENT_AT.lastIndex : -1;
  }
  const element = HIDDEN_ELEMENTS.get(next | 0x20);
  if (!element || unclosed.has(element)) return -1;
  element.name.lastIndex = at;
  if (!element.name.test(s)) return -1;
  element.attributes.lastIndex = element.name.lastIndex;
  if (!element.attributes.test(s)) {
    if (element.attributesToFirstGt) unclosed.add(element);
    return -1;
  }
  element.close.lastIndex = element.attributes.lastIndex;
  if (element.close.test(s)) return element.close.lastIndex;
  // No end tag after this start tag, so none after any later one either.
  unclosed.add(element);
  return -1;
}

/**
 * Whether the decoded text may start with `#` or `＃` after white space. Rules out by the first
 * byte that is not ASCII white space; an entity or a non-ASCII byte (`＃`, U+3000 …) says maybe.
 */
export function mayStartWithHash(xmlText: string): boolean {
  for (let i = 0; i < xmlText.length; i++) {
    const c = xmlText.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    return c === 35 /* # */ || c === 38 /* & */ || c >= 0x80;
  }
  return false;
}

/**
 * The decoded text's first REDIRECT_HEAD_CHARS characters or more (all scanRedirect reads),
 * without decoding the rest. Cutting the bytes mid-entity (≤ 13 bytes) or mid-character (≤ 4)
 * spoils at most the last 16 characters decoded, so a head longer than that margin is exact.
 */
export function redirectHeadXml(xmlText: string): string {
  for (let bytes = 4 * REDIRECT_HEAD_CHARS; ; bytes *= 2) {
    if (bytes >= xmlText.length) return decodeXmlBytes(xmlText);
    const head = decodeXmlBytes(xmlText.slice(0, bytes));
    if (head.length >= REDIRECT_HEAD_CHARS + 16) return head;
  }
}
