import { test } from 'node:test';
import assert from 'node:assert/strict';
import { URL_PROTOCOLS } from '../../src/parser/extlinks.js';
import { lookupFunction, lookupVariable } from '../../src/preprocess/functions/index.js';
import { argsFromStrings } from '../../src/preprocess/functions/types.js';
import { siteFor } from '../../src/site/defaults.js';
import { fnContext, melbourne } from './fnctx.js';

/** Call `{{name:first|args…}}` with plain-string arguments. */
function call(name: string, first: string, args: string[] = [], ctx = fnContext()): string {
  const f = lookupFunction(name);
  assert.ok(f, `function ${name}`);
  return f(ctx, first, argsFromStrings(args));
}

test('#if, #ifeq (numeric when both numeric), #iferror, #ifexpr, #ifexist', () => {
  assert.equal(call('#if', '', [' yes ', ' no ']), 'no');
  assert.equal(call('#if', 'x', [' yes ', ' no ']), 'yes');
  assert.equal(call('#if', 'x', []), '');
  assert.equal(call('#ifeq', '01', ['1', 'yes', 'no']), 'yes');
  assert.equal(call('#ifeq', '0', ['-0', 'yes', 'no']), 'yes');
  assert.equal(call('#ifeq', 'foo', ['Foo', 'yes', 'no']), 'no');
  assert.equal(call('#ifeq', '"01"', ['"1"', 'yes', 'no']), 'no');
  assert.equal(call('#ifeq', "a'b", ['a&#39;b', 'yes', 'no']), 'yes');
  assert.equal(call('#iferror', '<strong class="error">x</strong>', ['error', 'correct']), 'error');
  assert.equal(call('#iferror', '3', ['error', 'correct']), 'correct');
  assert.equal(call('#iferror', '3', ['error']), '3');
  assert.equal(call('#ifexpr', '1 > 0', ['yes']), 'yes');
  assert.equal(call('#ifexpr', '', ['yes', 'no']), 'no');
  const ctx = fnContext({ pages: { 'ParserFunctions page': 'x' } });
  assert.equal(call('#ifexist', 'ParserFunctions page', ['Found', 'Not found'], ctx), 'Found');
  assert.equal(call('#ifexist', 'Missing', ['Found', 'Not found'], ctx), 'Not found');
  assert.equal(call('#ifexist', '', ['Found', 'Not found'], ctx), 'Not found');
  // Special pages: the wiki's list of them, not its pages (ParserFunctions asks SpecialPageFactory).
  assert.equal(call('#ifexist', 'Special:RecentChanges', ['Found', 'Not found'], ctx), 'Found');
  assert.equal(call('#ifexist', 'Special:Contributions/Example', ['Found', 'Not found'], ctx), 'Found');
  assert.equal(call('#ifexist', 'Special:No such page', ['Found', 'Not found'], ctx), 'Not found');
  const zh = fnContext({ site: siteFor('zh') });
  assert.equal(call('#ifexist', '特殊:最近更改', ['Found', 'Not found'], zh), 'Found');
});

test('#switch: fall-through, #default anywhere, numeric equality, last positional as default', () => {
  assert.equal(call('#switch', 'foo&bar', ['foo&amp;bar=yes', 'no']), 'yes');
  assert.equal(call('#switch', 'foo&bar', ['fred=1', 'foo&amp;bar', 'g=yes', 'no']), 'yes');
  assert.equal(call('#switch', 'foo', ['bar', 'baz=no', '*default']), '*default');
  assert.equal(call('#switch', 'none', ['foo=1', 'bar=2', '#default=no match', 'baz=3']), 'no match');
  assert.equal(call('#switch', 'none', ['foo=1', '#default=ignored', 'baz=3', 'Second default']), 'Second default');
  assert.equal(call('#switch', 'foo', [' #default ', ' bar = DEF ']), 'DEF');
  assert.equal(call('#switch', 'foo', [' #defaultWTF? = crazy ']), '');
  assert.equal(call('#switch', '01', ['1 = yes', 'no']), 'yes');
  assert.equal(call('#switch', '1', ['02', '01 = yes', 'no']), 'yes');
  assert.equal(call('#switch', '', ['=empty', '#default=other']), 'empty');
  assert.equal(call('#switch', '1', []), '');
  // decodeTrimExpand is trim(decodeCharReferences(…)): a space written as &#32; is trimmed too.
  assert.equal(call('#switch', '&#32;x', ['x=match', 'nomatch']), 'match');
  assert.equal(call('#switch', 'x', ['&#32;x&#32;=match', 'nomatch']), 'match');
});

