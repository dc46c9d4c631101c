import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';
import { dump, inl } from './util.js';

const md = (src: string): string => convertPage(src, { site: 'en', title: 'X' }).markdown.trim();

// MediaWiki links a blank label as it is: an invisible <a></a>, or one holding a space
// (wikiLinks.txt "Piped link with empty link text"); no title stands in for it.
test('an empty nowiki label links nothing visible', () => {
  assert.equal(md('a [[Main Page|<nowiki/>]] - b'), 'a  - b');
  assert.equal(dump(inl('a [[Main Page|<nowiki/>]] b', 'en')), '"a  b"');
});

test('a space or a no-break space as the label stays as that space', () => {
  assert.equal(md('a [[Main Page| ]] b'), 'a   b');
  assert.equal(dump(inl('a [[Main Page|&nbsp;]] b', 'en')), '"a \u00a0 b"');
  // A link trail makes the label visible: a link again.
  assert.equal(dump(inl('a [[Main Page| ]]b', 'en')), '"a " L[Main Page](" b")');
});

test('the pipe trick and real labels are unchanged', () => {
  assert.equal(md('[[Foo|]] x'), '[[Foo|]] x');
  assert.equal(md('[[Foo| bar ]]'), '[bar](https://en.wikipedia.org/wiki/Foo)');
});
