/**
 * `[[…]]`: internal links, categories, interlanguage links and images, with MediaWiki's rules:
 * the target is legal title characters up to `|` or `]]`; a normal link's label runs to the first
 * `]]` and fails if a `[[` comes first (the inner link wins); an image's caption may hold nested
 * links; a target starting with a URL protocol is not an internal link; link trails by language;
 * `[[[A]]]` is text (the `[[` before a third bracket opens nothing).
 */
import type { Inline, WikiLink } from '../ast/nodes.js';
import { decodeEntities } from '../site/entities.js';
import { parseTitle, upperFirst } from '../site/titles.js';
import type { SiteConfig, TitleParts } from '../site/types.js';
import { startsWithProtocol } from './extlinks.js';
import { parseImage } from './images.js';
import { allowedTagEnd, startsAllowedTag } from './label-tags.js';
import type { Scanner } from './inline.js';
import { RULES } from './rules.js';
import { K, tok } from './tokens.js';

/** Longest caption searched for the end of an image link (keeps unclosed ones linear). */
const MAX_IMAGE_SPAN = 20000;

function isIllegalTitleCode(c: number): boolean {
  // [ ] { } < > | newline, controls and the marker character
  return c === 91 || c === 93 || c === 123 || c === 125 || c === 60 || c === 62 || c === 124 || c < 32 || c === 127;
}

export function percentDecode(s: string): string {
  if (s.indexOf('%') < 0) return s;
  return s.replace(/(?:%[0-9A-Fa-f]{2})+/g, (m) => {
    try {
      return decodeURIComponent(m);
    } catch {
      return m;
    }
  });
}

/** Position of the `]]` closing an image link whose caption starts at `q`, counting nested `[[ ]]`. */
export function findImageClose(src: string, q: number, end: number): number {
  const limit = Math.min(end, q + MAX_IMAGE_SPAN);
  let depth = 0;
  for (let i = q; i + 1 < limit; i++) {
    const c = src.charCodeAt(i);
    if (c === 91 && src.charCodeAt(i + 1) === 91) {
      depth++;
      i++;
    } else if (c === 93 && src.charCodeAt(i + 1) === 93) {
      if (depth === 0) return i;
      depth--;
      i++;
    }
  }
  return -1;
}

function hasTagOpen(src: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (src.charCodeAt(i) === 60) return true;
  return false;
}

/**
 * The `]]` closing a link label that starts at `q` and holds an HTML tag, or -1 when a `[[`
 * comes first (the inner link wins). Brackets inside a kept tag count for neither (label-tags.ts).
 */
function labelCloseAroundTags(src: string, q: number, end: number): number {
  const limit = Math.min(end, q + MAX_IMAGE_SPAN);
  for (let i = q; i + 1 < limit; i++) {
    const c = src.charCodeAt(i);
    if (c === 60) {
      const gt = allowedTagEnd(src, i, limit);
      if (gt > 0) i = gt;
    } else if (c === 91 && src.charCodeAt(i + 1) === 91) {
      return -1;
    } else if (c === 93 && src.charCodeAt(i + 1) === 93) {
      return i;
    }
  }
  return -1;
}

/** No character in [s, e) can start an inline rule: the text is its own parse. */
function isPlainRange(src: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = src.charCodeAt(i);
    if (c < 128 && RULES[c] !== undefined) return false;
  }
  return true;
}

const titleCaches = new WeakMap<SiteConfig, Map<string, TitleParts | null>>();
const TITLE_CACHE_SIZE = 20000;

/**
 * parseTitle for the common simple target (letters, digits, single inner spaces; no namespace,
 * fragment, entity, escape or underscore) without its regular expressions; null when not simple.
 * Gives exactly what parseTitle gives for such input.
 */
function quickTitle(site: SiteConfig, raw: string): TitleParts | null {
  const n = raw.length;
  // Longer ones may pass MediaWiki's 255 UTF-8 bytes: parseTitle counts them.
  if (n === 0 || n > 85) return null;
  let prevSpace = true; // no leading space
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return null;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (c < 128) {
      // anything that parseTitle rewrites, interprets or rejects: # % & : _ . / < > ~ and controls
      if (c < 32 || c === 35 || c === 37 || c === 38 || c === 58 || c === 95 || c === 46 || c === 47 || c === 127) return null;
      if (c === 60 || c === 62 || c === 126) return null;
    } else if (c === 0xa0 || c === 0x1680 || c === 0x180e || (c >= 0x2000 && c <= 0x200f) || (c >= 0x2028 && c <= 0x202f) || c === 0x205f || c === 0x3000 || c === 0xfffd) {
      return null; // unusual spaces, bidi marks
    }
  }
  if (prevSpace) return null; // trailing space
  if (site !== caseSite) {
    caseSite = site;
    mainFirstLetter = (site.namespaces.get(0)?.case ?? site.case) === 'first-letter';
  }
  const text = mainFirstLetter ? quickUpperFirst(raw) : raw;
  return { ns: 0, text, full: text, fragment: null, interwiki: null };
}

