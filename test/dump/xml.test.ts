import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeXml } from '../../src/dump/xml.js';

test('decodeXml decodes the five XML entities and character references', () => {
  assert.equal(decodeXml('a&lt;b&gt;c&amp;d&quot;e&apos;f&#65;&#x42;&#x1F600;'), 'a<b>c&d"e\'fAB😀');
  assert.equal(decodeXml('&amp;lt;'), '&lt;');
});

test('decodeXml leaves every other &…; as text, object property names included', () => {
  for (const s of ['&constructor;', '&__proto__;', '&toString;', '&hasOwnProperty;', '&nbsp;', '&LT;', '&lx;', '&ampx;', '&quo;', '&;', '&lt', '&#xZZ;', '&#;']) {
    assert.equal(decodeXml(s), s, s);
  }
});
