/**
 * `--variant zh-tw` through the real engine on the sample dump: file names and link targets keep
 * the original titles; index.tsv/json record the converted title; category lists, redirect stubs
 * and their generated labels show converted titles; section anchors match the converted headings.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { EXIT, runMirror } from '../../src/mirror/run.js';
import { slug } from '../../src/writer/anchors.js';
import { SAMPLE, tmpDir } from './helpers.js';
import { usingRealEngine } from './cli.js';
import { checkLinks, listFiles } from './tree.js';

test('--variant zh-tw: converted titles in the index, category lists and redirect stubs; files keyed by the original title', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const out = tmpDir('variant');
  const result = await runMirror({ dump: SAMPLE, outDir: out, jobs: 1, variant: 'zh-tw', progress: null, log: () => {} });
  assert.equal(result.exitCode, EXIT.OK);
  const read = (f: string) => fs.readFileSync(path.join(out, f), 'utf8');
  const files = listFiles(out);
  assert.ok(files.includes('Page/面条.md') && files.includes('Page/数学.md') && !files.includes('Page/麵條.md'));

  const tsv = read('index.tsv').trimEnd().split('\n');
  assert.equal(tsv[0], 'title\tfile\tkind\tvariant_title');
  const rows = new Map(tsv.slice(1).map((l) => l.split('\t')).map((r) => [`${r[0]} ${r[2]}`, r]));
  assert.deepEqual(rows.get('面条 page'), ['面条', 'Page/面条.md', 'page', '麵條']);
  assert.deepEqual(rows.get('𰻝𰻝面 page'), ['𰻝𰻝面', 'Page/𰻝𰻝面.md', 'page', '𰻞𰻞麵']);
  assert.deepEqual(rows.get('几何学的历史 redirect'), ['几何学的历史', 'Page/几何学的历史.md', 'redirect', '幾何學的歷史']);
  assert.deepEqual(rows.get('Category:数学分支 category'), ['Category:数学分支', 'Category/数学分支.md', 'category', 'Category:數學分支']);
  const json = JSON.parse(read('index.json')) as Array<{ title: string; file: string; kind: string; variantTitle: string }>;
  assert.deepEqual(json.find((e) => e.title === '数学'), { title: '数学', file: 'Page/数学.md', kind: 'page', variantTitle: '數學' });
  assert.equal(json.length, tsv.length - 1);

  // Category pages: converted labels (and headings), original targets, original sort order.
  const noodles = read('Category/面食.md');
  assert.match(noodles, /\n## 頁面\n\n- \[𰻞𰻞麵\]\(\.\.\/Page\/𰻝𰻝面\.md\)\n- \[拉麵\]\(\.\.\/Page\/拉面\.md\)\n- \[麵條\]\(\.\.\/Page\/面条\.md\)\n$/);
  assert.match(read('Category/数学.md'), /## 子分類\n\n- \[數學分支\]\(\.\.\/Category\/数学分支\.md\)\n\n## 頁面\n\n- \[數學\]\(\.\.\/Page\/数学\.md\)\n- \[統計學\]\(\.\.\/Page\/统计学\.md\)\n/);
  assert.equal(read('Category/食品.md').split('\n')[0], '# Category:食品');

  // Redirect stubs: converted title and label; the target file and the converted heading's anchor.
  assert.equal(read('Page/幾何.md'), '# 幾何\n\n重定向至 [幾何學](../Page/几何学.md)\n');
  assert.equal(read('Page/几何学的历史.md'), '# 幾何學的歷史\n\n重定向至 [幾何學#歷史](../Page/几何学.md#歷史)\n');
  assert.equal(read('Page/失效重定向.md'), '# 失效重定向\n\n重定向至 [從未存在的條目](https://zh.wikipedia.org/wiki/从未存在的条目)（目標頁面不在本鏡像中）\n');

  // Attribution is on by default for zh: in the reader's script, with the converted title and the original's URL.
  assert.equal(read('Page/数学.md').split('\n')[0], '> 本文內容由[數學](https://zh.wikipedia.org/wiki/数学)轉換而來。');
  // The category line too: its label and the category names in the variant, links to the original files.
  assert.match(read('Page/数学.md'), /\n\*\*分類\*\*：\[數學\]\(\.\.\/Category\/数学\.md\)\n\n## 注釋\n/);
  // A section link lands on the converted heading.
  assert.match(read('Page/几何学.md'), /^## 歷史$/m);
  assert.equal(slug('歷史'), '歷史');
  assert.match(read('Page/数学.md'), /\[幾何學的歷史\]\(\.\.\/Page\/几何学\.md#歷史\)/);
  // The dump's own template expanded, then converted with the dump's conversion group
  // (Module:CGroup/食品 says 泡麵 where the tables alone would say 方便麵).
  assert.match(read('Page/拉面.md'), /\*\*小知識\*\*：工廠生產的泡麵多為油炸後的切面，與手工拉麵不同。（來源：示例講義）/);
  checkLinks(out);
});

test('without --variant the index has no variant column', async () => {
  const out = tmpDir('novariant');
  const fake = { module: new URL('./fake-converter.js', import.meta.url).href, exportName: 'convertPage' };
  await runMirror({ dump: SAMPLE, outDir: out, jobs: 1, converter: fake, progress: null, log: () => {} });
  assert.equal(fs.readFileSync(path.join(out, 'index.tsv'), 'utf8').split('\n')[0], 'title\tfile\tkind');
  const json = JSON.parse(fs.readFileSync(path.join(out, 'index.json'), 'utf8')) as object[];
  assert.ok(json.every((e) => !('variantTitle' in e)));
});
