import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryPageSource } from '../../src/engine/pagesource.js';
import { siteFor } from '../../src/site/defaults.js';
import { withBuiltinTemplates } from '../../src/templates/wikitext.js';
import { convert } from './pipeline.js';
import { convertPage } from '../../src/engine/convert.js';

const ja = siteFor('ja');

test('built-in bodies take part in parsing: a URL inside the editor\'s brackets', () => {
  const src = withBuiltinTemplates(ja, null);
  assert.equal(convert('* [{{NDLDC|798508}} 社会学講話]国立国会図書館', 'T', 'ja', src).markdown.trim(), '- [社会学講話](https://dl.ndl.go.jp/pid/798508)国立国会図書館');
});

test('built-in bodies: table syntax in template spelling, and ja CharCode rows', () => {
  const uk = siteFor('uk');
  const table = convert('{{(!}}\n! A !! B\n{{!-}}\n| 1 || 2\n{{!)}}', 'T', 'uk', withBuiltinTemplates(uk, null)).markdown.trim();
  assert.equal(table, '| A | B |\n| --- | --- |\n| 1 | 2 |');
  const rows = convert('{|\n!記号!!Unicode!!JIS X 0213!!文字参照!!名称\n{{CharCode|38|0026|1-1-85|Ampersand|amp}}\n|}', 'T', 'ja', withBuiltinTemplates(ja, null)).markdown.trim();
  assert.equal(rows, '| 記号 | Unicode | JIS X 0213 | 文字参照 | 名称 |\n| --- | --- | --- | --- | --- |\n| & | U+0026 | 1-1-85 | \\&#38;<br />\\&amp; | Ampersand |');
});

test('a page source\'s own template wins over the built-in body; other wikis do not see ja names', () => {
  const own = new MemoryPageSource(ja);
  own.set('Template:NDLDC', 'https://example.org/{{{1}}}');
  const src = withBuiltinTemplates(ja, own);
  assert.equal(src.get('Template:NDLDC'), 'https://example.org/{{{1}}}');
  assert.equal(withBuiltinTemplates(ja, null).get('Template:NDLDC'), 'https://dl.ndl.go.jp/pid/{{{1}}}');
  assert.equal(withBuiltinTemplates(siteFor('zh'), null).get('Template:NDLDC'), null);
  assert.equal(withBuiltinTemplates(ja, null).exists('Template:(!'), true);
  assert.equal(withBuiltinTemplates(ja, null).get('NDLDC'), null);
});

test('the engine expands the built-in bodies: {{!!}} splits cells, {{!-}} opens a row', () => {
  const md = convertPage('{{(!}}\n{{!}}a{{!!}}b\n{{!-}}\n{{!}}c{{!!}}d\n{{!)}}', { site: 'uk', title: 'T' }).markdown.trim();
  assert.equal(md, '<table>\n<tr>\n<td>a</td>\n<td>b</td>\n</tr>\n<tr>\n<td>c</td>\n<td>d</td>\n</tr>\n</table>');
  // Outside a table the body is plain text.
  assert.equal(convertPage('x {{!!}} y', { site: 'uk', title: 'T' }).markdown.trim(), 'x || y');
});

test('zh succession boxes: before / title / after cells in a table, rows as the editor split them (zh 足利义持)', () => {
  const src = [
    '{{start box}}',
    '{{s-off}}',
    '|-',
    '{{s-vacant||last=[[二條滿基]]}}',
    '{{s-title|[[內大臣]]|1409年－1419年}}',
    '{{s-vacant||next=[[西園寺實永]]}}',
    '|-',
    '{{s-bef|before=[[足利義滿]]}}',
    '{{s-ttl|title=征夷大將軍|years=1395年－1423年}}',
    '{{s-aft|after=[[足利義量]]}}',
    '{{end box}}',
  ].join('\n');
  assert.equal(convertPage(src, { site: 'zh', title: '足利义持' }).markdown.trim(), [
    '<table>', '<tr>',
    '<td>空缺<br />上一任：<a href="https://zh.wikipedia.org/wiki/二條滿基">二條滿基</a></td>',
    '<td><b><a href="https://zh.wikipedia.org/wiki/內大臣">內大臣</a></b><br />1409年－1419年</td>',
    '<td>空缺<br />下一任：<a href="https://zh.wikipedia.org/wiki/西園寺實永">西園寺實永</a></td>',
    '</tr>', '<tr>',
    '<td>前任：<br /><b><a href="https://zh.wikipedia.org/wiki/足利義滿">足利義滿</a></b></td>',
    '<td><b>征夷大將軍</b><br />1395年－1423年</td>',
    '<td>继任：<br /><b><a href="https://zh.wikipedia.org/wiki/足利義量">足利義量</a></b></td>',
    '</tr>', '</table>',
  ].join('\n'));
  // Other wikis keep dropping them (their own templates differ; a dump's own pages expand there).
  assert.equal(convertPage('a\n{{start box}}\n{{s-bef|before=X}}\n{{end box}}\nb', { site: 'en', title: 'T' }).markdown.trim(), 'a b');
});

test('zh railway boxes: the neighbouring stations on either side of the line (zh 歌乐山站, whose 临近车站 section was empty)', () => {
  const src = [
    '== 临近车站 ==',
    '{{start rail box|[[中国铁路]]}}',
    '{{s-inop|[[三溪口站]]|渭沱方向}}',
    '{{s-line|蔡歌联络线<br />← 16km 歌乐山站 13km →}}',
    '{{s-inop|[[重庆西站]]|贵阳北方向}}',
    '{{end box}}',
  ].join('\n');
  assert.equal(convertPage(src, { site: 'zh', title: '歌乐山站' }).markdown.trim(),
    '## 临近车站\n\n| 上一站 | [中国铁路](https://zh.wikipedia.org/wiki/中国铁路) | 下一站 |\n| --- | --- | --- |\n'
      + '| [三溪口站](https://zh.wikipedia.org/wiki/三溪口站)<br />渭沱方向 | 蔡歌联络线<br />← 16km 歌乐山站 13km → | [重庆西站](https://zh.wikipedia.org/wiki/重庆西站)<br />贵阳北方向 |');
});
