/**
 * `[[…]]`: internal links, categories, interlanguage links and images, with MediaWiki's rules:
 * the target is legal title characters up to `|` or `]]`; a normal link's label runs to the first
 * `]]` and fails if a `[[` comes first (the inner link wins); an image's caption may hold nested
 * links; a target starting with a URL protocol is not an internal link; link trails by language.
 */
import type { Inline, WikiLink } from '../ast/nodes.js';
import { decodeEntities } from '../site/entities.js';
import { parseTitle } from '../site/titles.js';
import type { TitleParts } from '../site/types.js';
import { startsWithProtocol } from './extlinks.js';
import { parseImage } from './images.js';
import type { Scanner } from './inline.js';
import { K, nodeTok, tok } from './tokens.js';

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

/** The label MediaWiki's pipe trick derives: no namespace, no trailing "(…)"/"（…）", else no ", …" part. */
export function pipeTrickLabel(rawTarget: string, t: TitleParts): string {
  let s = rawTarget.trim();
  if (s.startsWith(':')) s = s.slice(1);
  if (t.ns !== 0 || t.interwiki) {
    const colon = s.indexOf(':');
    if (colon >= 0) s = s.slice(colon + 1);
  }
  s = s.replace(/_/g, ' ').trim();
  const paren = s.replace(/\s*(?:\([^()]*\)|（[^（）]*）)$/, '');
  if (paren !== s && paren !== '') return paren;
  const comma = s.replace(/(?:, |，).*$/, '');
  return comma !== '' ? comma : s;
}

/** Position of the `]]` closing an image link whose caption starts at `q`, counting nested `[[ ]]`. */
function findImageClose(src: string, q: number, end: number): number {
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

export function internalLinkRule(sc: Scanner, p: number): number {
  const src = sc.src;
  const end = sc.end;
  const st = sc.st;
  let q = p + 2;
  while (q < end) {
    const c = src.charCodeAt(q);
    if (c === 124 || c === 93) break;
    if (isIllegalTitleCode(c)) return -1;
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
  const t = parseTitle(st.site, rawTarget);
  if (!t) return -1;
  const isImage = noforce && t.ns === 6 && t.interwiki === null;

  if (close === -2) {
    if (isImage) {
      close = findImageClose(src, labelStart, end);
      if (close < 0) return -1;
    } else {
      close = sc.finders.closeLink.find(src, labelStart);
      if (close < 0 || close >= end) return -1;
      const open = sc.finders.openLink.find(src, labelStart);
      if (open >= 0 && open < close) return -1;
    }
  }
  let labelEnd = close;
  let after = close + 2;
  // `[[X|[http://a b]]]`: the third ']' belongs to the label.
  if (labelStart >= 0 && src.charCodeAt(after) === 93 && after < end && src.slice(labelStart, labelEnd).includes('[')) {
    labelEnd++;
    after++;
  }

  // Interlanguage links and categories leave the body for the page's metadata.
  if (noforce && t.interwiki !== null && st.site.languages.has(t.interwiki)) {
    const title = t.text + (t.fragment ? '#' + t.fragment : '');
    st.ctx.meta.interlanguage.push({ lang: t.interwiki, title });
    sc.flush(p);
    sc.push(tok(K.TrimBefore));
    return after;
  }
  if (noforce && t.ns === 14 && t.interwiki === null) {
    const sortKey = labelStart >= 0 ? decodeEntities(src.slice(labelStart, labelEnd)) : null;
    st.ctx.meta.categories.push({ name: t.text, sortKey });
    sc.flush(p);
    sc.push(tok(K.TrimBefore));
    return after;
  }
  if (isImage) {
    sc.flush(p);
    const options = labelStart >= 0 ? src.slice(labelStart, labelEnd) : '';
    sc.push(nodeTok(parseImage(st, t.text, options, labelStart >= 0)));
    return after;
  }

  let children: Inline[];
  if (labelStart < 0) {
    let label = percentDecode(decodeEntities(rawTarget));
    if (!noforce) label = label.replace(/^\s*:/, '');
    children = [{ type: 'text', value: label }];
  } else if (labelEnd === labelStart) {
    children = [{ type: 'text', value: pipeTrickLabel(percentDecode(decodeEntities(rawTarget)), t) }];
  } else {
    children = sc.sub(labelStart, labelEnd, true);
  }
  // Link trail: letters right after `]]` join the label (languages that have one).
  const trailRe = st.site.linkTrail;
  if (trailRe) {
    const m = trailRe.exec(src.slice(after, Math.min(after + 80, end)));
    if (m && m[0].length > 0) {
      const last = children[children.length - 1];
      if (last && last.type === 'text') last.value += m[0];
      else children.push({ type: 'text', value: m[0] });
      after += m[0].length;
    }
  }
  sc.flush(p);
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
  sc.push(nodeTok(link));
  return after;
}
