/**
 * `[[…]]`: internal links, categories, interlanguage links and images, with MediaWiki's rules:
 * the target is legal title characters up to `|` or `]]`; a normal link's label runs to the first
 * `]]` and fails if a `[[` comes first (the inner link wins); an image's caption may hold nested
 * links; a target starting with a URL protocol is not an internal link; link trails by language;
 * `[[[A]]]` is text (the `[[` before a third bracket opens nothing).
 */
import type { Inline, WikiLink } from '../ast/nodes.js';
import { decodeEntities } from '../site/entities.js';
import type { SiteConfig, TitleParts } from '../site/types.js';
import { parseTitle } from '../site/titles.js';
import { startsWithProtocol } from './extlinks.js';
import { parseImage } from './images.js';
import { allowedTagEnd, startsAllowedTag } from './label-tags.js';
import type { Scanner } from './inline.js';
import { RULES } from './rules.js';
import { cachedParsedTitle, isUnusualSpace, MAX_SIMPLE_TARGET, simpleTitle } from './title-cache.js';
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

const trailRegexes = new WeakMap<SiteConfig, RegExp | null>();
/**
 * The site trailRegex was last asked for, and its answer: one comparison per link, not a WeakMap
 * lookup. A strong reference, on purpose: it keeps at most one SiteConfig alive (a built-in one
 * siteFor keeps anyway; a dump's, as long as no other site's link is read), and a WeakRef would
 * cost a deref per link.
 */
let trailSite: SiteConfig | null = null;
let lastTrailRegex: RegExp | null = null;

/** The site's link-trail pattern as a sticky regexp, run in place on the text (no slicing). */
function trailRegex(site: SiteConfig): RegExp | null {
  if (site === trailSite) return lastTrailRegex;
  let re = trailRegexes.get(site);
  if (re === undefined) {
    const base = site.linkTrail;
    re = base ? new RegExp(base.source.replace(/^\^/, ''), base.flags.replace(/[gy]/g, '') + 'y') : null;
    trailRegexes.set(site, re);
  }
  trailSite = site;
  lastTrailRegex = re;
  return re;
}

/**
 * `[[[X]]]`: MediaWiki splits the text at each `[[` from the left; a piece starting with `[` is
 * no title, so these two brackets stay text and the scan goes on at the third one. Its own rule
 * (rules.ts picks it): as a branch of internalLinkRule, first taken on some later page, it threw
 * that large optimised function away (docs/mirror-measurements.md, JIT warm-up).
 */
export function tripleBracketRule(sc: Scanner, p: number): number {
  sc.flush(p + 2);
  return p + 2;
}

/** What a character of an ASCII link target is to internalLinkRule's scan (TARGET_CHARS). */
const T_PLAIN = 0;
/** `|` or `]`: the target ends. */
const T_END = 1;
/** Not allowed in a target: `[ { }`, controls, DEL (our marker). */
const T_ILLEGAL = 2;
/** `<`: not allowed when it opens an HTML tag. */
const T_LT = 3;
/** Allowed, but parseTitle rewrites or interprets it: `# % & : _ . / > ~` (the target is not simple). */
const T_SPECIAL = 4;
const T_SPACE = 5;
const TARGET_CHARS = new Uint8Array(128);
for (let c = 0; c < 128; c++) TARGET_CHARS[c] = isIllegalTitleCode(c) ? T_ILLEGAL : T_PLAIN;
TARGET_CHARS[124] = TARGET_CHARS[93] = T_END;
TARGET_CHARS[60] = T_LT;
for (const ch of '#%&:_./>~') TARGET_CHARS[ch.charCodeAt(0)] = T_SPECIAL;
TARGET_CHARS[32] = T_SPACE;

