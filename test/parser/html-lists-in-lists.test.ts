import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';
import { blocks, dump } from './util.js';

const md = (src: string): string => convertPage(src, { site: 'en', title: 'X' }).markdown.trim();

// parserTests.txt "1. Nested mixed wikitext and html list": <li><ul><li>ho</li></ul></li>.
test('an HTML list filling a wiki list item nests in it', () => {
  assert.equal(md('*hi\n*<ul><li>ho</li></ul>\n*hi\n**ho'), '- hi\n- - ho\n- hi\n  - ho');
  assert.equal(dump(blocks('#a\n# <OL><li>x</li><li>y</li></OL> ', 'en')), 'OL(li(P("a")) li(OL(li(P("x")) li(P("y")))))');
});

test('an HTML list with text around it in the item stays inline', () => {
  assert.equal(md('*a <ul><li>b</li></ul>'), '- a b');
});

test('wiki lists inside an HTML item nest in it', () => {
  assert.equal(md('<ul>\n<li>a\n*b\n*c\n</li>\n</ul>'), '- a\n  - b\n  - c');
});
