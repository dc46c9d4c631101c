/**
 * Pages read from bytes (the index pass's xmlText mode, src/dump/page.ts parsePageBytes) must be
 * the pages read from decoded strings: every field, the lazily decoded text, and every error.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { decodeXmlBytes, XmlTextPage } from '../../src/dump/page.js';
import { PageScanner } from '../../src/dump/scanner.js';
import { DumpError, type DumpPage, type PageProblem } from '../../src/dump/types.js';
import { DUMPS, hasShared, miniDump, pageXml, SAMPLE } from '../mirror/helpers.js';

interface Scan {
  pages: DumpPage[];
  error: DumpError | null;
  badPages: PageProblem[];
}

function scan(xml: string | Buffer, xmlText: boolean, chunk = 1 << 20): Scan {
  const buf = typeof xml === 'string' ? Buffer.from(xml) : xml;
  const scanner = new PageScanner({ xmlText, listBadPages: true });
  const pages: DumpPage[] = [];
  try {
    for (let i = 0; i < buf.length; i += chunk) scanner.push(buf.subarray(i, i + chunk), pages);
    scanner.end();
    return { pages, error: null, badPages: scanner.badPages };
  } catch (err) {
    if (!(err instanceof DumpError)) throw err;
    return { pages, error: err, badPages: scanner.badPages };
  }
}

/** A page's fields as plain data (the text read through XmlTextPage's getter). */
function plain(p: DumpPage): Omit<DumpPage, 'xmlText'> {
  return {
    id: p.id, ns: p.ns, title: p.title, redirect: p.redirect, revisionId: p.revisionId, timestamp: p.timestamp,
    sha1: p.sha1, text: p.text, bytes: p.bytes, offset: p.offset, length: p.length,
  };
}

function assertSameScan(xml: string | Buffer, label: string, chunk?: number): Scan {
  const decoded = scan(xml, false, chunk);
  const bytes = scan(xml, true, chunk);
  assert.deepEqual(bytes.pages.map(plain), decoded.pages.map(plain), label);
  for (const p of bytes.pages) {
    assert.ok(p instanceof XmlTextPage, label);
    assert.equal(decodeXmlBytes(p.xmlText!), p.text, label);
  }
  assert.equal(bytes.error?.message, decoded.error?.message, label);
  assert.equal(bytes.error?.kind, decoded.error?.kind, label);
  assert.equal(bytes.error?.offset, decoded.error?.offset, label);
  assert.deepEqual(bytes.error?.lastGood, decoded.error?.lastGood, label);
  assert.deepEqual(bytes.badPages, decoded.badPages, label);
  return bytes;
}

test('byte-read pages equal decoded pages: the sample and the shared ja/uk dumps (truncation included)', (t) => {
  assert.equal(assertSameScan(fs.readFileSync(SAMPLE), 'sample').pages.length, 38);
  if (!hasShared()) return t.skip('shared data not found');
  for (const name of ['jawiki-truncated.xml', 'ukwiki-truncated.xml']) {
    const result = assertSameScan(fs.readFileSync(path.join(DUMPS, name)), name);
    assert.ok(result.pages.length > 200, name);
    assert.equal(result.error?.kind, 'truncated', name);
  }
});

test('the text decodes from xmlText on use: entities, CJK, 4-byte characters', () => {
  const text = "'''数学'''&<b>\"x\"</b> 𰻝 [[Category:A&B]]";
  const [page] = scan(miniDump(pageXml(1, '甲&乙', text, { redirect: '丙"丁' })), true).pages as [XmlTextPage];
  assert.equal(page.xmlText, Buffer.from("'''数学'''&amp;&lt;b&gt;&quot;x&quot;&lt;/b&gt; 𰻝 [[Category:A&amp;B]]").toString('latin1'));
  assert.equal(page.title, '甲&乙');
  assert.equal(page.redirect, '丙"丁');
  assert.equal(page.text, text);
  assert.equal(page.text, page.text);
  assert.equal(page.bytes, Buffer.byteLength(text));
});

test('a redirect attribute holding a section keeps the title only; one that is a section alone is none', () => {
  // Session 25's audit: <redirect title="banana#Use" /> gave the target banana#Use#Use (broken).
  const pages = scan(miniDump(pageXml(1, '甲', '#REDIRECT [[丙#节]]', { redirect: '丙#节' }) + pageXml(2, '乙', '#REDIRECT [[#节]]', { redirect: '#节' })), true).pages;
  assert.deepEqual(pages.map((p) => p.redirect), ['丙', null]);
});

