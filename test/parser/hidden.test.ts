import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hidesContent } from '../../src/parser/hidden.js';
import { blocks, dump, inl } from './util.js';

test('style display:none: the last display declaration counts, !important beats a later plain one', () => {
  assert.equal(hidesContent({ style: 'display:none' }), true);
  assert.equal(hidesContent({ style: 'color:red; DISPLAY : None ;' }), true);
  assert.equal(hidesContent({ style: 'display:none; display:inline' }), false);
  assert.equal(hidesContent({ style: 'display:none !important; display:block' }), true);
  assert.equal(hidesContent({ style: 'display:inline-block' }), false);
  assert.equal(hidesContent({ style: 'list-style:none; border:none' }), false);
  assert.equal(hidesContent({ class: 'display:none' }), false);
});

test('a hidden inline element shows nothing; its footnote markers stay (MediaWiki lists their notes)', () => {
  assert.equal(dump(inl('<span style="display:none">せんせえ</span>センセー')), '"センセー"');
  assert.equal(dump(inl('a<sup style="display: none">x<ref>n</ref>y</sup>b')), '"a" REF[|](P("n")) "b"');
  assert.equal(dump(inl('a<span style="display:inline">x</span>')), '"a" <span {"style":"display:inline"}>("x")');
});

test('a hidden block element shows nothing, in the block flow, in table cells and in link labels', () => {
  assert.equal(dump(blocks('a\n<div style="display:none">\nhidden\n</div>\nb')), 'P("a") P("b")');
  assert.equal(dump(blocks('{|\n|<span style="display:none">key</span>Name || x\n|}')), 'TABLE(tr(td(P("Name")) td(P("x"))))');
  assert.equal(dump(inl('[[Foo|Safe <div style=display:none>" onmouseover</div>Link]]', 'en')), 'L[Foo]("Safe Link")');
  // Not hidden: a block tag in a label keeps its content.
  assert.equal(dump(inl('[[Foo|a <div class="x">b</div>]]', 'en')), 'L[Foo]("a b")');
});
