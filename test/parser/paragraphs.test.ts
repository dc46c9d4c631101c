import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blocks, dump, p, parse, t } from './util.js';
import { convertPage } from '../../src/engine/convert.js';

test('blank lines separate paragraphs; single newlines join with a space', () => {
  assert.deepEqual(blocks('a\nb\n\nc', 'en'), [p(t('a b')), p(t('c'))]);
  assert.deepEqual(blocks('a\n\n\n\nb', 'en'), [p(t('a')), p(t('b'))]);
});

test('in zh, lines of CJK text join without a space', () => {
  // Two text nodes: the join is a boundary for zh's variant converter (test/variants/line-joins);
  // ja, with no variants, keeps one.
  assert.deepEqual(blocks('中文\n文字', 'zh'), [p(t('中文'), t('文字'))]);
  assert.deepEqual(blocks('中文\n文字', 'ja'), [p(t('中文文字'))]);
  assert.deepEqual(blocks('中文\nabc', 'zh'), [p(t('中文 abc'))]);
  assert.deepEqual(blocks('中文\n文字', 'en'), [p(t('中文 文字'))]);
});

test('paragraph edges are trimmed', () => {
  assert.deepEqual(blocks('\ta  b  ', 'en'), [p(t('a  b'))]);
});

test('an indent of ideographic spaces or &nbsp; is kept: MediaWiki trims ASCII white space only', () => {
  // Classical Chinese and Japanese prose indent paragraphs with U+3000; PHP's trim leaves it.
  assert.deepEqual(blocks('\u3000\u3000臣亮言：先帝創業未半。\u3000', 'zh'), [p(t('\u3000\u3000臣亮言：先帝創業未半。'))]);
  assert.deepEqual(blocks('\t\u00a0甲', 'zh'), [p(t('\u00a0甲'))]);
  // Only the final newline goes: JS trim would also take a U+3000 or U+FEFF the output kept.
  const md = (src: string) => convertPage(src, { site: 'zh', title: 'T' }).markdown.replace(/\n+$/, '');
  assert.equal(md('* \u3000\u3000列表'), '- \u3000\u3000列表');
  assert.equal(md('{|\n|\u3000\u3000單元格\n|}'), '<table>\n<tr>\n<td>\u3000\u3000單元格</td>\n</tr>\n</table>');
  // Left alone before a framed image, the indent makes no paragraph of its own.
  assert.equal(md('\u3000[[File:A.jpg|thumb|说明]]').split('\n')[0], '![说明](https://upload.wikimedia.org/wikipedia/commons/6/67/A.jpg)<br />');
  // U+FEFF is zero-width, not an indent: dropped, so a `#` after it is still escaped (cmark drops
  // a BOM at a document's start, and `# x` would then be a heading).
  assert.equal(md('&#xFEFF;# x\n\n正文'), '\\# x\n\n正文');
  assert.equal(md('\ufeff> x'), '\\> x');
});

test('horizontal rules, with text after them', () => {
  assert.equal(dump(blocks('a\n----\nb\n------c')), 'P("a") HR P("b") HR P("c")');
});

test('behaviour switches are removed and recorded', async () => {
  const { parse } = await import('./util.js');
  const r = parse('__NOTOC__\nText __目录__ more\n__NOEDITSECTION__');
  assert.equal(dump(r.doc), 'P("Text  more")');
  assert.deepEqual(r.meta.switches, ['NOTOC', 'TOC', 'NOEDITSECTION']);
  assert.equal(dump(parse('__UNKNOWN__').doc), 'P("__UNKNOWN__")');
});

test('#REDIRECT goes to meta', async () => {
  const { parse } = await import('./util.js');
  const r = parse('#重定向 [[目标页#章节]]\n[[Category:重定向]]');
  assert.deepEqual(r.meta.redirect, { target: '目标页', fragment: '章节' });
  assert.deepEqual(r.doc.children, []);
  assert.deepEqual(r.meta.categories, [{ name: '重定向', sortKey: null }]);
  assert.deepEqual(parse('#REDIRECT: [[foo bar]]', { lang: 'en' }).meta.redirect, { target: 'Foo bar', fragment: null });
  // zhwiki also takes zh-hant's word (MessagesZh_hant.php: '#重新導向', '#重定向', '#REDIRECT').
  assert.deepEqual(parse('#重新導向 [[目標頁]]').meta.redirect, { target: '目標頁', fragment: null });
});

