import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localHref } from '../../src/writer/destination.js';
import { writeMarkdown } from '../../src/writer/markdown.js';
import { doc, link, p, t } from './helpers/tree.js';

test('localHref: bare mirror paths get ./ even when their first segment is a safe scheme', () => {
  for (const path of ['Mailto:x.md', 'Tel:1.md', 'Http:foo.md', 'Talk:Foo.md', 'Category:X.md', '数学.md', 'a/b:c.md', 'javascript:x.md']) {
    assert.equal(localHref(path), './' + path, path);
  }
});

test('localHref: anchors, rooted and relative paths and absolute URLs stay as they are', () => {
  for (const url of ['#Section', '/wiki/X', '//upload.wikimedia.org/a.png', './Foo.md', '../Foo.md', 'https://zh.wikipedia.org/wiki/数学', 'http://x/y', 'ftp://f/g']) {
    assert.equal(localHref(url), url, url);
  }
  // `://` alone does not make a destination trusted: the scheme must still be a linkable one.
  assert.equal(localHref('javascript://x%0aalert(1)'), './javascript://x%0aalert(1)');
});

test('a link whose resolver path begins like a mailto: URL is printed as a relative path', () => {
  assert.equal(writeMarkdown(doc(p(link('Mailto:x.md', t('x'))))), '[x](./Mailto:x.md)\n');
});
