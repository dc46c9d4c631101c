/**
 * `{{Episode list}}`'s built-in body (templates/episode-list.ts): rows inside the episode table,
 * a table of its own outside one, never the raw `|-` the body writes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { convertPage } from '../../src/engine/convert.js';
import { MemoryPageSource } from '../../src/engine/pagesource.js';
import { siteFor } from '../../src/site/defaults.js';
import { placeEpisodeRows, EPISODE_CLOSE, EPISODE_OPEN } from '../../src/templates/episode-list.js';

const md = new MarkdownIt({ html: true });
const zh = (src: string) => convertPage(src, { site: 'zh', title: '美丽人生' }).markdown.trim();

/** Each table markdown-it reads in our Markdown: its rows, each cell as `text` or `text@colspan`. */
function tablesOf(markdown: string): string[][][] {
  return (md.render(markdown).match(/<table[\s\S]*?<\/table>/g) ?? []).map((t) =>
    (t.match(/<tr>[\s\S]*?<\/tr>/g) ?? []).map((tr) => [...tr.matchAll(/<(td|th)([^>]*)>([\s\S]*?)<\/\1>/g)].map((c) => {
      const span = /colspan="(\d+)"/.exec(c[2]!)?.[1];
      const text = c[3]!.replace(/<br \/>/g, ' / ').replace(/<[^>]+>/g, '').trim();
      return span ? `${text}@${span}` : text;
    })));
}

test('Episode list outside a table: a one-row table of its own between the paragraphs, no "|-" as text (review: "|- | 1 … | 试播")', () => {
  const out = zh('前文\n{{Episode list|EpisodeNumber=1|Title=试播}}\n后文');
  assert.equal(out, '前文\n\n<table>\n<tr>\n<td>1</td>\n<td>试播</td>\n</tr>\n</table>\n\n后文');
  assert.deepEqual(tablesOf(out), [[['1', '试播']]]);
  assert.ok(!out.includes('|-'));
});

test('Episode list with no column, alone or outside a table, prints nothing (was "\\|-")', () => {
  assert.equal(zh('{{Episode list}}'), '');
  assert.equal(zh('前文\n{{Episode list|LineColor=CC668C}}\n后文'), '前文\n\n后文');
});

test('Episode list mid-line outside a table: the table starts on a line of its own, with the summary row under the episode', () => {
  const out = zh('甲{{Episode list|EpisodeNumber=1|Title=试播|ShortSummary=他们见面。}}乙');
  assert.deepEqual(tablesOf(out), [[['1', '试播'], ['他们见面。@2']]]);
  assert.ok(out.startsWith('甲\n') && out.endsWith('\n乙'), out);
});

test('Episode list in its table: today\'s rows, ShortSummary a row under its episode with one cell across the row\'s columns (enwiki\'s documented template)', () => {
  const src = '{| class="wikitable"\n! 集数 !! 标题 !! 播出日期\n|-\n'
    + '{{Episode list|EpisodeNumber=1|Title=试播|OriginalAirDate=2009年9月16日|ShortSummary=他们见面。}}\n'
    + '{{Episode list|EpisodeNumber=2|Title=后果|OriginalAirDate=未播出}}\n|}';
  assert.deepEqual(tablesOf(zh(src)), [[
    ['集数', '标题', '播出日期'], ['1', '试播', '2009年9月16日'], ['他们见面。@3'], ['2', '后果', '未播出'],
  ]]);
  // Without a summary the table stays a GFM table, as before.
  const plain = src.replace('|ShortSummary=他们见面。', '');
  assert.equal(zh(plain), ['| 集数 | 标题 | 播出日期 |', '| --- | --- | --- |', '| 1 | 试播 | 2009年9月16日 |', '| 2 | 后果 | 未播出 |'].join('\n'));
});

test('Episode list in a table nested in a list item (`:{|`) or after a closed table: inside vs outside read from the lines before', () => {
  const inside = zh(':{| class="wikitable"\n|-\n{{Episode list|EpisodeNumber=1|Title=甲}}\n|}');
  assert.deepEqual(tablesOf(inside), [[['1', '甲']]]);
  const after = zh('{| class="wikitable"\n| x\n|}\n{{Episode list|EpisodeNumber=2|Title=乙}}');
  assert.deepEqual(tablesOf(after), [[['x']], [['2', '乙']]]);
});

