import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Block, Table } from '../../src/ast/nodes.js';
import { blocks, dump, p, t } from './util.js';
import { assertLinear } from '../helpers/linear.js';

test('caption, header row, rows with attributes, inline cells', () => {
  const [table] = blocks('{| class="wikitable"\n|+ 标题\n! A !! B\n|- style="x"\n| 1 || 2\n|}') as [Table];
  assert.deepEqual(table, {
    type: 'table',
    attrs: { class: 'wikitable' },
    caption: [t('标题')],
    rows: [
      { type: 'tableRow', attrs: {}, cells: [
        { type: 'tableCell', header: true, rowspan: 1, colspan: 1, align: null, attrs: {}, children: [p(t('A'))] },
        { type: 'tableCell', header: true, rowspan: 1, colspan: 1, align: null, attrs: {}, children: [p(t('B'))] },
      ] },
      { type: 'tableRow', attrs: { style: 'x' }, cells: [
        { type: 'tableCell', header: false, rowspan: 1, colspan: 1, align: null, attrs: {}, children: [p(t('1'))] },
        { type: 'tableCell', header: false, rowspan: 1, colspan: 1, align: null, attrs: {}, children: [p(t('2'))] },
      ] },
    ],
  });
});

test('cell attributes: spans and alignment; [[ before the pipe means no attributes', () => {
  assert.equal(
    dump(blocks('{|\n| rowspan="2" colspan=3 align=center | a\n| style="text-align: right;" | b\n| [[X|y]] | z\n|}')),
    'TABLE(tr(td r2 c3 center(P("a")) td right(P("b")) td(P(L[X]("y") " | z"))))',
  );
});

test('|| after ! cells, !! only on header lines, not inside tags', () => {
  assert.equal(dump(blocks('{|\n! a || b !! c\n| d !! e\n|}')), 'TABLE(tr(th(P("a")) th(P("b")) th(P("c")) td(P("d !! e"))))');
  assert.equal(dump(blocks('{|\n|<span title="a||b">x</span>\n|}')), 'TABLE(tr(td(P(<span {"title":"a||b"}>("x")))))');
});

test('multi-line cells with lists, paragraphs and nested tables', () => {
  assert.equal(
    dump(blocks('{|\n| first\nsecond\n* item\n|\n{|\n| inner\n|}\n| last\n|}')),
    'TABLE(tr(td(P("first") P("second") UL(li(P("item")))) td(TABLE(tr(td(P("inner"))))) td(P("last"))))',
  );
});

test('content before the first row goes before the table; text after |} follows it', () => {
  assert.equal(dump(blocks('{|\nstray\n|-\n| a\n|} after')), 'P("stray") TABLE(tr(td(P("a")))) P("after")');
});

test('unclosed tables close at the end; indented tables', () => {
  assert.equal(dump(blocks('{|\n| a')), 'TABLE(tr(td(P("a"))))');
  assert.equal(dump(blocks(':{|\n| a\n|}')), 'DL(dd(TABLE(tr(td(P("a"))))))');
});

test('HTML tables become tables, with the row HTML parsers insert', () => {
  assert.equal(dump(blocks('<table><tr><th>a</th><td>b</td></tr></table>')), 'TABLE(tr(th(P("a")) td(P("b"))))');
  assert.equal(dump(blocks('<table>\n<td>a</td>\n</table>')), 'TABLE(tr(td(P("a"))))');
});

test('HTML table content outside cells moves before the table (foster parenting)', () => {
  assert.equal(dump(blocks('<table>foo<tr><td>bar</td></tr></table>')), 'P("foo") TABLE(tr(td(P("bar"))))');
  assert.equal(dump(blocks('<table><tr><td>a</td>x</tr></table>')), 'P("x") TABLE(tr(td(P("a"))))');
  // Nothing but stray content: kept as the HTML block it was.
  assert.ok(!dump(blocks('<table>y</table>')).startsWith('TABLE'));
});

