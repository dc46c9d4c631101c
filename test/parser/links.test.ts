import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WikiLink } from '../../src/ast/nodes.js';
import { parseInlineFragment } from '../../src/parser/index.js';
import { templatePageLink } from '../../src/parser/links.js';
import { buildSite, siteFor } from '../../src/site/defaults.js';
import { parseTitle } from '../../src/site/titles.js';
import { dump, inl, link, parse, t } from './util.js';
import { assertLinear } from '../helpers/linear.js';

test('plain, piped, section and fragment-only links', () => {
  assert.deepEqual(inl('[[数学]]'), [link('数学', '数学')]);
  assert.deepEqual(inl('[[数学|数]]'), [link('数学', '数')]);
  assert.deepEqual(inl('[[数学#历史|史]]'), [link('数学', '史', { fragment: '历史' })]);
  assert.deepEqual(inl('[[#历史]]'), [link('', '#历史', { fragment: '历史' })]);
  assert.deepEqual(inl('[[foo_bar]]', 'en'), [link('Foo bar', 'foo_bar')]);
});

test('leading colon, namespaces and interwiki', () => {
  assert.deepEqual(inl('[[:Category:数学]]'), [link('Category:数学', 'Category:数学', { ns: 14 })]);
  assert.deepEqual(inl('[[:分类:数学|分类]]'), [link('Category:数学', '分类', { ns: 14 })]);
  assert.deepEqual(inl('[[wikt:字|字]]'), [link('字', '字', { interwiki: 'wikt' })]);
  assert.deepEqual(inl('[[:en:Foo|Foo]]'), [link('Foo', 'Foo', { interwiki: 'en' })]);
  assert.deepEqual(inl('[[Media:A.png|a]]'), [link('Media:A.png', 'a', { ns: -2 })]);
});

test('link trails join in en, not in zh/ja', () => {
  assert.deepEqual(inl('[[apple]]s and', 'en'), [link('Apple', 'apples'), t(' and')]);
  assert.deepEqual(inl('[[苹果]]树'), [link('苹果', '苹果'), t('树')]);
  assert.deepEqual(inl('[[Apple]]s', 'ja'), [link('Apple', 'Apple'), t('s')]);
});

test('an empty label is no link: the pipe trick is a save-time rewrite, the parser shows the text', () => {
  assert.deepEqual(inl('[[Foo (bar)|]]', 'en'), [t('[[Foo (bar)|]]')]);
  assert.deepEqual(inl('[[北京 (消歧义)|]]后'), [t('[[北京 (消歧义)|]]后')]);
  // A blank label links nothing visible (wikiLinks.txt "Piped link with empty link text - 2").
  assert.deepEqual(inl('a[[Foo| ]]b', 'zh'), [t('a b')]);
});

test('invalid targets and broken links stay text; the inner link wins', () => {
  assert.deepEqual(inl('[[a{b]]'), [t('[[a{b]]')]);
  assert.deepEqual(inl('[[Foo'), [t('[[Foo')]);
  assert.equal(dump(inl('[[Hi|[[Ho]]]]')), '"[[Hi|" L[Ho]("Ho") "]]"');
  // MediaWiki's wikiLinks.txt "Link with 3 brackets": `[[` before a third `[` opens nothing.
  assert.deepEqual(inl('[[[Main]]] Foo [[[main page|the main page]]]', 'en'), [t('[[[Main]]] Foo [[[main page|the main page]]]')]);
  assert.equal(dump(inl('[[[[A|B]]]]')), '"[[" L[A]("B") "]]"');
  assert.equal(dump(inl('[[[http://e.com q]]]')), '"[[" X[labelled http://e.com]("q") "]]"');
  assert.equal(dump(inl('[[http://example.com x]]')), '"[" X[labelled http://example.com]("x") "]"');
});

