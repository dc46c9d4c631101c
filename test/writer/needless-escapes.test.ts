/**
 * Characters left bare because no reader can misread them where they stand, class by class.
 * Each case gives the exact Markdown and checks that markdown-it and micromark render it to the
 * same HTML as the fully escaped form the writer used to print (so nothing changed meaning).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Inline } from '../../src/ast/nodes.js';
import { escapeText, F_LABEL, F_LINE } from '../../src/writer/escape.js';
import { writeMarkdown } from '../../src/writer/markdown.js';
import { cell, doc, em, ext, img, link, p, ref, refs, strong, t, table, th } from './helpers/tree.js';
import { renderMarkdownIt, renderMicromark } from './helpers/parseback.js';

const flow = (s: string, lineStart = true): string => escapeText(s, 0, lineStart).text;
const para = (...children: Inline[]): string => writeMarkdown(doc(p(...children)));

/** `bare` reads exactly as `escaped` in both readers. */
function sameAsEscaped(bare: string, escaped: string): void {
  assert.notEqual(bare, escaped);
  assert.equal(renderMarkdownIt(bare), renderMarkdownIt(escaped), 'markdown-it');
  assert.equal(renderMicromark(bare), renderMicromark(escaped), 'micromark');
}

test('a bracket pair at the end of a text, before another node, stays bare', () => {
  const out = para(t('年表 [1998年]'), ref('1'), t(' 和 [2000年]'), link('./a.md', t('a')), t(' [x]'), strong(t('b')));
  assert.equal(out.split('\n')[0], '年表 [1998年][^1] 和 [2000年][a](./a.md) [x]**b**');
  sameAsEscaped(out, out.replace('年表 [', '年表 \\[').replace('和 [', '和 \\[').replace(' [x]', ' \\[x]'));
  // Inside a text a following `[` is harmless too: `[c][d]` is no reference without a definition.
  assert.equal(flow('见 [c][d] 和 [e]: f', false), '见 [c][d] 和 [e]: f');
  sameAsEscaped('见 [c][d] 和 [e]: f\n', '见 \\[c]\\[d] 和 \\[e]: f\n');
});

test('a bare pair followed by a ( from the next node gets the ( escaped', () => {
  // An image in link text leaves its caption as text, a separate part that may start with `(`.
  const out = para(link('./a.md', t('a [x]'), img('F.png', 'https://u/f.png', { format: 'thumb', caption: [t('(y)')] })));
  assert.equal(out, '[a [x]\\(y)](./a.md)\n');
  assert.equal((renderMarkdownIt(out).match(/<a /g) ?? []).length, 1);
  assert.equal((renderMicromark(out).match(/<a /g) ?? []).length, 1);
});

test('still escaped: links, images, footnotes, definitions and task boxes', () => {
  assert.equal(flow('a [x](y) !', false), 'a \\[x](y) !');
  assert.equal(flow('a ![x] b ^[y] c [^z] d', false), 'a !\\[x] b ^\\[y] c \\[^z] d');
  assert.equal(flow('[x]: y'), '\\[x]: y');
  assert.equal(flow('[ ] a\n[x] b\n[X] c'), '\\[ ] a\n\\[x] b\n\\[X] c');
  // At a line start a pair ending the text could meet a `:` from the next node.
  assert.equal(flow('[x]'), '\\[x]');
  assert.equal(flow('[1998年] 年'), '[1998年] 年');
  assert.equal(flow('a [b [c] d] e', false), 'a \\[b [c] d] e');
});

test('[[x]]: one directly nested pair stays bare (its outer label holds brackets)', () => {
  assert.equal(flow('转载 [[de:Bild:Bohrer.jpg]] 自', false), '转载 [[de:Bild:Bohrer.jpg]] 自');
  sameAsEscaped('转载 [[de:Bild:Bohrer.jpg]] 自\n', '转载 \\[\\[de:Bild:Bohrer.jpg]] 自\n');
  assert.equal(flow('a [[x]](y) [[^z]] [[x] ]', false), 'a \\[[x]](y) \\[\\[^z]] \\[[x] ]');
});

