/**
 * Anchors end to end: `{{anchor}}` and a citation's `ref=` become `<a id>`s whose ids are the
 * slugs our section links use, so `[[#X]]` lands (they used to be dropped: 59 dangling in-page
 * links on the 189 ja dump pages, 3 on uk).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';

function md(wikitext: string, site: 'zh' | 'ja' | 'uk' | 'en'): string {
  return convertPage(wikitext, { title: 'T', site }).markdown;
}

test('{{anchor}} / {{Якір}} / {{アンカー}}: one <a id> per name, in the slug form of the links to it', () => {
  assert.equal(
    md("{{Якір|Зміст|Top_two}}Текст.\n\n[[#Зміст|Нагору]] [[#Top two|2]]", 'uk'),
    '<a id="зміст"></a><a id="top-two"></a>Текст.\n\n[Нагору](#зміст) [2](#top-two)\n',
  );
  assert.equal(md('{{Anchors|Foo Bar}}x [[#Foo_Bar|y]]', 'en'), '<a id="foo-bar"></a>x [y](#foo-bar)\n');
  assert.equal(md('{{アンカー|中世}}本文', 'ja'), '<a id="中世"></a>本文\n');
  assert.equal(md('{{anchor}}x', 'en'), 'x\n');
});

test('{{visible anchor}}: the anchor and the text', () => {
  assert.equal(md('{{visible anchor|Видимий|Інший}} [[#Інший|→]]', 'uk'), '<a id="видимий"></a><a id="інший"></a>Видимий [→](#інший)\n');
});

test("a citation's ref= names it for Harvard-style links; ref=harv is a switch, not a name", () => {
  const out = md(
    '本文<ref>[[#Lewis1997|Lewis (1997)]]</ref>。\n\n== 参考文献 ==\n* {{Cite book|title=The myth of continents|last=Lewis|year=1997|ref=Lewis1997}}\n* {{Cite book|title=X|ref=harv}}\n',
    'ja',
  );
  assert.match(out, /\n- <a id="lewis1997"><\/a>Lewis \(1997年\)\. The myth of continents\.\n/);
  assert.match(out, /\[\^1\]: \[Lewis \(1997\)\]\(#lewis1997\)/);
  assert.doesNotMatch(out, /id="harv"/);
});

test('an id= written in the page is printed in the same slug form as the links to it', () => {
  assert.equal(md('<span id="Foo_Bar">x</span> [[#Foo Bar|go]]', 'en'), '<a id="foo-bar"></a>x [go](#foo-bar)\n');
});
