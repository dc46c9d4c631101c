/**
 * A section holding only a reference list is written last, after the category line, so that the
 * footnotes every GFM reader gathers at the page's end stand right under its heading.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';
import { siteFor } from '../../src/site/defaults.js';
import { renderMarkdownIt, renderMicromark } from './helpers/parseback.js';

const zh = siteFor('zh');
const md = (src: string) => convertPage(src, { site: zh, title: '甲' }).markdown;

test('a list-only reference section goes after the external links and the categories', () => {
  const out = md("'''甲'''是乙。<ref>来源一</ref>\n\n== 参考资料 ==\n{{reflist}}\n\n== 外部链接 ==\n* [http://example.org 官网]\n\n[[Category:测试]]\n");
  assert.equal(
    out,
    '**甲**是乙。[^1]\n\n## 外部链接\n\n- [官网](http://example.org)\n\n' +
      '**分类**：[测试](https://zh.wikipedia.org/wiki/Category:测试)\n\n## 参考资料\n\n[^1]: 来源一\n',
  );
  // What a reader sees: the heading is the last thing before the footnotes, in both readers.
  assert.match(renderMarkdownIt(out), /<h2>参考资料<\/h2>\n<hr class="footnotes-sep">/);
  assert.match(renderMicromark(out), /<h2>参考资料<\/h2>\n<section data-footnotes="" class="footnotes">/);
});

test('two list-only sections keep their order at the end', () => {
  const out = md('甲<ref group="注">注一</ref>乙<ref>源一</ref>\n\n== 注释 ==\n{{reflist|group=注}}\n\n== 参考资料 ==\n<references />\n\n== 参见 ==\n* [[丙]]\n');
  assert.equal(out, '甲[^注-1]乙[^1]\n\n## 参见\n\n- [丙](https://zh.wikipedia.org/wiki/丙)\n\n## 注释\n\n[^注-1]: 注一\n\n## 参考资料\n\n[^1]: 源一\n');
});

test('sections with more than the list stay where they are', () => {
  // Text beside the list, and a subsection under it (moving the heading would orphan 延伸阅读).
  const withText = md('甲<ref>源</ref>\n\n== 参考资料 ==\n以下为来源。\n{{reflist}}\n\n== 参见 ==\n* [[丙]]\n');
  assert.ok(withText.indexOf('## 参考资料') < withText.indexOf('## 参见'), withText);
  const withSub = md('甲<ref>源</ref>\n\n== 参考资料 ==\n{{reflist}}\n=== 延伸阅读 ===\n* 书\n\n== 参见 ==\n* [[丙]]\n');
  assert.equal(withSub, '甲[^1]\n\n## 参考资料\n\n[^1]: 源\n\n### 延伸阅读\n\n- 书\n\n## 参见\n\n- [丙](https://zh.wikipedia.org/wiki/丙)\n');
});

test('a list-only subsection moved last takes its parent\'s level when the parent keeps other content (zh 中世紀飲食)', () => {
  // Under the last section (参见) it would read as part of it; repeating 参考文献 would show it twice.
  const out = md('甲<ref>源</ref>\n\n== 参考文献 ==\n=== 引用 ===\n{{reflist}}\n=== 书籍 ===\n* 书\n\n== 参见 ==\n* [[丙]]\n');
  assert.equal(out, '甲[^1]\n\n## 参考文献\n\n### 书籍\n\n- 书\n\n## 参见\n\n- [丙](https://zh.wikipedia.org/wiki/丙)\n\n## 引用\n\n[^1]: 源\n');
  // Its parent already the last section: the subsection stays under it (zh 数书九章).
  const last = md('甲<ref>源</ref>\n\n== 参考文献 ==\n=== 引用 ===\n{{reflist}}\n=== 来源 ===\n* 书\n');
  assert.equal(last, '甲[^1]\n\n## 参考文献\n\n### 来源\n\n- 书\n\n### 引用\n\n[^1]: 源\n');
  // Two subsections of a parent that stays: both promoted, in order.
  const two = md('甲<ref group="注">注</ref><ref>源</ref>\n\n== 脚注 ==\n说明。\n=== 注释 ===\n{{reflist|group=注}}\n=== 引用 ===\n{{reflist}}\n\n== 参见 ==\n* [[丙]]\n');
  assert.equal(two, '甲[^注-1] [^1]\n\n## 脚注\n\n说明。\n\n## 参见\n\n- [丙](https://zh.wikipedia.org/wiki/丙)\n\n## 注释\n\n[^注-1]: 注\n\n## 引用\n\n[^1]: 源\n');
});

test('a parent holding nothing but moved list-only subsections moves with them (ja 脚注 / 注釈 / 出典)', () => {
  const ja = siteFor('ja');
  const out = convertPage('甲<ref group="注釈">注</ref><ref>源</ref>\n\n== 脚注 ==\n=== 注釈 ===\n{{notelist}}\n=== 出典 ===\n{{reflist}}\n\n== 関連項目 ==\n* [[丙]]\n', { site: ja, title: '甲' }).markdown;
  assert.equal(out, '甲[^注釈-1] [^1]\n\n## 関連項目\n\n- [丙](https://ja.wikipedia.org/wiki/丙)\n\n## 脚注\n\n### 注釈\n\n[^注釈-1]: 注\n\n### 出典\n\n[^1]: 源\n');
});
