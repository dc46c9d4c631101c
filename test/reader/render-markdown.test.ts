/** A page's Markdown as the reader renders it: link and image targets under the writer's rules. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdown } from '../../src/reader/render-markdown.js';

test("links go only where the writer's links may go (MediaWiki's protocols, relative paths)", () => {
  // markdown-it alone refuses javascript:, vbscript:, file: and data: (but data: images); a mirror
  // is a folder anyone can edit, so its Markdown meets the allow-list the writer uses instead.
  const md = '[a](ms-msdt:/id%20PCWDiagnostic) [b](search-ms:query=x) [c](intent://x#Intent;end) <ms-settings:privacy> [d](data:text/plain,x)';
  assert.equal(renderMarkdown(md), '<p>[a](ms-msdt:/id%20PCWDiagnostic) [b](search-ms:query=x) [c](intent://x#Intent;end) &lt;ms-settings:privacy&gt; [d](data:text/plain,x)</p>\n');
  assert.equal(
    renderMarkdown('[a](./X.md) [b](../Category/Y.md#z) [c](https://ja.wikipedia.org/wiki/X) [d](mailto:a@b.example) [e](#s) <https://x.example/>'),
    '<p><a href="./X.md">a</a> <a href="../Category/Y.md#z">b</a> <a href="https://ja.wikipedia.org/wiki/X">c</a> <a href="mailto:a@b.example">d</a> <a href="#s">e</a> <a href="https://x.example/">https://x.example/</a></p>\n',
  );
});

test('images load only over http(s) or from the mirror, as the writer prints them', () => {
  // data: is no link target either, so that image stays text, as a refused link does.
  assert.equal(renderMarkdown('![a](data:image/png;base64,AAAA) ![b](ftp://x.example/y.png)'), '<p>![a](data:image/png;base64,AAAA) b</p>\n');
  assert.equal(
    renderMarkdown('![a](https://upload.wikimedia.org/x.png) ![b](../media/y.png)'),
    '<p><img src="https://upload.wikimedia.org/x.png" alt="a"> <img src="../media/y.png" alt="b"></p>\n',
  );
});
