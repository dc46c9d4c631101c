import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Block, Document, FootnoteRef, Inline, References } from '../../src/ast/nodes.js';
import { numberFootnotes } from '../../src/transform/footnotes.js';
import type { PageMeta } from '../../src/engine/types.js';
import { resolveLinks } from '../../src/transform/links.js';
import { siteFor } from '../../src/site/defaults.js';

const p = (...children: Inline[]): Block => ({ type: 'paragraph', children });
const t = (value: string): Inline => ({ type: 'text', value });
const ref = (content: string | null, name: string | null = null, group = ''): FootnoteRef => ({
  type: 'footnoteRef', group, name, children: content === null ? null : [p(t(content))],
});
const refs = (group = '', definitions: FootnoteRef[] = []): References => ({ type: 'references', group, definitions });
const meta = (): PageMeta => ({
  title: 'T', redirect: null, categories: [], interlanguage: [], templates: {}, unhandledTemplates: {},
  references: [], noteTA: null, switches: [], links: [], fallbacks: [],
});
const labels = (doc: Document) => {
  const out: string[] = [];
  const walk = (n: any) => {
    if (n && typeof n === 'object') {
      if (n.type === 'footnoteRef' && n.label) out.push(n.label);
      for (const v of Object.values(n)) if (Array.isArray(v)) v.forEach(walk);
    }
  };
  walk(doc);
  return out;
};

test('first-use order, named reuse, definitions where the list stands', () => {
  const a = ref('A', 'a'), b = ref('B'), a2 = ref(null, 'a');
  const list = refs();
  const doc: Document = { type: 'document', children: [p(t('x'), a, t('y'), b, a2), list] };
  const m = meta();
  numberFootnotes(doc, m, 'zh');
  assert.deepEqual([a.label, b.label, a2.label], ['1', '2', '1']);
  assert.deepEqual(list.list!.map((d) => d.label), ['1', '2']);
  assert.deepEqual(m.references.map((r) => r.text), ['A', 'B']);
});

test('content given at a later use fills an earlier empty named ref', () => {
  const first = ref(null, 'n'), later = ref('Later text', 'n');
  const doc: Document = { type: 'document', children: [p(first, later)] };
  numberFootnotes(doc, meta(), 'zh');
  const end = doc.children.at(-1) as References;
  assert.equal(end.type, 'references');
  assert.equal(end.list!.length, 1);
  assert.deepEqual(end.list![0]!.children, [p(t('Later text'))]);
});

test('list-defined references supply text to earlier uses', () => {
  const use = ref(null, 'ld');
  const list = refs('', [ref('Defined in list', 'ld')]);
  const doc: Document = { type: 'document', children: [p(use), list] };
  numberFootnotes(doc, meta(), 'en');
  assert.equal(use.label, '1');
  assert.deepEqual(list.list![0]!.children, [p(t('Defined in list'))]);
});

test('groups number separately and get their own lists; missing lists appended at the end', () => {
  const n1 = ref('note', null, 'lower-alpha'), r1 = ref('src'), n2 = ref('note2', null, 'lower-alpha');
  const notes = refs('lower-alpha');
  const doc: Document = { type: 'document', children: [p(n1, r1, n2), notes] };
  numberFootnotes(doc, meta(), 'zh');
  assert.deepEqual(labels(doc), ['a', '1', 'b']);
  assert.deepEqual(notes.list!.map((d) => d.label), ['a', 'b']);
  const end = doc.children.at(-1) as References;
  assert.deepEqual(end.list!.map((d) => d.label), ['1']);
});

test('a reference without any text gets the error text, never an empty definition', () => {
  const r = ref(null, 'ghost');
  const doc: Document = { type: 'document', children: [p(r)] };
  const m = meta();
  numberFootnotes(doc, m, 'zh');
  assert.equal(m.references[0]!.text, '引用错误：没有为名为“ghost”的参考文献提供内容');
});

test('an unnamed reference left without text (its templates dropped) reports no made-up name', () => {
  const doc: Document = { type: 'document', children: [p(t('a'), ref(''), t('b'), { type: 'footnoteRef', group: '', name: null, children: [p({ type: 'dropped', name: 'OED' })] })] };
  const m = meta();
  numberFootnotes(doc, m, 'ja');
  assert.deepEqual(m.references.map((r) => r.text), ['出典エラー：name 属性のない注釈には内容が必要です', '出典エラー：name 属性のない注釈には内容が必要です']);
});

test('a second <references/> of the same group lists only refs used after the first', () => {
  const a = ref('A'), b = ref('B');
  const l1 = refs(), l2 = refs();
  const doc: Document = { type: 'document', children: [p(a), l1, p(b), l2] };
  numberFootnotes(doc, meta(), 'zh');
  assert.deepEqual(l1.list!.map((d) => d.label), ['1']);
  assert.deepEqual(l2.list!.map((d) => d.label), ['2']);
});

test('numbering from the index resolveLinks leaves behind equals numbering by a walk of its own', () => {
  // Refs nested in ref content, a repeated named body (its nested ref is not a definition), a
  // list-defined ref and a ref inside a link-bearing table cell.
  const build = () => {
    const inner = ref('inner');
    const a: FootnoteRef = { type: 'footnoteRef', group: '', name: 'a', children: [p(t('A'), inner)] };
    const aAgain: FootnoteRef = { type: 'footnoteRef', group: '', name: 'a', children: [p(t('A'), ref('nested in repeat'))] };
    const link: Inline = { type: 'wikiLink', title: 'X', ns: 0, fragment: null, interwiki: null, children: [t('X')] };
    const cell: Block = {
      type: 'table', attrs: {}, caption: null,
      rows: [{ type: 'tableRow', attrs: {}, cells: [{ type: 'tableCell', header: false, rowspan: 1, colspan: 1, align: null, attrs: {}, children: [p(link, ref('in cell'))] }] }],
    };
    const doc: Document = { type: 'document', children: [p(a, t('x'), aAgain), cell, refs('', [ref('listed', 'ld')]), p(ref(null, 'ld'))] };
    return doc;
  };
  const alone = build();
  const m1 = meta();
  numberFootnotes(alone, m1, 'zh');
  const indexed = build();
  resolveLinks(indexed, { site: siteFor('zh'), selfTitle: 'T', anchor: (f) => f });
  const m2 = meta();
  numberFootnotes(indexed, m2, 'zh');
  assert.deepEqual(labels(indexed), labels(alone));
  assert.deepEqual(m2.references, m1.references);
  assert.deepEqual(labels(alone), ['1', '2', '1', '3', '2', '4']); // the inner ref shows again inside the list's copy of a
});

test('a reference list inside the footnote it would list ({{efn|…{{notelist}}}}) lists nothing; the footnote goes to the end', async () => {
  const { convertPage } = await import('../../src/engine/convert.js');
  // The list took its own footnote into itself and was printed nowhere: a dangling [^a].
  assert.equal(convertPage('a{{efn|x{{notelist}}}}b', { site: 'en' }).markdown, 'a[^a]b\n\n[^a]: x\n');
  assert.equal(convertPage('a{{efn|x{{notelist}}}}b{{notelist}}', { site: 'en' }).markdown, 'a[^a]b\n\n[^a]: x\n');
  // Telling a nested list costs nothing per footnote waiting (no search of their contents).
  const { assertLinear } = await import('../helpers/linear.js');
  assertLinear('nested lists with footnotes waiting', (n) => convertPage('{{efn|x}}'.repeat(n) + '{{efn|y{{notelist}}}}'.repeat(n), { site: 'en' }), 1000);
});
