/**
 * A page of a Chinese mirror shown in another variant than the one it holds, as zh.wikipedia
 * shows every page in the variant its address asks for (`/zh-cn/数学`): the server sends a
 * variant address to the page's file with `?variant=zh-cn`, and the page's text is converted
 * with the variant's table (src/variants), as the wiki converts its text: the text and the
 * title and alt attributes, not tags, other attributes (links, anchors), code, maths or a URL
 * written out, so every link and section anchor still works; the page's own links carry the variant on, as the wiki's variant
 * paths do. The mirror's text was already converted once (to its `--variant`, or not at all), and
 * the author's `-{…}-` protections are gone from it, so a word the wiki would have kept can be
 * converted here; the page says it is the reader's conversion.
 */
import { createConverter, tableTrie } from '../variants/converter.js';
import { TARGET_VARIANTS, validateVariant, type Variant } from '../variants/codes.js';
import { escapeHtml } from './sanitize-html.js';

/** The variant a `?variant=` value asks a page in, when it differs from what the mirror holds; else null. */
export function askedVariant(lang: string, mirrorVariant: string | null, value: string | null): Variant | null {
  if (lang !== 'zh' || value === null) return null;
  const v = validateVariant(value);
  if (v === null || !TARGET_VARIANTS.includes(v) || v === validateVariant(mirrorVariant)) return null;
  return v;
}

/**
 * Elements whose text is left as it is, as MediaWiki's autoConvert leaves code, pre, script,
 * style, math and svg (LanguageConverter.php: $codefix … $svgfix): the maths source and KaTeX's
 * whole rendering (`<span class="katex">`, whose MathML and drawn glyphs are the formula, as the
 * wiki's <math> and its fallback image), and the page's own style.
 */
const KEEP = /^<(code|pre|style|script|annotation|math|svg)\b|^<(span)\b[^>]*\bclass="katex(?:-display)?"/i;

