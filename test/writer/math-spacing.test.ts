/**
 * Inline maths glued to text. GitHub renders `$…$` (and `` $`…`$ ``) only when the opening `$`
 * stands after whitespace or at a line start, and `$…$` only when the closing `$` is not followed
 * by a letter or digit (github/markup#1742, #1644; `设$x$是` shows the raw TeX on GitHub). The
 * wiki writes `设<math>x</math>是`, so the writer puts a space where GitHub needs one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Inline } from '../../src/ast/nodes.js';
import { writeMarkdown } from '../../src/writer/markdown.js';
import { cell, doc, link, math, p, ref, strong, t, table, th } from './helpers/tree.js';
import { renderMarkdownIt, renderMicromark } from './helpers/parseback.js';

const para = (...children: Inline[]): string => writeMarkdown(doc(p(...children)));

test('a space before maths glued to a letter, a CJK or an ASCII punctuation mark', () => {
  assert.equal(para(t('设'), math('\\mathcal{P}'), t('是复数域'), math('\\mathbb{C}'), t('的子集。')), '设 $\\mathcal{P}$ 是复数域 $\\mathbb{C}$ 的子集。\n');
  assert.equal(para(t('記号 '), math('e'), t('、'), math('\\epsilon'), t('、'), math('\\Lambda'), t('）')), '記号 $e$、 $\\epsilon$、 $\\Lambda$）\n');
  assert.equal(para(t('「連結」'), math('L_{1} L_{2}'), t(' は')), '「連結」 $`L_{1} L_{2}`$ は\n');
  assert.equal(para(t('a/'), math('\\varnothing'), t('/b')), 'a/ $\\varnothing$/b\n');
});

test('a space after $…$ only before a letter or digit; nothing where space or punctuation stands', () => {
  assert.equal(para(math('x'), t('a, '), math('y'), t('1 '), math('z'), t('. '), math('w'), t('，')), '$x$ a, $y$ 1 $z$. $w$，\n');
  // The $`…`$ form ends in a backtick: GitHub reads it before letters too.
  assert.equal(para(t('文 '), math('a_1'), t('的')), '文 $`a_1`$的\n');
  assert.equal(para(t('a '), math('x'), t(' b')), 'a $x$ b\n');
});

test('two formulas in a row are kept apart', () => {
  assert.equal(para(math('\\alpha'), math('\\beta')), '$\\alpha$ $\\beta$\n');
});

test('after other nodes: a footnote marker, a link, a bold span', () => {
  assert.equal(para(t('域'), ref('1'), math('\\mathbb{Q}'), t(' 中')), '域[^1] $\\mathbb{Q}$ 中\n');
  assert.equal(para(link('./a.md', t('有理数')), math('\\mathbb{Q}'), t(' x')), '[有理数](./a.md) $\\mathbb{Q}$ x\n');
  assert.equal(para(strong(t('粗')), math('x'), t(' y')), '**粗** $x$ y\n');
});

test('a line-start marker before the space gets its backslash', () => {
  // `1.` then a space would start an ordered list.
  assert.equal(para(t('1.'), math('x'), t(' y')), '1\\. $x$ y\n');
  assert.equal(para(t('-'), math('x'), t(' y')), '\\- $x$ y\n');
  for (const md of [para(t('1.'), math('x'), t(' y')), para(t('-'), math('x'), t(' y'))]) {
    assert.match(renderMarkdownIt(md), /^<p>/);
    assert.match(renderMicromark(md), /^<p>/);
  }
});

test('maths in table cells and headings follow the same rule', () => {
  const out = writeMarkdown(doc(table([[th([t('a')])], [cell([t('半径'), math('r'), t('的圆')])]])));
  assert.equal(out, '| a |\n| --- |\n| 半径 $r$ 的圆 |\n');
  assert.equal(writeMarkdown(doc({ type: 'heading', level: 2, children: [t('数域'), math('K')] })), '## 数域 $K$\n');
});