test('|| / !! inside [[ ]] do not split cells; an empty table has one empty cell', () => {
  assert.equal(dump(blocks('{|\n![[Foo|Bar!!]]\n|}', 'en')), 'TABLE(tr(th(P(L[Foo]("Bar!!")))))');
  assert.equal(dump(blocks('{|\n|}')), 'TABLE(tr(td()))');
});

test('HTML rows inside wikitext table syntax are rows of that table (tables.txt, parserTests.txt)', () => {
  assert.equal(dump(blocks('{|\n|-\n<tr><td>foo</td></tr>\n|}', 'en')), 'TABLE(tr(td(P("foo"))))');
  // An open cell ends where the HTML row starts.
  assert.equal(dump(blocks('{|\n!a\n<tr><td>b!!c</td></tr>\n|}', 'en')), 'TABLE(tr(th(P("a"))) tr(td(P("b!!c"))))');
  assert.equal(
    dump(blocks('{|\n|a\n<tr><td>c</td>\n<td>d</td></tr>\n<tr><td>e</td></tr>\n|-\n|f\n|}', 'en')),
    'TABLE(tr(td(P("a"))) tr(td(P("c")) td(P("d"))) tr(td(P("e"))) tr(td(P("f"))))',
  );
  // No </tr> before wikitext table syntax: the line stays fostered content, as before.
  assert.equal(dump(blocks('{|\n<tr><td>x\n|}', 'en')), '<tr>[<td>[P("x")]] TABLE(tr(td()))');
});

test('a table whose |- rows have no cells shows nothing but its fostered content (tables.txt)', () => {
  assert.equal(dump(blocks('{|\n|-\n*a\n*b\n|}\nz', 'en')), 'UL(li(P("a")) li(P("b"))) P("z")');
  assert.equal(dump(blocks('{|\n|-\na\n|}', 'en')), 'P("a")');
  assert.equal(dump(blocks('{| class=x\n|- || ++\n|- > [\n|}', 'en')), '');
  // A caption still shows: the table stays, with MediaWiki's filler cell.
  assert.equal(dump(blocks('{|\n|+ cap\n|-\n|}', 'en')), 'TABLE(cap("cap") tr(td()))');
});

test('10k rows and deep nesting stay linear', () => {
  const big = '{|\n' + '|-\n| a || b\n'.repeat(10000) + '|}';
  const [table] = blocks(big) as [Table];
  assert.equal(table.rows.length, 10000);
  const deep = '{|\n|\n'.repeat(2000) + 'x';
  assert.ok(blocks(deep).length >= 1);
  assertLinear('table rows', (n) => blocks('{|\n' + '|-\n| a || b\n'.repeat(n) + '|}'), 10000);
  assertLinear('nested tables', (n) => blocks('{|\n|\n'.repeat(n) + 'x'), 2000);
});

test('every |+ caption shows (MediaWiki writes one <caption> each), blank ones add nothing', () => {
  assert.equal(dump(blocks('{|\n|+style="color: red;"|caption2\n|+ caption3\n|-\n|foo\n|}')), 'TABLE(cap("caption2" BR "caption3") tr(td(P("foo"))))');
  assert.equal(dump(blocks('{|\n|+\n! h\n|+ c\n|+\n|}')), 'TABLE(cap("c") tr(th(P("h"))))');
});

test('a mark opening a cell on its own line is text: MediaWiki writes "<td>#" on one line, so no list or heading starts there (zh 第10屆日本參議院議員通常選舉: !#!!政黨派別)', () => {
  assert.equal(dump(blocks('{|\n!#!!名称\n|-\n| * x || ** y\n|-\n| == h ==\n|}')),
    'TABLE(tr(th(P("#")) th(P("名称"))) tr(td(P("* x")) td(P("** y"))) tr(td(P("== h =="))))');
  // On a line of its own inside the cell it is a list, as before; a first line with a mark stays text beside it.
  assert.equal(dump(blocks('{|\n|\n* a\n|-\n|* b\n* c\n|}')), 'TABLE(tr(td(UL(li(P("a"))))) tr(td(P("* b") UL(li(P("c"))))))');
});

