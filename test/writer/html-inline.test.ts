import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeMarkdown } from '../../src/writer/markdown.js';
import { doc, html, p, t, strong } from './helpers/tree.js';
import { parseBack } from './helpers/parseback.js';

const md = (...children: Parameters<typeof p>): string => writeMarkdown(doc(p(...children)));

test('allowed inline tags are printed with their meaning', () => {
  assert.equal(md(t('H'), html('sub', {}, t('2')), t('O, x'), html('sup', {}, t('2'))), 'H<sub>2</sub>O, x<sup>2</sup>\n');
  assert.equal(md(html('s', {}, t('old')), html('u', {}, t('u')), html('del', {}, t('d')), html('ins', {}, t('i'))), '<s>old</s><ins>u</ins><del>d</del><ins>i</ins>\n');
  assert.equal(md(html('kbd', {}, t('Ctrl')), t('+'), html('small', {}, t('s'))), '<kbd>Ctrl</kbd>+<small>s</small>\n');
  assert.equal(md(html('ruby', {}, t('漢'), html('rp', {}, t('(')), html('rt', {}, t('kan')), html('rp', {}, t(')')))), '<ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby>\n');
});

test('Markdown inside inline tags still works and is escaped', () => {
  const out = md(html('sup', {}, strong(t('b')), t(' *x*')));
  assert.equal(out, '<sup>**b** \\*x\\*</sup>\n');
  for (const s of Object.values(parseBack(out))) assert.deepEqual(s.strong, ['b']);
});

test('span and font lose the tag, keep the text; a span id stays as an anchor', () => {
  assert.equal(md(html('span', { style: 'color:red', class: 'x' }, t('red'))), 'red\n');
  assert.equal(md(html('font', { color: 'red' }, t('f'))), 'f\n');
  assert.equal(md(html('span', { id: 'my anchor' }, t('a'))), '<a id="my-anchor"></a>a\n');
});

test('attributes: only what MediaWiki allows and GitHub keeps', () => {
  assert.equal(md(html('abbr', { title: 'HyperText "Markup"', style: 'x', class: 'c', onclick: 'evil()' }, t('HTML'))), '<abbr title="HyperText &quot;Markup&quot;">HTML</abbr>\n');
  assert.equal(md(html('q', { cite: 'javascript:alert(1)', lang: 'en' }, t('q'))), '<q lang="en">q</q>\n');
  assert.equal(md(html('q', { cite: 'https://e.org/' }, t('q'))), '<q cite="https://e.org/">q</q>\n');
  assert.equal(md(html('time', { datetime: '2020-01-01', 'data-x': '1' }, t('t'))), '<time datetime="2020-01-01">t</time>\n');
  assert.equal(md(html('bdo', { dir: 'rtl' }, t('abc'))), '<bdo dir="rtl">abc</bdo>\n');
});

test('void tags', () => {
  assert.equal(md(t('a'), html('wbr', {}), t('b'), html('br', {}), t('c')), 'a<wbr />b<br />c\n');
});

test('tags outside the allowed list keep only their content', () => {
  assert.equal(md(html('marquee', {}, t('m'))), 'm\n');
  assert.equal(md(html('script', {}, t('alert(1)'))), '');
});
