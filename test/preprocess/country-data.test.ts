/**
 * Flag templates read the wiki's own `Template:Country data <X>` page when the page source has it:
 * its alias (or the variant's `link alias-…`) is the link, its `name` (taking the call's `name=`)
 * the text. Without the page the built-in country table answers, as before.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';
import { MemoryPageSource } from '../../src/engine/pagesource.js';
import { countryFields } from '../../src/preprocess/country-data.js';
import { tokenize } from '../../src/preprocess/tokenize.js';
import { siteFor } from '../../src/site/defaults.js';

const zh = siteFor('zh');
const INCLUDE = { forInclusion: true, variantBrackets: true };

// Minimal data pages of our own, laid out as zhwiki's are.
const QING = [
  '{{ {{{1<noinclude>|country showdata</noinclude>}}}',
  '| alias = 清朝',
  '| flag alias = Qing.svg',
  '| link alias-naval = 北洋水师',
  '| name = {{#if: {{{name|}}} | {{{name|}}} | 大清 }}',
  '| variant = {{{variant|}}}',
  '}}<noinclude>[[Category:旧国家]]</noinclude>',
].join('\n');
const CHINA = [
  '{{ {{{1<noinclude>|country showdata</noinclude>}}}',
  '| alias = 中华人民共和国',
  '| link-alias-1912 = 北洋政府',
  '| name = {{#if:{{{name|}}}|{{{name|}}}|中國}}',
  '}}',
].join('\n');

function source(): MemoryPageSource {
  const s = new MemoryPageSource(zh);
  s.set('Template:Country data Qing Dynasty', QING);
  s.set('Template:Country data China', CHINA);
  s.set('Template:Country data PRC', '#REDIRECT [[Template:Country data China]]');
  s.set('Template:Country data CHN', '#重定向 [[Template:Country data China]]');
  return s;
}

const md = (text: string, templates?: MemoryPageSource, variant?: string) =>
  convertPage(text, { site: 'zh', title: '测试', ...(templates ? { templates } : {}), ...(variant ? { variant } : {}) }).markdown.trim();
const wiki = (target: string) => `https://zh.wikipedia.org/wiki/${target}`;

test('{{flag|Qing Dynasty|1862|name=大清}} links the data page\'s alias 清朝 (鲁迅\'s infobox linked Qing_Dynasty)', () => {
  const s = source();
  assert.equal(md('{{flag|Qing Dynasty|1862|name=大清}}', s), `[大清](${wiki('清朝')})`);
  // The page's own name when the call gives none; a variant's link alias when the page has one.
  assert.equal(md('{{flag|Qing Dynasty}}', s), `[大清](${wiki('清朝')})`);
  assert.equal(md('{{flag|Qing Dynasty|naval}}', s), `[大清](${wiki('北洋水师')})`);
  assert.equal(md('{{flagcountry|Qing Dynasty|variant=naval|name=清国}}', s), `[清国](${wiki('北洋水师')})`);
  // Only `name=` reaches the data page (zhwiki's Flag): a third positional argument is not shown.
  assert.equal(md('{{flag|Qing Dynasty||清国}}', s), `[大清](${wiki('清朝')})`);
  // Without the data page: the name as written, as before.
  assert.equal(md('{{flag|Qing Dynasty|1862|name=大清}}'), `[大清](${wiki('Qing_Dynasty')})`);
});

test('the data page wins over the built-in table; redirects are followed; code templates read theirs', () => {
  const s = source();
  assert.equal(md('{{flag|China}}', s), `[中國](${wiki('中华人民共和国')})`);
  assert.equal(md('{{flag|PRC}}', s), `[中國](${wiki('中华人民共和国')})`);
  // `link-alias-1912` (a hyphen, as on zhwiki's China page) is no `link alias-1912`: the alias.
  assert.equal(md('{{flag|China|1912}}', s), `[中國](${wiki('中华人民共和国')})`);
  assert.equal(md('{{CHN}}', s), `[中國](${wiki('中华人民共和国')})`);
  // The shown name is converted with the page (zh-cn: 中国), the link target is left as the page says.
  assert.equal(md('{{CHN}}', s, 'zh-cn'), `[中国](${wiki('中华人民共和国')})`);
  // No page for the key: the table.
  assert.equal(md('{{flag|Japan}}', s), `[日本](${wiki('日本')})`);
  assert.equal(md('{{JPN}}', s), `[日本](${wiki('日本')})`);
  assert.equal(md('{{flag|China}}'), `[中国](${wiki('中国')})`);
});

test('a page that is no country data page, an empty alias, odd keys: the table or the name as written', () => {
  const s = source();
  s.set('Template:Country data Japan', '日本的数据');
  s.set('Template:Country data France', '{{ {{{1}}} | alias = {{{nothing|}}} | name = 法國 }}');
  assert.equal(md('{{flag|Japan}}', s), `[日本](${wiki('日本')})`);
  assert.equal(md('{{flag|France}}', s), `[法国](${wiki('法国')})`);
  assert.equal(md('{{flag| }}', s), '');
  // A key that can name no page (a bar in it) asks for none: the same as without a source.
  assert.equal(md('{{flag|a{{!}}b}}', s), 'a|b');
  assert.equal(md('{{flag|a{{!}}b}}'), 'a|b');
  // A line break inside the key is no legal title character on the wiki: no data page is read
  // (callTitle read it as a space and found Qing Dynasty's: a tab too).
  assert.equal(md('{{flag|Qing\nDynasty}}', s), `[Qing Dynasty](${wiki('Qing_Dynasty')})`);
  assert.equal(md('{{flag|Qing\tDynasty}}', s), `[Qing\tDynasty](${wiki('Qing_Dynasty')})`);
  // A name equal to the alias, or none: the alias alone, converted with the page like any link text.
  s.set('Template:Country data ROC', '{{ {{{1}}} | alias = 中華民國 | name = 中華民國 }}');
  s.set('Template:Country data ROC2', '{{ {{{1}}} | alias = 中華民國 | name = }}');
  assert.equal(md('{{flag|ROC}}', s, 'zh-cn'), `[中华民国](${wiki('中華民國')})`);
  assert.equal(md('{{flag|ROC2}}', s, 'zh-cn'), `[中华民国](${wiki('中華民國')})`);
});

test('what the name field calls is read, not used: a missing template there is not reported', () => {
  const s = source();
  s.set('Template:Country data Atlantis', '{{ {{{1}}} | alias = 亚特兰蒂斯 | name = {{No such flag template}}亚特兰蒂斯 }}');
  const r = convertPage('{{flag|Atlantis}}', { site: 'zh', title: '测试', templates: s });
  assert.equal(r.markdown.trim(), `[亚特兰蒂斯](${wiki('亚特兰蒂斯')})`);
  assert.equal(r.meta.unhandledTemplates['No such flag template'], undefined);
});

test('countryFields reads the named parts of the page\'s `{{ {{{1}}} | … }}` call, names trimmed only', () => {
  const fields = countryFields(tokenize('<!-- c -->{{ {{{1}}}\n| alias = A\n| link  alias-air force = B\n| link alias-naval\n= C\n| 2 }}', INCLUDE));
  // MediaWiki trims an argument's name and leaves the spaces inside it: two spaces name another field.
  assert.deepEqual([...(fields?.keys() ?? [])], ['alias', 'link  alias-air force', 'link alias-naval']);
  assert.equal(countryFields(tokenize('{{Flag|x|alias=A}}', INCLUDE)), null);
  assert.equal(countryFields(tokenize('{{ {{{1}}} | name = A }}', INCLUDE)), null);
});

/** Templates E0…E<n>: E0 is 1,000 x's, each level calls the one below four times (4^n kB). */
function doubling(s: MemoryPageSource, n: number): void {
  s.set('Template:E0', 'x'.repeat(1000));
  for (let i = 1; i <= n; i++) s.set(`Template:E${i}`, `{{E${i - 1}}}`.repeat(4));
}

