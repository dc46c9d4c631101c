import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';
import { b, dump, ext, i, inl, link, t } from './util.js';

test('labelled, numbered per page, protocol-relative', () => {
  assert.deepEqual(inl('[http://a.org A] [http://b.org] [//c.org C] [https://d.org]'), [
    ext('http://a.org', 'A'), t(' '), ext('http://b.org', '[1]', 'numbered'), t(' '), ext('//c.org', 'C'), t(' '), ext('https://d.org', '[2]', 'numbered'),
  ]);
});

test('bare URLs with trailing punctuation outside', () => {
  assert.deepEqual(inl('see http://a.org/x, and http://b.org/y_(z). end', 'en'), [
    t('see '), ext('http://a.org/x', 'http://a.org/x', 'bare'), t(', and '), ext('http://b.org/y_(z)', 'http://b.org/y_(z)', 'bare'), t('. end'),
  ]);
  assert.deepEqual(inl('(http://a.org/x)'), [t('('), ext('http://a.org/x', 'http://a.org/x', 'bare'), t(')')]);
  assert.deepEqual(inl('http://a.org/&amp;x&nbsp;y'), [ext('http://a.org/&x', 'http://a.org/&x', 'bare'), t('\u00a0y')]);
  assert.deepEqual(inl('NOPEhttp://a.org //b.org'), [t('NOPEhttp://a.org //b.org')]);
  // PHP's Unicode `\b`: a letter or digit of any script before the protocol blocks the link
  // (extLinks.txt "Unicode text around autolinks"); an emoji or CJK punctuation does not.
  assert.deepEqual(inl('中文http://a.org。'), [t('中文http://a.org。')]);
  assert.deepEqual(inl('größhttps://foo.org 사진https://foo.org'), [t('größhttps://foo.org 사진https://foo.org')]);
  assert.deepEqual(inl('💩https://foo.org'), [t('💩'), ext('https://foo.org', 'https://foo.org', 'bare')]);
  assert.deepEqual(inl('见：http://a.org。'), [t('见：'), ext('http://a.org。', 'http://a.org。', 'bare')]);
  // A trailing backslash stays outside, like `,;.:!?` (extLinks.txt "Free with trailing punctuation").
  assert.deepEqual(inl('http://a.org\\ http://b.org.,;:!?\\'), [
    ext('http://a.org', 'http://a.org', 'bare'), t('\\ '), ext('http://b.org', 'http://b.org', 'bare'), t('.,;:!?\\'),
  ]);
});

test('entities in a URL are decoded, then | [ ] < > " spaces and controls escaped (Sanitizer::cleanUrl)', () => {
  assert.deepEqual(inl('http://foo.com/a&#124;b'), [ext('http://foo.com/a%7Cb', 'http://foo.com/a%7Cb', 'bare')]);
  assert.deepEqual(inl('[http://foo.com/a&#91;&#32;&quot;b c]'), [ext('http://foo.com/a%5B+%22b', 'c')]);
  assert.deepEqual(inl('http://foo.com/é&amp;x'), [ext('http://foo.com/é&x', 'http://foo.com/é&x', 'bare')]);
});

test('URL stops at quotes markup, label on one line only', () => {
  assert.deepEqual(inl("'''News:''' x", 'en'), [b(t('News:')), t(' x')]);
  assert.equal(dump(inl('[http://a.org x\ny]', 'en')), '"[" X[bare http://a.org]("http://a.org") " x y]"');
});

test('an internal link inside an external link label ends the external link (extLinks.txt T5695)', () => {
  assert.deepEqual(inl('[http://a.org see [[B]] now]'), [ext('http://a.org', 'see'), t(' '), link('B', 'B'), t(' now')]);
  // Nothing before the internal link: MediaWiki's external link is empty, so nothing shows.
  assert.deepEqual(inl('[http://a.org [[B]] now]'), [link('B', 'B'), t(' now')]);
  assert.deepEqual(inl("[http://a.org ''x'' [[B|c]]]", 'en'), [ext('http://a.org', [i(t('x'))]), t(' '), link('B', 'c')]);
  // A `[[` that opens no link stays in the label.
  assert.deepEqual(inl('[http://a.org x [[a{b]] y]'), [ext('http://a.org', 'x [[a{b]] y')]);
  const md = convertPage('* [http://www.dw-world.de/ Deutsche Welle&nbsp;— [[Німецька хвиля]]] x', { site: 'uk', title: 'X' }).markdown.trim();
  assert.equal(md, '- [Deutsche Welle\u00a0—](http://www.dw-world.de/) [Німецька хвиля](https://uk.wikipedia.org/wiki/Німецька_хвиля) x');
});

