import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeMarkdown } from '../../src/writer/markdown.js';
import { br, cell, code, doc, p, strong, t, table, th, ul, link } from './helpers/tree.js';
import { parseBack, renderMarkdownIt, renderMicromark } from './helpers/parseback.js';
import type { Block } from '../../src/ast/nodes.js';

const md = (...b: Block[]): string => writeMarkdown(doc(...b));

test('inline code: fences longer than any backtick run, padding where needed', () => {
  assert.equal(md(p(code('x = 1'))), '`x = 1`\n');
  assert.equal(md(p(code('a`b'))), '``a`b``\n');
  assert.equal(md(p(code('`a'))), '`` `a ``\n');
  assert.equal(md(p(code(' a '))), '`  a  `\n');
  assert.equal(md(p(code('  '))), '`  `\n');
  assert.equal(md(p(code(''))), '<code></code>\n');
  assert.equal(md(p(code('a\nb'))), '`a b`\n');
});

test('inline code whose fence would open a code block at a line start, or with risky characters in labels and tables', () => {
  assert.equal(md(p(link('./a.md', code('a]b')))), '[<code>a\\]b</code>](./a.md)\n');
  assert.equal(md(table([[th([t('h')])], [cell([code('a\\|b')])]])), '| h |\n| --- |\n| <code>a\\\\\\|b</code> |\n');
  assert.equal(md(p(code('a``b'), t(' x'))), '<code>a\\`\\`b</code> x\n');
  assert.equal(md(p(t('x '), code('a``b'))), 'x ```a``b```\n');
});

test('code blocks: fence longer than any run inside, language kept, content verbatim', () => {
  assert.equal(md({ type: 'codeBlock', lang: 'python', value: 'print("*x*")\n' }), '```python\nprint("*x*")\n```\n');
  assert.equal(md({ type: 'codeBlock', lang: 'md', value: 'a\n```\nb' }), '````md\na\n```\nb\n````\n');
  assert.equal(md({ type: 'codeBlock', lang: 'c++ extra', value: '' }), '```c++\n```\n');
  assert.equal(md({ type: 'codeBlock', lang: '`evil`', value: 'x' }), '```\nx\n```\n');
  const html = renderMarkdownIt(md({ type: 'codeBlock', lang: null, value: '  <b>&amp;</b>\n\n    x' }));
  assert.equal(html, '<pre><code>  &lt;b&gt;&amp;amp;&lt;/b&gt;\n\n    x\n</code></pre>\n');
});

test('code blocks inside list items are indented with the item', () => {
  assert.equal(md(ul([p(t('a')), { type: 'codeBlock', lang: null, value: 'x\n\ny' }])), '- a\n\n  ```\n  x\n\n  y\n  ```\n');
});

test('preformatted text: fenced when plain, <pre> when it holds markup', () => {
  assert.equal(md({ type: 'preformatted', children: [t('line 1'), br(), t('  *line* 2')] }), '```\nline 1\n  *line* 2\n```\n');
  const out = md({ type: 'preformatted', children: [t('a '), strong(t('b')), t('\n\nc '), link('./x.md', t('x'))] });
  assert.equal(out, '<pre>a <b>b</b>&#10;&#10;c <a href="./x.md">x</a></pre>\n');
  for (const s of Object.values(parseBack(out))) {
    assert.deepEqual(s.strong, ['b']);
    assert.deepEqual(s.links, ['./x.md x']);
  }
  assert.match(renderMicromark(out), /^<pre>/);
});
