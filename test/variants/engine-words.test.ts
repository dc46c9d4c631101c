/**
 * Words the engine writes itself on a zh page — cite error messages — follow the reader's variant
 * as MediaWiki's messages do; the ref name a message quotes stays as written.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertPage } from '../../src/engine/convert.js';

const md = (wikitext: string, variant: string | null): string =>
  convertPage(wikitext, { title: '测试', site: 'zh', variant }).markdown.trim();

test('a named ref without text: the message converted, the name not', () => {
  const src = '正文<ref name="资料"/>\n<references/>';
  assert.equal(md(src, 'zh-tw'), '正文[^1]\n\n[^1]: 引用錯誤：沒有為名為「资料」的參考文獻提供內容');
  assert.equal(md(src, 'zh-cn'), '正文[^1]\n\n[^1]: 引用错误：没有为名为“资料”的参考文献提供内容');
  assert.equal(md(src, null), '正文[^1]\n\n[^1]: 引用错误：没有为名为“资料”的参考文献提供内容');
});

test('an unnamed ref left empty', () => {
  // (A ref holding only an unknown template links the template's page now: parser/extensions.ts.)
  assert.equal(md('正文<ref>[[Category:甲]]</ref>\n<references/>', 'zh-hk').split('\n\n**')[0], '正文[^1]\n\n[^1]: 引用錯誤：沒有名稱的參考文獻必須有內容');
});
