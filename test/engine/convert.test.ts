import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';
import { MemoryPageSource } from '../../src/engine/pagesource.js';
import { siteFor } from '../../src/site/defaults.js';

test('attribution line exactly as the seed mirror prints it', () => {
  const r = convertPage('正文', { title: '数书九章', attribution: true });
  assert.equal(r.markdown.split('\n')[0], '> 本文内容由[数书九章](https://zh.wikipedia.org/wiki/数书九章)转换而来。');
});

test('categories leave the body for meta and are listed at the bottom as links', () => {
  const r = convertPage('文[[Category:数学|shu]]\n[[分类:中国]]', {
    title: 'X', resolveLink: (t) => (t === 'Category:数学' ? '../Category/数学.md' : null),
  });
  const byName = [...r.meta.categories].sort((a, b) => a.name.localeCompare(b.name));
  assert.deepEqual(byName, [{ name: '中国', sortKey: null }, { name: '数学', sortKey: 'shu' }]);
  assert.ok(r.markdown.includes('](../Category/数学.md)'));
  assert.ok(r.markdown.includes('(https://zh.wikipedia.org/wiki/Category:中国)'));
  assert.ok(!r.markdown.includes('[[Category'));
});

test('categories are recorded in the order they appear', () => {
  const r = convertPage('文[[Category:数学]]\n[[分类:中国]]', { title: 'X' });
  assert.deepEqual(r.meta.categories.map((c) => c.name), ['数学', '中国']);
  const langs = convertPage('文[[en:Math]]\n[[Category:A]] [[ja:数学]]\n\n[[Category:B]]', { title: 'X' }).meta;
  assert.deepEqual(langs.interlanguage.map((l) => l.lang), ['en', 'ja']);
  assert.deepEqual(langs.categories.map((c) => c.name), ['A', 'B']);
});

test('DEFAULTSORT fills the sort key of categories that give none', () => {
  const r = convertPage('{{DEFAULTSORT:Zhang San}}[[Category:A]][[Category:B|b]]', { title: '张三' });
  assert.deepEqual(r.meta.categories, [{ name: 'A', sortKey: 'Zhang San' }, { name: 'B', sortKey: 'b' }]);
});

test('links to local pages use the resolver, others the live wiki', () => {
  const r = convertPage('[[数学]]与[[物理学|物理]]', { resolveLink: (t) => (t === '数学' ? '../Page/数学.md' : null) });
  assert.equal(r.markdown.trim(), '[数学](../Page/数学.md)与[物理](https://zh.wikipedia.org/wiki/物理学)');
});

test('interlanguage link templates ask the resolver whether the local article is in the mirror (zh link-en, ja 仮リンク)', () => {
  const resolveLink = (t: string) => (t === '数学' ? '../Page/数学.md' : null);
  assert.equal(
    convertPage('{{link-en|数学|Mathematics}}与{{link-en|物理学|Physics}}', { resolveLink }).markdown.trim(),
    '[数学](../Page/数学.md)与[物理学](https://zh.wikipedia.org/wiki/物理学)（英语：[Physics](https://en.wikipedia.org/wiki/Physics)）',
  );
  // In zh-tw the added words are converted with the page.
  assert.equal(
    convertPage('{{link-en|物理学|Physics}}', { resolveLink, variant: 'zh-tw' }).markdown.trim(),
    '[物理學](https://zh.wikipedia.org/wiki/物理学)（英語：[Physics](https://en.wikipedia.org/wiki/Physics)）',
  );
  const ja = siteFor('ja');
  assert.equal(
    convertPage('{{仮リンク|数学|en|Mathematics}}', { site: ja, resolveLink }).markdown.trim(),
    '[数学](../Page/数学.md)',
  );
  // Without a resolver nothing is known: zh shows the link alone, as before.
  assert.equal(convertPage('{{link-en|物理学|Physics}}').markdown.trim(), '[物理学](https://zh.wikipedia.org/wiki/物理学)');
});

test('-{ }- is language-converter markup on zh, literal text on wikis without variants', () => {
  assert.equal(convertPage('a-{zh-hans:简;zh-hant:繁}-b', { variant: 'zh-tw' }).markdown.trim(), 'a繁b');
  assert.equal(convertPage('a -{x}- b', { site: 'en' }).markdown.trim(), 'a -{x}- b');
});

