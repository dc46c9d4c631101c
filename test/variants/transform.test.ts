import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Block, Document, Inline } from '../../src/ast/nodes.js';
import type { PageSource, Warning } from '../../src/engine/types.js';
import { applyVariants, type ApplyVariantsOptions } from '../../src/variants/transform.js';
import { convertPage, emptyMeta } from '../../src/engine/convert.js';
import { parseInlineFragment } from '../../src/parser/index.js';
import type { ParseContext } from '../../src/parser/types.js';
import { siteFor } from '../../src/site/defaults.js';
import { builtinRegistry } from '../../src/templates/registry.js';

/** Markup's display goes through the real parser's inline reader, as in the engine. */
const ctx: ParseContext = { site: siteFor('zh'), title: 'T', markers: [], templates: builtinRegistry, meta: emptyMeta('T'), warn: () => {} };
const parseInline = (text: string): Inline[] => parseInlineFragment(text, ctx);

const t = (value: string): Inline => ({ type: 'text', value });
const p = (...children: Inline[]): Block => ({ type: 'paragraph', children });
const doc = (...children: Block[]): Document => ({ type: 'document', children });
/** A zh page converted whole to zh-tw, as the CLI's `page --lang zh --variant zh-tw` would. */
const zhTw = (src: string): string => convertPage(src, { site: 'zh', title: 'T', variant: 'zh-tw' }).markdown;

function run(d: Document, variant: string | null, extra: Partial<ApplyVariantsOptions> = {}): { title?: string; convert: (s: string) => string; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const res = applyVariants(d, { variant, noteTA: null, groups: null, parseInline, warn: (w) => warnings.push(w), ...extra });
  return { ...res, warnings };
}

test('converts body text, link labels, captions, table cells, infobox rows, alt text', () => {
  const link: Inline = { type: 'wikiLink', title: '头发', ns: 0, fragment: '头发', interwiki: null, children: [t('头发')] };
  const img: Inline = { type: 'image', file: '头发.jpg', alt: '头发', caption: [t('头发')], link: null, format: 'thumb', width: null, height: null, align: null };
  const d = doc(
    { type: 'heading', level: 2, children: [t('头发')] },
    p(t('头发'), link, img, { type: 'inlineCode', value: '头发' }, { type: 'math', value: '头发', display: false, chem: false }),
    { type: 'table', attrs: {}, caption: [t('头发')], rows: [{ type: 'tableRow', attrs: {}, cells: [{ type: 'tableCell', header: false, rowspan: 1, colspan: 1, align: null, attrs: {}, children: [p(t('头发'))] }] }] },
    { type: 'infobox', name: 'x', title: [t('头发')], images: [], rows: [{ label: [t('头发')], value: [t('头发')] }] },
    { type: 'codeBlock', lang: null, value: '头发' },
    { type: 'list', ordered: false, start: 1, items: [{ type: 'listItem', children: [p({ type: 'externalLink', url: 'http://x/头发', kind: 'labelled', children: [t('头发')] })] }] },
  );
  run(d, 'zh-tw');
  assert.deepEqual(d.children[0], { type: 'heading', level: 2, children: [t('頭髮')] });
  const para = (d.children[1] as { children: Inline[] }).children;
  assert.deepEqual(para[0], t('頭髮'));
  assert.deepEqual(para[1], { ...link, children: [t('頭髮')] }, 'label converted, target and fragment kept');
  assert.equal((para[2] as { alt: string }).alt, '頭髮');
  assert.deepEqual((para[2] as { caption: Inline[] }).caption, [t('頭髮')]);
  assert.equal((para[2] as { file: string }).file, '头发.jpg');
  assert.deepEqual(para[3], { type: 'inlineCode', value: '头发' });
  assert.equal((para[4] as { value: string }).value, '头发');
  const table = d.children[2] as { caption: Inline[]; rows: { cells: { children: { children: Inline[] }[] }[] }[] };
  assert.deepEqual(table.caption, [t('頭髮')]);
  assert.deepEqual(table.rows[0]!.cells[0]!.children[0]!.children, [t('頭髮')]);
  const box = d.children[3] as { title: Inline[]; rows: { label: Inline[]; value: Inline[] }[] };
  assert.deepEqual([box.title, box.rows[0]!.label, box.rows[0]!.value], [[t('頭髮')], [t('頭髮')], [t('頭髮')]]);
  assert.equal((d.children[4] as { value: string }).value, '头发');
  const ext = ((d.children[5] as { items: { children: { children: Inline[] }[] }[] }).items[0]!.children[0]!.children[0]) as { url: string; children: Inline[] };
  assert.equal(ext.url, 'http://x/头发');
  assert.deepEqual(ext.children, [t('頭髮')]);
});

