import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeMarkdown, yamlString } from '../../src/writer/markdown.js';
import { doc, p, t } from './helpers/tree.js';
import { parseBack } from './helpers/parseback.js';

const body = doc(p(t('正文')));

test('attribution line exactly as the seed mirror prints it (zh), and en/ja/ko/uk', () => {
  assert.equal(
    writeMarkdown(body, { attribution: { title: '数学', url: 'https://zh.wikipedia.org/wiki/数学' } }),
    '> 本文内容由[数学](https://zh.wikipedia.org/wiki/数学)转换而来。\n\n正文\n',
  );
  const line = (lang: string): string => writeMarkdown(doc(), { lang, attribution: { title: 'T (x)', url: 'https://w/T_(x)' } });
  assert.equal(line('en'), '> This article was converted from [T (x)](https://w/T_(x)).\n');
  assert.equal(line('ja'), '> この記事は[T (x)](https://w/T_(x))から変換されました。\n');
  assert.equal(line('ko'), '> 이 문서는 [T (x)](https://w/T_(x))에서 변환되었습니다.\n');
  assert.equal(line('uk'), '> Цю статтю перетворено зі сторінки [T (x)](https://w/T_(x)).\n');
  assert.equal(line('zh-tw'), '> 本文內容由[T (x)](https://w/T_(x))轉換而來。\n');
  const r = parseBack(line('en'));
  assert.deepEqual(r.micromark.links, ['https://w/T_(x) T(x)']);
});

test('front matter is YAML with every string quoted and escaped', () => {
  const out = writeMarkdown(body, { frontMatter: { title: 'A: "b" #c', source: 'https://zh.wikipedia.org/wiki/A', categories: ['x\ny', '- z'] } });
  assert.equal(out, '---\ntitle: "A: \\"b\\" #c"\nsource: "https://zh.wikipedia.org/wiki/A"\ncategories:\n  - "x\\ny"\n  - "- z"\n---\n\n正文\n');
  assert.equal(writeMarkdown(doc(), { frontMatter: { title: 't', source: 's', categories: [] } }), '---\ntitle: "t"\nsource: "s"\ncategories: []\n---\n\n');
  assert.equal(yamlString('a\u2028b\u0085\ud800'), '"a\\u2028b\\u0085\ufffd"');
});

test('categories are listed at the bottom under a localised label', () => {
  const cats = [{ name: '数学', href: './Category:数学.md' }, { name: '科学 (总)', href: 'https://zh.wikipedia.org/wiki/Category:科学' }, { name: '无链接', href: null }];
  assert.equal(writeMarkdown(body, { categories: cats }), '正文\n\n**分类**：[数学](./Category:数学.md) · [科学 (总)](https://zh.wikipedia.org/wiki/Category:科学) · 无链接\n');
  assert.equal(writeMarkdown(doc(), { lang: 'ja', categories: [{ name: 'A', href: 'a.md' }] }), '**カテゴリ**: [A](a.md)\n');
  assert.equal(writeMarkdown(doc(), { lang: 'ko', categories: [{ name: 'A', href: 'a.md' }] }), '**분류**: [A](a.md)\n');
  assert.equal(writeMarkdown(doc(), { lang: 'en', categories: [{ name: 'A', href: 'a.md' }] }), '**Categories**: [A](a.md)\n');
  assert.equal(writeMarkdown(doc(), { lang: 'uk', categories: [{ name: 'A', href: 'a.md' }] }), '**Категорії**: [A](a.md)\n');
});

test('an empty document is an empty string', () => {
  assert.equal(writeMarkdown(doc()), '');
});
