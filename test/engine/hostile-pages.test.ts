/**
 * Hostile wikitext through the whole converter, its Markdown rendered as a mirror published
 * without a filter would render it (markdown-it with raw HTML, micromark with dangerous HTML
 * allowed): nothing that runs script, frames or embeds another document, sends a form, or styles
 * the page may come out, and no link or picture may lead to a script, data: or file: address.
 * (Pictures from http(s) addresses may: the writer's allow-list lets them through, as MediaWiki
 * does.) The tree-level cases are in test/writer/hostile.test.ts; these go in as wikitext, through
 * template parameters, parser functions and extension tags, where escaping has to hold at every
 * hand-over.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';
import { MemoryPageSource } from '../../src/engine/pagesource.js';
import { decodeEntities } from '../../src/site/entities.js';
import { siteFor } from '../../src/site/defaults.js';
import { renderMarkdownIt, renderMicromark } from '../writer/helpers/parseback.js';

const ACTIVE_TAG = /<(script|style|iframe|object|embed|form|input|button|base|meta|link|svg|math|textarea|title|xmp|noscript|plaintext|template|details|video|audio|source)\b/i;
/** A tag's opening `<` and name, as HTML's tokenizer starts a tag: a letter right after `<`. */
const TAG_OPEN = /<[a-z][^\s/>]*/gi;
/**
 * One attribute after the tag name, as HTML's tokenizer splits them: `/` and white space
 * separate (so `<a/href=…>` has an href), a name runs to white space, `/`, `>` or `=` (quotes in
 * it are part of it, and a leading `=` too), and only after its `=` may a quote open a value; an
 * unquoted value runs to white space or `>`, quotes included.
 */
