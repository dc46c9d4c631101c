/**
 * The maths GitHub reads in Markdown (markdown-maths.ts): the forms the writer produces (`$x$`,
 * `` $`x`$ ``, `$$` blocks, ```` ```math ```` fences) found and laid out; dollars of the text left
 * alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdown, renderPage } from '../../src/reader/render-markdown.js';
import { convertPage } from '../../src/engine/convert.js';
import { displayed, formulas } from './helpers.js';

test('inline $…$ and $`…`$ are laid out, with their TeX kept for copying and screen readers', () => {
  const html = renderMarkdown('勾股定理写作 $a^2 + b^2 = c^2$，积分 $`\\int_a^b f(x)\\,dx`$ 存在。\n');
  assert.deepEqual(formulas(html), ['a^2 + b^2 = c^2', '\\int_a^b f(x)\\,dx']);
  assert.equal(displayed(html), 0);
  assert.match(html, /<span class="katex"><span class="katex-mathml"><math/);
  assert.ok(!html.includes('$'), html);
  assert.match(html, /^<p>勾股定理写作 <span class="katex">/);
  assert.match(html, /<\/span>，积分 <span class="katex">/);
});

test('the backtick form: longer fences, padding stripped, Markdown characters inside untouched', () => {
  assert.deepEqual(formulas(renderMarkdown('$``a`b``$ and $` `x` `$ and $`a_1 * b_2 * [c]`$\n')), ['a`b', '`x`', 'a_1 * b_2 * [c]']);
});

test('dollars of the text stay text: escaped, before a space, after a letter, before a digit, unpaired', () => {
  for (const md of ['It costs \\$5 or \\$6.', 'US$ 100', 'a$x$ b', '$x$1 and more', 'a lone $x', 'PHP: ($)', 'two $ 5 and 6 $']) {
    const { html, maths } = renderPage(md + '\n');
    assert.equal(maths, false, `${md} → ${html}`);
    assert.ok(!html.includes('class="katex'), `${md} → ${html}`);
    assert.equal(formulas(html).length, 0, md);
  }
  assert.equal(renderMarkdown('It costs \\$5 or \\$6.\n'), '<p>It costs $5 or $6.</p>\n');
});

test('the first $ after an opening one decides: when it cannot close, the opening $ stays text and that $ may open its own', () => {
  assert.deepEqual(formulas(renderMarkdown('$a $b$\n')), ['b']);
  assert.deepEqual(formulas(renderMarkdown('$a$b and $c$\n')), ['c']);
});

test('maths right after emphasis or punctuation, and a backslash-escaped dollar inside', () => {
  assert.deepEqual(formulas(renderMarkdown('*$x$* （ $y$） **$z^2$**<!-- -->是 $\\sqrt{\\$4}$\n')), ['x', 'y', 'z^2', '\\sqrt{\\$4}']);
});

test('$$ lines and ```math fences are display maths; a $$ with no closing line is text', () => {
  const html = renderMarkdown('欧拉恒等式：\n\n$$\ne^{i\\pi} + 1 = 0\n$$\n\n```math\na_1 * b\n```\n\n$$\nnot closed\n');
  assert.deepEqual(formulas(html), ['e^{i\\pi} + 1 = 0', 'a_1 * b']);
  assert.equal(displayed(html), 2);
  assert.match(html, /<p>\$\$\nnot closed<\/p>/);
  // Inside a list item and a quote too.
  assert.equal(displayed(renderMarkdown('- item\n\n  $$\n  x\n  $$\n\n> $$\n> y\n> $$\n')), 2);
});

test('MediaWiki maths through the converter: <math>, display, texvc macros, a trailing control space', () => {
  const wikitext = '设<math>x\\in\\R</math>是实数。\n:<math>\\frac{a}{b}</math>\n\n<math display=block>a_1 * b</math>\n\n圆：<math>x^2 + y^2 = r^2. \\!\\ </math>';
  const html = renderMarkdown(convertPage(wikitext, { title: 'T', site: 'zh' }).markdown);
  // The writer drops a trailing control space whole (writer/code.ts), backslash and all.
  assert.deepEqual(formulas(html), ['x\\in\\R', '\\frac{a}{b}', 'a_1 * b', 'x^2 + y^2 = r^2. \\!']);
  assert.equal(displayed(html), 2);
  assert.ok(!html.includes('math-source'), html);
});

test('a heading with maths: its anchor counts the TeX, as the writer\'s section links do', () => {
  const { markdown } = convertPage('== Рівняння <math>x^2</math> кола ==\nтекст\n\n[[#Рівняння x^2 кола|посилання]]', { title: 'T', site: 'uk' });
  const html = renderMarkdown(markdown);
  const target = /href="#([^"]+)"/.exec(html)?.[1];
  assert.ok(target, html);
  assert.match(html, new RegExp(`<h2 id="${decodeURIComponent(target)}">`));
});

test("maths in a picture's alt text stays there as its TeX (an alt is plain text)", () => {
  assert.match(renderMarkdown('![图 $x^2$ 的曲线](x.png)\n'), /<img src="x.png" alt="图 x\^2 的曲线">/);
  assert.match(renderMarkdown('文字 ![$`a < b`$](y.png)\n'), /<img src="y.png" alt="a &lt; b">/);
  // A captioned picture still has its alt emptied: the caption holds the same maths.
  assert.match(renderMarkdown('![图 $x^2$ 的曲线](x.png)<br />\n图 $x^2$ 的曲线\n'), /<p class="captioned"><img src="x.png" alt=""><br \/>\n图 <span class="katex">/);
});

test('renderPage says whether the page holds laid-out maths, from its Markdown or its HTML', () => {
  assert.equal(renderPage('text, `$x$` in code\n').maths, false);
  assert.equal(renderPage('inline $x$\n').maths, true);
  assert.equal(renderPage('$$\nx\n$$\n').maths, true);
  assert.equal(renderPage('```math\nx\n```\n').maths, true);
  assert.equal(renderPage('<div><code class="math">x</code></div>\n').maths, true);
  assert.equal(renderPage('$\\unknowncommand$\n').maths, true, 'its source is shown instead, still maths');
});

test('a $$ line may end in spaces or tabs and may interrupt a paragraph; $$ followed by anything else opens nothing', () => {
  assert.equal(displayed(renderMarkdown('$$  \nx\n$$\t\n')), 1);
  const html = renderMarkdown('text\n$$\ny^2\n$$\nmore\n');
  assert.equal(displayed(html), 1);
  assert.match(html, /^<p>text<\/p>\n<div class="math-display">/);
  assert.equal(displayed(renderMarkdown('$$x\ny\n$$\n')), 0);
  assert.equal(displayed(renderMarkdown('$$\ny\n$$ z\n')), 0);
});
