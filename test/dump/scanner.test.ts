import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PageScanner } from '../../src/dump/scanner.js';
import { DumpError, type DumpPage } from '../../src/dump/types.js';
import { decodeXml } from '../../src/dump/xml.js';
import { miniDump, pageXml } from '../mirror/helpers.js';

function scanAll(xml: string | Buffer, chunk = 1 << 20): { pages: DumpPage[]; scanner: PageScanner } {
  const buf = typeof xml === 'string' ? Buffer.from(xml) : xml;
  const scanner = new PageScanner();
  const pages: DumpPage[] = [];
  for (let i = 0; i < buf.length; i += chunk) scanner.push(buf.subarray(i, i + chunk), pages);
  scanner.end();
  return { pages, scanner };
}

const DUMP = miniDump(
  pageXml(1, '数学', "'''数学'''是 <b>&amp;</b> [[代数]]\n[[Category:数学]]") +
    pageXml(2, '几何', '#REDIRECT [[几何学]]', { redirect: '几何学' }) +
    pageXml(3, 'Template:X', '{{{1}}}', { ns: 10 }),
);

test('siteinfo and every page field', () => {
  const { pages, scanner } = scanAll(DUMP);
  const info = scanner.siteInfo!;
  assert.equal(info.lang, 'zh');
  assert.equal(info.dbName, 'zhwiki');
  assert.equal(info.schemaVersion, '0.11');
  assert.deepEqual(info.namespaces.find((n) => n.id === 14), { id: 14, name: 'Category', case: 'first-letter' });
  assert.equal(pages.length, 3);
  const [a, b, c] = pages as [DumpPage, DumpPage, DumpPage];
  assert.equal(a.title, '数学');
  assert.equal(a.id, 1);
  assert.equal(a.ns, 0);
  assert.equal(a.revisionId, 10);
  assert.equal(a.text, "'''数学'''是 <b>&amp;</b> [[代数]]\n[[Category:数学]]");
  assert.equal(a.bytes, Buffer.byteLength(a.text));
  assert.equal(a.sha1, 'abc1');
  assert.equal(a.timestamp, '2024-01-02T00:00:00Z');
  assert.equal(b.redirect, '几何学');
  assert.equal(c.ns, 10);
  // Offsets point at the <page> element in the byte stream.
  const bytes = Buffer.from(DUMP);
  for (const p of pages) {
    assert.equal(bytes.toString('utf8', p.offset, p.offset + 6), '<page>');
    assert.equal(bytes.toString('utf8', p.offset + p.length - 7, p.offset + p.length), '</page>');
  }
});

test('chunk boundaries anywhere give the same pages (byte by byte, multi-byte characters split)', () => {
  const whole = scanAll(DUMP).pages;
  for (const size of [1, 3, 7, 64]) {
    assert.deepEqual(scanAll(DUMP, size).pages, whole);
  }
});

test('truncated dump: complete pages, then an error with offset and last good page', () => {
  const cut = Buffer.from(DUMP).subarray(0, Buffer.from(DUMP).indexOf('<title>Template:X'));
  const scanner = new PageScanner();
  const pages: DumpPage[] = [];
  scanner.push(cut, pages);
  assert.equal(pages.length, 2);
  assert.throws(
    () => scanner.end(),
    (err: unknown) =>
      err instanceof DumpError &&
      err.kind === 'truncated' &&
      err.offset === cut.length &&
      err.lastGood?.title === '几何' &&
      /truncated at byte \d+ .*last complete page: id 2 "几何"/.test(err.message),
  );
});

// A damaged page inside its <page> element is skipped, not an error (page.test.ts).
test('not a dump, empty input and invalid XML give one-line errors', () => {
  const kinds: Array<[string, string, RegExp]> = [
    ['<html><body>hi</body></html>' + ' '.repeat(5000), 'not-a-dump', /root element is <html>/],
    ['', 'not-a-dump', /empty input/],
    ['just some text that is not xml at all', 'not-a-dump', /not XML/],
    [miniDump('  <garbage/>\n'), 'invalid', /expected <page> or <\/mediawiki>/],
  ];
  for (const [xml, kind, re] of kinds) {
    assert.throws(
      () => scanAll(xml),
      (err: unknown) => err instanceof DumpError && err.kind === kind && re.test(err.message) && !err.message.includes('\n'),
      xml.slice(0, 30),
    );
  }
});

test('XML entities, numeric references and attributes decode', () => {
  assert.equal(decodeXml('&lt;ref name=&quot;a&quot;&gt; &amp;amp; &#39; &#x4E2D; &unknown; & alone'), '<ref name="a"> &amp; \' 中 &unknown; & alone');
});

test('history dumps: the last revision is the page text', () => {
  const xml = miniDump(`  <page>
    <title>A</title><ns>0</ns><id>5</id>
    <revision><id>1</id><timestamp>2001-01-01T00:00:00Z</timestamp><text bytes="3">old</text><sha1>x</sha1></revision>
    <revision><id>2</id><timestamp>2002-01-01T00:00:00Z</timestamp><text bytes="3">new</text><sha1>y</sha1></revision>
  </page>
`);
  const [p] = scanAll(xml).pages;
  assert.equal(p!.text, 'new');
  assert.equal(p!.revisionId, 2);
  assert.equal(p!.sha1, 'y');
});