test('markup expands to parsed inlines that are not converted again', () => {
  const d = doc(p(t('头发'), { type: 'variant', raw: 'zh-hans:[[头发|头发]];zh-hant:[[頭髮|头发X]]' }, t('头发')));
  run(d, 'zh-tw');
  const c = (d.children[0] as { children: Inline[] }).children;
  assert.equal(c.length, 3);
  assert.deepEqual(c[0], t('頭髮'));
  assert.equal((c[1] as { title: string }).title, '頭髮');
  assert.deepEqual((c[1] as { children: Inline[] }).children, [t('头发X')]);
  assert.deepEqual(c[2], t('頭髮'));
});

test('without a variant markup still renders, never raw -{', () => {
  const d = doc(p({ type: 'variant', raw: 'zh-hans:干;zh-hant:乾;' }, t('头发'), { type: 'variant', raw: 'H|zh-cn:头发;zh-tw:頭髮' }, { type: 'variant', raw: '型' }));
  const res = run(d, null, { title: '头发' });
  assert.deepEqual((d.children[0] as { children: Inline[] }).children, [t('干'), t('头发'), t('型')]);
  assert.equal(res.title, undefined);
});

test('H rule in the body changes later text only; A shows its text', () => {
  const d = doc(p(t('China')), p({ type: 'variant', raw: 'A|zh:China;zh-tw:Taiwan' }, t(' China')));
  run(d, 'zh-tw');
  assert.deepEqual((d.children[0] as { children: Inline[] }).children, [t('China')]);
  assert.deepEqual((d.children[1] as { children: Inline[] }).children, [t('Taiwan'), t(' Taiwan')]);
});

test('footnote contents are converted once, after the body (rules seen anywhere apply)', () => {
  const body: Block[] = [p(t('China'))];
  const d = doc(
    p(t('x'), { type: 'footnoteRef', group: '', name: null, children: body }),
    p({ type: 'variant', raw: 'H|zh:China;zh-tw:Taiwan' }),
    { type: 'references', group: '', definitions: [], list: [{ label: '1', group: '', name: null, children: body }] },
  );
  run(d, 'zh-tw');
  assert.deepEqual(body, [p(t('Taiwan'))]);
});

test('NoteTA rules and groups apply to the whole page; T= sets the title', () => {
  const d = doc(p(t('数域的软件和域')));
  const res = run(d, 'zh-tw', { noteTA: { title: 'zh-cn:数域;zh-tw:數體', rules: ['zh-cn:域; zh-tw:體;'], groups: ['IT'] }, title: '数域' });
  assert.deepEqual((d.children[0] as { children: Inline[] }).children, [t('數體的軟體和體')]);
  assert.equal(res.title, '數體');
  assert.equal(res.convert('分类：数域软件'), '分類：數體軟體', 'text outside the tree (category names) converts with the page rules');
  assert.equal(run(doc(), null).convert('数域'), '数域');
});

test('groups come from the dump when present, built in otherwise; unknown groups warn', () => {
  const pages: PageSource = {
    get: (title) => (title === 'Module:CGroup/Test' ? "return { content = { Item('foo', 'zh-cn:福; zh-tw:富;'), { type = 'item', original = 'x', rule = \"zh-cn:甲; zh-tw:乙;\" } } }" : null),
    exists: () => false,
  };
  const d = doc(p(t('福甲')));
  run(d, 'zh-tw', { noteTA: { title: null, rules: [], groups: ['Test'] }, groups: pages });
  assert.deepEqual((d.children[0] as { children: Inline[] }).children, [t('富乙')]);
  const d2 = doc(p(t('x')));
  const { warnings } = run(d2, 'zh-tw', { noteTA: { title: null, rules: [], groups: ['NoSuchGroup'] } });
  assert.equal(warnings[0]?.code, 'variant-group-missing');
});

