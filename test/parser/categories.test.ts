import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dump, parse } from './util.js';
import { assertLinear } from '../helpers/linear.js';

test('categories under any alias leave the body for meta, with sort keys', () => {
  const r = parse('Text.\n[[Category:甲]]\n[[分类:乙|排序]]\n[[分類:丙]]');
  assert.equal(dump(r.doc), 'P("Text.")');
  assert.deepEqual(r.meta.categories, [{ name: '甲', sortKey: null }, { name: '乙', sortKey: '排序' }, { name: '丙', sortKey: null }]);
});

test('a category line between text lines leaves no empty paragraph', () => {
  assert.equal(dump(parse('a\n[[Category:X]]\nb').doc), 'P("a b")');
  // Two text nodes on zh: the join is a boundary for the variant converter (test/variants/line-joins).
  assert.equal(dump(parse('甲\n[[Category:X]]\n乙').doc), 'P("甲" "乙")');
  assert.equal(dump(parse('a\n\n[[Category:X]]\n\nb').doc), 'P("a") P("b")');
});

test('an inline category link drops the white space before it only when that holds a line break (T2087, T359886)', () => {
  const r = parse('word [[Category:X]] more', { lang: 'en' });
  assert.equal(dump(r.doc), 'P("word  more")');
  assert.deepEqual(r.meta.categories, [{ name: 'X', sortKey: null }]);
  // No run-together words: MediaWiki shows "Foo Bar".
  assert.equal(dump(parse('* Foo [[Category:X]]Bar\n* Foo[[Category:X]]Bar', { lang: 'en' }).doc), 'UL(li(P("Foo Bar")) li(P("FooBar")))');
  assert.equal(dump(parse('Foo  \n[[Category:X]] Bar\n[[en:Y]]z', { lang: 'ja' }).doc), 'P("Foo Barz")');
  assert.equal(dump(parse('文字\n[[Category:X]]続き').doc), 'P("文字続き")');
});

test('interlanguage links go to meta; [[:Category:X]] stays a link', () => {
  const r = parse('[[:Category:数学]]\n[[en:Mathematics]]\n[[ja:数学]]');
  assert.equal(dump(r.doc), 'P(L[Category:数学]("Category:数学"))');
  assert.deepEqual(r.meta.interlanguage, [{ lang: 'en', title: 'Mathematics' }, { lang: 'ja', title: '数学' }]);
  assert.deepEqual(r.meta.categories, []);
});

test('ja and uk category names', () => {
  assert.deepEqual(parse('[[カテゴリ:日本]]', { lang: 'ja' }).meta.categories, [{ name: '日本', sortKey: null }]);
  assert.deepEqual(parse('[[Категорія:Київ]]', { lang: 'uk' }).meta.categories, [{ name: 'Київ', sortKey: null }]);
});

test('linear: long space runs before category links', () => {
  assertLinear('spaces then text then a category link', (n) => parse('a' + ' '.repeat(n) + 'b\n[[Category:X]]', { lang: 'en' }), 100000);
  assertLinear('many category links after spaces', (n) => parse(' x\t\n[[Category:X]]'.repeat(n), { lang: 'en' }), 5000);
});

test('blank lines before a category link vanish with it, as MediaWiki strips them (T2087)', () => {
  // MediaWiki removes the white space before the link from its first line break on, and keeps what follows.
  assert.equal(dump(parse('a\n\n[[Category:X]]\nb', { lang: 'en' }).doc), 'P("a b")');
  assert.equal(dump(parse('a\n   \n[[Category:X]] and b', { lang: 'en' }).doc), 'P("a and b")');
  assert.equal(dump(parse('a\n\n[[Category:X]]\n\nb', { lang: 'en' }).doc), 'P("a") P("b")');
  assert.equal(dump(parse('a\n[[Category:X]]\n\nb', { lang: 'en' }).doc), 'P("a") P("b")');
  // A category line led by spaces is no preformatted text.
  assert.equal(dump(parse('Foo\n[[Category:X]]\n [[Category:Y]]\n[[Category:Z]]\nBar', { lang: 'en' }).doc), 'P("Foo Bar")');
  const r = parse(' one\n\n[[Category:X]]\n two', { lang: 'en' });
  assert.equal(dump(r.doc), 'PRE("one\\ntwo")');
  assert.deepEqual(r.meta.categories, [{ name: 'X', sortKey: null }]);
});

test('a category line between list items keeps them one list', () => {
  assert.equal(dump(parse('# a\n[[Category:X]]\n# b', { lang: 'en' }).doc), 'OL(li(P("a")) li(P("b")))');
  assert.equal(dump(parse('* a\n\n[[Category:X]]\n[[en:Y]]\n* b', { lang: 'ja' }).doc), 'UL(li(P("a")) li(P("b")))');
  // Text after the category line still ends the list.
  assert.equal(dump(parse('* a\n[[Category:X]]\nb', { lang: 'en' }).doc), 'UL(li(P("a"))) P("b")');
});

test('linear: blank line runs and unclosed [[ lines', () => {
  assertLinear('blank lines then text', (n) => parse('a' + '\n'.repeat(n) + 'b', { lang: 'en' }), 20000);
  assertLinear('blank lines then a category link', (n) => parse('a\n\n[[Category:X]]\n'.repeat(n), { lang: 'en' }), 5000);
  assertLinear('lines of unclosed [[', (n) => parse('[[Category:X\n'.repeat(n) + ']]', { lang: 'en' }), 5000);
});
