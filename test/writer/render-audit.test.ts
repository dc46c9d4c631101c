/**
 * The render-audit checker (helpers/render-audit.ts) finds what it is meant to find, and stays
 * quiet on Markdown that renders as meant or on characters the source itself shows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { auditMarkdown } from './helpers/render-audit.js';

const kinds = (md: string, src = '') => auditMarkdown(md, src).map((f) => `${f.line}:${f.kind}`);

test('clean Markdown yields no finding', () => {
  assert.deepEqual(kinds('# A\n\nText **bold** and *it*[^1].\n\n- item\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[^1]: note\n', '= A =\nText'), []);
});

test('wikitext residue is found unless the source shows it', () => {
  assert.deepEqual(kinds('a {{tpl}} b\n\nc [[x]] d\n', 'a b'), ['1:wiki:{{', '1:wiki:}}', '3:wiki:[[', '3:wiki:]]']);
  assert.deepEqual(kinds("x ''y'' z\n", "x <nowiki>''y''</nowiki> z"), []);
  assert.deepEqual(kinds('a &amp;amp; b\n', 'a &amp; b'), ['1:entity-visible']);
});

test('markup characters that show, and escapes that do not work', () => {
  assert.deepEqual(kinds('a **b\n', "a '''b"), ['1:markup-visible:*']);
  assert.deepEqual(kinds('a \\（b）\n', 'a （b）'), ['1:escape-visible']);
  assert.deepEqual(kinds('65** marks\n', '65** marks'), []);
});

test('accidental blocks', () => {
  assert.deepEqual(kinds('Title\n---\n', 'Title'), ['1:heading-setext']);
  assert.deepEqual(kinds('## Sharp #\n', '== Sharp # =='), ['1:heading-tail-lost']);
  assert.deepEqual(kinds('## Sharp \\#\n', '== Sharp # =='), []);
  assert.deepEqual(kinds('text\n\n    code\n', 'text code'), ['3:code-indented']);
  assert.deepEqual(kinds('1990. year\n', '1990. year'), ['1:list-ordered-start', '1:list-ordered-unexpected']);
  assert.deepEqual(kinds('> said\n', 'said'), ['1:blockquote-unexpected']);
  assert.deepEqual(kinds('a line<br />\n- 5 degrees\n', 'a line<br />- 5 degrees'), ['2:interrupts-paragraph:bullet_list']);
  assert.deepEqual(kinds('a line\n\n- item\n  - nested\n', 'a line\n* item\n** nested'), []);
});

test('tables: ragged rows and tables glued to text', () => {
  assert.deepEqual(kinds('| a | b |\n|---|---|\n| 1 | 2 | 3 |\n| 4 |\n', 'a b'), ['3:table-row-long', '4:table-row-short']);
  const glued = kinds('text\n| a | b |\n|---|---|\n| 1 | 2 |\n', 'text a b');
  assert.ok(glued.includes('2:table-after-text') || glued.includes('3:table-not-rendered'), glued.join());
});

test('footnotes: undefined, unreferenced, empty, adjacent', () => {
  assert.deepEqual(kinds('a[^1] b[^2]\n\n[^1]: x\n\n[^3]: y\n', 'a b'), ['1:fn-ref-undefined', '5:fn-unreferenced']);
  assert.deepEqual(kinds('a[^1][^2]\n\n[^1]: x\n\n[^2]: y\n', 'a'), ['1:fn-adjacent']);
  assert.deepEqual(kinds('a[^1] [^2]\n\n[^1]: x\n\n[^2]: y\n', 'a'), []);
  assert.deepEqual(kinds('a[^1]\n\n[^1]: <!-- -->\n', 'a'), ['3:fn-empty']);
});

test('links: empty target, empty label', () => {
  assert.deepEqual(kinds('[a]() and [](http://x.org)\n', 'a and'), ['1:link-empty-href', '1:link-empty-label']);
});

test('HTML GitHub escapes or strips, comments that hide text, Markdown inside HTML blocks', () => {
  assert.deepEqual(kinds('a <style>x</style> b\n', 'a b'), ['1:html-escaped', '1:html-escaped']);
  assert.deepEqual(kinds('a <!-- hidden --> b\n', 'a b'), ['1:html-comment-hides']);
  assert.deepEqual(kinds('<div>\n**not bold**\n</div>\n', 'not bold'), ['2:md-in-html-block']);
});

test('maths: dollars GitHub would pair into a formula the source does not have', () => {
  assert.deepEqual(kinds('cost $5 and 6$ more\n', 'cost $5 and 6$ more'), ['1:math-accidental']);
  assert.deepEqual(kinds('cost \\$5 and 6\\$ more\n', 'cost $5 and 6$ more'), []);
  assert.deepEqual(kinds('cost 5 $ and 6 $ more\n', 'cost 5 $ and 6 $ more'), []);
  assert.deepEqual(kinds('let $x^2$ be\n', 'let <math>x^2</math> be'), []);
  assert.deepEqual(kinds('let $`a|b`$ be\n', 'let <math>a|b</math> be'), []);
});

test('single tildes GitHub would strike through', () => {
  assert.deepEqual(kinds('from 1~2 to 3~4\n', 'from 1~2 to 3~4'), ['1:tilde-strike']);
  assert.deepEqual(kinds('from 1\\~2 to 3\\~4\n', 'from 1~2 to 3~4'), []);
});

test('text the wiki hides with display:none that GitHub would show', () => {
  const src = '<span style="display:none">せんせえ</span>センセー';
  assert.deepEqual(kinds('せんせえセンセー\n', src), ['1:hidden-shown']);
  assert.deepEqual(kinds('センセー\n', src), []);
});

test('wiki line-start markup shown as text, but not a marker the wiki shows too', () => {
  assert.deepEqual(kinds('| *Authors*\n', "{{multicol}}\n|\n''Authors''"), ['1:wiki:line-start |']);
  assert.deepEqual(kinds('; Mountains、Fuji\n', '{{Flatlist|\n; Mountains\n: [[Fuji]]}}'), ['1:wiki:line-start ;']);
  assert.deepEqual(kinds('- a\n  :Route 377\n', '** :Route 377'), []);
});

test('residue inside an HTML block (a table written as HTML) is found too', () => {
  assert.deepEqual(kinds('<table>\n<tr><td>a {{b}} c</td></tr>\n</table>\n', 'a c'), ['2:wiki:{{', '2:wiki:}}']);
  assert.deepEqual(kinds('<table>\n<tr><td><code>{{b}}</code></td></tr>\n</table>\n', '<code>{{b}}</code>'), []);
});
