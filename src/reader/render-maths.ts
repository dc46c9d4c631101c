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
 * Formulas already laid out, by display flag and TeX: KaTeX costs ~0.3–0.6 ms a formula, pages
 * repeat theirs (`$L_1$` eleven times on one ja page) and readers go back to pages.
 */
const cache = new Map<string, string>();
const CACHE_LIMIT = 4096;

export function texToHtml(tex: string, display: boolean): string {
  const key = (display ? 'D' : 'I') + tex;
  let html = cache.get(key);
  if (html === undefined) {
    html = layOut(tex, display);
    // Oldest first out: a Map keeps insertion order.
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, html);
  }
  return html;
}

function layOut(tex: string, display: boolean): string {
  let source = tex.trim();
  if (source === '') return '';
  // A formula ending in TeX's control space `\ ` loses the space to trimming (the writer trims
  // too): put it back, or KaTeX reads a lone backslash.
  if (/(?:^|[^\\])(?:\\\\)*\\$/.test(source)) source += ' ';
  try {
    const html = katex.renderToString(source, { ...OPTIONS, displayMode: display });
    // A long formula scrolls sideways in its own box rather than widening the page.
    return display ? `<div class="math-display">${html}</div>` : html;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    const title = ` title="${escapeHtml(`Not rendered: ${reason}`)}"`;
    const text = escapeHtml(source);
    return display ? `<pre class="math-source"${title}>${text}</pre>` : `<code class="math-source"${title}>${text}</code>`;
  }
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
  const rendered = texToHtml(decodeEntities(body), tag === 'pre');
  if (rendered === '') return whole;
  laidOut = true;
  return rendered;
}

/** `maths`: the page already holds maths (from its Markdown); the result says whether it does now. */
export function renderHtmlMaths(html: string, maths: boolean): WithMaths {
  if (!html.includes(' class="math">')) return { html, maths };
  laidOut = false;
  const out = html.replace(HTML_MATHS, layOutHtmlMaths);
  return { html: out, maths: maths || laidOut };
}