/** `[[…]]` not followed by a third `[` (tripleBracketRule). */
export function internalLinkRule(sc: Scanner, p: number): number {
  const src = sc.src;
  const end = sc.end;
  const st = sc.st;
  let q = p + 2;
  // The same scan tells whether the target is simple (title-cache.ts quickTitle's test: no
  // namespace, fragment, entity, escape, underscore, unusual or doubled space), so most targets
  // are read once here and not again by the title parser, the protocol test or the entity decoder.
  let simple = true;
  let prevSpace = true; // a leading space makes it not simple
  while (q < end) {
    const c = src.charCodeAt(q);
    if (c < 128) {
      const k = TARGET_CHARS[c]!;
      if (k !== T_PLAIN) {
        if (k === T_END) break;
        if (k === T_SPACE) {
          if (prevSpace) simple = false;
          prevSpace = true;
          q++;
          continue;
        }
        // `<` and `>` that are no HTML tag reach MediaWiki's link handler as &lt; &gt;: a fragment
        // may hold them (`[[Foo#<bar>]]`), the title part may not (parseTitle says no).
        if (k === T_ILLEGAL || (k === T_LT && startsAllowedTag(src, q, end))) return -1;
        simple = false;
      }
    } else if (simple && isUnusualSpace(c)) {
      simple = false;
    }
    prevSpace = false;
    q++;
  }
  if (q >= end || q === p + 2) return -1;
  if (prevSpace || q - p - 2 > MAX_SIMPLE_TARGET) simple = false;
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

  // Every protocol holds a `:` or starts with `//`: a simple target starts with none.
  let noforce = true;
  let t: TitleParts | null;
  if (simple) {
    t = simpleTitle(st.site, rawTarget);
  } else {
    const trimmedTarget = rawTarget.trim();
    if (startsWithProtocol(trimmedTarget)) return -1;
    noforce = !trimmedTarget.startsWith(':');
    t = cachedParsedTitle(st.site, rawTarget);
    if (!t) return -1;
  }
  const isImage = noforce && t.ns === 6 && t.interwiki === null;

  if (close === -2) {
    if (isImage) {
      close = findImageClose(src, labelStart, end);
      if (close < 0) return -1;
    } else {
      close = sc.finders.closeLink.find(src, labelStart);
      if (close < 0 || close >= end) return -1;
      // Only a tag before the first inner `[[` can hide brackets: searching the whole label
      // (up to a `]]` far away past many `[[`) made nested labels quadratic.
      const open = sc.finders.openLink.find(src, labelStart);
      const firstOpen = open >= 0 && open < close ? open : close;
      const lt = sc.finders.lt.find(src, labelStart);
      if (lt >= 0 && lt < firstOpen) {
        close = labelCloseAroundTags(src, labelStart, end);
        if (close < 0) return -1;
      } else if (firstOpen < close) return -1;
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
    // A simple target holds no `&` or `%`: it is its own label.
    let label = simple ? rawTarget : percentDecode(decodeEntities(rawTarget));
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
  if (t.interwiki === null) st.addLink(t.full);
  sc.pushNode(wikiLinkTo(t, children));
  return after;
}

/**
 * The link node for a parsed title: a page of another wiki keeps its title as written there
 * (its namespaces are not ours), in namespace 0. Used for `[[…]]` and for an image's `link=`.
 */
export function wikiLinkTo(t: TitleParts, children: Inline[]): WikiLink {
  return {
    type: 'wikiLink',
    title: t.interwiki !== null ? t.text : t.full,
    ns: t.interwiki !== null ? 0 : t.ns,
    fragment: t.fragment,
    interwiki: t.interwiki,
    children,
  };
}

/**
 * A link to the page of the template called `name`, labelled with its full title: what MediaWiki
 * prints for a template it cannot find. Used where we have no text for a call but the live wiki
 * shows it there (a ref holding only such calls, ukwiki book shorthands). Null when the name makes
 * no template title.
 */
export function templatePageLink(site: SiteConfig, name: string): WikiLink | null {
  const t = parseTitle(site, `Template:${name}`);
  if (!t || t.ns !== 10 || t.interwiki) return null;
  return { type: 'wikiLink', title: t.full, ns: t.ns, fragment: null, interwiki: null, children: [{ type: 'text', value: t.full }] };
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
