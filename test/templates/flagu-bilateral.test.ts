/**
 * `{{flagu}}` prints the flag and the country's name unlinked (zhwiki's Flagu/core: `{{{name}}}`
 * after the picture); it used to be linked like `{{flag}}`. `{{Infobox bilateral relations}}` reads
 * both countries' `Template:Country data …` pages as `{{flag}}` does (its `{{flagbig}}` cells).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';
import { MemoryPageSource } from '../../src/engine/pagesource.js';
import { siteFor } from '../../src/site/defaults.js';

// Minimal data pages of our own, laid out as zhwiki's are.
const dataPage = (alias: string, name: string, extra: string[] = []) =>
  ['{{ {{{1<noinclude>|country showdata</noinclude>}}}', `| alias = ${alias}`, ...extra, `| name = {{#if:{{{name|}}}|{{{name|}}}|${name}}}`, '}}'].join('\n');

function source(): MemoryPageSource {
  const s = new MemoryPageSource(siteFor('zh'));
  s.set('Template:Country data Qing Dynasty', dataPage('清朝', '大清', ['| link alias-naval = 北洋水师']));
  s.set('Template:Country data China', dataPage('中华人民共和国', '中國'));
  s.set('Template:Country data PRC', '#REDIRECT [[Template:Country data China]]');
  s.set('Template:Country data Republic of China', dataPage('中華民國', '中華民國'));
  return s;
}

const md = (text: string, templates?: MemoryPageSource, site: 'zh' | 'en' = 'zh') =>
  convertPage(text, { site, title: '测试', ...(templates ? { templates } : {}) }).markdown.trim();
const wiki = (target: string) => `https://zh.wikipedia.org/wiki/${target}`;

test('{{flagu}} shows the name unlinked: from the data page, the call\'s name=, or the built-in table', () => {
  assert.equal(md('{{flagu|Japan}}。'), '日本。');
  assert.equal(md('{{flagu|JPN}}'), '日本');
  assert.equal(md('{{flagu|Japan|name=日本國}}'), '日本國');
  assert.equal(md('{{flagu|Qing Dynasty}}', source()), '大清');
  assert.equal(md('{{flagu|Qing Dynasty|name=清国}}', source()), '清国');
  // {{flagcountry}} and {{flag}} still link.
  assert.equal(md('{{flagcountry|Japan}}'), `[日本](${wiki('日本')})`);
  assert.equal(md('{{flagcountry|Qing Dynasty|naval}}', source()), `[大清](${wiki('北洋水师')})`);
});

test('{{Infobox bilateral relations}} reads both countries\' data pages; Taiwan is the Republic of China\'s page', () => {
  const box = (head: string, a: string, b: string) => `| ${head} |  |\n| --- | --- |\n| ${a} | ${b} |`;
  assert.equal(
    md('{{Infobox bilateral relations|中清|PRC|Qing Dynasty}}', source()),
    box('中清關係', `[中國](${wiki('中华人民共和国')})`, `[大清](${wiki('清朝')})`),
  );
  assert.equal(
    md('{{Infobox bilateral relations|party1=PRC|party2=Taiwan|2=Japan|3=Bhutan|flagvariant1=}}', source()),
    box('PRC－Taiwan關係', `[中國](${wiki('中华人民共和国')})`, `[中華民國](${wiki('中華民國')})`),
  );
  // party1/party2 win over arguments 2 and 3 and make the heading, as in zhwiki's template.
  // Without the pages: the built-in table, as before; `title=` heads the box.
  assert.equal(md('{{Infobox bilateral relations|中不|PRC|Bhutan|title=中不兩國}}'), box('中不兩國', `[中国](${wiki('中国')})`, `[不丹](${wiki('不丹')})`));
  // Review of session 24: Taiwan read as the Republic of China only when the source had its data page.
  assert.equal(md('{{Infobox bilateral relations|party1=Taiwan|party2=Bhutan}}'), box('Taiwan－Bhutan關係', `[中華民國](${wiki('中華民國')})`, `[不丹](${wiki('不丹')})`));
  // The second country alone stays in the right cell, as the template keeps its columns.
  assert.equal(md('{{Infobox bilateral relations|中X||Bhutan}}'), box('中X關係', '', `[不丹](${wiki('不丹')})`));
  assert.equal(md('{{Infobox bilateral relations|台不|Republic of China|Bhutan}}'), box('台不關係', `[中華民國](${wiki('中華民國')})`, `[不丹](${wiki('不丹')})`));
});