test('brackets pair up in link text and image alt', () => {
  const out = para(ext('http://e.org/1', 'numbered', t('[1]')), t(' '), link('./a.md', t('x [y] z]')));
  assert.equal(out, '[[1]](http://e.org/1) [x [y] z\\]](./a.md)\n');
  sameAsEscaped(out, '[\\[1\\]](http://e.org/1) [x \\[y\\] z\\]](./a.md)\n');
  assert.equal(escapeText('[[a]] [b](c) ]', F_LINE | F_LABEL, false).text, '[[a]] \\[b\\](c) \\]');
  const alt = para(img('F.png', 'https://u/f.png', { alt: 'IPA [pjì]' }));
  assert.equal(alt, '![IPA [pjì]](https://u/f.png)\n');
  // markdown-it drops backslash-escaped characters from alt text; micromark keeps them.
  assert.equal(renderMicromark(alt), renderMicromark('![IPA \\[pjì\\]](https://u/f.png)\n'));
  assert.match(renderMarkdownIt(alt), /alt="IPA \[pjì\]"/);
});

test('a list marker completed only by the end of a text stays bare before a link', () => {
  const out = writeMarkdown(doc(p(t('3.'), link('./a.md', t('輪島市'))), p(t('- '), link('./b.md', t('b'))), p(t('#'), link('./c.md', t('c')))));
  assert.equal(out, '3.[輪島市](./a.md)\n\n\\- [b](./b.md)\n\n#[c](./c.md)\n');
  sameAsEscaped(out, '3\\.[輪島市](./a.md)\n\n\\- [b](./b.md)\n\n\\#[c](./c.md)\n');
  // Before a span that moves a space out, or at the end of the paragraph, it is escaped.
  assert.equal(para(t('3.'), strong(t(' b'))), '3\\. **b**\n');
  assert.equal(para(t('x'), { type: 'break' }, t('12)')), 'x<br />\n12\\)\n');
  assert.equal(para(t('5)'), em(t('x'))), '5)*x*\n');
});

test('on a paragraph continuation line only 1. or 1) can start a list', () => {
  assert.equal(flow('a\n3. b\n1. c\n01) d'), 'a\n3. b\n1\\. c\n01\\) d');
  sameAsEscaped('a\n3. b\n', 'a\n3\\. b\n');
  // First in a paragraph any number starts a list.
  assert.equal(flow('3. b'), '3\\. b');
});

test('a footnote marker followed by : is escaped only at a line start', () => {
  const out = writeMarkdown(doc(p(t('так'), ref('1'), t(': англ.')), refs(['1', [p(t('n'))]])));
  assert.equal(out.split('\n')[0], 'так[^1]: англ.');
  sameAsEscaped(out, out.replace('[^1]: англ', '[^1]\\: англ'));
});

test('a * run that can only close stays bare outside spans', () => {
  assert.equal(flow('Муллер (* 1933) і (*1984) a** b', false), 'Муллер (* 1933) і (\\*1984) a** b');
  sameAsEscaped('Муллер (* 1933) і (\\*1984) a** b\n', 'Муллер (\\* 1933) і (\\*1984) a\\*\\* b\n');
  // Inside a span it would close the span: escaped.
  const out = para(em(t('x (* 1) y')));
  assert.equal(out, '*x (\\* 1) y*\n');
  // In link text inside a span it cannot reach the span's opener.
  const linked = para(strong(t('a '), link('./a.md', t('b (* 1)')), t(' c')));
  assert.equal(linked, '**a [b (* 1)](./a.md) c**\n');
  sameAsEscaped(linked, '**a [b (\\* 1)](./a.md) c**\n');
});

test('pipe-table cells are unaffected by line-start rules', () => {
  const out = writeMarkdown(doc(table([[th([t('a')])], [cell([t('[x] 3.')])]])));
  assert.equal(out, '| a |\n| --- |\n| [x] 3. |\n');
});