test('a data page\'s name counts towards the 2 MB include size: fifty 256 kB names stop where plain calls do', () => {
  const s = source();
  doubling(s, 4);
  s.set('Template:Country data B4', '{{ {{{1}}} | alias = B4 | name = {{E4}} }}');
  const r = convertPage('{{flag|B4}}\n'.repeat(50), { site: 'zh', title: '测试', templates: s });
  const out = r.markdown;
  const warnings = r.warnings.map((w) => w.code);
  // As many names as plain `{{E4}}` calls fit (six: each level's output counts); the later flags
  // fall back to the key, linked as written. Before, every read started from the size it found: 12.8 MB.
  assert.equal(out.split('x'.repeat(256000)).length - 1, 6);
  assert.ok(out.length < 2_200_000, `${out.length} characters`);
  assert.ok(warnings.includes('expansion-size'));
  assert.ok(out.trim().endsWith(`[B4](${wiki('B4')})`));
});

test('a name that passes the size limit leaves the flag to the table, not an empty link', () => {
  const s = source();
  doubling(s, 5);
  s.set('Template:Country data B5', '{{ {{{1}}} | alias = B5 | name = {{E5}} }}');
  s.set('Template:Country data Japan', '{{ {{{1}}} | alias = 日本国 | name = 日本 }}');
  const r = convertPage('前{{flag|B5}}后', { site: 'zh', title: '测试', templates: s });
  assert.equal(r.markdown.trim(), `前[B5](${wiki('B5')})后`);
  assert.deepEqual(r.warnings.map((w) => w.code), ['expansion-size']);
});

test('an alias that is no article title: the name unlinked, with a warning', () => {
  const s = source();
  s.set('Template:Country data Bracketed', '{{ {{{1}}} | alias = [[中国]] | name = 中國 }}');
  s.set('Template:Country data Barred', '{{ {{{1}}} | alias = a{{!}}b | name = }}');
  s.set('Template:Country data Cat', '{{ {{{1}}} | alias = Category:坏 | name = 坏国 }}');
  const run = (text: string) => {
    const r = convertPage(text, { site: 'zh', title: '测试', templates: s });
    return [r.markdown.trim(), r.warnings.filter((w) => w.code === 'template-data').length];
  };
  assert.deepEqual(run('前{{flag|Bracketed}}后'), ['前中國后', 1]);
  assert.deepEqual(run('{{flag|Barred}}'), ['a|b', 1]);
  assert.deepEqual(run('{{flag|Cat}}'), ['坏国', 1]);
  assert.deepEqual(run('{{flag|Qing Dynasty}}'), [`[大清](${wiki('清朝')})`, 0]);
});