test('odd targets MediaWiki shows as text (wikiLinks.txt T53090), and <> allowed in a fragment', () => {
  for (const src of ['[[foo~~~bar]]', '[[foo>bar]]', '[[foo<bar]]', '[[7%2525 Solution]]', '[[Project:#fragment]]', '[[./../foo|bar]]', '[[foo/..|bar]]']) {
    assert.deepEqual(inl(src, 'en'), [t(src)], src);
  }
  assert.deepEqual(inl('[[' + '字'.repeat(86) + ']]'), [t('[[' + '字'.repeat(86) + ']]')]);
  assert.equal(dump(inl('[[' + '字'.repeat(85) + ']]')), 'L[' + '字'.repeat(85) + ']("' + '字'.repeat(85) + '")');
  assert.deepEqual(inl('[[Foo#<bar>]]', 'en'), [link('Foo', 'Foo#<bar>', { fragment: '<bar>' })]);
  // A real tag in the target is no link.
  assert.equal(dump(inl('[[Foo#<b>x</b>]]', 'en')), '"[[Foo#" B("x") "]]"');
});

test('labels keep inline markup; no nested links inside labels', () => {
  // External link syntax in a label is text (MediaWiki armours URL protocols in link labels):
  // wikiLinks.txt "T4095 … version 2" and "Wikilink extlink precedence".
  assert.equal(dump(inl("[[A|''b'' [http://x.org c]]]")), 'L[A](I("b") " [http://x.org c]")');
  assert.equal(dump(inl('[[Main Page|[http://example.com/]]] [http://z.org]', 'en')), 'L[Main Page]("[http://example.com/]") " " X[numbered http://z.org]("[1]")');
  assert.equal(dump(inl('[[Test|[http://google.com test]]', 'en')), 'L[Test]("[http://google.com test")');
});

test('meta.links collects distinct internal targets', () => {
  const r = parse('[[甲]] [[乙|x]] [[甲]] [[:Category:丙]] [[wikt:丁]] [[#戊]]');
  assert.deepEqual(r.meta.links, ['甲', '乙', 'Category:丙']);
});

test('meta.links: first-seen order, written when a parse returns, a plain data property', () => {
  const r = parse('[[乙]] [[甲]] [[乙]]');
  assert.deepEqual(r.meta.links, ['乙', '甲']);
  const own = Object.getOwnPropertyDescriptor(r.meta, 'links');
  assert.equal(own?.writable, true);
  assert.equal(own?.get, undefined);
  // A later parse of the same context (the variant pass's fragments) adds to the same list.
  parseInlineFragment('[[丙]] [[甲]]', r.ctx);
  assert.deepEqual(r.meta.links, ['乙', '甲', '丙']);
  assert.deepEqual(JSON.parse(JSON.stringify(r.meta)).links, ['乙', '甲', '丙']);
});

test('meta.links: assigned, then more parsed in the same context, the new links follow', () => {
  const r = parse('[[乙]] [[甲]]');
  r.meta.links = ['己', '甲'];
  parseInlineFragment('[[戊]] [[己]] [[乙]] [[戊]]', r.ctx);
  assert.deepEqual(r.meta.links, ['己', '甲', '戊', '乙']);
});

test('meta.links: two contexts over one meta both add their links', () => {
  const r = parse('[[乙]]');
  const other = { ...parse('[[丁]]').ctx, meta: r.meta };
  parseInlineFragment('[[戊]] [[乙]]', other);
  parseInlineFragment('[[己]]', r.ctx);
  parseInlineFragment('[[庚]] [[己]]', other);
  parseInlineFragment('[[辛]]', r.ctx);
  assert.deepEqual(r.meta.links, ['乙', '戊', '己', '庚', '辛']);
});