const ATTRIBUTE = /[\s/]*([^\s/>][^\s/>=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/y;
const TAG_CLOSE = /[\s/]*>/y;
const URL_ATTRIBUTE = new Set(['href', 'src', 'srcset', 'cite', 'action', 'formaction', 'poster', 'background']);

interface StartTag {
  text: string;
  attributes: Array<[string, string]>;
}

/**
 * The start tags of `html` as a browser reads them, scanned attribute by attribute from each
 * `<` and letter to the `>` that ends the tag (a `>` inside a quoted value does not). A tag left
 * open at the end of the text is no tag (the browser drops it).
 */
function startTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  TAG_OPEN.lastIndex = 0;
  for (let open = TAG_OPEN.exec(html); open !== null; open = TAG_OPEN.exec(html)) {
    const attributes: Array<[string, string]> = [];
    ATTRIBUTE.lastIndex = TAG_OPEN.lastIndex;
    let end = TAG_OPEN.lastIndex;
    for (let m = ATTRIBUTE.exec(html); m !== null; m = ATTRIBUTE.exec(html)) {
      attributes.push([m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '']);
      end = ATTRIBUTE.lastIndex;
    }
    TAG_CLOSE.lastIndex = end;
    if (!TAG_CLOSE.test(html)) continue;
    tags.push({ text: html.slice(open.index, TAG_CLOSE.lastIndex), attributes });
    TAG_OPEN.lastIndex = TAG_CLOSE.lastIndex;
  }
  return tags;
}

/**
 * An attribute's value as the browser reads it: character references decoded (numeric ones also
 * without their `;`, as browsers do in attributes), then the tabs, line ends and controls that
 * URL parsing drops.
 */
function urlAsRead(value: string): string {
  const numeric = value.replace(/&#(?:x([0-9a-f]+)|([0-9]+));?/gi, (m, hex: string | undefined, dec: string | undefined) => {
    const cp = hex !== undefined ? parseInt(hex, 16) : parseInt(dec!, 10);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
  return decodeEntities(numeric).replace(/[\u0000-\u0020]/g, '');
}

/** What a browser would run, load or let restyle the page, in rendered HTML. */
function dangers(rendered: string): string[] {
  const found: string[] = [];
  const tag = ACTIVE_TAG.exec(rendered);
  if (tag) found.push(`tag ${tag[1]}`);
  // Attributes only count inside a tag; text such as `onerror=` shown escaped is harmless.
  for (const { text: t, attributes } of startTags(rendered)) {
    for (const [name, value] of attributes) {
      if (name.startsWith('on')) found.push(`handler in ${t}`);
      if (name === 'style') found.push(`style in ${t}`);
      if (!URL_ATTRIBUTE.has(name)) continue;
      // srcset: a list of "URL width" candidates, each a URL of its own.
      const urls = name === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
      for (const url of urls) if (/^(javascript|vbscript|data|file):/i.test(urlAsRead(url))) found.push(`URL in ${t}`);
    }
  }
  return found;
}

function check(wikitext: string, templates?: MemoryPageSource): string {
  const md = convertPage(wikitext, { site: 'en', title: 'Test', templates }).markdown;
  for (const rendered of [renderMarkdownIt(md), renderMicromark(md)]) assert.deepEqual(dangers(rendered), [], `${wikitext}\n→\n${md}\n→\n${rendered}`);
  return md;
}

test('tags, attributes and URLs written straight into the page', () => {
  check('<script>alert(1)</script> <img src=x onerror=alert(1)> <iframe src="javascript:x"></iframe> <svg onload=alert(1)>');
  check('<span onclick="alert(1)" style="position:fixed;top:0">a</span> <div style="background:u\\72 l(x)">b</div>');
  check('<form action="https://evil.example/"><input name=p></form><base href="https://evil.example/"><meta http-equiv="refresh" content="0">');
  check('<blockquote cite="javascript:alert(1)">q</blockquote> <q cite="jav&#x09;ascript:x">r</q> <a href="javascript:alert(1)">s</a>');
  check('<textarea><script>alert(1)</script></textarea> <noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>');
  check('<!-- --><script>alert(1)</script> <!--> <script>alert(2)</script> -->');
});

test('links, files and their parameters', () => {
  check('[javascript:alert(1) a] [JaVaScRiPt:alert(1) b] [jav&#x09;ascript:alert(1) c] [data:text/html,x d] [//x.example/"><script>alert(1)</script> e]');
  check('[[javascript:alert(1)|a]] [[:fr:javascript:alert(1)]] [[m:a" onmouseover="x|b]] [[#"><script>alert(1)</script>|c]]');
  check('[[File:X.png|link=javascript:alert(1)]] [[File:X.png|thumb|link=jav&#x09;ascript:x|alt=x" onerror="alert(1)|<script>alert(1)</script>]]');
  check('[[File:a" onerror="alert(1).png]] [[File:a)](javascript:alert(1).png]] [[Category:X|"><script>alert(1)</script>]]');
  check('[https://x.example/a?b=<script>alert(1)</script> x] https://x.example/a"onmouseover="alert(1) ISBN 978"><script>');
});

test('attributes built from template parameters and parser functions', () => {
  const site = siteFor('en');
  const src = new MemoryPageSource(site);
  src.set('Template:Span', '<span title="{{{1}}}" style="color:{{{2|red}}}" id="{{{3|}}}">{{{4|x}}}</span>');
  src.set('Template:Cell', '{| class="wikitable"\n| style="{{{1}}}" title="{{{2}}}" | {{{3}}}\n|}');
  src.set('Template:Open', '<span title="');
  src.set('Template:Close', '">');
  check('{{Span|1=a" onmouseover="alert(1)|2=red;background:url(x)|3=x" onclick="y|4=<script>alert(1)</script>}}', src);
  check('{{Cell|1=background:url(javascript:alert(1))|2=a" onclick="b|3=<script>alert(1)</script>}}', src);
  check('{{Open}}<script>alert(1)</script>{{Close}}x</span> {{Open}}x" onclick="alert(1){{Close}}y</span>', src);
  check('{{#tag:span|x|onclick=alert(1)|style=background:url(x)|title="a\n<script>alert(1)</script>"}} {{#tag:script|alert(1)}} {{#tag:div|y|id="><script>alert(1)</script>}}');
  check('<ref name="x&quot;><script>alert(1)</script>">r</ref><ref name="a]: javascript:alert(1)\n[x">b</ref>\n<references/>');
  check('{{anchor|"><script>alert(1)</script>}} {{anchor|x" onmouseover="alert(1)}} {{lang|en" onclick="x|t}}');
});

test('raw text that HTML blocks or code could carry into the page', () => {
  // Inside an HTML block Markdown escapes are not read: text there must be HTML-escaped.
  check('<center>x\n<script>alert(1)</script></center>\n\n<div>a<br>\n<img src=x onerror=alert(1)>\nb</div>');
  check('{|\n| <pre>\na\n\n<script>alert(1)</script>\n\n    <img src=x onerror=alert(1)>\n</pre>\n| b\n|}');
  check('<syntaxhighlight lang="js\n```\n<script>alert(1)</script>">x</syntaxhighlight> <syntaxhighlight lang="html"></code></pre><script>alert(1)</script></syntaxhighlight>');
  check('<code>`</code><script>alert(1)</script><code>`</code> <kbd title="`"><script>alert(1)</script></kbd>');
  check('<math>a$`<script>alert(1)</script>`$b</math> <math>`</math><script>alert(1)</script> <math>a < b <img src=x onerror=alert(1)></math>');
  check('<poem>\n```\n<script>alert(1)</script>\n</poem> <nowiki>\n```\n</nowiki><img src=x onerror=alert(1)>');
  check('<div>\n&#60;script&#62;alert(1)&#60;/script&#62; &amp;lt;img src=x onerror=alert(1)&amp;gt;\n</div>');
});

test('the checker itself sees what it must', () => {
  assert.deepEqual(dangers('<p><img src="x" onerror="a()"></p>'), ['handler in <img src="x" onerror="a()">']);
  assert.deepEqual(dangers('<a href="jav&#x09;ascript:x">y</a>'), ['URL in <a href="jav&#x09;ascript:x">']);
  assert.deepEqual(dangers('<p>&lt;img src=x onerror=alert(1)&gt;</p>'), []);
  assert.deepEqual(dangers('<img alt="x&quot; onerror=&quot;a()" src="y">'), []);
  assert.deepEqual(dangers('<img/src=x /onerror=a()>'), ['handler in <img/src=x /onerror=a()>']);
  // An unquoted value runs to white space or `>`, so here `/onerror=a()` is part of src, as a browser reads it.
  assert.deepEqual(dangers('<img/src=x/onerror=a()>'), []);
  assert.deepEqual(dangers('<svg><script>x</script></svg>'), ['tag svg']);
  // Entities, slashes, a second URL attribute, a `>` in a quoted value do not hide a danger.
  const flagged = [
    '<a href="&#106;avascript:x">a</a>',
    '<a href="&#x6A;avascript:x">a</a>',
    '<a href="&#106avascript:x">a</a>',
    '<a href="javascript&colon;x">a</a>',
    '<a href="java&Tab;script:x">a</a>',
    '<a href="jav&#x09;ascript:x">a</a>',
    '<a/href="javascript:x">a</a>',
    '<a title="ok" href=javascript:x>a</a>',
    '<img src="https://x.example/a.png" srcset="https://x.example/b.png 1x, data:image/svg+xml,x 2x">',
    '<a title=">" href="javascript:x">a</a>',
    '<video poster="javascript:x">',
    '<button formaction="javascript:x">',
    '<span/onclick="x">a</span>',
    '<span title="a" style="color:red">a</span>',
    // A quote opens a value only after `=`: elsewhere it is part of a value or a name.
    '<a title=x" href=javascript:x>a</a>',
    "<a b'c href=javascript:x>a</a>",
    '<a =x href=javascript:x>a</a>',
  ];
  // Found by its attribute, not only by its tag (<video>, <button> are refused as tags too).
  for (const html of flagged) assert.ok(dangers(html).some((d) => !d.startsWith('tag ')), html);
  const harmless = [
    '<a href="https://x.example/javascript:x">a</a>',
    '<span title="onclick=x style=y href=javascript:x">a</span>',
    '<img src="https://upload.example/a.png" alt="javascript:x">',
    '<p>&lt;a href="javascript:x"&gt; onerror=alert(1)</p>',
    '<a href="../Page/Data:x.md">a</a>',
  ];
  for (const html of harmless) assert.deepEqual(dangers(html), [], html);
});
