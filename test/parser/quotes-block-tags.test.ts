/**
 * Bold and italic on a line that a block-level tag splits. MediaWiki resolves a line's apostrophes
 * before HTML meets the tag (doQuotes, then the tree builder), and HTML reopens the open <b>/<i>
 * inside the block and after it; a closing run after the block closes them
 * (parserTests.txt "Templates: Ugly nesting: 3", quotes.txt "Quotes wrapping HTML table").
 * A table cell or caption is a formatting scope: what opens inside it ends with it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blocks, dump, parse } from './util.js';
import { assertLinear } from '../helpers/linear.js';
import { convertPage } from '../../src/engine/convert.js';

const tree = (src: string): string => dump(blocks(src, 'en'));
const md = (src: string): string => String(convertPage(src, { site: 'en', title: 'T' }).markdown).trim();

test('bold opened before a <div> runs into it and is closed after it', () => {
  assert.equal(tree("x '''a<div>b</div>''' y"), 'P("x " B("a")) <div>[P(B("b"))] P("y")');
  // Before: the closing run after the block opened a new bold to the end of the line ("**y**").
  assert.equal(md("x '''a<div>b</div>''' y"), 'x **a**\n\n**b**\n\ny');
});

test('italics around a block stay open on both sides of it until the line ends', () => {
  assert.equal(tree("''a<div>b</div>c''"), 'P(I("a")) <div>[P(I("b"))] P(I("c"))');
  assert.equal(tree("''<center>foo</center>''"), '<center>[P(I("foo"))]');
});

test('runs in several blocks of one line pair up across them, as doQuotes pairs the whole line', () => {
  assert.equal(tree("<div>''a</div><div>b''c''d</div><div>''e</div>"), '<div>[P(I("a"))] <div>[P(I("b") "c" I("d"))] <div>[P("e")]');
});

test('bold wrapping a whole HTML table reaches its cells', () => {
  assert.equal(tree("'''<table><tr><td>hi</td></tr></table>'''"), 'TABLE(tr(td(P(B("hi")))))');
});

test("an undecided ''''' before a block opens bold and italics in it and after it", () => {
  assert.equal(tree("'''''<div>x</div> y"), '<div>[P(B(I("x")))] P(B(I("y")))');
});

test('the line end still closes them: nothing runs into the next line', () => {
  assert.equal(tree("a '''b\n<div>c</div>"), 'P("a " B("b")) <div>[P("c")]');
  assert.equal(tree("'''a<div>b</div>\nc"), 'P(B("a")) <div>[P(B("b"))] P("c")');
  assert.equal(tree("''a<div>b</div>\n\nc"), 'P(I("a")) <div>[P(I("b"))] P("c")');
});

test('linear: many blocks on one line with formatting carried through them', () => {
  assertLinear("''a<div>b</div> repeated on one line", (n) => parse("''a<div>b</div>".repeat(n), { lang: 'en' }), 5000);
});

test('bold/italic opened inside a table cell end with the cell (an HTML formatting scope)', () => {
  // Before: the bold opened in the first cell ran into the second ("**b**"), the italics into the text after the table.
  assert.equal(tree("<table><tr><td>'''a</td><td>b'''</td></tr></table>"), 'TABLE(tr(td(P(B("a"))) td(P("b"))))');
  assert.equal(tree("<table><tr><td>''a</td></tr></table>c''"), 'TABLE(tr(td(P(I("a"))))) P("c")');
  assert.equal(tree("<table><caption>''a</caption><tr><th>b</th></tr></table>c"), 'TABLE(cap(I("a")) tr(th(P("b")))) P("c")');
  // What was open before the table still reaches its cells and the text after it.
  assert.equal(tree("'''x<table><tr><td>a</td></tr></table>y'''"), 'P(B("x")) TABLE(tr(td(P(B("a"))))) P(B("y"))');
  // A cell opened on an earlier line: what opens in it on this line ends with it too.
  assert.equal(tree("<table><tr><td>\n'''a</td><td>b'''</td></tr></table>"), 'TABLE(tr(td(P(B("a"))) td(P("b"))))');
});

test("the odd/odd rule counts the whole line's runs, not each piece's", () => {
  // Line: one bold and one italic run, so its ''' is an apostrophe plus ''. Before: the first
  // piece alone was even and opened bold to the line end ("**a**", "**b**", "***c***").
  assert.equal(tree("'''a<div>b''</div>c"), 'P("\'" I("a")) <div>[P(I("b"))] P("c")');
  // Line: one bold, two italic runs, so nothing splits. Before: the first piece alone was odd/odd.
  assert.equal(tree("'''a''b<div>c''</div>"), 'P(B("a" I("b"))) <div>[P(B(I("c")))]');
  assert.equal(tree("''a'''<div>b'''c''</div>"), 'P(I("a")) <div>[P(I(B("b") "c"))]');
  // A link's label is resolved on its own: its runs are not the line's.
  assert.equal(tree("l '''a [[X|'''y''']] ''b<div>c</div>"), 'P("l \'" I("a " L[X](B("y")) " ") "b") <div>[P("c")]');
});

test('lines without block tags keep their own odd/odd rule', () => {
  assert.equal(tree("'''a''b\n<div>c</div>"), 'P("\'" I("a") "b") <div>[P("c")]');
  assert.equal(tree("x <div>a</div>\nl '''b'' c"), 'P("x") <div>[P("a")] P("l \'" I("b") " c")');
});

test('linear: a long line with block tags and unclosed [[ counts its runs once', () => {
  assertLinear("[[a ''b<div>c</div> repeated on one line", (n) => parse("[[a ''b<div>c</div>".repeat(n) + '\n]]', { lang: 'en' }), 5000);
});