test('#time with fixed clock, languages, escapes', () => {
  assert.equal(call('#time', 'c', ['15 January 2001']), '2001-01-15T00:00:00+00:00');
  // Two dates in one argument are rejected, as PHP's "Double date specification" ({{age in days}} given full dates).
  assert.match(call('#time', 'U', ['19 Aug 2008-4 Sep 2010-1']), /error/i);
  assert.equal(call('#time', 'Y', ['5 April 1967']), '1967');
  assert.equal(call('#time', 'Y', ['28 July 2061']), '2061');
  assert.equal(call('#time', 'Y-m-d H:i', ['2011-11-12 23:00 UTC']), '2011-11-12 23:00');
  assert.equal(call('#time', 'Y-m-d H:i', ['2011-11-12 23:00 Europe/Paris']), '2011-11-12 22:00');
  assert.equal(call('#time', 'Y-m-d H:i', ['2011-11-12 23:00 America/New_York']), '2011-11-13 04:00');
  assert.equal(call('#time', 'd F Y', ['1988-02-28', 'nl']), '28 februari 1988');
  assert.equal(call('#time', 'Y年n月j日 l', ['2024-03-05', 'zh']), '2024年3月5日 星期二');
  assert.equal(call('#time', 'Y年n月j日 (D)', ['2024-03-05', 'ja']), '2024年3月5日 (火)');
  assert.equal(call('#time', 'j xg Y', ['2024-03-05', 'uk']), '5 березня 2024');
  assert.equal(call('#time', 'Y-m-d', []), '1970-01-01');
  assert.equal(call('#time', 'Y-m-d', ['+1 day']), '1970-01-02');
  assert.equal(call('#time', 'Y-m-d', ['now -1 year']), '1969-01-01');
  assert.equal(call('#time', 'Y-m-d', ['2001-01-31 +1 month']), '2001-03-03');
  assert.equal(call('#time', 'Y-m-d', ['first day of next month']), '1970-02-01');
  assert.equal(call('#time', 'U', ['@86400']), '86400');
  assert.equal(call('#time', 'Y m d', ['January 15, 2001']), '2001 01 15');
  assert.equal(call('#time', 'Y-m-d', ['2001']), '2001-01-01');
  assert.equal(call('#time', 'H:i:s', ['2001-01-15T13:14:15Z']), '13:14:15');
  assert.equal(call('#time', 'g:i a', ['3pm']), '3:00 pm');
  assert.equal(call('#time', 'W N z t L', ['2004-12-31']), '53 5 365 31 1');
  assert.equal(call('#time', '\\Y "quoted Y" xx Y', ['2001-01-01']), 'Y quoted Y x 2001');
  assert.equal(call('#time', 'xrY', ['2001-01-01']), 'MMI');
  assert.equal(call('#time', 'xoY xkY', ['2001-01-01']), '90 2544');
  assert.equal(call('#time', 'xtY', ['2019-05-01']), '令和元');
  assert.equal(call('#time', 'r', ['2001-01-15']), 'Mon, 15 Jan 2001 00:00:00 +0000');
  assert.equal(call('#time', 'Y', ['not a date']), '<strong class="error">Error: invalid time</strong>');
  // A dashed date with month 13 or day 32: PHP reads "2020-1" (or "2020-12-3") and stops at the digit
  // left over, so the date is invalid. 2020-13-01 was read as the year 2020 and two zone offsets
  // (-13, -01), giving the current day; 2020-12-32 as 2020-12 and an offset -32 (2020-12-02 08:00).
  assert.equal(call('#time', 'Y-m-d', ['2020-13-01']), '<strong class="error">Error: invalid time</strong>');
  assert.equal(call('#time', 'Y-m-d', ['2020-12-32']), '<strong class="error">Error: invalid time</strong>');
  // Month and day 00 are read and roll back, as PHP's DateTime does.
  assert.equal(call('#time', 'Y-m-d', ['2020-00-10']), '2019-12-10');
  assert.equal(call('#time', 'Y-m-d', ['2020-03-00']), '2020-02-29');
  // Year-month with no day: "2020-13" is read as 2020-1 with a "3" left over, invalid as above
  // (it gave the current day); month 00 rolls back to December, with or without a "T" time.
  assert.equal(call('#time', 'Y-m-d H:i', ['2020-13']), '<strong class="error">Error: invalid time</strong>');
  assert.equal(call('#time', 'Y-m-d H:i', ['2020-13 10:00']), '<strong class="error">Error: invalid time</strong>');
  assert.equal(call('#time', 'Y-m-d H:i', ['2020-00']), '2019-12-01 00:00');
  assert.equal(call('#time', 'Y-m-d H:i', ['2020-00-10T10:00']), '2019-12-10 10:00');
  assert.equal(call('#time', 'Y-m-d H:i', ['2020-12']), '2020-12-01 00:00');
  assert.equal(call('#timel', 'Y-m-d H:i', ['16 January 2001'], fnContext({ localZone: melbourne() })), '2001-01-16 11:00');
  assert.equal(call('#timef', '15 January 2001'), '00:00, 15 January 2001');
  assert.equal(call('#timef', '15 January 2001', ['both', 'ja']), '2001年1月15日 (月) 00:00');
  // zh (zh-hans's formats): the date names the weekday in full, date-and-time abbreviates it.
  assert.equal(call('#timef', '15 January 2001', ['both', 'zh']), '2001年1月15日 (一) 00:00');
  assert.equal(call('#timef', '15 January 2001', ['date', 'zh']), '2001年1月15日 (星期一)');
});

