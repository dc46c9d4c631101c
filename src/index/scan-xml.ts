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
import { categoryPrefixEnds, mayEndCategoryPrefix, prefixEndAt } from './category-prefix.js';
import { CLEAR, HiddenRegions, hiddenRegions, NEAR, withoutHidden } from './hidden-xml.js';
import { CategoryList, DEFAULTSORT_NAME, DEFAULTSORT_NAMES, namespaceKey, REDIRECT_HEAD_CHARS, type ScannedCategory } from './scan.js';

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

/** Whether the text holds character references, which the byte scans cannot see through. */
export function hasCharacterReference(xmlText: string): boolean {
  return xmlText.includes('&#');
}

/** scanCategories(site, decoded text) for a text without character references. */
export function scanCategoriesXml(site: SiteConfig, xmlText: string): ScannedCategory[] {
  if (!xmlText.includes('[[') && !xmlText.includes('{{')) return [];
  const prefixEnds = categoryPrefixEnds(site);
  const bounds = hiddenRegions(xmlText);
  if (!bounds.length) {
    const found = new CategoryList();
    for (let colon = xmlText.indexOf(':'); colon >= 0; colon = xmlText.indexOf(':', colon + 1)) {
      colon = categoryAt(site, xmlText, colon, prefixEnds, found);
    }
    return found.result(defaultSortXml(xmlText, null));
  }
  // The text without its hidden regions is made only when a region shares a line with a colon
  // (HiddenRegions), or may reach into a DEFAULTSORT.
  const hidden = new HiddenRegions(xmlText, bounds);
  let visible: string | null = null;
  const found = new CategoryList();
  for (let colon = xmlText.indexOf(':'); colon >= 0; colon = xmlText.indexOf(':', colon + 1)) {
    const place = hidden.place(colon);
    if (place === CLEAR) colon = categoryAt(site, xmlText, colon, prefixEnds, found);
    else if (place === NEAR) {
      // Most colons fail on the byte before them; where that byte and the white space after it
      // are clear of regions, it fails in the text without them too.
      const end = prefixEndAt(xmlText, colon);
      if (end >= hidden.previousEnd() && !mayEndCategoryPrefix(xmlText, colon, prefixEnds)) continue;
      categoryAt(site, (visible ??= withoutHidden(xmlText, bounds)), hidden.withoutHidden(colon), prefixEnds, found);
    } else colon = place - 1;
  }
  hidden.rewind();
  const defaultSort = defaultSortXml(xmlText, hidden);
  return found.result(defaultSort === NEAR_REGION ? defaultSortXml(visible ?? withoutHidden(xmlText, bounds), null) : defaultSort);
}

/**
 * The category link whose target has a colon at `colon` of `s` (a text without hidden regions
 * there), added to `found`; returns where the scan goes on: the link's end, past its other colons
 * (`[[Category:A:B|x:y]]`, which cannot start a link), or the colon itself.
 */