test('title: converted by table and rules; NOTITLECONVERT keeps it; T rule wins', () => {
  assert.equal(run(doc(), 'zh-hant', { title: '气' }).title, '氣');
  assert.equal(run(doc(), 'zh-hant', { title: '气', switches: ['NOTITLECONVERT'] }).title, undefined);
  const d = doc(p({ type: 'variant', raw: "T|zh-cn:''标题''; zh-tw:標題X" }));
  assert.equal(run(d, 'zh-cn', { title: '气' }).title, '标题');
});

test('a malformed rule warns and shows nothing', () => {
  const d = doc(p({ type: 'variant', raw: 'zh-cn:A' }));
  const { warnings } = run(d, 'zh-tw');
  assert.deepEqual((d.children[0] as { children: Inline[] }).children, []);
  assert.equal(warnings[0]?.code, 'variant-rule-error');
});

test('markup left inside a text node (flattened template argument) is still expanded', () => {
  const d = doc(p(t('头发-{zh-hans:甲;zh-hant:乙}-头发-{R|x}-'), t('a-{b')));
  run(d, 'zh-tw');
  assert.deepEqual((d.children[0] as { children: Inline[] }).children, [t('頭髮'), t('乙'), t('頭髮'), t('x'), t('a-{b')]);
});

// Markup spanning blocks: the parser leaves `-{` and `}-` as text in different nodes (the trees
// below are what it gives for the wikitext in each comment, once it keeps an unclosed `-{`).
const cell = (...children: Block[]): Block => ({ type: 'table', attrs: {}, caption: null, rows: [{ type: 'tableRow', attrs: {}, cells: [{ type: 'tableCell', header: false, rowspan: 1, colspan: 1, align: null, attrs: {}, children }] }] });
const texts = (d: Document): string[] => {
  const out: string[] = [];
  const visit = (list: Inline[]): void => {
    for (const n of list) if (n.type === 'text') out.push(n.value);
    else if (n.type !== 'footnoteRef' && 'children' in n && Array.isArray(n.children)) visit(n.children as Inline[]);
  };
  const blocks = (bs: Block[]): void => {
    for (const b of bs) {
      if (b.type === 'paragraph' || b.type === 'heading') visit(b.children);
      else if (b.type === 'table') for (const r of b.rows) for (const c of r.cells) blocks(c.children);
      else if (b.type === 'list') for (const it of b.items) blocks(it.children);
    }
  };
  blocks(d.children);
  return out.filter((s) => s !== '');
};

test('block-spanning filter markup: the enclosed table is converted to the filter variant, flags cut', () => {
  // -{zh-tw;|头发\n{|\n|头发\n|}\n头发}-头发
  const d = doc(p(t('-{zh-tw;|头发')), cell(p(t('头发'))), p(t('头发}-头发')));
  run(d, 'zh-tw');
  assert.deepEqual(texts(d), ['頭髮', '頭髮', '頭髮', '頭髮']);
  const cn = doc(p(t('-{zh-tw;|头发')), cell(p(t('头发'))), p(t('头发}-头发')));
  run(cn, 'zh-cn');
  assert.deepEqual(texts(cn), ['头发', '头发', '头发', '头发'], 'zh-cn: filter does not apply, content shown as written');
});

test('block-spanning protected markup keeps its content as written; H rules hide it and apply later', () => {
  // a-{头发\n#头发\n}-头发
  const d = doc(p(t('a-{头发')), { type: 'list', ordered: true, start: 1, items: [{ type: 'listItem', children: [p(t('头发'))] }] }, p(t('}-头发')));
  run(d, 'zh-tw');
  assert.deepEqual(texts(d), ['a', '头发', '头发', '頭髮']);
  // x-{H|zh-cn:甲;\n\nzh-tw:乙;}-甲
  const h = doc(p(t('x-{H|zh-cn:甲;')), p(t('zh-tw:乙;}-甲')));
  run(h, 'zh-tw');
  assert.deepEqual(texts(h), ['x', '乙']);
});

test('block-spanning choice markup shows the variant text; unclosed -{ stays as written', () => {
  const d = doc(p(t('-{zh-cn:甲;')), p(t('zh-tw:乙;}-')), p(t('c-{d')));
  run(d, 'zh-tw');
  assert.deepEqual(texts(d), ['乙', 'c-{d']);
});

