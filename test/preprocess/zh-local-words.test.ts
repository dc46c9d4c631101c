/** What the wiki itself names in its own language: parser-function error messages, zhwiki's magic-word aliases. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lookupFunction } from '../../src/preprocess/functions/index.js';
import { argsFromStrings } from '../../src/preprocess/functions/types.js';
import { siteFor } from '../../src/site/defaults.js';
import { fnContext } from './fnctx.js';

/** `{{name:first|args…}}` on the wiki of language `lang`. */
function call(lang: string, name: string, first: string, args: string[] = []): string {
  const f = lookupFunction(name);
  assert.ok(f, `function ${name}`);
  return f(fnContext({ site: siteFor(lang) }), first, argsFromStrings(args));
}
const err = (s: string) => `<strong class="error">${s}</strong>`;

test('#expr and #ifexpr errors read as the wiki shows them (ParserFunctions i18n, content language)', () => {
  assert.equal(call('zh', '#expr', '1 / 0'), err('零除'));
  assert.equal(call('zh', '#expr', '1 +'), err('表达式错误：缺少+的操作数'));
  assert.equal(call('zh', '#expr', 'abc'), err('表达式错误：无法识别的词语“abc”'));
  assert.equal(call('zh', '#ifexpr', '(1', ['a', 'b']), err('表达式错误：未封闭的括号'));
  assert.equal(call('ja', '#expr', '1 / 0'), err('0 で除算しました。'));
  assert.equal(call('ja', '#expr', '* 2'), err('構文エラー: 予期しない演算子 * です。'));
  assert.equal(call('uk', '#expr', '1 2'), err('Помилка виразу: неочікуване число'));
  // Other wikis keep the English texts.
  assert.equal(call('en', '#expr', '1 / 0'), err('Division by zero'));
  assert.equal(call('de', '#expr', '1 +'), err('Expression error: Missing operand for +'));
});

test('#time, #timef and #rel2abs errors in the content language; an untranslated key falls back to English', () => {
  assert.equal(call('zh', '#time', 'Y', ['2020年1月1日']), err('错误：无效时间'));
  assert.equal(call('zh', '#time', 'Y', ['10000-01-01']), err('错误：#time只支持到9999年'));
  assert.equal(call('ja', '#time', 'Y', ['2020-13-01']), err('エラー: 日時が無効です。'));
  assert.equal(call('uk', '#time', 'Y', ['x']), err('Помилка: неправильний час'));
  assert.equal(call('uk', '#timef', '2020-01-01', ['bogus']), err('Помилка: недійсний формат для #timef'));
  // zh-hans has no text for #timef's format error: MediaWiki falls back to English.
  assert.equal(call('zh', '#timef', '2020-01-01', ['bogus']), err('Error: invalid format type'));
  assert.equal(call('zh', '#rel2abs', '../..', ['A']), err("错误：无效路径深度：“A/../..”（尝试访问根节点以上节点）"));
});

test('zhwiki\'s magic-word names (MessagesZh_hans.php): variables and functions under their zh-hans aliases', async () => {
  const { convertPage } = await import('../../src/engine/convert.js');
  const zh = (src: string) => convertPage(src, { site: 'zh', title: '测试', now: new Date('2024-05-06T00:00:00Z') }).markdown.trim();
  assert.equal(zh('{{页面名称}}·{{页名}}·{{今年}}·{{本月}}·{{今天}}·{{星期}}·{{站点名称}}'), '测试·测试·2024·05·6·星期一·维基百科');
  assert.equal(zh('{{小写:ABC}}·{{大写首字:abc}}·{{格式化数字:1234567}}·{{左填充:7|3|0}}·{{URL编码:a b}}'), 'abc·Abc·1,234,567·007·a+b');
  // Not an alias: a template call as on the wiki (no such template here).
  assert.equal(zh('甲{{本年}}乙'), '甲乙');
});

test('zhwiki\'s traditional names (MessagesZh_hant.php, zh-hans\'s fallback), # names of hash functions, any case where the wiki allows it', async () => {
  const { convertPage } = await import('../../src/engine/convert.js');
  const zh = (src: string) => convertPage(src, { site: 'zh', title: '测试', now: new Date('2024-05-06T00:00:00Z') }).markdown.trim();
  assert.equal(zh('{{頁面名稱}}·{{網站名稱}}·{{伺服器}}·{{#語言:en}}'), '测试·维基百科·//zh.wikipedia.org·English');
  // #tag, #special, #formatdate keep their # in every local name (registered without SFH_NO_HASH).
  assert.equal(zh('{{#标记:span|x}}·{{#格式化日期:2020-01-01}}'), 'x·2020-01-01');
  assert.equal(zh('a{{标记:span|x}}b{{特殊:最近更改}}c'), 'abc');
  // A '0' word's local name matches in any case; a '1' word's does not.
  assert.equal(zh('{{url编码:a b}}·{{Url编码:a b}}'), 'a+b·a+b');
  assert.equal(zh('{{根頁面名稱E}}·甲{{根頁面名稱e}}乙'), '%E6%B5%8B%E8%AF%95·甲乙');
});
