/**
 * TeX → HTML for the reader, with KaTeX on the server: the page arrives with its formulas laid
 * out and needs no script (the reader's pages may run none), only KaTeX's stylesheet and fonts,
 * which the reader serves from the katex package itself (maths-assets.ts), so it works offline.
 * `\ce{…}` (MediaWiki's <chem> and <ce>) comes from KaTeX's mhchem extension.
 */
import katex from 'katex';
import 'katex/contrib/mhchem';
import { decodeEntities } from '../site/entities.js';
import { escapeHtml } from './sanitize-html.js';

/**
 * Formulas are the wiki's text, not ours: a formula KaTeX cannot read (a command it lacks, a
 * brace left open) is shown as its TeX source, never as an error in the page's place.
 * `strict: 'ignore'` because MediaWiki accepts what KaTeX's strict mode only warns about (Unicode
 * letters in maths mode, `\\` in inline maths), and the warnings would go to the server's terminal.
 * `trust` stays false (no `\href`, `\includegraphics`, `\htmlClass`…), and `maxExpand` bounds macro
 * expansion, so a hostile page cannot make the server loop.
 */
const OPTIONS = { throwOnError: true, strict: 'ignore', trust: false, maxExpand: 1000, maxSize: 50, output: 'htmlAndMathml' } as const;

/**
 * Laid-out formulas by key, the least recently used out first, bounded both in number and in
 * characters (a formula's HTML runs from ~1 KB to hundreds of KB for a long matrix).
 */
export class FormulaCache {
  private readonly entries = new Map<string, string>();
  private chars = 0;

