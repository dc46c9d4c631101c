import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blocks, dd, dl, dt, dump, ol, p, t, ul } from './util.js';
import { assertLinear } from '../helpers/linear.js';

test('bullets, numbers and nesting', () => {
  assert.deepEqual(blocks('* a\n** b\n* c'), [ul([p(t('a')), ul([p(t('b'))])], [p(t('c'))])]);
  assert.deepEqual(blocks('# a\n#* b\n# c'), [ol([p(t('a')), ul([p(t('b'))])], [p(t('c'))])]);
  assert.equal(dump(blocks('* a\n# b')), 'UL(li(P("a"))) OL(li(P("b")))');
});

test('definition lists: ;term:def on one line, separate lines, indent-only', () => {
  assert.deepEqual(blocks('; term : def'), [dl(dt(t('term')), dd(p(t('def'))))]);
  assert.deepEqual(blocks(';term\n:def\n:def2'), [dl(dt(t('term')), dd(p(t('def'))), dd(p(t('def2'))))]);
  assert.deepEqual(blocks(':a\n::b'), [dl(dd(p(t('a')), dl(dd(p(t('b'))))))]);
  assert.equal(dump(blocks(';[[a:b]]:c')), 'DL(dt(L[A:b]("a:b")) dd(P("c")))');
  assert.equal(dump(blocks(";'''1:00''':x")), 'DL(dt(B("1:00")) dd(P("x")))');
  assert.equal(dump(blocks(';http://x.org :y', 'en')), 'DL(dt(X[bare http://x.org]("http://x.org")) dd(P("y")))');
});

test('continuation: #: keeps the item, numbering continues', () => {
  assert.equal(dump(blocks('# one\n#: more\n# two')), 'OL(li(P("one") DL(dd(P("more")))) li(P("two")))');
});

test('a blank line or text ends the list', () => {
  assert.equal(dump(blocks('* a\n\n* b\ntext')), 'UL(li(P("a"))) UL(li(P("b"))) P("text")');
});

test(':<math> alone on a line is display math', () => {
  assert.equal(dump(blocks('text\n:<math>x^2</math>\nmore')), 'P("text") MATHBLOCK("x^2") P("more")');
});

test('deep nesting stays linear', () => {
  const out = blocks('*'.repeat(5000) + ' deep\n' + '#:;'.repeat(2000) + 'x');
  assert.equal(out.length, 2);
  assertLinear('deep lists', (n) => blocks('*'.repeat(n) + ' deep\n' + '#:;'.repeat(n / 2) + 'x'), 5000);
});

test('HTML definition lists become definition lists', () => {
  assert.equal(dump(blocks('<dl><dt>x</dt>\n<dd>a</dd>\n<dd>b</dd></dl>')), 'DL(dt("x") dd(P("a")) dd(P("b")))');
  assert.equal(dump(blocks('<ul><li>a</li><li>b</li></ul>')), 'UL(li(P("a")) li(P("b")))');
});

test('a list opened on a ; line nests inside the term (in-dt), as MediaWiki does', () => {
  assert.equal(dump(blocks(';;x')), 'DL(dt() in-dt(DL(dt("x"))))');
  assert.equal(dump(blocks(';* a\n;* b')), 'DL(dt() in-dt(UL(li(P("a")) li(P("b")))))');
  // `:;*foo` `::*bar` continue the list in the term; `:;baz` closes it and opens a new one.
  assert.equal(
    dump(blocks(':;*foo\n::*bar\n:;baz')),
    'DL(dd(DL(dt() in-dt(UL(li(P("foo")) li(P("bar"))))) DL(dt("baz"))))',
  );
  assert.equal(
    dump(blocks(':;;;::')),
    'DL(dd(DL(dt() in-dt(DL(dt() in-dt(DL(dt() in-dt(DL(dd(DL(dd())))))))))))',
  );
});

test('each ; opened on a line splits a term at the first free colon', () => {
  assert.equal(dump(blocks(';a:b')), 'DL(dt("a") dd(P("b")))');
  assert.equal(dump(blocks(';;a:b:c')), 'DL(dt("a") dd(DL(dt("b") dd(P("c")))))');
  assert.equal(dump(blocks("*#;foo :bar")), 'UL(li(OL(li(DL(dt("foo") dd(P("bar")))))))');
  assert.equal(
    dump(blocks('*#*#;*;;foo : bar\n*#*#;boo : baz')),
    'UL(li(OL(li(UL(li(OL(li(DL(dt("foo") dd(UL(li(DL(dt() in-dt(DL(dt("bar")))))))))))) DL(dt("boo") dd(P("baz")))))))',
  );
});

test('a ; after a ; line starts a new list; : continues it', () => {
  assert.equal(dump(blocks(';a\n;;b')), 'DL(dt("a")) DL(dt() in-dt(DL(dt("b"))))');
  assert.equal(dump(blocks(';a\n:b\n::c')), 'DL(dt("a") dd(P("b") DL(dd(P("c")))))');
  assert.equal(dump(blocks(';a\n::c')), 'DL(dt("a") dd(DL(dd(P("c")))))');
});

test('</dt> written while a nested description is open closes up to the term (;: then ::)', () => {
  // BlockLevelPass writes `</dt><dd>` for the second line: HTML closes the inner list too.
  assert.equal(dump(blocks(';:\n;: a\n;: b')), 'DL(dt() in-dt(DL(dd())) dd(P("a")) dd(P("b")))');
});

test('an item left empty goes: MediaWiki marks it mw-empty-elt and every skin hides it', () => {
  assert.equal(dump(blocks('* a\n*\n* b')), 'UL(li(P("a")) li(P("b")))');
  // An ordered list counts on without it.
  assert.equal(dump(blocks('# a\n#   \n# b')), 'OL(li(P("a")) li(P("b")))');
  // An item holding a nested list is not empty; a list of empty items is left with none.
  assert.equal(dump(blocks('*\n** sub')), 'UL(li(UL(li(P("sub")))))');
  assert.equal(dump(blocks('*\n#')), 'UL() OL()');
  assert.equal(dump(blocks('*[[Category:X]]\n* b', 'en')), 'UL(li(P("b")))');
  // Definition list items are left alone.
  assert.equal(dump(blocks(';\n:x')), 'DL(dt() dd(P("x")))');
});

test('a <poem> on a ; line keeps its lines inside the term (uk 0039 ran the title and three stanzas together)', () => {
  const out = dump(blocks('; Текст<poem>\nЩе не вмерла\nУкраїна</poem><poem>\nПриспів</poem>'));
  assert.equal(out, 'DL(dt("Текст" BR "Ще не вмерла" BR "Україна" BR "Приспів"))');
});

test('a colon inside -{ }- does not split ;term:def on any wiki (BlockLevelPass::findColonNoLinks skips it whatever the language)', () => {
  for (const lang of ['ja', 'uk', 'en']) {
    assert.equal(dump(blocks(';a -{b:c}- d:e', lang)), 'DL(dt("a -{b:c}- d") dd(P("e")))', lang);
    // unclosed: MediaWiki gives up looking, and the whole line is the term
    assert.equal(dump(blocks(';a -{b:c d:e', lang)), 'DL(dt("a -{b:c d:e"))', lang);
  }
  assert.equal(dump(blocks(';a -{b:c}- d:e', 'zh')), 'DL(dt("a " V("b:c") " d") dd(P("e")))');
});