test('text after an indented table\'s |} stands in its description, as MediaWiki closes the </dd></dl> after it (definitionLists.txt "with content following table")', () => {
  assert.equal(dump(blocks(':{|\n|foo\n|bar\n|} this text\nnext')),
    'DL(dd(TABLE(tr(td(P("foo")) td(P("bar")))) P("this text"))) P("next")');
  assert.equal(dump(blocks('::{|\n|x\n|} y')), 'DL(dd(DL(dd(TABLE(tr(td(P("x")))) P("y")))))');
  // Not indented: the text is a paragraph after the table, as before.
  assert.equal(dump(blocks('{|\n|x\n|} y')), 'TABLE(tr(td(P("x")))) P("y")');
});

test('an indented table nested in a cell is indented once, its trailing text beside it', () => {
  assert.equal(dump(blocks('{|\n|a\n:{|\n|b\n|} after\n|}')),
    'TABLE(tr(td(P("a") DL(dd(TABLE(tr(td(P("b")))) P("after"))))))');
});

test('after a nested table closed outside any cell, blank lines part paragraphs; before it they do not (pWrapping.txt "Paragraph wrapping following unclosed table")', () => {
  assert.equal(dump(blocks('{|\n|-\n\n{|\n| x\n|}\n\na\n\nb\n\nc')), 'TABLE(tr(td(P("x")))) P("a") P("b") P("c")');
  assert.equal(dump(blocks('{|\nfoo\n\nbar\n|x\n|}')), 'P("foo bar") TABLE(tr(td(P("x"))))');
});

test('a table started outside any cell closes the open table: it and the text after it follow that table, which gets no filler cell', () => {
  // HTML's tree building pops the open table at a <table> start tag in table mode (parserTests
  // "Templates with intersecting and overlapping ranges", tables.txt "stray table end tags").
  assert.equal(dump(blocks('{|\n|a\n|-\n{|\n|b\n|}\nc\n|}')), 'TABLE(tr(td(P("a")))) TABLE(tr(td(P("b")))) P("c")');
  assert.equal(dump(blocks('{|\nha\n{|\nho\n|b\n|}\n|}')), 'P("ha") P("ho") TABLE(tr(td(P("b"))))');
  // Inside a cell a table nests as before.
  assert.equal(dump(blocks('{|\n|a\n{|\n|b\n|}\n|}')), 'TABLE(tr(td(P("a") TABLE(tr(td(P("b")))))))');
});

test('a table indented by thousands of colons stays at the list depth limit (the writer recursed once per colon)', async () => {
  const { convertPage } = await import('../../src/engine/convert.js');
  const deep = blocks(':'.repeat(5000) + '{|\n| x\n|}');
  let depth = 0;
  for (let b: unknown = deep[0]; (b as Block | undefined)?.type === 'definitionList'; b = (b as { items: Array<{ children: unknown[] }> }).items[0]!.children[0]) depth++;
  assert.equal(depth, 50);
  const res = convertPage(':'.repeat(20000) + '{|\n| x\n|}', { site: 'zh' });
  assert.deepEqual(res.warnings, []);
  assert.ok(res.markdown.includes('x'));
});

test('-{ before a cell\'s | means no attributes on every wiki, as MediaWiki\'s handleTables checks it whatever the language', () => {
  // On ja/uk/en `-{…}-` is no markup (it stays text), but the cell is still not split at its `|`.
  for (const lang of ['ja', 'uk', 'en']) {
    assert.equal(dump(blocks('{|\n| style="x" -{y}- | z\n|}', lang)), 'TABLE(tr(td(P("style=\\"x\\" -{y}- | z"))))', lang);
    assert.equal(dump(blocks('{|\n| -{R|B}-\n|}', lang)), 'TABLE(tr(td(P("-{R|B}-"))))', lang);
  }
  assert.equal(dump(blocks('{|\n| style="x" -{y}- | z\n|}', 'zh')), 'TABLE(tr(td(P("style=\\"x\\" " V("y") " | z"))))');
  // Without it the part before the bar is attributes, on the same wikis.
  assert.equal(dump(blocks('{|\n| style="x" -y- | z\n|}', 'ja')), 'TABLE(tr(td(P("z"))))');
});