test('#titleparts, #rel2abs', () => {
  const tp = (...a: string[]) => call('#titleparts', a[0]!, a.slice(1));
  assert.equal(tp('A/b/c/d'), 'A/b/c/d');
  assert.equal(tp('A/b/c/d', '1'), 'A');
  assert.equal(tp('A/b/c/d', '-3'), 'A');
  assert.equal(tp('A/b/c/d', '', '2'), 'b/c/d');
  assert.equal(tp('A/b/c/d', '', '-2'), 'c/d');
  assert.equal(tp('A/b/c/d', '1', '-2'), 'c');
  assert.equal(tp('A/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t/u/v/w/x/!/!/!', '-1'), 'A/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t/u/v/w/x');
  const ctx = fnContext({ title: 'Help:Foo/bar' });
  assert.equal(call('#rel2abs', '/quok', [], ctx), 'Help:Foo/bar/quok');
  assert.equal(call('#rel2abs', '../quok', [], ctx), 'Help:Foo/quok');
  assert.equal(call('#rel2abs', '../../../quok', [], ctx).startsWith('<strong class="error">'), true);
  assert.equal(call('#rel2abs', 'abc', [], ctx), 'abc');
});

test('string functions count characters, not UTF-16 units', () => {
  assert.equal(call('#len', 'test'), '4');
  assert.equal(call('#len', '𠀀a'), '2');
  assert.equal(call('#pos', 'Žmržlina', ['žlina']), '3');
  assert.equal(call('#pos', 'stringstring', ['str', '4']), '6');
  assert.equal(call('#pos', 'FooBar', ['Foo', '32']), '');
  assert.equal(call('#rpos', 'abcabc', ['b']), '4');
  assert.equal(call('#sub', 'Icecream', ['3']), 'cream');
  assert.equal(call('#sub', 'Icecream', ['-3']), 'eam');
  assert.equal(call('#sub', 'Icecream', ['0', '3']), 'Ice');
  assert.equal(call('#sub', 'Icecream', ['3', '-3']), 'cr');
  assert.equal(call('#count', 'a-b-c', ['-']), '2');
  assert.equal(call('#replace', 'a b c', ['', '_']), 'a_b_c');
  assert.equal(call('#replace', 'aaa', ['a', 'b', '2']), 'bba');
  assert.equal(call('#explode', 'Foo*Bar', ['*', '-1']), 'Bar');
  assert.equal(call('#explode', 'Foo*Bar', ['*', '- 1']), '');
  assert.equal(call('#explode', 'a b c', [' ', '1']), 'b');
  assert.equal(call('#explode', 'a b c', [' ', '1', '2']), 'b c');
  assert.equal(call('#urldecode', 'foo%20bar'), 'foo bar');
  assert.equal(call('#urldecode', '%D0%9C%D0%B5'), 'Ме');
});

