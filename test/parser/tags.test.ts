import { test } from 'node:test';
import assert from 'node:assert/strict';
import { b, blocks, br, dump, html, i, inl, t } from './util.js';
import { assertLinear } from '../helpers/linear.js';

test('allowed inline tags keep their meaning, attributes decoded', () => {
  assert.deepEqual(inl('a<sup>2</sup><span style="color:red" title="x&amp;y">r</span>'), [
    t('a'), html('sup', {}, t('2')), html('span', { style: 'color:red', title: 'x&y' }, t('r')),
  ]);
  assert.deepEqual(inl('<b>x</b><strong>y</strong><i>z</i><em>w</em>'), [b(t('x')), b(t('y')), i(t('z')), i(t('w'))]);
});

test('<code>/<tt> with plain text are inline code', () => {
  assert.deepEqual(inl('<code>a&lt;b</code> <tt>c</tt>'), [{ type: 'inlineCode', value: 'a<b' }, t(' '), { type: 'inlineCode', value: 'c' }]);
  assert.deepEqual(inl("<code>''x''</code>"), [html('code', {}, i(t('x')))]);
});

test('br variants', () => {
  assert.deepEqual(inl('a<br>b<br/>c<br />d</br>e<BR>f'), [t('a'), br(), t('b'), br(), t('c'), br(), t('d'), br(), t('e'), br(), t('f')]);
});

test('disallowed and unknown tags stay literal text', () => {
  assert.deepEqual(inl('<script>alert(1)</script><foo>x</foo>'), [t('<script>alert(1)</script><foo>x</foo>')]);
  assert.deepEqual(inl('a <iframe src="x"> b'), [t('a <iframe src="x"> b')]);
  assert.deepEqual(inl('1 < 2 > 0'), [t('1 < 2 > 0')]);
});

test('unclosed and misnested tags are closed sensibly', () => {
  assert.deepEqual(inl('<small>a'), [html('small', {}, t('a'))]);
  assert.deepEqual(inl('<span>a<small>b</span>c</small>'), [html('span', {}, t('a'), html('small', {}, t('b'))), html('small', {}, t('c'))]);
  // as HTML parsers do: closing the italic closes the span inside it; the stray </span> is dropped
  assert.deepEqual(inl("''a<span>b''c</span>"), [i(t('a'), html('span', {}, t('b'))), t('c')]);
  assert.deepEqual(inl('a</span>b'), [t('ab')]);
});

test('block tags: div, center, blockquote, p', () => {
  assert.equal(dump(blocks('<div class="x">\n* a\n</div>\ntext')), '<div {"class":"x"}>[UL(li(P("a")))] P("text")');
  assert.equal(dump(blocks('before<center>c</center>after')), 'P("before") <center>[P("c")] P("after")');
  assert.equal(dump(blocks('<blockquote>q\n\nr</blockquote>')), 'QUOTE(P("q") P("r"))');
  assert.equal(dump(blocks('a<p>b</p>c')), 'P("a") P("b") P("c")');
  assert.equal(dump(blocks('<div>unclosed')), '<div>[P("unclosed")]');
  assert.equal(dump(blocks('x</div>y')), 'P("x") P("y")');
});

test('a line holding a block tag starts apart from the paragraph above it, as MediaWiki\'s paragraph pass closes that paragraph first (pWrapping.txt "Multiple lines without block tags")', () => {
  assert.equal(dump(blocks('b\nc\nx <div>foo</div> z', 'en')), 'P("b c") P("x") <div>[P("foo")] P("z")');
  assert.equal(dump(blocks('Foo\nbar <center>baz</center>', 'en')), 'P("Foo") P("bar") <center>[P("baz")]');
  // Inline tags leave the paragraph whole.
  assert.equal(dump(blocks('a\nb <span>x</span>\nc', 'en')), 'P("a b " <span>("x") " c")');
});

test('entities are decoded; unknown ones stay', () => {
  assert.deepEqual(inl('&amp;&lt;&#x4E2D;&#25991;&nbsp;&foo;'), [t('&<中文\u00a0&foo;')]);
});

test('HTML5 names MediaWiki accepts (with their semicolon) are decoded, and its &rlm; aliases', () => {
  assert.deepEqual(inl('a&vert;b&NotEqualTilde;c&fjlig;d&CounterClockwiseContourIntegral;'), [t('a|b\u2242\u0338cfjd\u2233')]);
  assert.deepEqual(inl('x&\u05e8\u05dc\u05de;y&\u0631\u0644\u0645;z'), [t('x\u200fy\u200fz')]);
  // Without the semicolon, or not in the list: as written.
  assert.deepEqual(inl('&vert &amp &Vert; &xyzzy;'), [t('&vert &amp \u2016 &xyzzy;')]);
});