test('the only *, _, ~ run of a whole paragraph, heading, cell, link text or alt stays bare', () => {
  const out = writeMarkdown(doc(p(t('Σ* の 313~314頁 (^_^) 5 * 2')), table([[th([t('a')])], [cell([t('74**')])]])));
  assert.equal(out, 'Σ* の 313~314頁 (^_^) 5 * 2\n\n| a |\n| --- |\n| 74** |\n');
  // `~` and `_` are the only runs of their kind; of the two `*` runs, ` * ` is neither left- nor
  // right-flanking and `Σ*` can only close.
  sameAsEscaped(out, 'Σ\\* の 313\\~314頁 (^\\_^) 5 * 2\n\n| a |\n| --- |\n| 74\\*\\* |\n');
  assert.equal(para(link('./a.md', t('Jewel*mariee'))), '[Jewel*mariee](./a.md)\n');
  assert.equal(para(img('F.png', 'https://u/f.png', { alt: '* 修道院' })), '![* 修道院](https://u/f.png)\n');
  // Two runs in the scope, or a run inside a span, stay escaped.
  assert.equal(para(t('a*b c*d')), 'a\\*b c\\*d\n');
  assert.equal(para(t('x'), strong(t('(*1)'))), 'x<!-- -->**(\\*1)**\n');
  // First on a line it would start a list or a rule.
  assert.equal(para(t('* a')), '\\* a\n');
  assert.equal(para(t('___')), '\\_\\_\\_\n');
});

test('the only $ of a whole paragraph or heading stays bare: maths needs two', () => {
  assert.equal(para(t('$3055 на душу')), '$3055 на душу\n');
  assert.equal(para(t('$5 or $6')), '\\$5 or \\$6\n');
  // The only $ of a paragraph made of several nodes too, wherever the others stand.
  assert.equal(para(t('вартістю $100 млрд '), link('./a.md', t('a'))), 'вартістю $100 млрд [a](./a.md)\n');
  assert.equal(para(t('$100 '), link('./a$.md', t('a'))), '\\$100 [a](./a$.md)\n');
  assert.equal(para(t('$100 '), strong(t('5$'))), '\\$100 **5\\$**\n');
  // Not in table cells or link text.
  assert.equal(writeMarkdown(doc(table([[th([t('$3')])]]))), '| \\$3 |\n| --- |\n');
  assert.equal(para(link('./a.md', t('$3'))), '[\\$3](./a.md)\n');
});

test('the only * run of a scope made of several nodes stays bare too', () => {
  const out = para(t('філософ (*'), link('./1854.md', t('1854')), t(').'));
  assert.equal(out, 'філософ (*[1854](./1854.md)).\n');
  sameAsEscaped(out, 'філософ (\\*[1854](./1854.md)).\n');
  // A * in link text is in a scope of its own and does not count.
  assert.equal(para(t('(*'), link('./a.md', t('S*CREW'))), '(*[S*CREW](./a.md)\n');
  // Another run, a span or inline HTML holding a * keeps it escaped.
  assert.equal(para(t('(*'), link('./a.md', t('a')), t(' b*c')), '(\\*[a](./a.md) b\\*c\n');
  assert.equal(para(t('(*'), link('./a.md', t('a')), em(t('b'))), '(\\*[a](./a.md)*b*\n');
  assert.equal(para(t('N*'), { type: 'htmlInline', tag: 'sup', attrs: {}, children: [t('*')] }), 'N\\*<sup>\\*</sup>\n');
  // Not first on a line, where it would start a list item.
  assert.equal(para(t('a'), { type: 'break' }, t('* b '), link('./a.md', t('a'))), 'a<br />\n\\* b [a](./a.md)\n');
});

test('texts alone in a scope are one run: a paragraph of two text nodes (a zh line join) escapes as one text would', () => {
  // The parser keeps 甲 and 软_… apart at a line join (ast/line-joins.ts); the only `_` pairs with nothing.
  assert.equal(para(t('甲'), t('软_，a甲]] 甲]')), '甲软_，a甲]] 甲]\n');
  assert.equal(para(t('甲软_，a甲]] 甲]')), '甲软_，a甲]] 甲]\n');
  sameAsEscaped('甲软_，a甲]] 甲]\n', '甲软\\_，a甲]] 甲]\n');
  // Two `_` in the scope still can pair: escaped, as in one text.
  assert.equal(para(t('甲_'), t('乙_')), para(t('甲_乙_')));
  assert.equal(para(t('甲 _'), t('乙_ 丙')), '甲 \\_乙\\_ 丙\n');
});