test('a Chinese variant converts only a Chinese wiki: on sr and kk, which have variants of their own, the text stays as written', () => {
  assert.equal(convertPage('计算机', { site: 'zh', variant: 'zh-tw' }).markdown.trim(), '計算機');
  for (const site of ['sr', 'kk', 'ja']) {
    const out = convertPage('计算机 -{zh-hans:简;zh-hant:繁}-', { site, variant: 'zh-tw' });
    assert.ok(out.markdown.startsWith('计算机'), `${site}: ${out.markdown}`);
    assert.equal(out.meta.variantTitle, undefined);
  }
});

test('templates expand from a page source; built-in handlers win', () => {
  const site = siteFor('zh');
  const src = new MemoryPageSource(site);
  src.set('Template:Hello', '你好，{{{1|世界}}}');
  const r = convertPage('{{Hello}}。{{Hello|维基}}。{{Missing}}', { site, templates: src });
  assert.equal(r.markdown.trim(), '你好，世界。你好，维基。');
  assert.deepEqual(r.meta.unhandledTemplates, { Missing: 1 });
});

test('template counts are the expansion\'s, once each, inside -{…}- too', () => {
  const plain = convertPage('{{lang|en|x}}{{未知}}{{lang|en|y}}', { site: 'zh' });
  assert.deepEqual(plain.meta.templates, { Lang: 2, 未知: 1 });
  assert.deepEqual(plain.meta.unhandledTemplates, { 未知: 1 });
  // The variant pass parses the markup's text again; its calls were counted by the expansion already.
  const markup = convertPage('-{zh-hans:{{lang|en|x}}{{未知}};zh-hant:繁}-', { site: 'zh', variant: 'zh-cn' });
  assert.equal(markup.markdown, 'x\n');
  assert.deepEqual(markup.meta.templates, { Lang: 1, 未知: 1 });
  assert.deepEqual(markup.meta.unhandledTemplates, { 未知: 1 });
});

test('never throws, even on hostile or broken input', () => {
  const inputs = ['{{'.repeat(5000), "'''''".repeat(3000), '{|\n'.repeat(2000), '<ref>'.repeat(1000), '\u0000\x7f1\x7f[[', '-{'.repeat(3000)];
  for (const text of inputs) {
    const r = convertPage(text, { title: 'Bad' });
    assert.equal(typeof r.markdown, 'string');
  }
});

test('with a variant, front matter lists the categories in that variant, like its title and the category line', () => {
  // `--variant zh-tw --front-matter` gave title "數學" but categories "数学" (tags of a Traditional site in Simplified).
  const fm = convertPage("'''数学'''是学科。[[Category:数学]]", { title: '数学', site: 'zh', variant: 'zh-tw', frontMatter: true }).markdown;
  assert.equal(fm.split('\n---\n')[0], '---\ntitle: "數學"\nsource: "https://zh.wikipedia.org/wiki/数学"\ncategories:\n  - "數學"');
});

test('with a variant, the words the engine writes itself (attribution, category line) are in that variant', () => {
  const src = "'''数学'''是学科。[[Category:数学]]";
  const tw = convertPage(src, { title: '数学', site: 'zh', variant: 'zh-tw', attribution: true }).markdown;
  assert.equal(tw, '> 本文內容由[數學](https://zh.wikipedia.org/wiki/数学)轉換而來。\n\n**數學**是學科。\n\n**分類**：[數學](https://zh.wikipedia.org/wiki/Category:数学)\n');
  const cn = convertPage(src, { title: '数学', site: 'zh', variant: 'zh-cn', attribution: true }).markdown;
  assert.equal(cn, '> 本文内容由[数学](https://zh.wikipedia.org/wiki/数学)转换而来。\n\n**数学**是学科。\n\n**分类**：[数学](https://zh.wikipedia.org/wiki/Category:数学)\n');
});

test('a footnote holding only a template we cannot render links the template page instead of printing a cite error the wiki does not print', () => {
  const uk = siteFor('uk');
  assert.equal(
    convertPage('a<ref>{{КЕД}}</ref> b<ref name="МД">{{МД}}</ref> c<ref name="x"/>', { site: uk, title: 'T' }).markdown.trim(),
    [
      'a[^1] b[^2] c[^3]',
      '',
      '[^1]: [Шаблон:КЕД](https://uk.wikipedia.org/wiki/Шаблон:КЕД)',
      '',
      '[^2]: [Шаблон:МД](https://uk.wikipedia.org/wiki/Шаблон:МД)',
      '',
      // A named ref the page never defines is an error on the wiki too.
      '[^3]: Помилка цитування: для виноски «x» не вказано тексту',
    ].join('\n'),
  );
});