test('a line holding only a navigation box or a layout template ends the paragraph, as the table or div it is on the wiki does (uk 0096: "…моделі OSI: 1. На прикладному рівні:" ran together)', () => {
  const md = (src: string): string => String(convertPage(src, { site: 'uk', title: 'T' }).markdown).trim();
  assert.equal(md('перелічено протоколи:\n{{Multicol}}\n1. На прикладному рівні:\n* DNS\n{{Multicol-break}}\n2. На сеансовому рівні:\n* SSL\n{{Multicol-end}}'),
    'перелічено протоколи:\n\n1\\. На прикладному рівні:\n\n- DNS\n\n2\\. На сеансовому рівні:\n\n- SSL');
  // The colon before a column list stays (it was cut as a scar when the call ran into the paragraph).
  assert.equal(md('Автор книжок:\n{{стовпці|2}}\n* «Куди йдемо?..» (1993),'), 'Автор книжок:\n\n- «Куди йдемо?..» (1993),');
  // An unknown template, which may be inline on the wiki, still joins the lines; so does a layout call inside a line.
  assert.equal(md('a\n{{Невідомий шаблон}}\nb'), 'a b');
  assert.equal(md('a {{clear}} b'), 'a b');
});

test('which calls end the paragraph is the handler entry\'s block trait: inline drops ({{Pad}}, {{Navbar}}, …-inline links) on a line of their own leave it whole, as on the wiki; several block calls on one line end it, so does a zh navbox named …模板', () => {
  const md = (src: string, site = 'en'): string => String(convertPage(src, { site, title: 'T' }).markdown).trim();
  assert.equal(md('a\n{{Pad|2em}}\nb'), 'a b');
  assert.equal(md('a\n{{1em}}\nb'), 'a b');
  assert.equal(md('a\n{{Navbar|X}}\nb'), 'a b');
  assert.equal(md('a\n{{Commons-inline|X}}\nb'), 'a b');
  assert.equal(md('a\n{{Wikidata|P1}}\nb'), 'a b');
  assert.equal(md('a\n{{Clear}}{{Clear}}\nb'), 'a\n\nb');
  assert.equal(md('a\n{{Clear}} {{Navbox|title=x}}\nb'), 'a\n\nb');
  // With an inline call beside it the div still ends the paragraph.
  assert.equal(md('a\n{{Clear}}{{Pad|1em}}\nb'), 'a\n\nb');
  assert.equal(md('a\n{{Pad|1em}}{{Navbar|X}}\nb'), 'a b');
  assert.equal(md('甲\n{{中华人民共和国省级行政区模板}}\n乙', 'zh'), '甲\n\n乙');
});

test('<math display="block"> inside a paragraph splits it: text above, the formula, text below; inline-only places keep it in the line', () => {
  // The Math extension styles display maths `display: block`, wherever the tag is written.
  assert.equal(dump(parse('质能方程：\n<math display="block">E=mc^2</math>\n其中。').doc), 'P("质能方程：") MATHBLOCK("E=mc^2") P("其中。")');
  assert.equal(dump(parse('* 项<math display=block>y</math>后').doc), 'UL(li(P("项") MATHBLOCK("y") P("后")))');
  assert.equal(dump(parse('行内<math display="inline">x</math>字').doc), 'P("行内" MATH("x") "字")');
  assert.equal(dump(parse('== 式<math display="block">x</math> ==').doc), 'H2("式" MATH!("x"))');
});

test('display="block" is matched trimmed but case-sensitive, as the Math extension does: BLOCK stays inline', () => {
  assert.equal(dump(parse('甲<math display=" block ">x</math>乙').doc), 'P("甲") MATHBLOCK("x") P("乙")');
  assert.equal(dump(parse('甲<math display="BLOCK">x</math>乙').doc), 'P("甲" MATH("x") "乙")');
});
