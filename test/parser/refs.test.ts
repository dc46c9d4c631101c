import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FootnoteRef, Paragraph } from '../../src/ast/nodes.js';
import { dump, parse, p, t } from './util.js';
import { convertPage } from '../../src/engine/convert.js';

test('ref with content, named ref, reuse, group', () => {
  const r = parse('A<ref>一</ref>B<ref name="n" group="注">二</ref>C<ref name=n group=注/>D<ref name="n" group="注"></ref>');
  assert.equal(dump(r.doc), 'P("A" REF[|](P("一")) "B" REF[注|n](P("二")) "C" REF[注|n](∅) "D" REF[注|n](∅))');
});

test('ref content is parsed as blocks with templates and links', () => {
  const r = parse('x<ref>[[甲]] {{cite web|title=T}}\n* item</ref>');
  const ref = (r.doc.children[0] as Paragraph).children[1] as FootnoteRef;
  assert.equal(dump(ref.children!), 'P(L[甲]("甲") " " DROP(Cite web)) UL(li(P("item")))');
  assert.equal(r.meta.templates['Cite web'], 1);
});

test('ref content is trimmed of ASCII white space only: a U+3000 indent stays, like &nbsp;', () => {
  const r = parse('a<ref> \u3000- x</ref><ref>&nbsp;# y</ref>');
  assert.equal(dump(r.doc), 'P("a" REF[|](P("\u3000- x")) REF[|](P("\u00a0# y")))');
  const md = convertPage('a<ref>\u3000- x</ref><ref>&nbsp;# y</ref><references/>', { site: 'zh', title: 'T' }).markdown;
  assert.equal(md, 'a[^1] [^2]\n\n[^1]: \u3000- x\n\n[^2]: \u00a0# y\n');
});

test('an empty unnamed ref is dropped with a warning', () => {
  const r = parse('x<ref></ref>y');
  assert.deepEqual(r.doc.children, [p(t('xy'))]);
  assert.deepEqual(r.warnings.map((w) => w.code), ['empty-ref']);
});

test('follow= appends to the earlier ref', () => {
  const r = parse('a<ref name="p">one</ref> b<ref follow="p">two</ref>');
  assert.equal(dump(r.doc), 'P("a" REF[|p](P("one") P("two")) " b")');
});

test('references, with list-defined refs inside', () => {
  const r = parse('x<ref name="a"/>\n== 注释 ==\n<references group="g">\n<ref name="a">Def A</ref>\n</references>');
  assert.equal(dump(r.doc), 'P("x" REF[|a](∅)) H2("注释") REFS[g](REF[|a](P("Def A")))');
  assert.equal(dump(parse('<references />').doc), 'REFS[]()');
});

test('references in the middle of a paragraph split it', () => {
  assert.equal(dump(parse('a <references/> b').doc), 'P("a") REFS[]() P("b")');
});

test('ref content is trimmed: a leading space does not make preformatted text', () => {
  assert.equal(dump(parse("a<ref> Smith, ''J''.</ref>").doc), 'P("a" REF[|](P("Smith, " I("J") ".")))');
});

test('a ref holding only templates that rendered nothing links each template page, as MediaWiki does for a template it cannot find', () => {
  // uk 0101 <ref>{{КЕД}}</ref>: no handler, no source — the wiki prints the template's citation, not a cite error.
  const uk = parse('x<ref>{{КЕД}}</ref>', { lang: 'uk' });
  assert.equal(dump(uk.doc), 'P("x" REF[|](P(L[Шаблон:КЕД]("Шаблон:КЕД"))))');
  // Named, and two templates (one whose handler dropped it): each linked, in order.
  const named = parse('x<ref name="МД">{{МД}} {{Cite web|title=}}</ref>', { lang: 'uk' });
  assert.equal(dump(named.doc), 'P("x" REF[|МД](P(L[Шаблон:МД]("Шаблон:МД") " " L[Шаблон:Cite web]("Шаблон:Cite web"))))');
  // A ref with text keeps it; a reuse and a ref empty in the source are untouched (real cite errors stay).
  assert.equal(dump(parse('x<ref>Текст {{КЕД}}</ref>', { lang: 'uk' }).doc), 'P("x" REF[|](P("Текст " DROP(КЕД))))');
  assert.equal(dump(parse('x<ref name="a"/><ref name="b"></ref>', { lang: 'uk' }).doc), 'P("x" REF[|a](∅) REF[|b](∅))');
});

test('<references/> inside a <ref> is text, as Cite shows it; the footnote keeps its definition', async () => {
  const { convertPage } = await import('../../src/engine/convert.js');
  // It used to become the list inside the footnote's own content, which then printed nowhere:
  // a dangling [^1] on GitHub and the content lost.
  assert.equal(convertPage('a<ref>x<references/>y</ref>b', { site: 'en' }).markdown, 'a[^1]b\n\n[^1]: x\\<references/>y\n');
  assert.equal(convertPage('a<ref>x<references group="g">z</references></ref>b<references/>', { site: 'en' }).markdown, 'a[^1]b\n\n[^1]: x\\<references>z\\</references>\n');
});

test('a references template ({{reflist}}) inside a <ref> is text too, not a list holding its own footnote', async () => {
  const { convertPage } = await import('../../src/engine/convert.js');
  assert.equal(convertPage('a<ref>x{{reflist}}y</ref>b', { site: 'en' }).markdown, 'a[^1]b\n\n[^1]: x\\<references/>y\n');
});