  constructor(
    readonly maxEntries: number,
    readonly maxChars: number,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** Characters held, keys and HTML. */
  get characters(): number {
    return this.chars;
  }

  get(key: string): string | undefined {
    const html = this.entries.get(key);
    if (html !== undefined) {
      // Most recently used last: a Map keeps insertion order.
      this.entries.delete(key);
      this.entries.set(key, html);
    }
    return html;
  }

  set(key: string, html: string): void {
    const cost = key.length + html.length;
    if (cost > this.maxChars) return;
    const old = this.entries.get(key);
    if (old !== undefined) {
      this.entries.delete(key);
      this.chars -= key.length + old.length;
    }
    this.entries.set(key, html);
    this.chars += cost;
    while (this.entries.size > this.maxEntries || this.chars > this.maxChars) {
      const [oldestKey, oldestHtml] = this.entries.entries().next().value!;
      this.entries.delete(oldestKey);
      this.chars -= oldestKey.length + oldestHtml.length;
    }
  }
}

/**
 * Formulas already laid out, by display flag and TeX: KaTeX costs ~0.3–0.6 ms a formula, pages
 * repeat theirs (`$L_1$` eleven times on one ja page) and readers go back to pages. At most 4,096
 * formulas and 8 M characters (~16 MB); TeX over 4 KB is laid out each time rather than kept, so
 * a few huge formulas cannot push out the many small ones.
 */
export const formulaCache = new FormulaCache(4096, 8_000_000);
export const MAX_CACHED_TEX = 4096;

/**
 * Longer TeX is shown as its source: KaTeX's time grows faster than the formula (0.3 s at 32 KB,
 * 7.8 s at 256 KB on a hostile one), and the reader lays out pages on its only thread. Real
 * formulas run to a few hundred characters.
 */
const MAX_LAID_OUT_TEX = 10_000;

/**
 * TeX characters one page may have laid out; its formulas past that are shown as source. The
 * per-formula cap alone leaves a page of a hundred 9,000-character formulas, each too long to be
 * cached, to stall every request for seconds. Every formula counts, cached or not, so a page
 * looks the same on every request. The real zh/ja/uk pages hold at most ~2,200 characters of TeX.
 */
export const MAX_PAGE_TEX = 100_000;

/** What is left of one page's TeX allowance (MAX_PAGE_TEX). */
export interface TexBudget {
  left: number;
}

/**
 * The allowance of the page being rendered: opened by the Markdown maths plugin when markdown-it
 * starts on a page (markdown-maths.ts), charged by its formulas and then by the page's HTML maths
 * in renderHtmlMaths, which closes it. A page is rendered in one synchronous call
 * (render-markdown.ts renderPage), so no other page's formulas come between.
 */
let pageBudget: TexBudget | undefined;

export function openPageTexBudget(): TexBudget {
  pageBudget = { left: MAX_PAGE_TEX };
  return pageBudget;
}

/** `budget`: the page's allowance, charged with the formula's length; none for a formula on its own. */
export function texToHtml(tex: string, display: boolean, budget?: TexBudget): string {
  // A formula too long to lay out at all (layOut says so) costs the page nothing.
  if (budget !== undefined && tex.trim().length <= MAX_LAID_OUT_TEX) {
    if (tex.length > budget.left) {
      const source = tex.trim();
      return source === '' ? '' : sourceView(source, display, `the page's maths is longer than ${MAX_PAGE_TEX} characters`);
    }
    budget.left -= tex.length;
  }
  if (tex.length > MAX_CACHED_TEX) return layOut(tex, display);
  const key = (display ? 'D' : 'I') + tex;
  let html = formulaCache.get(key);
  if (html === undefined) {
    html = layOut(tex, display);
    formulaCache.set(key, html);
  }
  return html;
}

function layOut(tex: string, display: boolean): string {
  let source = tex.trim();
  if (source === '') return '';
  // A formula ending in TeX's control space `\ ` loses the space to trimming (the writer trims
  // too): put it back, or KaTeX reads a lone backslash.
  if (/(?:^|[^\\])(?:\\\\)*\\$/.test(source)) source += ' ';
  if (source.length > MAX_LAID_OUT_TEX) return sourceView(source, display, `longer than ${MAX_LAID_OUT_TEX} characters`);
  try {
    const html = katex.renderToString(source, { ...OPTIONS, displayMode: display });
    // A long formula scrolls sideways in its own box rather than widening the page.
    return display ? `<div class="math-display">${html}</div>` : html;
  } catch (err) {
    // KaTeX underlines the offending source with combining low lines (U+0332), which a tooltip
    // shows as noise under every character.
    return sourceView(source, display, (err instanceof Error ? err.message : String(err)).replace(/\u0332/g, ''));
  }
}

/** A formula not laid out: its TeX, and why in a tooltip. */
function sourceView(source: string, display: boolean, reason: string): string {
  const title = ` title="${escapeHtml(`Not rendered: ${reason}`)}"`;
  const text = escapeHtml(source);
  return display ? `<pre class="math-source"${title}>${text}</pre>` : `<code class="math-source"${title}>${text}</code>`;
}

/**
 * Maths the writer put inside HTML (writer/html.ts: `<code class="math">` inline, `<pre
 * class="math">` displayed; their text is escaped HTML with no tags inside) → rendered. Applied
 * to a page's finished HTML, where these elements can only come from the page's raw HTML.
 */
const HTML_MATHS = /<(code|pre) class="math">([^<]*)<\/\1>/g;

/** A page's HTML, and whether it holds laid-out maths (so it needs KaTeX's stylesheet). */
export interface WithMaths {
  html: string;
  maths: boolean;
}

/** Set by layOutHtmlMaths during one (synchronous) renderHtmlMaths call. */
let laidOut = false;

function layOutHtmlMaths(whole: string, tag: string, body: string): string {
  const rendered = texToHtml(decodeEntities(body), tag === 'pre', pageBudget);
  if (rendered === '') return whole;
  laidOut = true;
  return rendered;
}

/**
 * `maths`: the page already holds maths (from its Markdown); the result says whether it does now.
 * Charges what the page's Markdown maths left of its allowance (a fresh one if none is open).
 */
export function renderHtmlMaths(html: string, maths: boolean): WithMaths {
  const budget = pageBudget ?? { left: MAX_PAGE_TEX };
  pageBudget = undefined;
  if (!html.includes(' class="math">')) return { html, maths };
  laidOut = false;
  pageBudget = budget;
  try {
    const out = html.replace(HTML_MATHS, layOutHtmlMaths);
    return { html: out, maths: maths || laidOut };
  } finally {
    pageBudget = undefined;
  }
}