test('a long run of blanks inside the label before an internal link stays in the label', () => {
  // Only the blanks at the end of the label move out of the link (trimmed without a regular
  // expression, which V8 retried at every blank of the run). A label is at most 4 000 characters
  // (MAX_LABEL): the page repeats such links instead.
  const blanks = ' '.repeat(3_900);
  assert.deepEqual(inl(`[http://a.org a${blanks}b [[B]]]`), [ext('http://a.org', `a${blanks}b`), t(' '), link('B', 'B')]);
  assert.deepEqual(inl(`[http://a.org a${blanks}[[B]]]`), [ext('http://a.org', 'a'), t(blanks), link('B', 'B')]);
  const many = inl(`[http://a.org a${blanks}b [[B]]] `.repeat(100));
  assert.equal(many.filter((n) => n.type === 'externalLink').length, 100);
  assert.ok(many.every((n) => n.type !== 'externalLink' || n.children[0]!.type !== 'text' || n.children[0]!.value === `a${blanks}b`));
});

test('magic links', () => {
  assert.deepEqual(inl('ISBN 978-7-04-000000-2 RFC 822 PMID 1234', 'en'), [
    ext('https://en.wikipedia.org/wiki/Special:BookSources/9787040000002', 'ISBN 978-7-04-000000-2', 'magic'), t(' '),
    ext('https://datatracker.ietf.org/doc/html/rfc822', 'RFC 822', 'magic'), t(' '),
    ext('https://pubmed.ncbi.nlm.nih.gov/1234', 'PMID 1234', 'magic'),
  ]);
  assert.deepEqual(inl('ISBN&nbsp;0-306-40615-2', 'en'), [ext('https://en.wikipedia.org/wiki/Special:BookSources/0306406152', 'ISBN 0-306-40615-2', 'magic')]);
  assert.deepEqual(inl('xISBN 0-306-40615-2 RFC 12a'), [t('xISBN 0-306-40615-2 RFC 12a')]);
  assert.deepEqual(inl('见ISBN 0-306-40615-2'), [t('见ISBN 0-306-40615-2')]);
});

test('a file link inside an external link label ends the external link, and the picture shows (media.txt "File in link scenarios")', () => {
  assert.equal(dump(inl('[http://www.google.com [[File:Foobar.jpg|123]]]', 'en')), 'IMG[Foobar.jpg inline]("123")');
  assert.equal(dump(inl('[http://a.org Go [[File:A.png|20px]] on]', 'en')), 'X[labelled http://a.org]("Go") " " IMG[A.png inline w20]() " on"');
  const md = convertPage('[http://www.google.com [[File:Foobar.jpg|123]]]', { site: 'en', title: 'X' }).markdown;
  assert.equal(md, '![123](https://upload.wikimedia.org/wikipedia/commons/3/3a/Foobar.jpg)\n');
});

test('a `]` inside a kept HTML tag of the label does not end it (extLinks.txt T51672)', () => {
  assert.equal(dump(inl('[http://a.org x <span title="[b]">c</span>] d', 'en')), 'X[labelled http://a.org]("x " <span {"title":"[b]"}>("c")) " d"');
  // A `<` that is no kept tag is text: the first `]` ends the label.
  assert.equal(dump(inl('[http://a.org x <y title="[b]">c] d', 'en')), 'X[labelled http://a.org]("x <y title=\\"[b") "\\">c] d"');
});

test('characters IDNs ignore are stripped from a URL\'s host name, not from its path (Sanitizer::cleanUrl)', () => {
  // extLinks.txt "IDN ignored character reference in hostname; strip it right off".
  assert.deepEqual(inl('http://e&zwnj;xample.com/a&zwnj;b', 'en'), [ext('http://example.com/a\u200cb', 'http://example.com/a\u200cb', 'bare')]);
  assert.deepEqual(inl('[http://e\u00adx\u200bample.org/ x]', 'en'), [ext('http://example.org/', 'x')]);
  assert.deepEqual(inl('http://例子.中国/路径', 'en'), [ext('http://例子.中国/路径', 'http://例子.中国/路径', 'bare')]);
});
