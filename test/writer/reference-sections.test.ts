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