test('placeEpisodeRows: rows kept inside a table, wrapped outside, sentinels of a call nested in another removed', () => {
  const rows = (body: string) => EPISODE_OPEN + body + EPISODE_CLOSE;
  assert.equal(placeEpisodeRows('{|\n' + rows('\n|-\n| 1') + '\n|}'), '{|\n\n|-\n| 1\n|}');
  assert.equal(placeEpisodeRows('a\n' + rows('\n|-\n| 1') + '\nb'), 'a\n{| class="wikitable"\n|-\n| 1\n|}\n\nb');
  assert.equal(placeEpisodeRows('a\n' + rows('\n|-\n\n') + '\nb'), 'a\n\nb');
  assert.equal(placeEpisodeRows('a' + EPISODE_CLOSE + 'b'), 'ab');
  assert.equal(placeEpisodeRows('plain'), 'plain');
});

test('Episode list in a handler\'s parameter is one line of text (no table can stand inline); in a <ref> a table of its own', () => {
  assert.equal(zh('{{lang|ja|{{Episode list|EpisodeNumber=1|Title=试播|ShortSummary=见面}}}}'), '1 · 试播 · 见面');
  assert.equal(zh('{{lang|ja|{{Episode list}}}}'), '');
  const ref = zh('甲<ref>{{Episode list|EpisodeNumber=1}}</ref>\n<references/>');
  assert.equal(ref, '甲[^1]\n\n[^1]: <table>\n    <tr>\n    <td>1</td>\n    </tr>\n    </table>');
});

test('Episode table: a heading per column parameter given (even empty), `…T` texts, then the Episode list rows in the same table (it printed nothing)', () => {
  const out = zh('{{Episode table|background=#FF0000|overall=5|title=30|titleT=片名|airdate=15|episodes=\n'
    + '{{Episode list|EpisodeNumber=1|Title=试播|OriginalAirDate=2020年1月1日}}\n'
    + '{{Episode list|EpisodeNumber=2|Title=第二集|OriginalAirDate=2020年1月8日|ShortSummary=他们见面。}}\n}}');
  assert.deepEqual(tablesOf(out), [[['总集数', '片名', '首播日期'], ['1', '试播', '2020年1月1日'], ['2', '第二集', '2020年1月8日'], ['他们见面。@3']]]);
  assert.equal(zh('{{Episode table|overall=|title=|episodes=\n{{Episode list|EpisodeNumber=1|Title=试播}}\n}}'), '| 总集数 | 标题 |\n| --- | --- |\n| 1 | 试播 |');
  // A caption; no rows yet: the heading alone.
  assert.equal(zh('{{Episode table|caption=第一季|season=|director=|episodes=}}'), '第一季\n\n| 季集数 | 导演 |\n| --- | --- |');
});

test('Episode table: a `|` in a heading text is text (titleT=名{{!}}称 showed "称")', () => {
  assert.equal(zh('{{Episode table|overall=|title=|titleT=名{{!}}称|episodes=\n{{Episode list|EpisodeNumber=1|Title=试播}}\n}}'), '| 总集数 | 名\\|称 |\n| --- | --- |\n| 1 | 试播 |');
});

test('Episode table from a dump whose template is zhwiki\'s {{#invoke:Episode table|main}}: the same table (it printed nothing)', () => {
  const templates = new MemoryPageSource(siteFor('zh'));
  templates.set('Template:Episode table', '{{#invoke:Episode table|main}}');
  const src = '{{Episode table|caption=第一季|overall=|title=|titleT=名{{!}}称|episodes=\n{{Episode list|EpisodeNumber=1|Title=试播}}\n}}';
  const out = convertPage(src, { site: 'zh', title: '美丽人生', templates });
  assert.equal(out.markdown.trim(), '第一季\n\n| 总集数 | 名\\|称 |\n| --- | --- |\n| 1 | 试播 |');
  // On another wiki the module is no built-in: a miss, as before.
  const uk = new MemoryPageSource(siteFor('uk'));
  uk.set('Template:Episode table', '{{#invoke:Episode table|main}}');
  assert.equal(convertPage('{{Episode table|overall=|episodes=}}', { site: 'uk', title: 'T', templates: uk }).markdown.trim(), '');
});
