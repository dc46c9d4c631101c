import { test } from 'node:test';
import assert from 'node:assert/strict';
import { githubAnchor, gluedMathsText, hasInlineMaths, headingText, headingTexts, linkAnchor, nameSections, slug } from '../../src/writer/anchors.js';
import { code, link, strong, t } from './helpers/tree.js';

test('GitHub heading slugs: lower case, punctuation out, spaces to hyphens, CJK kept', () => {
  assert.equal(slug('Hello, World!'), 'hello-world');
  assert.equal(slug('历史'), '历史');
  assert.equal(slug('生平与著作（早年）'), '生平与著作早年');
  assert.equal(slug('C++ and C#'), 'c-and-c');
  assert.equal(slug('snake_case - dash'), 'snake_case---dash');
  assert.equal(slug('Émile Zola'), 'émile-zola');
  assert.equal(slug('1.2 版本'), '12-版本');
  assert.equal(slug('日本語の見出し'), '日本語の見出し');
  assert.equal(slug('한국어 제목'), '한국어-제목');
  assert.equal(slug('Історія'), 'історія');
});

test('duplicates are numbered in page order', () => {
  const seen = new Map<string, number>();
  assert.deepEqual(['参考文献', '参考文献', 'A', 'a', '参考文献-1', '参考文献'].map((x) => githubAnchor(x, seen)), ['参考文献', '参考文献-1', 'a', 'a-1', '参考文献-1-1', '参考文献-2']);
});

test('heading text as GitHub reads it', () => {
  assert.equal(headingText([t('A '), strong(t('bold')), t(' '), link('./x.md', t('link')), t(' '), code('c')]), 'A bold link c');
});

test('the wiki text of a heading whose maths the writer spaces out', () => {
  const m = (value: string) => ({ type: 'math' as const, value, display: false, chem: false });
  assert.equal(gluedMathsText(headingTexts([t('方程'), m('x^2'), t('的解')])), '方程x^2的解');
  assert.equal(gluedMathsText(headingTexts([m('x'), t('の値')])), 'xの値');
  assert.equal(gluedMathsText(headingTexts([strong(t('设')), m('n')])), '设n');
  // Spaced already, or followed by punctuation at the start: GitHub's anchor is the same.
  assert.equal(gluedMathsText(headingTexts([t('A '), m('\\alpha'), t(' b')])), null);
  assert.equal(gluedMathsText(headingTexts([m('f(x)'), t('、函数')])), null);
  assert.equal(gluedMathsText(headingTexts([t('没有公式')])), null);
  // The writer's rule (inline-join.ts): no space after a formula followed by a span or a link, or
  // in the `$`…`$` form; none before one opening a span; maths in a link label is text. GitHub's
  // own anchor is then the wiki's, and a second one would repeat it.
  assert.equal(gluedMathsText(headingTexts([m('x'), strong(t('abc'))])), null);
  assert.equal(gluedMathsText(headingTexts([t('a'), m('x'), link('./x.md', t('abc'))])), 'axabc');
  assert.equal(gluedMathsText(headingTexts([t('abc'), strong(m('x'))])), null);
  assert.equal(gluedMathsText(headingTexts([link('./x.md', t('ab'), m('x')), t('c')])), null);
  assert.equal(gluedMathsText(headingTexts([t('a'), m('x_*'), t('b')])), 'ax_*b');
  assert.equal(gluedMathsText(headingTexts([m('x_*'), t('b')])), null);
  assert.equal(gluedMathsText(headingTexts([strong(m('x'), t('abc'))])), 'xabc');
  assert.equal(hasInlineMaths([t('a'), strong(m('x'))]), true);
  assert.equal(hasInlineMaths([t('a'), code('x')]), false);
});

test('a heading as written and as on the wiki; the anchor a link naming a heading points at', () => {
  const m = (value: string) => ({ type: 'math' as const, value, display: false, chem: false });
  assert.deepEqual(headingTexts([t('设'), m('x'), t('  的值 ')]), { spaced: '设 x 的值', glued: '设x 的值' });
  assert.deepEqual(headingTexts([t('没有公式')]), { spaced: '没有公式', glued: '没有公式' });
  // The fragment's `_` are spaces (`[[#设x_2]]`), so the wiki's second 设x is found at 设x-2.
  assert.equal(linkAnchor('设x_2'), '设x-2');
  assert.equal(linkAnchor(' A_b  c '), 'a-b-c');
});

