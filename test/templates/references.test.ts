import { test } from 'node:test';
import type { FootnoteRef, Inline } from '../../src/ast/nodes.js';
import assert from 'node:assert/strict';
import { inlineOf, makeCtx, render, show } from './harness.js';
import { convertPage } from '../../src/engine/convert.js';

const zh = makeCtx('zh');

test('reflist/references/notelist → a References node with the right group', () => {
  assert.deepEqual(render('Reflist', ['30em'], {}, zh), { kind: 'block', nodes: [{ type: 'references', group: '', definitions: [] }] });
  assert.deepEqual(render('reflist', [], { group: '注释' }, zh), { kind: 'block', nodes: [{ type: 'references', group: '注释', definitions: [] }] });
  assert.deepEqual(render('Notelist', [], {}, zh), { kind: 'block', nodes: [{ type: 'references', group: 'lower-alpha', definitions: [] }] });
  assert.deepEqual(render('Notelist-ua', [], {}, zh), { kind: 'block', nodes: [{ type: 'references', group: 'upper-alpha', definitions: [] }] });
  assert.deepEqual(render('NoteFoot', [], {}, zh), { kind: 'block', nodes: [{ type: 'references', group: '注', definitions: [] }] });
  assert.deepEqual(render('Reflist-talk', [], {}, zh), { kind: 'block', nodes: [{ type: 'references', group: '', definitions: [] }] });
});

test('reflist refs= collects list-defined references from the parsed value', () => {
  const ctx = makeCtx('zh');
  const def = { type: 'footnoteRef' as const, group: '', name: 'a', children: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value: 'A' }] }] };
  ctx.parseInline = () => [{ type: 'text', value: ' ' }, def];
  assert.deepEqual(render('Reflist', [], { refs: '\x7f0\x7f' }, ctx), { kind: 'block', nodes: [{ type: 'references', group: '', definitions: [def] }] });
});

test('efn and friends → FootnoteRef with group and content', () => {
  assert.deepEqual(inlineOf(render('Efn', ['一个注释'], { name: 'n1' }, zh)), [
    { type: 'footnoteRef', group: 'lower-alpha', name: 'n1', children: [{ type: 'paragraph', children: [{ type: 'text', value: '一个注释' }] }] },
  ]);
  assert.deepEqual(inlineOf(render('efn-ua', ['x'], {}, zh))[0], { type: 'footnoteRef', group: 'upper-alpha', name: null, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'x' }] }] });
  assert.equal((inlineOf(render('noteTag', [], { '1': '首次公演' }, zh))[0] as { group: string }).group, '注');
  assert.equal((inlineOf(render('Refn', ['x'], { group: 'note' }, zh))[0] as { group: string }).group, 'note');
  // A reuse by name has no content.
  assert.deepEqual(inlineOf(render('Efn', [], { name: 'n1' }, zh)), [{ type: 'footnoteRef', group: 'lower-alpha', name: 'n1', children: null }]);
  assert.deepEqual(render('Efn', [], {}, zh), { kind: 'drop' });
});

test('ja: efn/notelist use the group 注釈, efn2/notelist2 the group 注 (as the dump pages pair them)', () => {
  const ja = makeCtx('ja');
  const groupOf = (name: string) => (inlineOf(render(name, ['x'], {}, ja))[0] as { group: string }).group;
  assert.equal(groupOf('Efn'), '注釈');
  assert.equal(groupOf('efn2'), '注');
  assert.deepEqual(render('Notelist', ['2'], {}, ja), { kind: 'block', nodes: [{ type: 'references', group: '注釈', definitions: [] }] });
  assert.deepEqual(render('Notelist2', [], {}, ja), { kind: 'block', nodes: [{ type: 'references', group: '注', definitions: [] }] });
  // Other wikis keep the English letters.
  assert.equal((inlineOf(render('Efn', ['x'], {}, makeCtx('uk')))[0] as { group: string }).group, 'lower-alpha');
});

test('r reuses named references; page= follows the first marker in superscript, pageN= the Nth (zh 数域)', () => {
  const sup = (page: string) => ({ type: 'htmlInline', tag: 'sup', attrs: {}, children: [{ type: 'text', value: ':' }, { type: 'text', value: page }] });
  assert.deepEqual(inlineOf(render('R', ['hgz', 'wef'], { page: '160' }, zh)), [
    { type: 'footnoteRef', group: '', name: 'hgz', children: null },
    sup('160'),
    { type: 'footnoteRef', group: '', name: 'wef', children: null },
  ]);
  assert.deepEqual(inlineOf(render('R', ['wef', 'zxk'], { page1: '103', page2: '5' }, zh)), [
    { type: 'footnoteRef', group: '', name: 'wef', children: null },
    sup('103'),
    { type: 'footnoteRef', group: '', name: 'zxk', children: null },
    sup('5'),
  ]);
  assert.deepEqual(inlineOf(render('R', ['a'], {}, zh)), [{ type: 'footnoteRef', group: '', name: 'a', children: null }]);
});

