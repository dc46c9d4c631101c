import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeMarkdown } from '../../src/writer/markdown.js';
import { renderBlocksHtml } from '../../src/writer/html.js';
import { doc, p, t, strong, math, ref, refs, link, ul } from './helpers/tree.js';
import { parseBack } from './helpers/parseback.js';
import type { Block, DefinitionList } from '../../src/ast/nodes.js';

const dt = (...c: string[]): DefinitionList['items'][number] => ({ type: 'definitionTerm', children: c.map((x) => t(x)) });
const dd = (...children: Block[]): DefinitionList['items'][number] => ({ type: 'definitionDescription', children });
const dl = (...items: DefinitionList['items']): DefinitionList => ({ type: 'definitionList', items });

test('terms and descriptions as an HTML definition list', () => {
  const out = writeMarkdown(doc(dl(dt('Term'), dd(p(t('Description '), strong(t('bold')), t(' '), link('./x.md', t('x')))))));
  assert.equal(out, '<dl>\n<dt>Term</dt>\n<dd>Description <b>bold</b> <a href="./x.md">x</a></dd>\n</dl>\n');
  for (const s of Object.values(parseBack(out))) {
    assert.equal(s.dt, 1);
    assert.equal(s.dd, 1);
    assert.deepEqual(s.strong, ['bold']);
    assert.deepEqual(s.links, ['./x.md x']);
  }
});

test('indent-only lines (a run of :) and nesting', () => {
  const inner = dl(dd(p(t('deeper'))));
  const out = writeMarkdown(doc(dl(dd(p(t('indented'))), dd(p(t('again')), inner))));
  assert.equal(out, '<dl>\n<dd>indented</dd>\n<dd><p>again</p><dl><dd>deeper</dd></dl></dd>\n</dl>\n');
  for (const s of Object.values(parseBack(out))) assert.equal(s.dd, 3);
});

test('descriptions with maths or footnotes keep Markdown between blank lines', () => {
  const out = writeMarkdown(doc(dl(dd(p(math('x^2'))), dd(p(t('see'), ref('1')))), refs(['1', [p(t('n'))]])));
  assert.equal(out, '<dl>\n<dd>\n\n$x^2$\n\n</dd>\n<dd>\n\nsee[^1]\n\n</dd>\n</dl>\n\n[^1]: n\n');
  for (const s of Object.values(parseBack(out))) {
    assert.equal(s.dd, 2);
    assert.equal(s.fnRefs, 1);
  }
});

test('a definition list inside a list item (*: continuation)', () => {
  const out = writeMarkdown(doc(ul([p(t('item')), dl(dd(p(t('cont'))))], [p(t('next'))])));
  assert.equal(out, '- item\n\n  <dl>\n  <dd>cont</dd>\n  </dl>\n\n- next\n');
  for (const s of Object.values(parseBack(out))) {
    assert.equal(s.items, 2);
    assert.equal(s.dd, 1);
  }
});

test('a list nested in a term (inTerm description) is printed inside the <dt>', () => {
  const nested: DefinitionList['items'][number] = { type: 'definitionDescription', inTerm: true, children: [ul([p(t('a'))], [p(t('b'))])] };
  const out = writeMarkdown(doc(dl(dt('T'), nested, dd(p(t('d'))))));
  assert.equal(out, '<dl>\n<dt>T<ul><li>a</li><li>b</li></ul></dt>\n<dd>d</dd>\n</dl>\n');
  for (const s of Object.values(parseBack(out))) {
    assert.equal(s.dt, 1);
    assert.equal(s.dd, 1);
  }
  // With Markdown inside (a footnote), between blank lines in the <dt>.
  const withRef: DefinitionList['items'][number] = { type: 'definitionDescription', inTerm: true, children: [ul([p(t('a'), ref('1'))])] };
  const md = writeMarkdown(doc(dl(dt(), withRef), refs(['1', [p(t('n'))]])));
  assert.equal(md, '<dl>\n<dt>\n\n- a[^1]\n\n</dt>\n</dl>\n\n[^1]: n\n');
});

test('an inTerm description in the HTML path lands in the <dt>', () => {
  const nested: DefinitionList['items'][number] = { type: 'definitionDescription', inTerm: true, children: [dl(dt('x'))] };
  assert.equal(renderBlocksHtml([dl(dt(), nested)]), '<dl><dt><dl><dt>x</dt></dl></dt></dl>');
});
