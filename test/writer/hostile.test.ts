import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeMarkdown } from '../../src/writer/markdown.js';
import { renderBlocksHtml } from '../../src/writer/html.js';
import { cell, doc, ext, html, img, link, p, t, table } from './helpers/tree.js';
import { renderMarkdownIt, renderMicromark } from './helpers/parseback.js';
import type { Block, Document } from '../../src/ast/nodes.js';

/** What a browser would run or load from the rendered page. */
function dangers(rendered: string): string[] {
  const found: string[] = [];
  if (/<script/i.test(rendered)) found.push('script tag');
  if (/<(iframe|object|embed|style|link|meta)\b/i.test(rendered)) found.push('active tag');
  if (/<[^>]+\son[a-z]+\s*=/i.test(rendered)) found.push('event handler');
  if (/(href|src|cite)\s*=\s*["']?\s*(javascript|vbscript|data):/i.test(rendered)) found.push('script URL');
  if (/style\s*=/i.test(rendered)) found.push('style attribute');
  return found;
}

function check(d: Document): string {
  const md = writeMarkdown(d);
  for (const r of [renderMarkdownIt(md), renderMicromark(md)]) assert.deepEqual(dangers(r), [], `${md}\n→\n${r}`);
  return md;
}

test('text that looks like HTML stays text', () => {
  const md = check(doc(p(t('<script>alert(1)</script> <img src=x onerror=alert(1)> <iframe src="javascript:x">'))));
  assert.equal(md, '\\<script>alert(1)\\</script> \\<img src=x onerror=alert(1)> \\<iframe src="javascript:x">\n');
  check(doc({ type: 'heading', level: 2, children: [t('<script>x</script>')] }));
  check(doc(table([[cell([t('<script>x</script>')], { colspan: 2 })]])));
});

test('hostile tags and attributes in the tree', () => {
  const md = check(doc(
    p(html('script', {}, t('alert(1)'))),
    p(html('span', { onclick: 'alert(1)', style: 'background:url(javascript:x)' }, t('s'))),
    p(html('sup', { onmouseover: 'x()', style: 'color:red', title: 'ok' }, t('sup'))),
    p(html('iframe', { src: 'https://evil' }, t('frame text'))),
    { type: 'htmlBlock', tag: 'style', attrs: {}, children: [p(t('body{background:url(x)}'))] },
    { type: 'htmlBlock', tag: 'div', attrs: { onclick: 'x()' }, children: [p(t('div text'))] },
  ));
  assert.equal(md, 's\n\n<sup title="ok">sup</sup>\n\nframe text\n\ndiv text\n');
});

test('script URLs in links and images come out harmless', () => {
  const md = check(doc(p(
    ext('javascript:alert(1)', 'labelled', t('click')), t(' '),
    ext('JaVaScRiPt:alert(1)', 'bare', t('JaVaScRiPt:alert(1)')), t(' '),
    ext('java\tscript:alert(1)', 'labelled', t('tab')), t(' '),
    ext('vbscript:msgbox', 'labelled', t('vb')), t(' '),
    ext('data:text/html,<script>alert(1)</script>', 'labelled', t('data')), t(' '),
    link('javascript:alert(1)', t('wiki')), t(' '),
    link('&#106;avascript:alert(1)', t('entity')), t(' '),
    link('javascript\\:alert(1)', t('backslash')),
  )));
  assert.equal(md, 'click JaVaScRiPt:alert(1) tab vb data [wiki](./javascript:alert(1)) [entity](./&amp;#106;avascript:alert(1)) [backslash](./javascript%5C:alert(1))\n');
  check(doc(p(img('x.png', 'data:image/svg+xml,<svg onload=alert(1)>'), img('y.png', 'javascript:alert(1)', { format: 'thumb', caption: [t('cap')] }))));
  assert.equal(writeMarkdown(doc(p(img('x.png', 'data:image/png;base64,AAAA')))), '');
});

test('Markdown injection through labels, hrefs, footnote labels and code languages', () => {
  const md = check(doc(
    p(link('./a.md) [x](javascript:alert(1)', t('a](javascript:alert(1))'))),
    p({ type: 'footnoteRef', group: '', name: null, children: null, label: ']: javascript:x\n[y' }),
    { type: 'codeBlock', lang: 'js\n```\n<script>', value: 'x' },
  ));
  assert.equal(md.split('\n')[0], '[a\\](javascript:alert(1))](./a.md%29%20[x]%28javascript:alert%281%29)');
});

test('the HTML renderer refuses the same things', () => {
  const blocks: Block[] = [
    p(html('span', { onclick: 'x', style: 'width: expression(alert(1))' }, t('a'))),
    p(ext('javascript:alert(1)', 'labelled', t('b'))),
    table([[cell([t('c')], { attrs: { onclick: 'x', style: '-moz-binding:url(x)', background: 'javascript:x' } })]]),
    { type: 'htmlBlock', tag: 'script', attrs: {}, children: [p(t('alert(1)'))] },
  ];
  const h = renderBlocksHtml(blocks);
  assert.deepEqual(dangers(h), []);
  assert.equal(h, '<p>a</p><p>b</p><table><tr><td>c</td></tr></table>');
});

test('front matter stays inert where it is read as Markdown (a renderer that does not know it)', () => {
  // MediaWiki titles never hold < > [ ], but a crafted dump's may, and the mirror writes them
  // (test/mirror/hostile-titles); the YAML must mean the same string and show no tag or link.
  const title = '<img src=x onerror=alert(1)>[x](javascript:alert(1))';
  const md = writeMarkdown(doc(p(t('body'))), { frontMatter: { title, source: 'https://en.wikipedia.org/wiki/X', categories: ['<script>alert(1)</script>'] } });
  for (const r of [renderMarkdownIt(md), renderMicromark(md)]) {
    assert.deepEqual(dangers(r), [], `${md}\n→\n${r}`);
    assert.doesNotMatch(r, /<img|<script|href="javascript/i);
  }
  const yaml = md.split('\n---\n')[0]!;
  assert.equal(yaml.split('\n')[1], 'title: "\\u003cimg src=x onerror=alert(1)\\u003e\\u005bx\\u005d(javascript:alert(1))"');
  // The strings come back unchanged. JSON.parse stands in for a YAML reader: YAML's
  // double-quoted scalars read JSON's escapes (\u003c, \") the same way.
  assert.equal(JSON.parse(yaml.split('\n')[1]!.slice('title: '.length)), title);
  assert.equal(JSON.parse(yaml.split('\n')[4]!.slice('  - '.length)), '<script>alert(1)</script>');
});