test('a target read once by the link scan gets the title parseTitle gives', () => {
  // Each character that makes a target not simple, at its start, middle and end, and the spaces
  // and lengths around the simple test's limits: the link's title is parseTitle's either way, and
  // a target parseTitle rejects makes no link. U+FEFF and U+200B are kept by both (MediaWiki's
  // title codec neither folds nor strips them).
  const targets: string[] = ['Київ', 'київ', 'ábc', 'ß', 'ǆemal', '東京', 'a b', 'a  b', ' a', 'a ', 'x'.repeat(85), 'x'.repeat(86), 'я'.repeat(85), 'я'.repeat(86), '東'.repeat(85), '東'.repeat(86), '\ufeff', '\ufeff#x'];
  for (const ch of ['#', '%41', '&amp;', ':', '_', '.', '/', '>', '~', '<x', '\u00a0', '\u2003', '\u200b', '\u200e', '\u202a', '\u3000', '\ufeff', '\ufffd']) {
    targets.push(ch + 'ab', 'a' + ch + 'b', 'ab' + ch, ch + 'ab#x', 'ab' + ch + '#x');
  }
  const sites = ['uk', 'ja', 'en'].map((lang) => siteFor(lang));
  sites.push(buildSite({ lang: 'en', case: 'case-sensitive' }));
  let rejected = 0;
  for (const site of sites) {
    for (const target of targets) {
      const expected = parseTitle(site, target);
      const doc = parse(`x [[${target}]] y`, { site }).doc;
      const para = doc.children[0];
      assert.equal(para?.type, 'paragraph');
      const nodes = (para as { children: { type: string }[] }).children.filter((n) => n.type === 'wikiLink');
      const what = `${site.lang} ${site.case} ${JSON.stringify(target)}`;
      if (expected === null) {
        assert.equal(nodes.length, 0, what);
        rejected++;
        continue;
      }
      if (expected.ns === 6 || expected.ns === 14 || (expected.interwiki !== null && site.languages.has(expected.interwiki))) continue;
      assert.equal(nodes.length, 1, what);
      const n = nodes[0] as WikiLink;
      assert.equal(n.title, expected.interwiki !== null ? expected.text : expected.full, what);
      assert.equal(n.fragment, expected.fragment, what);
    }
  }
  assert.ok(rejected >= 4 * 5, `rejected targets seen: ${rejected}`);
});

test('unclosed [[ on many lines stays linear', () => {
  const out = inl('[[a|'.repeat(20000));
  assert.equal(out.length, 1);
  const out2 = inl('[[File:x.png|'.repeat(5000));
  assert.equal(out2.length, 1);
  assertLinear('unclosed [[', (n) => inl('[[a|'.repeat(n)), 20000);
  assertLinear('unclosed [[File:', (n) => inl('[[File:x.png|'.repeat(n)), 5000);
});

test('links nested in labels stay linear: each label is searched only up to the next [[', () => {
  // `[[a|[[a|…]]]]`: every label's first `]]` is at the far end, past the inner `[[`.
  assert.equal(dump(inl('[[a|[[b|c]]]]', 'en')), '"[[a|" L[B]("c") "]]"');
  assert.equal(dump(inl('[[a|<b>x</b> [[c]]]]', 'en')), '"[[a|" B("x") " " L[C]("c") "]]"');
  assertLinear('nested [[a|', (n) => inl('[[a|'.repeat(n) + ']]'.repeat(n), 'en'), 4000);
});

test("a link trail that takes apostrophes stops before '' (bold/italic markup)", () => {
  assert.equal(dump(inl("''[[Острови]]'' [[Київ]]ом '''[[Львів]]'''", 'uk')), 'I(L[Острови]("Острови")) " " L[Київ]("Київом") " " B(L[Львів]("Львів"))');
});

test('brackets inside a kept HTML tag of a label neither close it nor open a link (wikiLinks.txt T72875)', () => {
  // The Sanitizer encodes them in attribute values before MediaWiki looks for links.
  assert.equal(dump(inl('[[Foo|a <span title="with [[b]] and ]]">c</span>]] d', 'en')), 'L[Foo]("a " <span {"title":"with [[b]] and ]]"}>("c")) " d"');
  // A `<` that is no kept tag does not hide what follows it: the `[[` still wins.
  assert.equal(dump(inl('[[Foo|a <x title="[[b]]">c]]', 'en')), '"[[Foo|a <x title=\\"" L[B]("b") "\\">c]]"');
  // A kept tag may span lines (the Sanitizer encodes the line break in the value too).
  assert.equal(dump(inl('[[Foo|a <span title="]]\n">c]]', 'en')), 'L[Foo]("a " <span {"title":"]]"}>("c"))');
});

test('templatePageLink: the link MediaWiki prints for a template it cannot find, in the wiki\'s own namespace name; none for a name that makes no template title', () => {
  const uk = siteFor('uk');
  assert.deepEqual(templatePageLink(uk, 'МД'), { type: 'wikiLink', title: 'Шаблон:МД', ns: 10, fragment: null, interwiki: null, children: [{ type: 'text', value: 'Шаблон:МД' }] });
  assert.equal(templatePageLink(uk, 'a[b'), null);
  assert.equal(templatePageLink(uk, ''), null);
});