test("a page's own sections: the wiki's ids of repeated headings → GitHub's anchors", () => {
  const plain = (...texts: string[]) => nameSections(texts.map((x) => ({ texts: { spaced: x, glued: x }, source: x, maths: false, anchored: true }))).anchors;
  const page = plain('历史', '概要', '历史', '历史');
  assert.equal(linkAnchor('历史', page), '历史');
  assert.equal(linkAnchor('历史 2', page), '历史-1');
  assert.equal(linkAnchor('历史_3', page), '历史-2');
  // No fourth 历史: the wiki's link lands nowhere, and so does ours (the plain slug).
  assert.equal(linkAnchor('历史_4', page), '历史-4');
  // The wiki's ids are unique case-insensitively (`Foo Bar` after `Foo bar` is `Foo_Bar_2`);
  // GitHub's slugs are lower-case.
  const cased = plain('Foo bar', 'Foo Bar');
  assert.equal(linkAnchor('Foo_Bar_2', cased), 'foo-bar-1');
  assert.equal(linkAnchor('Foo bar', cased), 'foo-bar');
  // A heading literally called `Headline 2` keeps that id; the repeat after it takes `_2_2`
  // (MediaWiki parser test "TOC anchors don't collide").
  const literal = plain('Headline 2', 'Headline', 'Headline 2', 'Headline');
  assert.deepEqual([...literal.exact], [['Headline_2', 'headline-2'], ['Headline', 'headline'], ['Headline_2_2', 'headline-2-1'], ['Headline_3', 'headline-1']]);
  // Different texts GitHub slugs alike: `C#` is `c-1` there, `C#` on the wiki.
  assert.equal(linkAnchor('C#', plain('C++', 'C#')), 'c-1');
  // Without the page's headings (a link to another page) the slug of the text.
  assert.equal(linkAnchor('历史_2'), '历史-2');
});

test('a heading with maths takes its GitHub anchor but no wiki id', () => {
  const { anchors: page, mathsAnchors } = nameSections([
    { texts: { spaced: 'A x', glued: 'Ax' }, source: 'Ax', maths: true, anchored: true },
    { texts: { spaced: 'Ax', glued: 'Ax' }, source: 'Ax', maths: false, anchored: true },
  ]);
  assert.equal(linkAnchor('Ax', page), 'ax');
  assert.equal(page.exact.size, 1);
  // Its extra anchor `ax` would be the second heading's GitHub anchor: left out.
  assert.deepEqual(mathsAnchors, [null, null]);
  // Repeated headings with maths: `-2` for the second, as the link side reads `_2`.
  const twice = nameSections([
    { texts: { spaced: 'A x', glued: 'Ax' }, source: 'Ax', maths: true, anchored: true },
    { texts: { spaced: 'A x', glued: 'Ax' }, source: 'Ax', maths: true, anchored: true },
  ]);
  assert.deepEqual(twice.mathsAnchors, ['ax', 'ax-2']);
});

test("the wiki folds only A–Z when it numbers ids (PHP strtolower); a link's id is looked up as written first", () => {
  const plain = (...texts: string[]) => nameSections(texts.map((x) => ({ texts: { spaced: x, glued: x }, source: x, maths: false, anchored: true }))).anchors;
  // uk: two ids on the wiki, `Історія` and `історія`; GitHub's slugs are `історія` and `історія-1`.
  const uk = plain('Історія', 'історія');
  assert.deepEqual([...uk.exact], [['Історія', 'історія'], ['історія', 'історія-1']]);
  assert.equal(linkAnchor('історія', uk), 'історія-1');
  assert.equal(linkAnchor('Історія', uk), 'історія');
  // Latin letters collide: `See also` after `See Also` is `See_also_2`.
  const latin = plain('See Also', 'See also');
  assert.equal(linkAnchor('See_also_2', latin), 'see-also-1');
  assert.equal(linkAnchor('See_Also', latin), 'see-also');
  // A link in another case finds the heading folded (the first of that folded id).
  assert.equal(linkAnchor('see_also', latin), 'see-also');
  assert.equal(linkAnchor('SEE_ALSO_2', latin), 'see-also-1');
});
