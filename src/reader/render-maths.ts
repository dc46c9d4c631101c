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

/**
 * Of those, what formulas too long to be cached (over MAX_CACHED_TEX) may use together: they are
 * laid out anew on every request, and 11 of 9,000 characters, within MAX_PAGE_TEX, took 2.2–2.8 s
 * a request (load ~8). Lengths only, so the same formulas are refused on every request.
 */
export const MAX_PAGE_UNCACHED_TEX = 20_000;

/** What is left of one page's TeX allowances (MAX_PAGE_TEX, MAX_PAGE_UNCACHED_TEX). */
export interface TexBudget {
  left: number;
  uncachedLeft: number;
}

/** A page's allowances, whole: one per render (render-markdown.ts renderPage). */
export function pageTexBudget(): TexBudget {
  return { left: MAX_PAGE_TEX, uncachedLeft: MAX_PAGE_UNCACHED_TEX };
}

/**
 * `budget`: the page's allowances, charged with the length of the TeX laid out (what layOut
 * hands KaTeX); none for a formula on its own.
 */
export function texToHtml(tex: string, display: boolean, budget?: TexBudget): string {
  const source = layOutSource(tex);
  if (source === '') return '';
  // A formula too long to lay out at all (layOut says so) costs the page nothing.
  const uncached = tex.length > MAX_CACHED_TEX;
  if (budget !== undefined && source.length <= MAX_LAID_OUT_TEX) {
    if (source.length > budget.left) return sourceView(source, display, `the page's maths is longer than ${MAX_PAGE_TEX} characters`);
    if (uncached && source.length > budget.uncachedLeft) {
      return sourceView(source, display, `the page's formulas over ${MAX_CACHED_TEX} characters are longer than ${MAX_PAGE_UNCACHED_TEX} together`);
    }
    budget.left -= source.length;
    if (uncached) budget.uncachedLeft -= source.length;
  }
  if (uncached) return layOut(source, display);
  const key = (display ? 'D' : 'I') + tex;
  let html = formulaCache.get(key);
  if (html === undefined) {
    html = layOut(source, display);
    formulaCache.set(key, html);
  }
  return html;
}

/**
 * The TeX KaTeX is given: trimmed, and a formula ending in TeX's control space `\ ` gets its
 * space back (trimming, the writer's too, takes it), or KaTeX reads a lone backslash.
 */
function layOutSource(tex: string): string {
  const source = tex.trim();
  return /(?:^|[^\\])(?:\\\\)*\\$/.test(source) ? source + ' ' : source;
}

function layOut(source: string, display: boolean): string {
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

/**
 * `maths`: the page already holds maths (from its Markdown); the result says whether it does now.
 * `budget`: what the page's Markdown maths left of its allowances.
 */
export function renderHtmlMaths(html: string, maths: boolean, budget: TexBudget): WithMaths {
  if (!html.includes(' class="math">')) return { html, maths };
  let laidOut = false;
  const out = html.replace(HTML_MATHS, (whole: string, tag: string, body: string) => {
    const rendered = texToHtml(decodeEntities(body), tag === 'pre', budget);
    if (rendered === '') return whole;
    laidOut = true;
    return rendered;
  });
  return { html: out, maths: maths || laidOut };
}