test('core string functions', () => {
  assert.equal(call('lc', 'AbC'), 'abc');
  assert.equal(call('UC', 'abc'), 'ABC');
  assert.equal(call('LCFirst', 'AOEU'), 'aOEU');
  assert.equal(call('ucFIRST', 'aoeu'), 'Aoeu');
  assert.equal(call('padleft', '7', ['3']), '007');
  assert.equal(call('padleft', '7', ['5', 'ab']), 'abab7');
  assert.equal(call('padright', 'x', ['4', '_']), 'x___');
  assert.equal(call('padleft', 'abc', ['2']), 'abc');
  assert.equal(call('formatnum', '1234567.891'), '1,234,567.891');
  assert.equal(call('formatnum', '1,234,567', ['R']), '1234567');
  assert.equal(call('formatnum', '9999999999999999'), '10,000,000,000,000,000');
  assert.equal(call('formatnum', '9999999999999999', ['LOSSLESS']), '9999999999999999');
  assert.equal(call('urlencode', 'a b&c'), 'a+b%26c');
  assert.equal(call('urlencode', 'a b&c', ['WIKI']), 'a_b%26c');
  assert.equal(call('urlencode', 'a b~', ['PATH']), 'a%20b~');
  assert.equal(call('anchorencode', 'x [[a|b]] y'), 'x_b_y');
  assert.equal(call('plural', '1', ['one', 'many']), 'one');
  assert.equal(call('plural', '2', ['one', 'many']), 'many');
  assert.equal(call('plural', '2', ['one', 'many'], fnContext({ site: siteFor('zh'), lang: 'zh' })), 'one');
  assert.equal(call('#language', 'ja'), '日本語');
  assert.equal(call('#language', 'en', ['zh']), '英语');
  assert.equal(call('int', 'lang', [], fnContext({ lang: 'zh' })), 'zh');
  assert.equal(call('int', 'no-such'), '⧼no-such⧽');
});

test('title words and functions', () => {
  const ctx = fnContext({ title: 'User:Ævar Arnfjörð Bjarmason' });
  const v = (name: string, c = ctx) => lookupVariable(name)!(c);
  assert.equal(v('PAGENAME'), 'Ævar Arnfjörð Bjarmason');
  assert.equal(v('PAGENAMEE'), '%C3%86var_Arnfj%C3%B6r%C3%B0_Bjarmason');
  assert.equal(v('FULLPAGENAMEE'), 'User:%C3%86var_Arnfj%C3%B6r%C3%B0_Bjarmason');
  assert.equal(v('TALKSPACE'), 'User talk');
  assert.equal(v('TALKSPACEE'), 'User_talk');
  assert.equal(v('NAMESPACENUMBER'), '2');
  assert.equal(v('TALKPAGENAME'), 'User talk:Ævar Arnfjörð Bjarmason');
  assert.equal(v('SUBJECTSPACE', fnContext({ title: 'Parser Test' })), '');
  assert.equal(v('TALKSPACE', fnContext({ title: 'Parser Test' })), 'Talk');
  assert.equal(v('PAGENAME', fnContext({ title: "'foo & bar = baz'" })), '&#39;foo &#38; bar &#61; baz&#39;');
  assert.equal(v('PAGENAME', fnContext({ title: '*RFC 1234 http://example.com/' })), '&#42;RFC&#32;1234 http&#58;//example.com/');
  const sub = fnContext({ title: 'Ævar/sub/sub2', subpagesInMain: true });
  assert.equal(v('ROOTPAGENAME', sub), 'Ævar');
  assert.equal(v('BASEPAGENAME', sub), 'Ævar/sub');
  assert.equal(v('SUBPAGENAME', sub), 'sub2');
  assert.equal(v('BASEPAGENAME', fnContext({ title: 'A/b' })), 'A/b');
  assert.equal(v('BASEPAGENAME', fnContext({ title: 'Template:A/b' })), 'A');
  assert.equal(call('PAGENAME', 'Template:Foo bar'), 'Foo bar');
  assert.equal(call('NAMESPACE', 'Category:X'), 'Category');
  assert.equal(call('ns', '14'), 'Category');
  assert.equal(call('ns', '分类', [], fnContext({ site: siteFor('zh') })), 'Category');
  assert.equal(call('nse', 'user_talk'), 'User_talk');
  assert.equal(call('fullurl', 'Foo bar'), '//en.wikipedia.org/wiki/Foo_bar');
  // A language prefix leads to that edition's host, which for some is another name.
  assert.equal(call('fullurl', 'gsw:Zürich'), '//als.wikipedia.org/wiki/Z%C3%BCrich');
  assert.equal(call('fullurl', 'zh-tw:東京'), '//zh.wikipedia.org/wiki/%E6%9D%B1%E4%BA%AC');
  assert.equal(call('fullurl', 'fr:Paris'), '//fr.wikipedia.org/wiki/Paris');
  assert.equal(call('localurl', 'Foo', ['action=edit']), '/w/index.php?title=Foo&action=edit');
  assert.equal(call('canonicalurl', '数学', [], fnContext({ site: siteFor('zh') })), 'https://zh.wikipedia.org/wiki/%E6%95%B0%E5%AD%A6');
  assert.equal(call('filepath', 'A b.jpg').startsWith('https://upload.wikimedia.org/wikipedia/commons/'), true);
});

