/**
 * A page's text decoded from its bytes (src/dump/xml-bytes.ts decodeXmlUtf8, page.ts
 * parsePageDecoded — what workers and the decoding scanner read) must be the text of the string
 * way: decodeXml(decodeUtf8(bytes)), parsePage(decodeUtf8(page)).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parsePage, parsePageDecoded } from '../../src/dump/page.js';
import { decodeUtf8 } from '../../src/dump/utf8.js';
import { decodeXmlUtf8 } from '../../src/dump/xml-bytes.js';
import { decodeXml } from '../../src/dump/xml.js';
import { DUMPS, hasShared, SAMPLE } from '../mirror/helpers.js';

const stringWay = (buf: Buffer) => decodeXml(decodeUtf8(buf));

function assertSame(buf: Buffer, label: string, scratch = { buffer: Buffer.alloc(0) }): void {
  assert.equal(decodeXmlUtf8(buf, 0, buf.length, scratch), stringWay(buf), label);
}

test('decodeXmlUtf8: the five entities, next to CJK, 4-byte characters and each other, at both ends', () => {
  const cases = [
    '&lt;ref name=&quot;a&quot;&gt;数学&lt;/ref&gt;',
    '&amp;&amp;&amp;lt;&apos;𰻝&apos;',
    '&lt;',
    'x&gt;',
    '&lt;&gt;',
    "'''数学'''" + '，'.repeat(400) + '&lt;b&gt;' + 'Київ'.repeat(200),
    '',
    'no entities at all, but long enough for ICU: ' + '中文'.repeat(300),
  ];
  for (const s of cases) {
    const out = decodeXmlUtf8(Buffer.from(s), 0, Buffer.byteLength(s), { buffer: Buffer.alloc(0) });
    assert.equal(out, decodeXml(s), s.slice(0, 40));
  }
  assert.equal(decodeXmlUtf8(Buffer.from('a&lt;b&gt;c&amp;d&quot;e&apos;f'), 0, 31, { buffer: Buffer.alloc(4) }), 'a<b>c&d"e\'f');
});

test('decodeXmlUtf8: whatever is not one of the five entities stays as decodeXml leaves it', () => {
  for (const s of ['&constructor;', '&nbsp;', '&LT;', '&lx;', '&ampx;', '&quo;', '&;', '&lt', 'a & b', '&', 'x&', '&amp', '&#xZZ;', '&#;', '&#65;', '&#x1F600;', '&#xD800;', 'a&lt;&#65;&gt;', '&gt;'.repeat(100) + '&#12354;']) {
    assertSame(Buffer.from(s), s);
  }
});

test('decodeXmlUtf8: invalid UTF-8 beside entities decodes as the string way does', () => {
  const parts = [Buffer.from([0xe4]), Buffer.from([0xe4, 0xb8]), Buffer.from([0xff]), Buffer.from([0xf0, 0x9f, 0x98])];
  for (const bad of parts) {
    for (const ent of ['&lt;', '&amp;', '&quot;', '&#65;', '&bogus;']) {
      const filler = Buffer.from('中'.repeat(100));
      assertSame(Buffer.concat([filler, bad, Buffer.from(ent), filler]), `${bad.toString('hex')} ${ent}`);
      assertSame(Buffer.concat([filler, Buffer.from(ent), bad]), `${ent} ${bad.toString('hex')}`);
    }
  }
});

test('decodeXmlUtf8 decodes only [start, end) and may reuse its scratch buffer', () => {
  const buf = Buffer.from('&amp;中&lt;文&gt;&amp;');
  const scratch = { buffer: Buffer.alloc(0) };
  const start = Buffer.byteLength('&amp;');
  const end = buf.length - start;
  assert.equal(decodeXmlUtf8(buf, start, end, scratch), '中<文>');
  assert.equal(decodeXmlUtf8(buf, 0, buf.length, scratch), '&中<文>&');
  const inner = Buffer.from('x&#65;y');
  assert.equal(decodeXmlUtf8(Buffer.concat([Buffer.from('&lt;'), inner]), 4, 4 + inner.length, scratch), 'xAy');
});

/** Every `<page>…</page>` of an XML file, as byte ranges. */
function pageRanges(buf: Buffer): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let at = buf.indexOf('<page>'); at >= 0; at = buf.indexOf('<page>', at + 1)) {
    const close = buf.indexOf('</page>', at);
    if (close < 0) break;
    out.push([at, close + '</page>'.length]);
  }
  return out;
}

test('parsePageDecoded equals parsePage on the decoded page: the sample and every page of the shared ja/uk dumps', (t) => {
  const files = [SAMPLE];
  if (hasShared()) files.push(path.join(DUMPS, 'jawiki-truncated.xml'), path.join(DUMPS, 'ukwiki-truncated.xml'));
  const scratch = { buffer: Buffer.alloc(0) };
  let pages = 0;
  for (const file of files) {
    const buf = fs.readFileSync(file);
    for (const [start, end] of pageRanges(buf)) {
      const expected = parsePage(decodeUtf8(buf, start, end), 1000 + start, end - start);
      assert.deepEqual(parsePageDecoded(buf, start, end, 1000 + start, scratch), expected, `${path.basename(file)} @${start}`);
      pages++;
    }
  }
  assert.ok(pages >= 38);
  if (!hasShared()) t.skip('shared data not found (only the sample was read)');
});
