/**
 * TeX → HTML (render-maths.ts): KaTeX's layout, TeX it cannot read shown as its source, hostile
 * TeX kept harmless, mhchem, the writer's `<code class="math">` in HTML, the cache of laid-out
 * formulas.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdown } from '../../src/reader/render-markdown.js';
import { FormulaCache, MAX_CACHED_TEX, MAX_PAGE_TEX, MAX_PAGE_UNCACHED_TEX, formulaCache, texToHtml } from '../../src/reader/render-maths.js';
import { convertPage } from '../../src/engine/convert.js';
import { displayed, formulas } from './helpers.js';
import { assertLinear } from '../helpers/linear.js';

test('TeX KaTeX cannot read is shown as its source with the reason, and the page goes on', () => {
  const html = renderMarkdown('before $\\unknowncommand{x}$ after $y$\n\n$$\n\\frac{a\n$$\n');
  assert.match(html, /<code class="math-source" title="Not rendered: KaTeX parse error: Undefined control sequence: \\unknowncommand[^"]*">\\unknowncommand\{x\}<\/code> after <span class="katex">/);
  assert.match(html, /<pre class="math-source" title="[^"]*">\\frac\{a<\/pre>/);
  assert.deepEqual(formulas(html), ['y']);
  // KaTeX's underlining of the source (combining low lines) is left out of the tooltip.
  assert.ok(!html.includes('\u0332'), html);
  assert.match(html, /title="Not rendered: [^"]* at position 1: \\unknowncommand/);
});

test('hostile TeX: no link, no HTML through', () => {
  const html = renderMarkdown('$\\href{javascript:alert(1)}{x}$ $`<script>alert(1)</script>`$\n');
  assert.ok(!/<a |<script|javascript:/.test(html.replace(/<annotation[^>]*>[^<]*<\/annotation>/g, '').replace(/title="[^"]*"/g, '')), html);
  assert.ok(!html.includes('<script'), html);
  // trust is off: the commands that would make links, pictures, classes, styles or data- attributes
  // are shown in KaTeX's error colour instead.
  const trusted = renderMarkdown('$\\url{javascript:alert(1)}$ $\\includegraphics{https://evil.example/x.png}$ $\\htmlData{onclick=alert(1)}{a}$ $\\htmlStyle{position:fixed;top:0}{b}$ $\\htmlClass{notice}{c}$ $\\htmlId{probe}{d}$\n');
  const laidOut = trusted.replace(/<annotation[^>]*>[^<]*<\/annotation>/g, '');
  for (const bad of ['<a ', '<img', 'data-onclick', 'position:fixed', 'class="notice"', 'id="probe"']) assert.ok(!laidOut.includes(bad), `${bad} in ${laidOut}`);
  assert.equal((laidOut.match(/mathcolor="#cc0000"/g) ?? []).length, 6);
});

test('hostile TeX: endless macro expansion stops and shows the source', () => {
  const html = texToHtml('\\def\\a{\\a\\a}\\a', false);
  assert.match(html, /^<code class="math-source" title="Not rendered: [^"]*Too many expansions[^"]*">\\def\\a\{\\a\\a\}\\a<\/code>$/);
});

test('hostile TeX: a formula too long to lay out in bounded time is shown as its source', () => {
  // KaTeX's time grows faster than the TeX: 32 KB of "```math" lines took 0.3 s, 256 KB 7.8 s of
  // the reader's only thread. Real formulas run to a few hundred characters (the longest of the
  // 329 in our zh/ja/uk pages: 169); over 10,000 the source is shown, as for TeX KaTeX cannot read.
  assertLinear('one long formula', (n) => texToHtml('```math\n'.repeat(n), true), 4000);
  const long = texToHtml('x+'.repeat(5000) + 'y', false);
  assert.match(long, /^<code class="math-source" title="Not rendered: longer than 10000 characters">x\+x\+/);
  assert.match(texToHtml('x+'.repeat(4999) + 'y', false), /^<span class="katex">/);
});

/** A ```math fence whose TeX (trimmed, as laid out) is `length` characters, told apart by `i`. */
const fence = (i: number, length: number) => '```math\n' + (`${i}+` + 'x+'.repeat(length)).slice(0, length - 1) + 'y\n```\n\n';
const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;

