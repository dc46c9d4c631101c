/**
 * Void elements are written self-closed (`<br />`, `<img … />`, `<hr />`, `<wbr />`): GitHub reads
 * them exactly as `<br>`, and they are also valid JSX, so an MDX reader (Docusaurus's default
 * `.md` format, see docs/publishing.md) does not reject the page with "Expected a closing tag for
 * `<br>`" — the error 110 of the 151 ja mirror pages failed with before.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';
import { siteFor } from '../../src/site/defaults.js';

const site = siteFor('ja');
const md = (wikitext: string): string => convertPage(wikitext, { site, title: 'T', attribution: false }).markdown;
/** A void tag written the HTML way, which JSX has no closing for. */
const OPEN_VOID = /<(?:br|hr|wbr|img)\b(?:[^<>/]|\/(?!>))*>/i;

test('breaks in paragraphs, pipe-table cells and headings are <br />', () => {
  assert.equal(md('a<br>b<BR/>c'), 'a<br />\nb<br />\nc\n');
  assert.equal(md('{|\n! h1 !! h2\n|-\n| a<br>b || c\n|}'), '| h1 | h2 |\n| --- | --- |\n| a<br />b | c |\n');
  assert.equal(md('== a<br>b =='), '## a<br />b\n');
});

test('HTML tables, framed images and rules inside HTML are self-closed too', () => {
  const table = md('{|\n| rowspan="2" | a<br>b\n| [[File:A.jpg|thumb|cap]]\n|-\n| c\n|}');
  assert.ok(table.startsWith('<table>'), table);
  assert.match(table, /<td rowspan="2">a<br \/>b<\/td>/);
  assert.match(table, /<img src="[^"]+A\.jpg" alt="cap" \/><br \/>cap/);
  const framed = md('[[File:B.png|thumb|説明]]');
  assert.match(framed, /^!\[説明\]\([^)]+B\.png\)<br \/>\n説明\n$/);
  for (const out of [table, framed, md('<div>\n----\n</div>'), md(';t\n:a<br>b')]) assert.doesNotMatch(out, OPEN_VOID, out);
});