function categoryAt(site: SiteConfig, s: string, colon: number, prefixEnds: Uint8Array, found: CategoryList): number {
  if (!mayEndCategoryPrefix(s, colon, prefixEnds)) return colon;
  const start = linkBefore(s, colon);
  if (start < 0) return colon;
  LINK_AT.lastIndex = start;
  const m = LINK_AT.exec(s);
  if (!m) return colon;
  const target = m[1]!;
  if (site.namespaceLookup.get(namespaceKey(decodeXmlBytes(target.slice(0, target.indexOf(':'))))) === 14) {
    found.add(site, decodeXmlBytes(target), m[2] !== undefined ? decodeXmlBytes(m[2]) : null);
  }
  return LINK_AT.lastIndex - 1;
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

/** defaultSortXml's answer when a hidden region may reach into a DEFAULTSORT: ask the text without them. */
const NEAR_REGION = Symbol('near a hidden region');

/**
 * The last non-empty `{{DEFAULTSORT:key}}` key, or null; with `hidden`, of the text without its
 * hidden regions, or NEAR_REGION where a region comes before the `{`, `}` that end the match.
 */
function defaultSortXml(s: string, hidden: null): string | null;
function defaultSortXml(s: string, hidden: HiddenRegions): string | null | typeof NEAR_REGION;
function defaultSortXml(s: string, hidden: HiddenRegions | null): string | null | typeof NEAR_REGION {
  let defaultSort: string | null = null;
  for (let at = s.indexOf('{{'); at >= 0; at = s.indexOf('{{', at + 1)) {
    if (hidden !== null) {
      const place = hidden.place(at);
      if (place >= 0) {
        at = place - 1;
        continue;
      }
    }
    const first = afterAsciiSpace(s, at + 2);
    const named = mayStartDefaultSortName(s, first);
    // The match reads up to the first brace after `{{` and the one after it, and what tells a
    // DEFAULTSORT name (white space, its first letter) comes before: all that must be clear of
    // hidden regions, or be read in the text without them.
    if (hidden !== null && (named || first >= hidden.nextStart())) {
      BRACE.lastIndex = at + 2;
      const brace = BRACE.exec(s);
      if ((brace ? brace.index + 2 : s.length) > hidden.nextStart()) return NEAR_REGION;
    }
    if (!named) continue;
    COLON_TEMPLATE_AT.lastIndex = at;
    const m = COLON_TEMPLATE_AT.exec(s);
    // A name never holds `|`: most templates with a colon (`{{cite|url=https:…}}`) stop here.
    if (!m || m[1]!.includes('|') || !DEFAULTSORT_NAME.test(decodeXmlBytes(m[1]!))) continue;
    const key = decodeXmlBytes(m[2]!).trim();
    if (key) defaultSort = key;
  }
  return defaultSort;
}

const BRACE = /[{}]/g;

function afterAsciiSpace(s: string, i: number): number {
  let c = s.charCodeAt(i);
  while (c === 32 || (c >= 9 && c <= 13)) c = s.charCodeAt(++i);
  return i;
}

/**
 * Whether a DEFAULTSORT name can start at `i` (after ASCII white space): with a character that
 * DEFAULTSORT_NAME's case-insensitive match takes for a first letter of a name, or for white
 * space. Told by its UTF-8 bytes: of the templates named in non-Latin scripts, only the few whose
 * name starts like a local DEFAULTSORT name go on to the match.
 */
function mayStartDefaultSortName(s: string, i: number): boolean {
  const b0 = s.charCodeAt(i);
  if (b0 < 0x80) return ASCII_NAME_STARTS.has(b0);
  nameStarts ??= defaultSortNameStarts();
  const key = b0 >= 0xe0 ? 0x1000000 | (b0 << 16) | (s.charCodeAt(i + 1) << 8) | s.charCodeAt(i + 2) : (b0 << 8) | s.charCodeAt(i + 1);
  return nameStarts.has(key);
}

/** The ASCII first letters of the DEFAULTSORT names in either case (English names: `D`). */
const ASCII_NAME_STARTS = new Set(
  DEFAULTSORT_NAMES.flatMap((name) => [name[0]!.toLowerCase(), name[0]!.toUpperCase()]).filter((c) => c < '\x80').map((c) => c.charCodeAt(0)),
);

/** mayStartDefaultSortName's keys of the non-ASCII characters it takes (made when first needed). */
let nameStarts: Set<number> | null = null;

function defaultSortNameStarts(): Set<number> {
  const first = new RegExp(`^(?:${DEFAULTSORT_NAMES.map((name) => name[0]).join('|')}|\\s)`, 'i');
  const keys = new Set<number>();
  for (let cp = 0x80; cp <= 0xffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const c = String.fromCharCode(cp);
    if (!first.test(c)) continue;
    const b = Buffer.from(c, 'utf8');
    keys.add(b.length === 3 ? 0x1000000 | (b[0]! << 16) | (b[1]! << 8) | b[2]! : (b[0]! << 8) | b[1]!);
  }
  return keys;
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
