import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';

const md = (src: string): string => convertPage(src, { site: 'en', title: 'X' }).markdown.trim();

// preTags.txt "<nowiki> inside of #tag:pre": the argument's <nowiki> is a strip marker by the
// time <pre> sees it; MediaWiki puts its content back. We showed the marker's number ("Foo 0").
test('a nowiki inside {{#tag:pre|…}} shows its content', () => {
  assert.equal(md('{{#tag:pre|Foo <nowiki>&rarr;bar</nowiki>}}'), '```\nFoo →bar\n```');
  assert.equal(md('{{#tag:syntaxhighlight|a <nowiki>[[b]]</nowiki>|lang=text}}'), '```text\na [[b]]\n```');
});

test('written out, <pre> with <nowiki> is unchanged', () => {
  assert.equal(md('<pre>Foo <nowiki>&rarr;bar</nowiki></pre>'), '```\nFoo →bar\n```');
});