/** The site quickTitle saw last, and whether its main namespace upper-cases the first letter (a map lookup per link otherwise). */
let caseSite: SiteConfig | null = null;
let mainFirstLetter = false;

/** upperFirst without allocations in the common cases (ASCII, already upper, no case). */
function quickUpperFirst(s: string): string {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122 ? String.fromCharCode(c - 32) + s.slice(1) : s;
  if (c >= 0xd800 && c <= 0xdfff) return upperFirst(s);
  let k = FIRST_CASE[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    const up = ch.toUpperCase();
    k = up === ch || up.length !== 1 ? 1 : 2;
    if (k === 2) FIRST_UPPER.set(c, up);
    FIRST_CASE[c] = k;
  }
  return k === 1 ? s : FIRST_UPPER.get(c)! + s.slice(1);
}

/**
 * What upper-casing does to a non-ASCII first letter, learnt once per character: 1 it stays (no
 * case, already upper, or a longer upper case MediaWiki does not apply), 2 it changes (to
 * FIRST_UPPER's entry). Saves a one-letter string and a toUpperCase per link target.
 */
const FIRST_CASE = new Uint8Array(0x10000);
const FIRST_UPPER = new Map<number, string>();

/**
 * A copy of `s` that does not keep the string it was sliced from alive: the title cache outlives
 * the page and must not hold on to the page's whole text through a short key (V8 slices share).
 */
function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** parseTitle with a per-site cache (link targets repeat a lot within and across pages). */
export function cachedTitle(site: SiteConfig, raw: string): TitleParts | null {
  const quick = quickTitle(site, raw);
  if (quick) return quick;
  let cache = titleCaches.get(site);
  if (!cache) {
    cache = new Map();
    titleCaches.set(site, cache);
  }
  let t = cache.get(raw);
  if (t === undefined) {
    t = parseTitle(site, raw);
    if (t) t = { ns: t.ns, text: detached(t.text), full: detached(t.full), fragment: t.fragment === null ? null : detached(t.fragment), interwiki: t.interwiki === null ? null : detached(t.interwiki) };
    if (cache.size >= TITLE_CACHE_SIZE) cache.clear();
    cache.set(detached(raw), t);
  }
  return t;
}

const trailRegexes = new WeakMap<SiteConfig, RegExp | null>();

/** The site's link-trail pattern as a sticky regexp, run in place on the text (no slicing). */
function trailRegex(site: SiteConfig): RegExp | null {
  let re = trailRegexes.get(site);
  if (re === undefined) {
    const base = site.linkTrail;
    re = base ? new RegExp(base.source.replace(/^\^/, ''), base.flags.replace(/[gy]/g, '') + 'y') : null;
    trailRegexes.set(site, re);
  }
  return re;
}

/**
 * `[[[X]]]`: MediaWiki splits the text at each `[[` from the left; a piece starting with `[` is
 * no title, so these two brackets stay text and the scan goes on at the third one. Its own rule
 * (rules.ts picks it): as a branch of internalLinkRule, first taken on some later page, it threw
 * that large optimised function away (docs/mirror.md, JIT warm-up).
 */
export function tripleBracketRule(sc: Scanner, p: number): number {
  sc.flush(p + 2);
  return p + 2;
}