test('footnote content pairs its own markup, not with the body', () => {
  const body: Block[] = [p(t('-{R|头发')), p(t('头发}-'))];
  const d = doc(
    p(t('头发-{'), { type: 'footnoteRef', group: '', name: null, children: body }),
    { type: 'references', group: '', definitions: [], list: [{ label: '1', group: '', name: null, children: body }] },
  );
  run(d, 'zh-tw');
  assert.deepEqual(texts(d), ['頭髮-{']);
  assert.deepEqual(texts(doc(...body)), ['头发', '头发']);
});

test('a quotation template inside -{…}- in mid-sentence stands as a block between the two halves of its paragraph', () => {
  // MediaWiki expands {{Cquote}} (a table) onto a line of its own before it converts the variants.
  const src = '本詩作：-{zh-cn:{{Cquote|床前<br>疑是}};zh-tw:{{Cquote|低　　舉<br>頭　　頭}}}-后也沿用此本。\n';
  assert.equal(convertPage(src, { site: 'zh', title: 'T', variant: 'zh-tw' }).markdown, '本詩作：\n\n> 低　　舉<br />\n> 頭　　頭\n\n後也沿用此本。\n');
  assert.equal(convertPage(src, { site: 'zh', title: 'T', variant: 'zh-cn' }).markdown, '本诗作：\n\n> 床前<br />\n> 疑是\n\n后也沿用此本。\n');
  // Markup at the end of its paragraph leaves no empty paragraph behind it.
  assert.equal(convertPage('如下：-{zh-cn:{{Cquote|甲}};zh-tw:{{Cquote|乙}}}-\n', { site: 'zh', title: 'T', variant: 'zh-tw' }).markdown, '如下：\n\n> 乙\n');
});

test('a template inside -{…}- that shows inline text keeps its paragraph whole', () => {
  const src = '甲-{zh-cn:{{lang|en|foo}};zh-tw:{{lang|en|bar}}}-乙\n';
  assert.equal(convertPage(src, { site: 'zh', title: 'T', variant: 'zh-tw' }).markdown, '甲bar乙\n');
  assert.equal(convertPage(src, { site: 'zh', title: 'T', variant: 'zh-cn' }).markdown, '甲foo乙\n');
});

test('block-spanning -{zh-cn:…;zh-tw:…}- shows the chosen variant\'s blocks and removes the others\' (no empty rows or items left)', () => {
  // The quotation tables of 靜夜思 as its template expands them: one table per variant, their
  // quote marks protected by markup of their own.
  const tables = '本詩作：-{zh-cn:\n{|\n| -{“}- || 床前 || -{”}-\n|};zh-tw:\n{|\n| -{“}- || 低舉 || -{”}-\n|}}-后也沿用。\n';
  const table = (cell: string) => `<table>\n<tr>\n<td>“</td>\n<td>${cell}</td>\n<td>”</td>\n</tr>\n</table>`;
  assert.equal(convertPage(tables, { site: 'zh', title: 'T', variant: 'zh-tw' }).markdown, `本詩作：\n\n${table('低舉')}\n\n後也沿用。\n`);
  assert.equal(convertPage(tables, { site: 'zh', title: 'T', variant: 'zh-cn' }).markdown, `本诗作：\n\n${table('床前')}\n\n后也沿用。\n`);
  const lists = '前文\n\n-{zh-hans:\n* 计算机甲\n* 乙;zh-hant:\n* 電腦丙\n* 丁\n}-\n\n後文\n';
  assert.equal(convertPage(lists, { site: 'zh', title: 'T', variant: 'zh-cn' }).markdown, '前文\n\n- 计算机甲\n- 乙\n\n后文\n');
  assert.equal(convertPage(lists, { site: 'zh', title: 'T', variant: 'zh-tw' }).markdown, '前文\n\n- 電腦丙\n- 丁\n\n後文\n');
  // A hidden rule across blocks leaves nothing behind.
  assert.equal(convertPage('甲\n\n-{H|\n* zh-cn:乙;zh-tw:丙;\n}-\n\n乙\n', { site: 'zh', title: 'T', variant: 'zh-tw' }).markdown, '甲\n\n丙\n');
});

