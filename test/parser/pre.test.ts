import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';
import { blocks, dump, parse } from './util.js';
import { assertLinear } from '../helpers/linear.js';

test('leading space lines are preformatted with inline markup', () => {
  assert.equal(dump(blocks(" a ''b''\n  c\n\nd")), 'PRE("a " I("b") "\\n c") P("d")');
});

test('a whitespace-only line continues pre; an empty one ends it', () => {
  assert.equal(dump(blocks(' a\n \n b\n\n c')), 'PRE("a\\n\\nb") PRE("c")');
});

test('pre is blocked by block tags on the line and inside blockquote', () => {
  assert.equal(dump(blocks(' <div>x</div>')), '<div>[P("x")]');
  assert.equal(dump(blocks('<blockquote>\n a\n</blockquote>')), 'QUOTE(P("a"))');
  assert.equal(dump(blocks('<div>\n a\n</div>')), '<div>[PRE("a")]');
});

test('<pre> is literal text with entities decoded', () => {
  assert.equal(dump(blocks("<pre>\n''x'' &lt;b&gt; [[y]]\n</pre>")), 'CODEBLOCK[]("\'\'x\'\' <b> [[y]]")');
});

test('<pre format="wikitext"> (preTags.txt "Template pre"): quotes and links parsed, lines kept, nowiki literal', () => {
  assert.equal(
    dump(blocks("<pre format=\"wikitext\">\n'''123''' [[Test]]\n[https://g.com 123] <nowiki>''x'' [[y]]</nowiki>\n</pre>", 'en')),
    'PRE(B("123") " " L[Test]("Test") "\\n" X[labelled https://g.com]("123") " \'\'x\'\' [[y]]")',
  );
  const md = convertPage("{{#tag:pre|'''123'''\n[[Test]]|format=\"wikitext\"}}", { site: 'en', title: 'X' }).markdown;
  assert.equal(md, '<pre><b>123</b>&#10;<a href="https://en.wikipedia.org/wiki/Test">Test</a></pre>\n');
});

test('syntaxhighlight and source', () => {
  assert.equal(dump(blocks('<syntaxhighlight lang="Python">\nprint(1)\n</syntaxhighlight>')), 'CODEBLOCK[python]("print(1)")');
  assert.equal(dump(blocks('<source lang=c>x;</source>')), 'CODEBLOCK[c]("x;")');
  assert.equal(dump(blocks('a <syntaxhighlight lang=js inline>f()</syntaxhighlight> b')), 'P("a " CODE("f()") " b")');
});

test('no preformatted lines in the cells of a wiki table inside <blockquote> (T54763); outside it they stay', () => {
  assert.equal(
    dump(blocks('<blockquote>\n Blah\n{|\n|\n indented cell\n|}\n</blockquote>\n{|\n|\n indented cell\n|}')),
    'QUOTE(P("Blah") TABLE(tr(td(P("indented cell"))))) TABLE(tr(td(PRE("indented cell"))))',
  );
});

test('an unclosed <pre> is an HTML pre of parsed wikitext to the end, its lines kept (wtsTests.txt "Don\'t escape pre elements that fail to parse as extension tags")', () => {
  // MediaWiki's preprocessor leaves a <pre> without </pre> as text; the Sanitizer keeps it as an
  // element, and the tree builder closes it at the end.
  const { doc } = parse("a\n<pre>x ''y'' <span>z</span>\nnext [[c]]", { lang: 'en' });
  assert.equal(dump(doc), 'P("a") PRE("x " I("y") " " <span>("z") "\\n" "next " L[C]("c"))');
  // A closed one stays literal text.
  assert.equal(dump(blocks("<pre>''y''</pre>")), 'CODEBLOCK[]("\'\'y\'\'")');
});

test('long runs of blanks inside preformatted text and code tags stay linear (no /\\s+$/ retried from every blank)', () => {
  assert.equal(dump(blocks(' a   b  \n')), 'PRE("a   b")');
  assert.equal(dump(blocks('<pre>a   b \n\n</pre>')), 'CODEBLOCK[]("a   b")');
  assert.equal(dump(blocks('a <syntaxhighlight lang=c inline>f(  x)\n  g</syntaxhighlight>')), 'P("a " CODE("f(  x) g"))');
  assert.equal(dump(blocks('<poem>\n\na\nb\n\n</poem>')), dump(blocks('<poem>a\nb</poem>')));
  const blanks = (k: number) => ' '.repeat(k) + 'x';
  assertLinear('blanks in a preformatted line', (k) => blocks(blanks(k)), 20000);
  assertLinear('blanks in <pre>', (k) => blocks(`<pre>${blanks(k)}</pre>`), 20000);
  assertLinear('blanks in <pre format="wikitext">', (k) => blocks(`<pre format="wikitext">${blanks(k)}</pre>`), 20000);
  assertLinear('blanks in <syntaxhighlight>', (k) => blocks(`<syntaxhighlight lang=c>${blanks(k)}</syntaxhighlight>`), 20000);
  assertLinear('blanks in inline <syntaxhighlight>', (k) => blocks(`<syntaxhighlight lang=c inline>${blanks(k)}</syntaxhighlight>`), 20000);
  assertLinear('newlines in <poem>', (k) => blocks(`<poem>a${'\n'.repeat(k)}b</poem>`), 20000);
});

test('<poem>: a stanza indented with `:` keeps the indent on its first line too (uk 0128\'s chorus read with its first line flush)', () => {
  const md = convertPage('<poem>Ще не вмерла\nІ слава\n\n: Душу, тіло\n: За свою свободу</poem>', { site: 'uk', title: 'T' }).markdown;
  assert.equal(md.trim(), 'Ще не вмерла<br />\nІ слава\n\n\u00a0\u00a0\u00a0\u00a0Душу, тіло<br />\n\u00a0\u00a0\u00a0\u00a0За свою свободу');
  // An unindented stanza gains nothing.
  assert.equal(convertPage('<poem>a\nb</poem>', { site: 'uk', title: 'T' }).markdown.trim(), 'a<br />\nb');
});

test('<poem>: each stanza keeps its own indent when another stanza holds a list or a rule; a line of bare `:` is blank', () => {
  const nb4 = '\u00a0'.repeat(4);
  const list = convertPage('<poem>a\n* list\n\n: b\n: c</poem>', { site: 'uk', title: 'T' }).markdown;
  assert.match(list, new RegExp(`\\n${nb4}b<br />\\n${nb4}c\\s*$`));
  const rule = convertPage('<poem>x\n----\n\n: b</poem>', { site: 'uk', title: 'T' }).markdown;
  assert.match(rule, new RegExp(`\\n\\n${nb4}b\\s*$`));
  // (String.trim would take the no-break spaces too.)
  assert.equal(convertPage('<poem>:\n: b</poem>', { site: 'uk', title: 'T' }).markdown.replace(/\n+$/, ''), `${nb4}b`);
});