/** `[[…]]` not followed by a third `[` (tripleBracketRule). */
export function internalLinkRule(sc: Scanner, p: number): number {
  const src = sc.src;
  const end = sc.end;
  const st = sc.st;
  let q = p + 2;
  while (q < end) {
    const c = src.charCodeAt(q);
    if (c === 124 || c === 93) break;
    // `<` and `>` that are no HTML tag reach MediaWiki's link handler as &lt; &gt;: a fragment
    // may hold them (`[[Foo#<bar>]]`), the title part may not (parseTitle says no).
    if (c === 60 ? startsAllowedTag(src, q, end) : c !== 62 && isIllegalTitleCode(c)) return -1;
    q++;
  }
  if (q >= end || q === p + 2) return -1;
  const rawTarget = src.slice(p + 2, q);
  let labelStart = -1;
  let close: number;
  if (src.charCodeAt(q) === 93) {
    if (src.charCodeAt(q + 1) !== 93) return -1;
    close = q;
  } else {
    labelStart = q + 1;
    close = -2; // decided below, once we know whether this is an image
  }

  const trimmedTarget = rawTarget.trim();
  if (startsWithProtocol(trimmedTarget)) return -1;
  const noforce = !trimmedTarget.startsWith(':');
  const t = cachedTitle(st.site, rawTarget);
  if (!t) return -1;
  const isImage = noforce && t.ns === 6 && t.interwiki === null;

  if (close === -2) {
    if (isImage) {
      close = findImageClose(src, labelStart, end);
      if (close < 0) return -1;
    } else {
      close = sc.finders.closeLink.find(src, labelStart);
      if (close < 0 || close >= end) return -1;
      if (hasTagOpen(src, labelStart, close)) {
        close = labelCloseAroundTags(src, labelStart, end);
        if (close < 0) return -1;
      } else {
        const open = sc.finders.openLink.find(src, labelStart);
        if (open >= 0 && open < close) return -1;
      }
    }
  }
  let labelEnd = close;
  let after = close + 2;
  // `[[X|[http://a b]]]`: the third ']' belongs to the label.
  if (labelStart >= 0 && after < end && src.charCodeAt(after) === 93 && src.slice(labelStart, labelEnd).includes('[')) {
    labelEnd++;
    after++;
  }

  // Interlanguage links and categories leave the body for the page's metadata.
  if (noforce && t.interwiki !== null && st.site.languages.has(t.interwiki)) {
    const title = t.text + (t.fragment ? '#' + t.fragment : '');
    st.ctx.meta.interlanguage.push({ lang: t.interwiki, title });
    sc.flush(p);
    if (lineBreakBefore(sc.src, sc.start, p)) sc.push(tok(K.TrimBefore));
    return after;
  }
  if (noforce && t.ns === 14 && t.interwiki === null) {
    const sortKey = labelStart >= 0 ? decodeEntities(src.slice(labelStart, labelEnd)) : null;
    st.ctx.meta.categories.push({ name: t.text, sortKey });
    sc.flush(p);
    if (lineBreakBefore(sc.src, sc.start, p)) sc.push(tok(K.TrimBefore));
    return after;
  }
  if (isImage) {
    sc.flush(p);
    const options = labelStart >= 0 ? src.slice(labelStart, labelEnd) : '';
    sc.pushNode(parseImage(st, t.text, options, labelStart >= 0));
    return after;
  }

  // `[[Foo|]]`: the pipe trick is a save-time rewrite; the parser needs a label and shows the text as written.
  if (labelEnd === labelStart) return -1;
  let children: Inline[];
  if (labelStart < 0) {
    let label = percentDecode(decodeEntities(rawTarget));
    if (!noforce) label = label.replace(/^\s*:/, '');
    children = [{ type: 'text', value: label }];
  } else if (isPlainRange(src, labelStart, labelEnd)) {
    children = [{ type: 'text', value: src.slice(labelStart, labelEnd) }];
  } else {
    children = sc.sub(labelStart, labelEnd, true);
  }
  // Link trail: letters right after `]]` join the label (languages that have one).
  const trailRe = trailRegex(st.site);
  const next = after < src.length ? src.charCodeAt(after) : -1;
  // Trails are letters (and a few quote marks): skip the regexp after spaces and ASCII punctuation.
  if (trailRe && after < end && ((next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next >= 128 || next === 39)) {
    trailRe.lastIndex = after;
    // test, not exec: no match array per link (the sticky match ends at lastIndex).
    // Trails that take apostrophes (uk, ca) stop before `''`: that is bold/italic markup (T29473).
    let trail = trailRe.test(src) ? src.slice(after, trailRe.lastIndex) : '';
    const quotes = trail.indexOf("''");
    if (quotes >= 0) trail = trail.slice(0, quotes);
    if (trail.length > 0 && after + trail.length <= end) {
      const last = children[children.length - 1];
      if (last && last.type === 'text') last.value += trail;
      else children.push({ type: 'text', value: trail });
      after += trail.length;
    }
  }
  sc.flush(p);
  if (labelStart >= 0 && isBlankLabel(children)) {
    // `[[A| ]]`, `[[A|<nowiki/>]]`, `[[A|&nbsp;]]`: MediaWiki links nothing visible (no title
    // stands in); the reader sees the label's white space only.
    if (t.interwiki === null && !sc.opts.inLink) st.addLink(t.full);
    sc.pushNodes(children);
    return after;
  }
  if (sc.opts.inLink) {
    // No links inside link labels: keep the text.
    sc.pushNodes(children);
    return after;
  }
  const link: WikiLink = {
    type: 'wikiLink',
    title: t.interwiki !== null ? t.text : t.full,
    ns: t.interwiki !== null ? 0 : t.ns,
    fragment: t.fragment,
    interwiki: t.interwiki,
    children,
  };
  if (t.interwiki === null) st.addLink(t.full);
  sc.pushNode(link);
  return after;
}

/**
 * Whether the white space right before `p` (back to `start`) holds a line break. MediaWiki strips
 * the white space before a category or interlanguage link only then (T2087, T359886), so
 * `Foo [[Category:X]]Bar` keeps its space and reads "Foo Bar".
 */
function lineBreakBefore(src: string, start: number, p: number): boolean {
  for (let k = p - 1; k >= start; k--) {
    const c = src.charCodeAt(k);
    if (c === 10) return true;
    if (!(c === 32 || c === 9 || c === 11 || c === 12 || c === 13)) return false;
  }
  return false;
}

/** A label with nothing visible: no nodes, or only white space (no-break spaces included). */
function isBlankLabel(children: readonly Inline[]): boolean {
  for (const c of children) {
    if (c.type !== 'text') return false;
    const v = c.value;
    for (let i = 0; i < v.length; i++) {
      const k = v.charCodeAt(i);
      if (!(k === 32 || k === 9 || k === 0xa0 || k === 0x3000 || k === 0x2009 || k === 0x202f)) return false;
    }
  }
  return true;
}