test('hostile TeX: a page lays out at most 100,000 characters of TeX, Markdown and HTML maths together; the rest is shown as source', () => {
  assert.equal(MAX_PAGE_TEX, 100_000);
  // First a formula that is 10,000 characters trimmed but 10,001 as laid out (its control space
  // put back): too long to lay out, so it costs nothing. Then 24 × 4,000 laid out (cached size),
  // a 25th of 4,001 over; then 4,000 characters of HTML maths fit exactly, and one more does not.
  const tooLong = '$$\n' + 'x'.repeat(9999) + '\\\n$$\n\n';
  const fences = Array.from({ length: 24 }, (_, i) => fence(i + 10, 4000)).join('') + fence(99, 4001);
  const page = tooLong + fences + `<code class="math">${'y'.repeat(4000)}</code> <code class="math">z</code>\n`;
  const html = renderMarkdown(page);
  assert.equal(count(html, /title="Not rendered: longer than 10000 characters"/g), 1);
  assert.equal(count(html, /<span class="katex-display">/g), 24);
  assert.equal(count(html, /<pre class="math-source" title="Not rendered: the page's maths is longer than 100000 characters">99\+/g), 1);
  assert.equal(count(html, /<span class="katex">/g), 24 + 1);
  assert.equal(count(html, /<code class="math-source" title="Not rendered: the page's maths is longer than 100000 characters">z<\/code>/g), 1);
  // The same page reads the same on the next request, and the next page starts a fresh allowance.
  assert.equal(renderMarkdown(page), html);
  assert.equal(count(renderMarkdown('$z$\n'), /<span class="katex">/g), 1);
});

test('hostile TeX: formulas too long to be cached share 20,000 characters a page, so a page of them cannot stall every request', () => {
  // 11 formulas of 9,000 characters fit the page's 100,000 but are laid out anew on every request
  // (2.2–2.8 s a request at load ~8): two are, the third is shown as source; short ones go on.
  assert.equal(MAX_PAGE_UNCACHED_TEX, 20_000);
  const page = fence(10, 9000) + fence(11, 9000) + fence(12, 9000) + fence(13, 1000) + '$z$\n';
  const html = renderMarkdown(page);
  assert.equal(count(html, /<span class="katex-display">/g), 3);
  assert.equal(count(html, /<pre class="math-source" title="Not rendered: the page's formulas over 4096 characters are longer than 20000 together">12\+/g), 1);
  assert.equal(count(html, /<span class="katex">/g), 3 + 1);
  assert.equal(renderMarkdown(page), html);
  // A formula on its own (no page) has no allowance to spend.
  assert.match(texToHtml('x+'.repeat(4999) + 'y', false), /^<span class="katex">/);
});

test('hostile TeX: sizes over 50em are cut to 50em; negative kerns and raised boxes stay inside the formula (the page style keeps them off the header)', () => {
  assert.match(texToHtml('\\rule{100em}{100em}', false), /border-right-width:50em;border-top-width:50em/);
  const kern = texToHtml('\\kern{-1000em}x', false);
  assert.match(kern, /^<span class="katex">.*margin-right:-1000em.*<\/span>$/s);
  const raised = texToHtml('\\raisebox{40em}{\\hspace{-20em}\\text{hi}}', false);
  assert.match(raised, /^<span class="katex">.*top:-43em.*<\/span>$/s);
  // Nothing but KaTeX's spans in what is drawn, and no positioning of the TeX's own.
  for (const html of [kern, raised]) {
    const drawn = html.slice(html.indexOf('<span class="katex-html"'));
    assert.deepEqual([...new Set(drawn.match(/<\/?[a-z]+/g))], ['<span', '</span'], html);
    assert.doesNotMatch(html, /position:/, html);
  }
});