test('an indented (space-led) preformatted block keeps its text as written, as MediaWiki passes over <pre>; markup inside converts all of it ("force convert")', () => {
  assert.equal(zhTw(' 头发 := 1\n\n头发\n'), '```\n头发 := 1\n```\n\n頭髮\n');
  assert.equal(zhTw(" '''头发''' b\n"), '<pre><b>头发</b> b</pre>\n');
  // A page rule reaches paragraphs, not the block.
  assert.equal(zhTw('-{H|zh-cn:甲;zh-tw:乙;}-甲\n\n 甲\n'), '乙\n\n```\n甲\n```\n');
  // Markup in the block (even inside bold) splits the element for MediaWiki's converter: all of it converts.
  assert.equal(zhTw(' 头发-{zh-cn:甲;zh-tw:乙}-头发\n'), '```\n頭髮乙頭髮\n```\n');
  assert.equal(zhTw(" '''头发-{zh-cn:甲;zh-tw:乙}-'''头发\n"), '<pre><b>頭髮乙</b>頭髮</pre>\n');
});

test('an unclosed <pre> converts under a variant: MediaWiki\'s converter skips only <pre…>…</pre> with its end tag, which the tree builder adds later', () => {
  assert.equal(zhTw('<pre>汉语\n头发'), '```\n漢語\n頭髮\n```\n');
  // Page rules reach into it too; the closed tag stays as written.
  assert.equal(zhTw('-{H|zh-cn:甲;zh-tw:乙;}-甲\n\n<pre>甲 [[头发]]\n汉语'), '乙\n\n<pre>乙 <a href="https://zh.wikipedia.org/wiki/头发">頭髮</a>&#10;漢語</pre>\n');
  assert.equal(zhTw('<pre>汉语\n头发</pre>'), '```\n汉语\n头发\n```\n');
});

test('a bare <code> holding a link or bold keeps its text as written (MediaWiki skips <code>…</code>); with attributes, or split by markup, it converts', () => {
  assert.equal(zhTw('<code>[[头发]]和头发</code>\n'), '<code>[头发](https://zh.wikipedia.org/wiki/头发)和头发</code>\n');
  assert.equal(zhTw('<code class="x">[[头发]]</code>\n'), '<code>[頭髮](https://zh.wikipedia.org/wiki/头发)</code>\n');
  assert.equal(zhTw("<code>'''头发-{zh-cn:甲;zh-tw:乙}-'''</code>\n"), '<code>**頭髮乙**</code>\n');
  assert.equal(zhTw('<kbd>[[头发]]</kbd>\n'), '<kbd>[頭髮](https://zh.wikipedia.org/wiki/头发)</kbd>\n');
});

test('<tt> holding a link converts (MediaWiki skips only <code>…</code>); it still prints as <code>', () => {
  assert.equal(zhTw('<tt>[[头发]]</tt>\n'), '<code>[頭髮](https://zh.wikipedia.org/wiki/头发)</code>\n');
  assert.equal(zhTw("<tt>'''头发'''</tt>\n"), '<code>**頭髮**</code>\n');
});

test('-{ written inside <nowiki> is not markup: the indented block or bare <code> around it keeps its text', () => {
  assert.equal(zhTw(' 头发<nowiki>-{</nowiki>\n'), '```\n头发-{\n```\n');
  assert.equal(zhTw('<code>[[头发]]<nowiki>-{</nowiki></code>\n'), '<code>[头发](https://zh.wikipedia.org/wiki/头发)-{</code>\n');
});

test('a <code> whose attributes the Sanitizer all drops is bare, so it keeps its text', () => {
  assert.equal(zhTw('<code onclick="x">[[头发]]</code>\n'), '<code>[头发](https://zh.wikipedia.org/wiki/头发)</code>\n');
  assert.equal(zhTw('<code foo="x">[[头发]]</code>\n'), '<code>[头发](https://zh.wikipedia.org/wiki/头发)</code>\n');
  assert.equal(zhTw('<code title="头发">[[头发]]</code>\n'), '<code title="頭髮">[頭髮](https://zh.wikipedia.org/wiki/头发)</code>\n');
});

test('display maths in an indented block stays in its line: the block is one <pre>, converted whole when markup is in it', () => {
  assert.equal(zhTw(' 头发-{zh-cn:甲;zh-tw:乙}- <math display="block">x</math> 头发\n'), '<pre>頭髮乙 <code class="math">x</code> 頭髮</pre>\n');
  assert.equal(zhTw(' 行一\n 行二 <math display="block">x</math>\n 行三\n'), '<pre>行一&#10;行二 <code class="math">x</code>&#10;行三</pre>\n');
});
