import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeEntities, namedEntity } from '../../src/site/entities.js';

test('named references: the WHATWG list with semicolons, as MediaWiki Sanitizer accepts', () => {
  assert.equal(namedEntity('vert'), '|');
  assert.equal(namedEntity('nbsp'), '\u00a0');
  assert.equal(namedEntity('Tab'), '\t');
  assert.equal(namedEntity('bne'), '=\u20e5'); // two code points
  assert.equal(namedEntity('nvlt'), '<\u20d2');
  assert.equal(namedEntity('zwnj'), '\u200c');
  assert.equal(namedEntity('opfr'), null); // not a name
  assert.equal(namedEntity('Vert'), '\u2016');
  assert.equal(namedEntity('\u05e8\u05dc\u05de'), '\u200f');
});

test('decodeEntities: named, decimal, hex; rejected code points and unknown names stay', () => {
  assert.equal(decodeEntities('&lowbar;&#65;&#x42;&lbrace;&rcub;'), '_AB{}');
  assert.equal(decodeEntities('&#0; &#xD800; &#x110000; &bogus; &amp'), '&#0; &#xD800; &#x110000; &bogus; &amp');
  assert.equal(decodeEntities('&ThickSpace;'), '\u205f\u200a');
});

test('numeric references: any number of digits; only what Sanitizer::validateCodepoint accepts', () => {
  assert.equal(decodeEntities('&#x0000063;&#00000112;&#x0000000074;'), 'cpt');
  // CR, DEL … U+009F, U+FFFE/U+FFFF and surrogates stay as written; U+10FFFF is fine.
  assert.equal(decodeEntities('&#xD;&#x7F;&#x9F;&#xfffe;&#xDCA9;'), '&#xD;&#x7F;&#x9F;&#xfffe;&#xDCA9;');
  assert.equal(decodeEntities('&#x10fffe;&#x1F4A9;&#9;'), '\u{10fffe}\u{1f4a9}\t');
  assert.equal(decodeEntities('&#99999999999999999999999;'), '&#99999999999999999999999;');
});
