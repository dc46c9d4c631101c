/**
 * The inline grammar rules, each a small function keyed by the character that can start it
 * (RULES[charCode]). A rule returns the position after what it consumed, or -1 to leave the
 * character as text.
 */
import { ALLOWED_BLOCK_TAGS, ALLOWED_INLINE_TAGS } from '../ast/html.js';
import { decodeEntities, namedEntity } from '../site/entities.js';
import { parseAttributes } from './attributes.js';
import { bareUrlRule, externalLinkRule, magicLinkRule } from './extlinks.js';
import { type InlineRule, Mode, type Scanner } from './inline.js';
import { internalLinkRule, tripleBracketRule } from './links.js';
import { markerRule } from './markers.js';
import { isCjkCode } from './state.js';
import { hidesContent } from './hidden.js';
import { matchSwitch } from './switches.js';
import { K, tagTok, tok } from './tokens.js';
import type { Text } from '../ast/nodes.js';

const apostropheRule: InlineRule = (sc, p) => {
  const src = sc.src;
  let q = p + 1;
  while (q < sc.end && src.charCodeAt(q) === 39) q++;
  if (q - p < 2) return -1;
  sc.flush(p);
  sc.push(tok(K.Quote, '', q - p));
  return q;
};

const newlineRule: InlineRule = (sc, p) => {
  if (sc.opts.mode === Mode.Pre) return -1;
  sc.flush(p);
  const joined = sc.st.cjk && joinsWithoutSpace(sc.src, p, sc.start, sc.end);
  // On a wiki with variants the converter reads the paragraph with its line breaks (it runs on the
  // HTML BlockLevelPass wrote, "软\n件"): no word of its tables spans one, so the join is a boundary.
  sc.pushNewline(joined ? '' : ' ', joined && sc.st.variants);
  return p + 1;
};

/** Whether the line break at `p` stands between two CJK characters (markup around it ignored). */
function joinsWithoutSpace(src: string, p: number, start: number, end: number): boolean {
  let a = p - 1;
  while (a >= start && a > p - 8) {
    const c = src.charCodeAt(a);
    if (c === 93 || c === 39 || c === 125 || c === 62 || c === 32) a--;
    else break;
  }
  let b = p + 1;
  while (b < end && b < p + 8) {
    const c = src.charCodeAt(b);
    if (c === 91 || c === 39 || c === 123 || c === 60) b++;
    else break;
  }
  return a >= start && b < end && isCjkCode(src.charCodeAt(a)) && isCjkCode(src.charCodeAt(b));
}

/** `&name;`, `&#123;`, `&#x1F;` → the character, read by hand (entities are frequent: &nbsp;). */
const entityRule: InlineRule = (sc, p) => {
  const src = sc.src;
  const end = sc.end;
  let q = p + 1;
  let decoded: string | null = null;
  if (q < src.length && src.charCodeAt(q) === 35) {
    q++;
    const hex = q < src.length && (src.charCodeAt(q) | 0x20) === 120;
    if (hex) q++;
    const from = q;
    // Any number of digits (`&#x0000000074;` is a 't'); decodeEntities judges the value.
    while (q < end) {
      const c = src.charCodeAt(q);
      if (!((c >= 48 && c <= 57) || (hex && (c | 0x20) >= 97 && (c | 0x20) <= 102))) break;
      q++;
    }
    if (q === from || q >= src.length || src.charCodeAt(q) !== 59) return -1;
    const raw = src.slice(p, q + 1);
    decoded = decodeEntities(raw);
    if (decoded === raw) return -1; // rejected code point: stays as written
  } else {
    const from = q;
    while (q < end && q - from < 32) {
      const c = src.charCodeAt(q);
      // Letters, digits after the first, and non-ASCII (MediaWiki's own Hebrew and Arabic &rlm; aliases).
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (q > from && c >= 48 && c <= 57) || c >= 128) q++;
      else break;
    }
    if (q === from || q >= src.length || src.charCodeAt(q) !== 59) return -1;
    decoded = namedEntity(src.slice(from, q));
    if (decoded === null) return -1;
  }
  if (sc.st.variants && decoded.length === 1 && breaksMarkup(src, p, q, decoded.charCodeAt(0))) {
    // A node of its own that the variants pass leaves alone, like `<nowiki>` text.
    sc.flush(p);
    const node: Text = { type: 'text', value: decoded };
    (sc.st.literalTexts ??= new Set()).add(node);
    sc.pushNode(node);
    return q + 1;
  }
  sc.buf += src.slice(sc.textStart, p) + decoded;
  return q + 1;
};

/**
 * Whether an entity for `-`, `{` or `}` (from `p` to the `;` at `q`) stands where it would complete
 * `-{` or `}-` once decoded: `-&#123;`, `&#45;{`, `}&#45;`, or next to another entity. MediaWiki
 * leaves entities encoded in the HTML its converter reads for markup, so such a spelling is how a
 * page shows `-{` as text; decoded into the text around it, the variants pass would read it.
 */
function breaksMarkup(src: string, p: number, q: number, c: number): boolean {
  const before = p > 0 ? src.charCodeAt(p - 1) : -1;
  const after = q + 1 < src.length ? src.charCodeAt(q + 1) : -1;
  // 59 `;` and 38 `&`: a neighbouring entity, which may be the other half.
  if (c === 123) return before === 45 || before === 59; // {
  if (c === 45) return after === 123 || after === 38 || before === 125 || before === 59; // -
  if (c === 125) return after === 45 || after === 38; // }
  return false;
}

