/** The reader's HTML shell: English furniture, the wiki's language on its text, and CJK fonts in that language's order. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlLang, pageHtml } from '../../src/reader/page-template.js';

test('htmlLang: the wiki language, or the Chinese variant the mirror was converted to', () => {
  assert.equal(htmlLang('ja', null), 'ja');
  assert.equal(htmlLang('uk', null), 'uk');
  assert.equal(htmlLang('zh', null), 'zh');
  assert.equal(htmlLang('zh', 'zh-tw'), 'zh-Hant-TW');
  assert.equal(htmlLang('zh', 'zh-cn'), 'zh-Hans-CN');
  assert.equal(htmlLang('zh', 'zh-hant'), 'zh-Hant');
  assert.equal(htmlLang('x"><script>', null), 'und');
});

/** The first CJK family named in the body's font list. */
function firstCjkFont(html: string): string {
  const body = /body\{[^}]*font:[^;}]*?"(PingFang \w+|Hiragino Sans|Apple SD Gothic Neo)"/.exec(html);
  assert.ok(body, 'a CJK font in the body rule');
  return body[1]!;
}

test('pageHtml: <html lang> is English, the wiki\'s text carries its own lang, and Japanese, Korean and traditional Chinese pages get their own CJK fonts first', () => {
  const page = (lang: string) => pageHtml({ title: 't', body: '<p>x</p>', siteLabel: 'Wikipedia', lang });
  // The furniture is English; a mirror page's main column is in the wiki's language.
  assert.match(page('ja'), /^<!DOCTYPE html>\n<html lang="en"><head>/);
  assert.match(page('ja'), /\n<main>\n<p>x<\/p>/);
  assert.match(pageHtml({ title: 't', body: '<p>x</p>', siteLabel: 'Wikipedia', lang: 'ja', mainIsWikiText: true }), /\n<main lang="ja">\n<p>x<\/p>/);
  assert.equal(firstCjkFont(page('ja')), 'Hiragino Sans');
  assert.equal(firstCjkFont(page('ko')), 'Apple SD Gothic Neo');
  assert.equal(firstCjkFont(page('zh')), 'PingFang SC');
  assert.equal(firstCjkFont(page('zh-Hant-TW')), 'PingFang TC');
  assert.equal(firstCjkFont(page('zh-Hant-HK')), 'PingFang HK');
  assert.equal(firstCjkFont(page('uk')), 'PingFang SC');
});

test('pageHtml: KaTeX\'s stylesheet only on a page with maths; a category page marked for its columns', () => {
  const parts = { title: 't', body: '<p>x</p>', siteLabel: 'Wikipedia', lang: 'zh', mainIsWikiText: true };
  assert.ok(!pageHtml(parts).includes('katex.min.css'));
  assert.match(pageHtml({ ...parts, maths: true }), /<\/title><link rel="stylesheet" href="\/\.assets\/katex\/katex\.min\.css"><style>/);
  assert.match(pageHtml({ ...parts, category: true }), /\n<main lang="zh" class="category">\n/);
  assert.match(pageHtml(parts), /\n<main lang="zh">\n/);
});

/** The declarations of the page style's rule for `selector` (the first rule with exactly that selector). */
function ruleOf(html: string, selector: string): Map<string, string> {
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
  const body = new RegExp(`(?:^|[}\\s])${selector}\\{([^}]*)\\}`).exec(style)?.[1];
  assert.ok(body !== undefined, `a ${selector} rule`);
  return new Map(body.split(';').map((d) => d.split(':') as [string, string]));
}

test('pageHtml: a formula thrown off its place (negative kern, raisebox) can neither cover the header nor widen the page', () => {
  const html = pageHtml({ title: 't', body: '<p>x</p>', siteLabel: 'Wikipedia', lang: 'zh', maths: true });
  const header = ruleOf(html, 'header');
  assert.equal(header.get('position'), 'relative');
  assert.equal(header.get('z-index'), '1');
  assert.ok(header.get('background'), 'the header is opaque');
  const main = ruleOf(html, 'main');
  assert.equal(main.get('overflow'), 'clip');
  assert.equal(main.get('overflow-wrap'), 'break-word');
});

test("pageHtml: the page's own text cannot paint outside its column (a style=\"position:fixed\" overlay over the header)", () => {
  // The sanitiser keeps `position:fixed` and `absolute`, as MediaWiki's checkCss does. `overflow:
  // clip` alone does not hold them: their containing block is the viewport. `contain:paint` makes
  // <main> that block and clips them to it (checked in Chromium: a full-window fixed <span> in a
  // page covered the site's name; with it, it starts below the header and ends with the column).
  const main = /\nmain\{([^}]*)\}/.exec(pageHtml({ title: 't', body: '<p>x</p>', siteLabel: 'Wikipedia', lang: 'zh' }));
  assert.ok(main, 'a rule for <main>');
  assert.match(main[1]!, /(^|;)contain:paint(;|$)/);
});

test('pageHtml: on a phone-width window the search box shrinks beside its button rather than pushing the button to a line of its own (session 23)', () => {
  const html = pageHtml({ title: 'T', body: '', siteLabel: 'S', lang: 'zh' });
  assert.match(html, /header form\{margin-left:auto;display:flex;gap:\.3em;flex:0 1 20em;min-width:0\}header input\[type=search\]\{flex:1;min-width:0;width:16em;padding:\.25em\}/);
});