test('NUL characters are stripped from the page, as MediaWiki strips them', () => {
  const { markdown } = convertPage("[http://www.example.com\u0000 test] '''a\u0000b'''\u0000", { site: siteFor('en'), title: 'T' });
  assert.equal(markdown.includes('\u0000'), false);
  assert.match(markdown, /^\[test\]\(http:\/\/www\.example\.com\) \*\*ab\*\*\n$/);
});

test('a heading with maths glued to its text gets the anchor that links naming it compute', async () => {
  const { renderMarkdown } = await import('../../src/reader/render-markdown.js');
  const r = convertPage('见[[#方程x^2的解|解法]]。\n\n== 方程<math>x^2</math>的解 ==\n文\n\n== 空格 <math>y</math> 已有 ==\n文', { title: 'X' });
  // GitHub's anchor of the written heading (its text with the TeX, spaces kept) stays as it was.
  assert.ok(r.markdown.includes('## 方程 $x^2$ 的解<a id="方程x2的解"></a>\n'), r.markdown);
  const html = renderMarkdown(r.markdown);
  const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]));
  const href = decodeURIComponent(/href="#([^"]*)"/.exec(html)![1]!);
  assert.equal(href, '方程x2的解');
  assert.ok(ids.has(href) && ids.has('方程-x2-的解'), [...ids].join());
  // Maths already set apart by spaces needs no second anchor.
  assert.ok(r.markdown.includes('## 空格 $y$ 已有\n'), r.markdown);
});

test("the anchor added to a heading starting with maths leaves GitHub's own anchor of the heading as it was", async () => {
  const { renderMarkdown } = await import('../../src/reader/render-markdown.js');
  const { slug } = await import('../../src/writer/anchors.js');
  const r = convertPage('见[[#n次元|次元]]。\n\n== <math>n</math>次元 ==\n文', { title: 'X' });
  assert.ok(r.markdown.includes('## $n$ 次元<a id="n次元"></a>\n'), r.markdown);
  // The heading's text as GitHub reads it: the text content of what follows `## `, where a space
  // after a leading `<a id>` is not trimmed and would begin the slug with `-`.
  const line = r.markdown.split('\n').find((l) => l.startsWith('## '))!;
  const shown = line.slice(3).replace(/<a id="[^"]*"><\/a>/, '').replace(/\$/g, '');
  assert.equal(slug(shown), 'n-次元');
  const html = renderMarkdown(r.markdown);
  const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]));
  assert.ok(ids.has('n-次元') && ids.has('n次元'), [...ids].join());
});

test('extra anchors of maths headings never repeat an id: numbered as the wiki numbers repeated headings, left out where GitHub anchors a heading so', async () => {
  const { renderMarkdown } = await import('../../src/reader/render-markdown.js');
  const r = convertPage('[[#设x|一]] [[#设x_2|二]] [[#Ax|三]]\n\n== 设<math>x</math> ==\n\n== 设<math>x</math> ==\n\n== A<math>x</math> ==\n\n== Ax ==', { title: 'X' });
  const html = renderMarkdown(r.markdown);
  const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
  assert.equal(new Set(ids).size, ids.length, ids.join());
  const hrefs = [...html.matchAll(/href="#([^"]*)"/g)].map((m) => decodeURIComponent(m[1]!));
  assert.deepEqual(hrefs, ['设x', '设x-2', 'ax']);
  // Each link lands on the heading the wiki's does: 设x on the first, 设x_2 on the second; Ax
  // on `## Ax`, GitHub's own anchor (the maths heading gets no second `ax`).
  const lines = r.markdown.split('\n').filter((l) => l.startsWith('## '));
  assert.deepEqual(lines, ['## 设 $x$<a id="设x"></a>', '## 设 $x$<a id="设x-2"></a>', '## A $x$', '## Ax']);
  for (const h of hrefs) assert.ok(ids.includes(h), h);
});
