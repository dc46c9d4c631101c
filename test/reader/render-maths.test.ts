/**
 * TeX → HTML (render-maths.ts): KaTeX's layout, TeX it cannot read shown as its source, hostile
 * TeX kept harmless, mhchem, the writer's `<code class="math">` in HTML, the cache of laid-out
 * formulas.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdown } from '../../src/reader/render-markdown.js';
import { texToHtml } from '../../src/reader/render-maths.js';
import { convertPage } from '../../src/engine/convert.js';
import { displayed, formulas } from './helpers.js';

test('TeX KaTeX cannot read is shown as its source with the reason, and the page goes on', () => {
  const html = renderMarkdown('before $\\unknowncommand{x}$ after $y$\n\n$$\n\\frac{a\n$$\n');
  assert.match(html, /<code class="math-source" title="Not rendered: KaTeX parse error: Undefined control sequence: \\unknowncommand[^"]*">\\unknowncommand\{x\}<\/code> after <span class="katex">/);
  assert.match(html, /<pre class="math-source" title="[^"]*">\\frac\{a<\/pre>/);
  assert.deepEqual(formulas(html), ['y']);
});

test('hostile TeX: no link, no HTML through, macro expansion bounded', () => {
  const html = renderMarkdown('$\\href{javascript:alert(1)}{x}$ $`<script>alert(1)</script>`$ $`\\def\\a{\\a\\a}\\a`$\n');
  assert.ok(!/<a |<script|javascript:/.test(html.replace(/<annotation[^>]*>[^<]*<\/annotation>/g, '').replace(/title="[^"]*"/g, '')), html);
  assert.ok(!html.includes('<script'), html);
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

test('texToHtml: empty TeX is nothing; the same formula twice gives the same HTML', () => {
  assert.equal(texToHtml('  ', false), '');
  assert.equal(texToHtml('\\alpha', true), texToHtml('\\alpha', true));
  assert.notEqual(texToHtml('\\alpha', true), texToHtml('\\alpha', false));
});
