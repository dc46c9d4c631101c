/**
 * An infobox written as a two-column table with an empty second head cell: its title, pictures
 * and section rows span both columns; fact rows and every other table are drawn as written.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdown } from '../../src/reader/render-markdown.js';

const box = `| イラク共和国 |  |
| --- | --- |
| ![Flag of Iraq](flag.svg) |  |
| 首都 | バグダード |
| **面積** |  |
| 総計 | 437,072km² |
`;

test('an infobox: title, picture and section rows across both columns, facts as two cells', () => {
  const html = renderMarkdown(box);
  assert.match(html, /<thead>\n<tr>\n<th colspan="2" class="spans">イラク共和国<\/th>\n<\/tr>\n<\/thead>/);
  assert.match(html, /<tr>\n<td colspan="2" class="spans"><img src="flag.svg" alt="Flag of Iraq"><\/td>\n<\/tr>/);
  assert.match(html, /<tr>\n<td>首都<\/td>\n<td>バグダード<\/td>\n<\/tr>/);
  assert.match(html, /<tr>\n<td colspan="2" class="spans"><strong>面積<\/strong><\/td>\n<\/tr>/);
  assert.match(html, /<tr>\n<td>総計<\/td>\n<td>437,072km²<\/td>\n<\/tr>/);
  assert.equal(html.match(/<td><\/td>|<th><\/th>/g), null);
});

test('other tables are drawn as written: a full head row, three columns, alignment kept', () => {
  const data = renderMarkdown('| 分支 | 研究对象 |\n| --- | --- |\n| 代数 |  |\n');
  assert.ok(!data.includes('colspan'), data);
  assert.match(data, /<td>代数<\/td>\n<td><\/td>/);
  const wide = renderMarkdown('| A |  |  |\n| --- | --- | --- |\n| 1 |  |  |\n');
  assert.ok(!wide.includes('colspan'), wide);
  const aligned = renderMarkdown('| T |  |\n| :-: | --- |\n| x |  |\n| k | v |\n');
  assert.match(aligned, /<th style="text-align:center" colspan="2" class="spans">T<\/th>/);
  assert.match(aligned, /<td style="text-align:center">k<\/td>\n<td>v<\/td>/);
});

test('rows written with fewer or more cells than the head count as two (markdown-it pads and cuts them)', () => {
  const html = renderMarkdown('| 国 |  |\n| --- | --- |\n| **地理** |\n| 首都 | 東京 | 余り |\n| 空 |  | 余り |\n');
  assert.match(html, /<tr>\n<td colspan="2" class="spans"><strong>地理<\/strong><\/td>\n<\/tr>/);
  assert.match(html, /<tr>\n<td>首都<\/td>\n<td>東京<\/td>\n<\/tr>/);
  assert.match(html, /<tr>\n<td colspan="2" class="spans">空<\/td>\n<\/tr>/);
  assert.ok(!html.includes('余り'), html);
});