test('r drops one pair of quotes around a name, as {{#tag:ref}} does (ja 日本の漫画家: {{R|"name"}})', () => {
  assert.deepEqual(inlineOf(render('R', ['"hgz"', "'wef'", '"a"b"'], {}, zh)), [
    { type: 'footnoteRef', group: '', name: 'hgz', children: null },
    { type: 'footnoteRef', group: '', name: 'wef', children: null },
    { type: 'footnoteRef', group: '', name: 'a"b', children: null },
  ]);
  // Quotes only on one side stay part of the name; an empty pair names nothing.
  assert.deepEqual(inlineOf(render('R', ['"x', '""', `"'`], {}, zh)), [
    { type: 'footnoteRef', group: '', name: '"x', children: null },
    { type: 'footnoteRef', group: '', name: `"'`, children: null },
  ]);
});

/** Inline nodes as text, in-page links as [#fragment|label]. */
const anchored = (nodes: readonly Inline[]): string =>
  nodes.map((n) => (n.type === 'wikiLink' ? `[#${n.fragment}|${show(n.children)}]` : show([n]))).join('');

test('sfn makes one shared footnote per citation; harvnb/harvtxt inline; each links the full citation (#CITEREF…)', () => {
  const a = inlineOf(render('Sfn', ['Smith', 'Jones', '2005'], { p: '12' }, makeCtx('en')));
  assert.equal(a.length, 1);
  const ref = a[0] as FootnoteRef;
  assert.equal(ref.name, 'FOOTNOTESmith & Jones 2005, p. 12.');
  assert.equal(anchored(ref.children![0]!.type === 'paragraph' ? ref.children![0]!.children : []), '[#CITEREFSmithJones2005|Smith & Jones 2005], p. 12.');
  assert.equal(anchored(inlineOf(render('harvnb', ['范诺', '1949'], {}, zh))), '[#CITEREF范诺1949|范诺 1949]');
  assert.equal(anchored(inlineOf(render('Harvtxt', ['Smith', '2005'], { p: '3' }, makeCtx('en')))), '[#CITEREFSmith2005|Smith (2005, p. 3)]');
  assert.equal(anchored(inlineOf(render('Harv', ['益田', '2018'], { p: '19' }, makeCtx('ja')))), '([#CITEREF益田2018|益田 2018], p. 19)');
  // {{SfnRef}} gives a citation's ref= the same name; ref=harv builds it from the authors and the year.
  assert.equal(show(inlineOf(render('SfnRef', ['益田', '2015'], {}, makeCtx('ja')))), 'CITEREF益田2015');
  const cite = inlineOf(render('Cite web', [], { last: '佐田', first: '節子', year: '2019', title: '血液', ref: 'harv' }, makeCtx('ja')));
  assert.deepEqual(cite[0], { type: 'htmlInline', tag: 'span', attrs: { id: 'CITEREF佐田2019' }, children: [] });
  // Without ref=, a citation is anchored (as CS1 does) only on a page that cites by author and
  // year: after an {{sfn}} on the same page, not on a fresh one.
  const book = { last: 'シェラット', year: '2015', title: 'X' };
  assert.equal(inlineOf(render('Cite book', [], book, makeCtx('ja')))[0]!.type, 'text');
  const page = makeCtx('ja');
  render('Sfn', ['シェラット', '2015'], { p: '3' }, page);
  assert.deepEqual(inlineOf(render('Cite book', [], book, page))[0], { type: 'htmlInline', tag: 'span', attrs: { id: 'CITEREFシェラット2015' }, children: [] });
});

test('sfn: an empty name is skipped, not the end of the names (jawiki {{Sfn|國廣||安井|堀内|2021}})', () => {
  const ref = inlineOf(render('Sfn', ['國廣', '', '安井', '堀内', '2021'], { p: '5' }, makeCtx('ja')))[0] as FootnoteRef;
  assert.equal(anchored(ref.children![0]!.type === 'paragraph' ? ref.children![0]!.children : []), '[#CITEREF國廣安井堀内2021|國廣, 安井 & 堀内 2021], p. 5.');
});

test('NoteTA records title, rules and groups in meta and shows nothing', () => {
  const ctx = makeCtx('zh');
  const r = render('NoteTA', [], { T: 'zh-cn:数书九章;zh-tw:數書九章;', '1': 'zh-hans:巡洋战舰; zh-hant:巡洋戰艦;', '2': ' zh:a; zh-tw:b; ', G1: 'Math', G2: 'Military' }, ctx);
  assert.deepEqual(r, { kind: 'drop' });
  assert.deepEqual(ctx.meta.noteTA, {
    title: 'zh-cn:数书九章;zh-tw:數書九章;',
    rules: ['zh-hans:巡洋战舰; zh-hant:巡洋戰艦;', 'zh:a; zh-tw:b;'],
    groups: ['Math', 'Military'],
  });
  // A second NoteTA adds to the first.
  render('noteTA', [], { G1: 'Physics' }, ctx);
  assert.deepEqual(ctx.meta.noteTA!.groups, ['Math', 'Military', 'Physics']);
});