test('numeric references with leading zeros decode; CR and C1 controls stay as written', () => {
  assert.deepEqual(inl('&#x4A;&#x061;&#x0076;&#x00061;&#x000053;&#x0000063;&#114;&#x0000069;&#00000112;&#x0000000074;'), [t('JavaScript')]);
  assert.deepEqual(inl('a&#xD;b&#x80;c'), [t('a&#xD;b&#x80;c')]);
});

test('nowiki content is literal', () => {
  assert.deepEqual(inl("<nowiki>''[[x]]'' &amp;</nowiki>"), [t("''[[x]]'' &")]);
});

test('10k unclosed tags stay linear', () => {
  const out = inl('<span>'.repeat(10000) + 'x');
  assert.equal(out.length, 1);
  const out2 = inl('<b>x'.repeat(10000));
  assert.equal(out2.length, 1);
  assertLinear('unclosed <span>', (n) => inl('<span>'.repeat(n) + 'x'), 10000);
  assertLinear('unclosed <b>', (n) => inl('<b>x'.repeat(n)), 10000);
});

test('an unclosed formatting tag runs on through the following blocks until its close (HTML reconstructs it)', () => {
  assert.equal(dump(blocks('<b>Bold paragraph\n\nNew wiki paragraph')), 'P(B("Bold paragraph")) P(B("New wiki paragraph"))');
  assert.equal(dump(blocks('<div></div><strong>A\nB</strong>')), dump(blocks('<div></div>')) + ' P(B("A")) P(B("B"))');
  assert.equal(
    dump(blocks('<small>\n* x \n* y</small> z\n\nq')),
    'UL(li(P(<small>("x"))) li(P(<small>("y") " z"))) P("q")',
  );
  assert.equal(dump(blocks('<u>a\n\n== h ==\nb</u>c')), 'P(<u>("a")) H2(<u>("h")) P(<u>("b") "c")');
});

test('other tags end with their paragraph; table cells start without the carried tags', () => {
  assert.equal(dump(blocks('<span>a\n\nb')), 'P(<span>("a")) P("b")');
  assert.equal(dump(blocks("<b>a\n{|\n|c\n|}\nd")), 'P(B("a")) TABLE(tr(td(P("c")))) P(B("d"))');
  // A tag opened inside a cell does not leak out of it.
  assert.equal(dump(blocks("{|\n|<b>c\n|}\nd")), 'TABLE(tr(td(P(B("c"))))) P("d")');
});

test('stray formatting opens carried over many paragraphs stay bounded and linear', () => {
  const out = blocks('<b>x\n\n'.repeat(50));
  // At most three alike are carried (HTML's Noah's Ark): the last paragraph is bold four deep.
  assert.equal(dump([out[49]!]), 'P(B(B(B(B("x")))))');
  assertLinear('carried <b>', (n) => blocks('<b><i><u>x\n\n'.repeat(n)), 4000);
});

test('a [[ that cannot start a link ([[</td>) does not hide the block tags after it (wikiLinks.txt)', () => {
  assert.equal(
    dump(blocks('<table><td>[[</td><td>[[link]]</td><td>]]</td></table>', 'en')),
    'TABLE(tr(td(P("[[")) td(P(L[Link]("link"))) td(P("]]"))))',
  );
  // A real link's label may hold block tags: the line is not split inside it.
  assert.equal(dump(blocks('[[File:A.jpg|thumb|a <div>b</div> c]]', 'en')), 'P(IMG[A.jpg thumb]("a b c"))');
});

test('linear: many [[ that open no link before block tags on one line', () => {
  assertLinear('[[ then tags', (n) => blocks('x [[a <div>b</div> [[c|d '.repeat(n)), 2000);
});

test('<ol start="5"> counts its items from 5 (the Sanitizer keeps start on ol); one a Markdown list cannot count from stays at 1', () => {
  const start = (src: string) => (blocks(src)[0] as { start: number }).start;
  assert.equal(start('<ol start="5"><li>a</li><li>b</li></ol>'), 5);
  assert.equal(start('<ol start=" 0"><li>a</li></ol>'), 0);
  assert.equal(start('<ol><li>a</li></ol>'), 1);
  assert.equal(start('<ul start="5"><li>a</li></ul>'), 1);
  assert.equal(start('<ol start="-2"><li>a</li></ol>'), 1);
  assert.equal(start('<ol start="999999999"><li>a</li><li>b</li></ol>'), 1);
  assert.equal(start('<ol start="999999999"><li>a</li></ol>'), 999999999);
});