test('odd pages read the same both ways: no bytes attribute, <text/>, no revision, history, attributes in either quote', () => {
  const cases: Array<[string, string]> = [
    ['no bytes attribute', '<page><title>无</title><ns>0</ns><id>1</id><revision><id>2</id><text xml:space="preserve">中&amp;文</text><sha1>s</sha1></revision></page>'],
    ['empty text', '<page><title>空</title><ns>0</ns><id>1</id><revision><id>2</id><timestamp>t</timestamp><text bytes="0" /><sha1>s</sha1></revision></page>'],
    ['no revision', '<page><title>无版本</title><ns>4</ns><id>7</id><redirect title=\'目&amp;标\' /></page>'],
    ['bad ns and bytes', '<page><title>甲</title><ns>x</ns><id> 8 </id><revision><id>9</id><text bytes="1x">乙</text></revision></page>'],
    ['history', '<page><title>史</title><ns>0</ns><id>5</id><revision><id>1</id><text bytes="3">旧</text><sha1>a</sha1></revision><revision><id>2</id><text bytes="3">新</text><sha1>b</sha1></revision></page>'],
    ['redirect element after the revision is not the page\'s', '<page><title>甲</title><ns>0</ns><id>1</id><revision><id>2</id><text bytes="1">&lt;redirect title="x"/&gt;</text></revision></page>'],
  ];
  for (const [label, page] of cases) {
    const { pages } = assertSameScan(miniDump(`  ${page}\n`), label);
    assert.equal(pages.length, 1, label);
  }
});

test('damaged pages are skipped the same both ways, with the same byte offsets after multi-byte text', () => {
  const cjk = pageXml(1, '数学', '中文'.repeat(50));
  const after = pageXml(3, '后', '好');
  const cases: Array<[string, string, string, number | null]> = [
    ['no title', '<page><ns>0</ns><id>2</id></page>', 'has no <title>; skipped', 2],
    ['empty title', '<page><title> </title><ns>0</ns><id>2</id></page>', 'has an empty <title>; skipped', 2],
    ['no id', '<page><title>甲</title><ns>0</ns></page>', 'has no <id>; skipped', null],
    ['bad id', '<page><title>甲</title><ns>0</ns><id>1a</id></page>', 'has no <id>; skipped', null],
    ['unclosed text', '<page><title>甲</title><ns>0</ns><id>2</id><revision><id>2</id><text bytes="1">乙</page>', 'has no </text>; skipped', 2],
    ['nested page', '<page><title>甲</title><ns>0</ns><id>2</id><revision><text>中文中文</revision>\n  <page><title>乙</title><ns>0</ns><id>4</id></page>', '', 2],
  ];
  for (const [label, page, problem, id] of cases) {
    const xml = miniDump(cjk + `  ${page}\n` + after);
    const { pages, error, badPages } = assertSameScan(xml, label);
    assert.equal(error, null, label);
    // The pages around the damaged one are read; an unclosed page gives way to the one after it.
    assert.deepEqual(pages.map((p) => p.id), label === 'nested page' ? [1, 4, 3] : [1, 3], label);
    assert.equal(badPages.length, 1, label);
    const bad = badPages[0]!;
    assert.equal(Buffer.from(xml).indexOf(`  ${page}`) + 2, bad.offset, label);
    assert.equal(bad.id, id, label);
    assert.equal(bad.title, label === 'no title' || label === 'empty title' ? null : '甲', label);
    if (problem) assert.equal(bad.problem, problem, label);
    else assert.match(bad.problem, new RegExp(`^is not closed before the next <page> \\(byte ${Buffer.from(xml).indexOf('<page><title>乙')}\\); skipped$`), label);
    // Split anywhere, the scan is the same.
    for (const chunk of [7, 64]) assert.deepEqual(scan(xml, true, chunk).badPages, badPages, `${label} in chunks of ${chunk}`);
  }
});

test('chunk boundaries anywhere give the same byte-read pages', () => {
  const xml = miniDump(pageXml(1, '数学', "'''数学'''是 <b>&amp;</b> [[代数]]\n[[Category:数学]]") + pageXml(2, '几何', '#REDIRECT [[几何学]]', { redirect: '几何学' }));
  const whole = scan(xml, true).pages.map(plain);
  for (const size of [1, 3, 7, 64]) assert.deepEqual(scan(xml, true, size).pages.map(plain), whole, `chunks of ${size}`);
});

test('a page without a numeric <ns> is marked nsMissing (ns 0) both ways; one with <ns> is not', () => {
  const xml = miniDump(pageXml(1, 'Template:A', 'a', { ns: 10 }).replace(/\s*<ns>10<\/ns>/, '') + pageXml(2, 'Template:B', 'b', { ns: 10 }) + pageXml(3, 'C', 'c').replace('<ns>0</ns>', '<ns>x</ns>'));
  for (const xmlText of [false, true]) {
    const { pages } = scan(xml, xmlText);
    assert.deepEqual(pages.map((p) => [p.ns, p.nsMissing]), [[0, true], [10, false], [0, true]], `xmlText ${xmlText}`);
  }
});

test('a page without <revision> is marked noRevision both ways; one with an empty revision is not', () => {
  const bare = '  <page>\n    <title>Bare</title>\n    <ns>0</ns>\n    <id>1</id>\n  </page>\n';
  const emptyRevision = '  <page>\n    <title>Empty</title>\n    <ns>0</ns>\n    <id>2</id>\n    <revision><text/></revision>\n  </page>\n';
  for (const xmlText of [false, true]) {
    const { pages } = scan(miniDump(bare + emptyRevision), xmlText);
    assert.deepEqual(pages.map((p) => [p.revisionId, p.timestamp, p.noRevision]), [[0, '', true], [0, '', false]], `xmlText ${xmlText}`);
  }
});
