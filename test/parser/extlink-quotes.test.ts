import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';
import { b, dump, ext, i, inl, t } from './util.js';
import { assertLinear } from '../helpers/linear.js';

const md = (src: string): string => convertPage(src, { site: 'en', title: 'X' }).markdown.trim();

// MediaWiki resolves '' and ''' over the whole line before it finds external links, then the
// HTML tree builder splits the misnested element (parserTests.txt T4702, extLinks.txt T6598).
test('italic opened before an external link and closed in its label', () => {
  assert.equal(md("''[http://example.com text'']"), '*[text](http://example.com)*');
  assert.equal(md("''Something [http://example.com in italic'']"), '*Something [in italic](http://example.com)*');
});

test('bold opened in a label and closed after the link', () => {
  assert.equal(md("[http://example.com '''text]'''"), '[**text**](http://example.com)');
});

test('a close inside the label splits the link in two', () => {
  assert.equal(
    md("''Something [http://example.com mixed''''', even bold]'''"),
    '*Something [mixed](http://example.com)*[**, even bold**](http://example.com)',
  );
  assert.equal(
    md("''Some [http://example.com/ pretty ''italics'' and stuff]!''"),
    '*Some [pretty](http://example.com/)* [italics *and stuff*](http://example.com/)*!*',
  );
});

test('quotes balanced inside the label stay inside the link', () => {
  assert.equal(md("Some [http://example.com/ pretty ''italics'' and stuff]!"), 'Some [pretty *italics* and stuff](http://example.com/)!');
  assert.deepEqual(inl("[http://a.org ''T''] x", 'en'), [ext('http://a.org', [i(t('T'))]), t(' x')]);
  assert.deepEqual(inl("'''''Now [http://a.org both''''']", 'en'), [i(b(t('Now '), ext('http://a.org', 'both')))]);
});

test('the space before the label counts for the odd-bold-and-italic rule', () => {
  // Three ''' and one '': one ''' is read as an apostrophe plus ''. MediaWiki sees the raw
  // "[url '''x" (a space before the run), so the run after "word" is the one taken.
  assert.equal(
    dump(inl("[http://a.org '''x] word'''s'''y ''q", 'en')),
    'X[labelled http://a.org](B("x")) B(" word\'" I("s")) I("y ") "q"',
  );
});

test('many external links on a line stay linear, with and without quotes in their labels', () => {
  assertLinear('labels with quotes', (n) => inl("''a [http://a.org b'' c] ".repeat(n), 'en'), 5000);
  assertLinear('labels without quotes or links', (n) => inl('[http://a.org b] '.repeat(n) + "''", 'en'), 5000);
});