const underscoreRule: InlineRule = (sc, p) => {
  const m = matchSwitch(sc.src, p, sc.end);
  if (!m) return -1;
  sc.flush(p);
  sc.st.addSwitch(m.name);
  return m.end;
};

/**
 * `-{ … }-`: language-conversion markup, kept raw (nesting respected). Only on wikis with variants:
 * elsewhere MediaWiki runs no converter, so the brackets are text and what they enclose is parsed
 * with the text around them (`''a -{b'' c}-` closes its italics inside), at any depth.
 */
const variantRule: InlineRule = (sc, p) => {
  const src = sc.src;
  if (!sc.st.variants || p + 1 >= src.length || src.charCodeAt(p + 1) !== 123) return -1;
  const close = sc.variantClose(p);
  // Unclosed: literal text, as MediaWiki shows it (on zh the variants transform pairs an opening
  // with a closing in a later block).
  if (close < 0) return -1;
  sc.flush(p);
  sc.st.variantNodes++;
  sc.pushNode({ type: 'variant', raw: src.slice(p + 2, close) });
  return close + 2;
};

/** A block tag's attributes worth reading in inline content: they may say `display:none`. */
const NONE = /none/i;

/** Inline HTML: allowed tags become open/close tokens, `<br>` a break; others are literal text. */
const tagRule: InlineRule = (sc, p) => {
  const src = sc.src;
  const end = sc.end;
  let q = p + 1;
  const closing = q < src.length && src.charCodeAt(q) === 47;
  if (closing) q++;
  const nameStart = q;
  let c = q < src.length ? src.charCodeAt(q) : -1;
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return -1;
  while (q < end) {
    c = src.charCodeAt(q);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) q++;
    else break;
  }
  if (q >= end) return -1;
  c = src.charCodeAt(q);
  if (!(c === 62 || c === 47 || c === 32 || c === 9 || c === 10 || c === 13)) return -1;
  const name = src.slice(nameStart, q).toLowerCase();
  const inline = ALLOWED_INLINE_TAGS.has(name);
  if (!inline && !ALLOWED_BLOCK_TAGS.has(name)) return !closing && (name === 'meta' || name === 'link') ? microdataTag(sc, p, q, name) : -1;
  const gt = tagEnd(src, q, end);
  if (gt < 0) return -1;
  const selfClosing = src.charCodeAt(gt - 1) === 47;
  sc.flush(p);
  const after = gt + 1;
  if (name === 'br') {
    sc.pushNode({ type: 'break' });
    return after;
  }
  if (name === 'wbr') return after;
  if (!inline) {
    // Block tags reaching inline content (a link label): keep the content only, unless the tag
    // hides it (`<div style="display:none">`): then it is a frame whose content goes (hidden.ts).
    if (selfClosing) return after;
    if (closing) sc.push(tagTok(K.Close, name, null));
    else if (gt - q > 12) {
      const raw = src.slice(q, gt);
      if (NONE.test(raw)) {
        const attrs = parseAttributes(raw);
        if (hidesContent(attrs)) sc.push(tagTok(K.Open, name, attrs));
      }
    }
    return after;
  }
  if (selfClosing) return after;
  if (closing) sc.push(tagTok(K.Close, name, null));
  else sc.push(tagTok(K.Open, name, parseAttributes(src.slice(q, gt))));
  return after;
};

/** Where a tag whose name ends at `q` closes: the first '>' with no '<' before it, or -1. */
function tagEnd(src: string, q: number, end: number): number {
  for (let gt = q; gt < end; gt++) {
    const d = src.charCodeAt(gt);
    if (d === 62) return gt;
    if (d === 60) return -1;
  }
  return -1;
}

/**
 * `<meta>` and `<link>`: MediaWiki's Sanitizer keeps them only as microdata — with `itemprop`, and
 * `content` (meta) or `href` (link) — and then they show nothing; any other is literal text
 * (sanitizer.txt "Validating that <meta> and <link> work, but only for Microdata").
 */
function microdataTag(sc: Scanner, p: number, q: number, name: string): number {
  const src = sc.src;
  const gt = tagEnd(src, q, sc.end);
  if (gt < 0) return -1;
  const attrs = parseAttributes(src.slice(q, src.charCodeAt(gt - 1) === 47 ? gt - 1 : gt));
  if (attrs.itemprop === undefined || (name === 'meta' ? attrs.content : attrs.href) === undefined) return -1;
  sc.flush(p);
  return gt + 1;
}

export const RULES: Array<InlineRule | undefined> = new Array(128).fill(undefined);
RULES[39] = apostropheRule; // '
RULES[10] = newlineRule;
RULES[38] = entityRule; // &
RULES[95] = underscoreRule; // _
RULES[45] = variantRule; // -
RULES[60] = tagRule; // <
RULES[91] = (sc, p) => (sc.src.charCodeAt(p + 1) !== 91 ? externalLinkRule(sc, p) : sc.src.charCodeAt(p + 2) === 91 ? tripleBracketRule(sc, p) : internalLinkRule(sc, p)); // [
RULES[58] = bareUrlRule; // :
RULES[73] = magicLinkRule; // I(SBN)
RULES[82] = magicLinkRule; // R(FC)
RULES[80] = magicLinkRule; // P(MID)
RULES[127] = markerRule;

/** The characters RULES has a rule for, as a character class (kept in step by a test). */
export const TRIGGERS = /['\n&_\-<[:IRP\x7f]/;