test('date and site variables from the fixed clock; DEFAULTSORT records', () => {
  const ctx = fnContext();
  const v = (name: string) => lookupVariable(name)!(ctx);
  assert.equal(v('CURRENTDAY'), '1');
  assert.equal(v('CURRENTDAY2'), '01');
  assert.equal(v('CURRENTDAYNAME'), 'Thursday');
  assert.equal(v('CURRENTDOW'), '4');
  assert.equal(v('CURRENTMONTHABBREV'), 'Jan');
  assert.equal(v('CURRENTTIME'), '00:02');
  assert.equal(v('CURRENTWEEK'), '1');
  assert.equal(v('CURRENTTIMESTAMP'), '19700101000203');
  assert.equal(v('LOCALYEAR'), '1970');
  assert.equal(v('!'), '|');
  assert.equal(lookupVariable('CurrentMonth'), null);
  assert.equal(lookupVariable('sErVeRNaMe')!(ctx), 'en.wikipedia.org');
  const zh = fnContext({ site: siteFor('zh'), lang: 'zh' });
  assert.equal(lookupVariable('CURRENTMONTHNAME')!(zh), '1月');
  assert.equal(lookupVariable('CURRENTDAYNAME')!(zh), '星期四');
  assert.equal(lookupVariable('SITENAME')!(zh), '维基百科');
  assert.equal(call('DEFAULTSORT', 'Key', [], ctx), '');
  assert.equal(ctx.recorded.defaultsort, 'Key');
  assert.equal(lookupFunction('defaultsort'), null);
});

test('anchorencode escapes as Sanitizer::safeEncodeAttribute: &, magic-link words, a URL protocol colon', () => {
  // A heading's text naming a site: MediaWiki writes the protocol's colon as &#58;, so the parser
  // that reads the expanded text makes no free link of it. That shows only where a free link could
  // start: at the start of the text or after punctuation (http://x.org/p, "资料 (http://x.org)"
  // were autolinked before); after "_", a word character, there is no \b and it was text anyway.
  assert.equal(call('anchorencode', '资料 http://example.com/a'), '资料_http&#58;//example.com/a');
  assert.equal(call('anchorencode', 'http://x.org/p'), 'http&#58;//x.org/p');
  assert.equal(call('anchorencode', '资料 (http://x.org)'), '资料_(http&#58;//x.org)');
  assert.equal(call('anchorencode', 'mailto:x@y'), 'mailto&#58;x@y');
  // One $wgUrlProtocols list, shared with the parser's free links: every protocol is escaped.
  for (const p of URL_PROTOCOLS) assert.equal(call('anchorencode', `${p.toUpperCase()}x`), `${p.toUpperCase().replace(':', '&#58;')}x`);
  assert.equal(call('anchorencode', '//example.com'), '//example.com');
  // htmlspecialchars first: a decoded entity's '&' stays literal text, not markup again.
  assert.equal(call('anchorencode', 'a &amp;lt; b'), 'a_&amp;lt;_b');
  assert.equal(call('anchorencode', 'A & B'), 'A_&amp;_B');
  assert.equal(call('anchorencode', 'ISBN 978 RFC 1 PMID 2'), '&#73;SBN_978_&#82;FC_1_&#80;MID_2');
  assert.equal(call('anchorencode', "它's \"x\""), '它&#039;s_&quot;x&quot;');
});
