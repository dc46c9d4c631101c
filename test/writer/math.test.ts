import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeMarkdown } from '../../src/writer/markdown.js';
import { doc, math, p, t } from './helpers/tree.js';
import { renderMarkdownIt } from './helpers/parseback.js';
import type { Block } from '../../src/ast/nodes.js';
import { assertLinear } from '../helpers/linear.js';

const md = (...b: Block[]): string => writeMarkdown(doc(...b));

test('inline maths: $…$ when nothing inside is Markdown', () => {
  assert.equal(md(p(t('质能 '), math('E=mc^2'), t(' 关系'))), '质能 $E=mc^2$ 关系\n');
  assert.equal(md(p(math('\\alpha + \\beta'))), '$\\alpha + \\beta$\n');
});

test("inline maths: GitHub's $`…`$ form when the TeX holds Markdown characters, spaces at the edges or $", () => {
  assert.equal(md(p(math('a_1 + b_2'))), '$`a_1 + b_2`$\n');
  assert.equal(md(p(math('\\{x\\}'))), '$`\\{x\\}`$\n');
  assert.equal(md(p(math('a*b'))), '$`a*b`$\n');
  assert.equal(md(p(math('\\text{$5}'))), '$`\\text{$5}`$\n');
  assert.equal(md(p(math('x `y` z'))), '$``x `y` z``$\n');
  assert.equal(md(p(math('  x  '))), '$x$\n');
  assert.equal(md(p(math(''))), '');
});

test("a control space (`\\ `) ending a formula goes whole: the trim would leave a lone backslash GitHub's renderer rejects", () => {
  // uk Коло: `<math>r^2. \!\ </math>`.
  assert.equal(md(p(math('r^2. \\!\\ '))), '$`r^2. \\!`$\n');
  assert.equal(md(p(math('x\\ '))), '$x$\n');
  // Several in a row all go: the trim after the first leaves the next backslash alone at the end.
  assert.equal(md(p(math('a = b \\ \\ '))), '$a = b$\n');
  assert.equal(md(p(math('x\\ \\ \\ '))), '$x$\n');
  assert.equal(md({ type: 'mathBlock', value: 'a = b \\ ', chem: false }), '$$\na = b\n$$\n');
  // An even run is TeX's line break (or an escaped backslash), not a control space: kept.
  assert.equal(md(p(math('a \\\\ '))), '$`a \\\\`$\n');
  assert.equal(md(p(math('a \\\\\\ '))), '$`a \\\\`$\n');
});

test('chemistry uses mhchem', () => {
  assert.equal(md(p(math('H2O', true))), '$\\ce{H2O}$\n');
  assert.equal(md(p(math('A -> B', true))), '$`\\ce{A -> B}`$\n');
});

test('display maths: $$ lines when plain, a ```math block otherwise', () => {
  assert.equal(md({ type: 'mathBlock', value: 'E=mc^2', chem: false }), '$$\nE=mc^2\n$$\n');
  assert.equal(md({ type: 'mathBlock', value: '\\sum_{i=1}^n i\n= \\frac{n(n+1)}{2}', chem: false }), '```math\n\\sum_{i=1}^n i\n= \\frac{n(n+1)}{2}\n```\n');
  assert.equal(md({ type: 'mathBlock', value: '- x', chem: false }), '```math\n- x\n```\n');
  assert.equal(md({ type: 'mathBlock', value: 'H2O', chem: true }), '$$\n\\ce{H2O}\n$$\n');
});

test('the TeX survives the code form byte for byte', () => {
  const tex = '\\frac{a_{1}}{b_{2}} \\, \\{*\\}';
  const html = renderMarkdownIt(md(p(math(tex))));
  assert.equal(html, `<p>$<code>${tex}</code>$</p>\n`);
});

test('inline maths: line breaks with their blanks become one space, long blank runs stay linear', () => {
  assert.equal(md(p(math('a  \n \r\n  b   c'))), '$a b   c$\n');
  assertLinear('blanks in inline maths', (k) => md(p(math('a' + ' '.repeat(k) + 'b'))), 20000);
});