test('chemistry: \\ce from <chem> and <ce> through the mhchem extension', () => {
  const { markdown } = convertPage('<chem>2H2 + O2 -> 2H2O</chem> and <ce>H2O</ce>', { title: 'T', site: 'zh' });
  const html = renderMarkdown(markdown);
  assert.equal(html.match(/class="katex"/g)?.length, 2, html);
  assert.ok(!html.includes('math-source'), html);
  // mhchem writes the arrow as an extensible arrow and the counts as subscripts.
  assert.match(html, /<mo>→<\/mo>|xrightarrow|<mover>/);
});

test('maths the writer put in HTML (<code class="math">, <pre class="math">) is laid out too', () => {
  const html = renderMarkdown('<table><tr><td><code class="math">x &lt; y</code></td></tr></table>\n\n<div><pre class="math">a \\\\ b</pre></div>\n');
  assert.deepEqual(formulas(html), ['x < y', 'a \\\\ b']);
  assert.equal(displayed(html), 1);
  // Ordinary code keeps its element.
  assert.equal(renderMarkdown('`$x$` <code>a</code>\n'), '<p><code>$x$</code> <code>a</code></p>\n');
});

test('a control space ending the TeX is put back after trimming: Markdown from other writers may end a display formula with one', () => {
  const html = renderMarkdown('$$\nx\\ \n$$\n');
  assert.deepEqual(formulas(html), ['x\\ ']);
  assert.ok(!html.includes('math-source'), html);
});

test('texToHtml: empty TeX is nothing; display and inline differ', () => {
  assert.equal(texToHtml('  ', false), '');
  assert.notEqual(texToHtml('\\alpha', true), texToHtml('\\alpha', false));
});

test('texToHtml keeps what it laid out and answers from the cache; TeX over 4 KB is not kept', () => {
  const before = formulaCache.size;
  const html = texToHtml('\\beta_{cached}', true);
  assert.equal(formulaCache.size, before + 1);
  assert.equal(formulaCache.get('D\\beta_{cached}'), html);
  // What the cache holds is what comes back, without KaTeX.
  formulaCache.set('Iq_{planted}', '<b>from the cache</b>');
  assert.equal(texToHtml('q_{planted}', false), '<b>from the cache</b>');
  const size = formulaCache.size;
  const long = 'x+'.repeat(MAX_CACHED_TEX / 2) + 'y';
  assert.match(texToHtml(long, false), /class="katex"/);
  assert.equal(formulaCache.size, size);
  assert.equal(formulaCache.get('I' + long), undefined);
});

test('FormulaCache: the least recently used goes first; bounded in entries and in characters', () => {
  const cache = new FormulaCache(3, 100);
  cache.set('a', 'A'.repeat(10));
  cache.set('b', 'B'.repeat(10));
  cache.set('c', 'C'.repeat(10));
  assert.equal(cache.get('a'), 'A'.repeat(10)); // a is now the most recent
  cache.set('d', 'D'.repeat(10));
  assert.deepEqual(['a', 'b', 'c', 'd'].map((k) => cache.get(k) !== undefined), [true, false, true, true]);
  assert.equal(cache.size, 3);
  assert.equal(cache.characters, 33);
  // Looked up in that order, a is now the least recent: 80 more characters push out a (one entry
  // too many) and then c (still over 100 characters).
  cache.set('e', 'E'.repeat(79));
  assert.deepEqual(['a', 'c', 'd', 'e'].map((k) => cache.get(k) !== undefined), [false, false, true, true]);
  assert.equal(cache.characters, 91);
  // Replacing an entry counts it once; an entry larger than the whole cache is not kept.
  cache.set('d', 'd');
  assert.equal(cache.characters, 82);
  cache.set('huge', 'H'.repeat(100));
  assert.equal(cache.get('huge'), undefined);
  assert.equal(cache.size, 2);
});