/** `title` and `alt` values, which the wiki converts too unless they hold a URL (`://`). */
const TEXT_ATTRIBUTE = /(\s(?:title|alt)=")([^"]*)(")/gi;

/** A URL written out in the text: the wiki marks a free link's text not to be converted (markNoConversion). */
const WRITTEN_URL = /\b(?:https?|ftp):\/\/[^\s<"]+/gi;

/** The variant's converter for text, a URL in it left as written. */
function textConverter(variant: Variant): (text: string) => string {
  const convert = createConverter(variant);
  return (text) => {
    let out = '';
    let at = 0;
    for (const m of text.matchAll(WRITTEN_URL)) {
      out += convert(text.slice(at, m.index)) + m[0];
      at = m.index + m[0].length;
    }
    return out + convert(text.slice(at));
  };
}

/** `html` with its text and its title and alt attributes (not other attributes, not code or maths) converted to `variant`. */
export function convertHtmlText(html: string, variant: Variant): string {
  const convert = textConverter(variant);
  let out = '';
  // Inside a kept element: its name and how many of its kind are open (a katex span holds spans).
  let kept: { name: string; depth: number } | null = null;
  let at = 0;
  for (const m of html.matchAll(/<[^>]*>/g)) {
    const text = html.slice(at, m.index);
    out += kept === null ? convert(text) : text;
    let tag = m[0];
    const selfClosing = tag.endsWith('/>');
    if (kept === null) {
      const keep = KEEP.exec(tag);
      if (keep && !selfClosing) kept = { name: (keep[1] ?? keep[2])!.toLowerCase(), depth: 1 };
      else tag = tag.replace(TEXT_ATTRIBUTE, (all, open: string, value: string, close: string) => (value.includes('://') ? all : open + convert(value) + close));
    } else {
      const name = /^<(\/?)([a-z][a-z0-9-]*)/i.exec(tag);
      if (name && name[2]!.toLowerCase() === kept.name) {
        if (name[1] === '/') kept.depth--;
        else if (!selfClosing) kept.depth++;
        if (kept.depth === 0) kept = null;
      }
    }
    out += tag;
    at = m.index + m[0].length;
  }
  return out + (kept === null ? convert(html.slice(at)) : html.slice(at));
}

/** The page's links to other pages of the mirror (`../Page/X.md`, `X.md#s`) with `?variant=` added. */
export function carryVariant(html: string, variant: Variant): string {
  return html.replace(/(<a\b[^>]*?\bhref=")((?:\.\.\/)?[^"#?:]+\.md)((?:#[^"]*)?")/g, (_, a: string, href: string, rest: string) => `${a}${href}?variant=${variant}${rest}`);
}

/**
 * A search snippet (escaped text and `<mark>`s, makeSnippet) converted to `variant` as one text, as
 * the page it comes from is: converted piece by piece between the marks, 硬<mark>體</mark>與軟<mark>體</mark>
 * would read 硬<mark>体</mark>与软<mark>体</mark> where the zh-cn page reads 硬件与软件. A mark that
 * ends or begins inside a converted word is widened to the whole word: <mark>硬件</mark>与<mark>软件</mark>.
 */
export function convertSnippet(snippet: string, variant: Variant): string {
  // Any other markup: convert it as a page is converted.
  if (/<(?!\/?mark>)/.test(snippet) || validateVariant(variant) === 'zh') return convertHtmlText(snippet, variant);
  const marks: Array<[number, number]> = [];
  let text = '';
  let open = -1;
  for (const part of snippet.split(/(<\/?mark>)/)) {
    if (part === '<mark>') open = text.length;
    else if (part === '</mark>') {
      if (open >= 0) marks.push([open, text.length]);
      open = -1;
    } else text += unescapeHtml(part);
  }
  const { out, startAt, endAt } = convertMapped(text, variant);
  let html = '';
  let at = 0;
  let last: [number, number] | null = null;
  const spans: Array<[number, number]> = [];
  for (const [from, to] of marks) {
    const span: [number, number] = [startAt[from]!, endAt[to]!];
    // Two marks widened into one word become one.
    if (last !== null && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else spans.push((last = span));
  }
  for (const [from, to] of spans) {
    html += `${escapeHtml(out.slice(at, from))}<mark>${escapeHtml(out.slice(from, to))}</mark>`;
    at = to;
  }
  return html + escapeHtml(out.slice(at));
}

/**
 * `text` converted as textConverter converts it (a URL written out left as it is), with where each
 * input position lands in the output: `startAt` for a mark beginning there, `endAt` for one ending
 * there (inside a converted word, its start and its end).
 */
function convertMapped(text: string, variant: Variant): { out: string; startAt: Int32Array; endAt: Int32Array } {
  const trie = tableTrie(variant);
  const n = text.length;
  const startAt = new Int32Array(n + 1);
  const endAt = new Int32Array(n + 1);
  const len = new Int32Array(1);
  const urls = [...text.matchAll(WRITTEN_URL)].map((m) => [m.index, m.index + m[0].length] as const);
  let out = '';
  let i = 0;
  let u = 0;
  while (i < n) {
    startAt[i] = endAt[i] = out.length;
    const url = urls[u];
    if (url !== undefined && i >= url[0]) {
      for (let k = i + 1; k < url[1]; k++) startAt[k] = endAt[k] = out.length + (k - i);
      out += text.slice(i, url[1]);
      i = url[1];
      u++;
      continue;
    }
    // As convert(text between URLs): a key does not run into the next URL.
    const to = trie.startsAny(text.charCodeAt(i)) ? trie.longest(text, i, url?.[0] ?? n, len) : null;
    if (to === null) {
      out += text[i];
      i++;
      continue;
    }
    const start = out.length;
    out += to;
    for (let k = i + 1; k < i + len[0]!; k++) {
      startAt[k] = start;
      endAt[k] = out.length;
    }
    i += len[0]!;
  }
  startAt[n] = endAt[n] = out.length;
  return { out, startAt, endAt };
}

/** escapeHtml (sanitize-html.ts), which makeSnippet writes the text with, undone. */
const unescapeHtml = (s: string) => s.replace(/&(amp|lt|gt|quot);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[e]!);