test('uk ref+: the second argument names the group', () => {
  assert.deepEqual(inlineOf(render('Ref+', ['Сучасне село.', 'ком.'], {}, makeCtx('uk'))), [
    { type: 'footnoteRef', group: 'ком.', name: null, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Сучасне село.' }] }] },
  ]);
});

test('the hand-made note pair: {{ref|id}} / {{ref label|id|a}} is a bracketed mark linking to {{note|id}}, whose caret links back (uk 0051, ja 0007)', () => {
  const md = convertPage('мова{{ref|3}} x\n\n{{note|3}} Всесоюзна офіційна.\n\na{{ref label|footnote_a|a}}', { site: 'uk', title: 'X' }).markdown.trim().split('\n\n');
  assert.deepEqual(md, [
    'мова<sup><a id="ref-3"></a>[[3]](#endnote-3)</sup> x',
    '<a id="endnote-3"></a>**[\\^](#ref-3)** Всесоюзна офіційна.',
    'a<sup><a id="ref-footnote-a"></a>[[a]](#endnote-footnote-a)</sup>',
  ]);
  const uk = makeCtx('uk');
  assert.deepEqual(render('Ref', [], {}, uk), { kind: 'drop' });
  assert.deepEqual(render('Note', [''], {}, uk), { kind: 'drop' });
  assert.equal(show(inlineOf(render('Ref label', ['', 'b'], {}, uk))), '<sup>[b]</sup>');
});

const page = (src: string, site = 'en') => convertPage(src, { site, title: 'X' }).markdown.trim().split('\n\n');

test('{{ref|id|label}} shows the label, as {{ref label}} does; the id only names the anchors', () => {
  assert.deepEqual(page('a{{ref|x|1}} b{{ref label|y|2}}'), ['a<sup><a id="ref-x"></a>[[1]](#endnote-x)</sup> b<sup><a id="ref-y"></a>[[2]](#endnote-y)</sup>']);
  // noid= leaves the mark without its anchor (a second mark of the same note).
  assert.deepEqual(page('a{{ref|x|1|noid=noid}}'), ['a<sup>[[1]](#endnote-x)</sup>']);
});

test('{{note|id|label|text}}: the text follows the caret', () => {
  assert.deepEqual(page('{{note|x|1|The note.}}'), ['<a id="endnote-x"></a>**[\\^](#ref-x)** The note.']);
});

test('{{ref label|id|label|backlink}} marks are anchored per backlink; {{note label}} anchors the note once and links back to each', () => {
  assert.deepEqual(page('a{{ref label|x|1|a}} b{{ref label|x|1|b}}\n\n{{note label|x|1|a}}{{note label|x|1|b|Shared note.}}'), [
    'a<sup><a id="ref-xa"></a>[[1]](#endnote-x)</sup> b<sup><a id="ref-xb"></a>[[1]](#endnote-x)</sup>',
    '<a id="endnote-x"></a>**[<sup>*a*</sup>](#ref-xa)**<!-- -->**[<sup>*b*</sup>](#ref-xb)** Shared note.',
  ]);
  // The backlink `none` is shown as the caret, and still names the mark it returns to.
  assert.deepEqual(page('a{{ref label|n|2|none}}\n\n{{note label|n|2|none|Text.}}'), [
    'a<sup><a id="ref-nnone"></a>[[2]](#endnote-n)</sup>',
    '<a id="endnote-n"></a>**[\\^](#ref-nnone)** Text.',
  ]);
  assert.deepEqual(render('Note label', ['', 'a'], {}, zh), { kind: 'drop' });
});

test('hand-made note ids made of symbols stay apart: † and ‡, a.1 and a1 name different anchors', () => {
  assert.deepEqual(page('a{{ref|†}} b{{ref|‡}} c{{ref|a.1}} d{{ref|a1}}\n\n{{note|†}} one {{note|‡}} two'), [
    'a<sup><a id="ref--x2020-"></a>[[†]](#endnote--x2020-)</sup> b<sup><a id="ref--x2021-"></a>[[‡]](#endnote--x2021-)</sup> c<sup><a id="ref-a-x2e-1"></a>[[a.1]](#endnote-a-x2e-1)</sup> d<sup><a id="ref-a1"></a>[[a1]](#endnote-a1)</sup>',
    '<a id="endnote--x2020-"></a>**[\\^](#ref--x2020-)** one <a id="endnote--x2021-"></a>**[\\^](#ref--x2021-)** two',
  ]);
});
