/**
 * A page's categories as the wiki records them: a repeated name once, in its first place, with
 * the later sort key (ParserOutput's keyed list); names moved by the caller's hook (a zh mirror's
 * spelling in the other script) merged the same way, with the list as written kept for the mirror.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recordCategories } from '../../src/engine/categories.js';
import { convertPage } from '../../src/engine/convert.js';
import { emptyMeta } from '../../src/engine/convert.js';

const meta = (...entries: Array<[string, string | null]>) => {
  const m = emptyMeta('P');
  m.categories = entries.map(([name, sortKey]) => ({ name, sortKey }));
  return m;
};
const pairs = (m: ReturnType<typeof meta>) => m.categories.map((c) => [c.name, c.sortKey]);

test('an exact repeat is one category: first place, last sort key; nothing written aside without a hook', () => {
  const m = meta(['B', null], ['A', 'x'], ['B', 'z'], ['C', null]);
  recordCategories(m);
  assert.deepEqual(pairs(m), [['B', 'z'], ['A', 'x'], ['C', null]]);
  assert.equal(m.writtenCategories, undefined);
});

test('a list with nothing to merge or move stays the same array', () => {
  const m = meta(['A', null], ['B', 'k']);
  const before = m.categories;
  recordCategories(m);
  assert.equal(m.categories, before);
  recordCategories(m, (name) => name);
  assert.equal(m.categories, before);
  assert.equal(m.writtenCategories, undefined);
});

test('names moved by the hook merge with the name they move to; the list as written is kept', () => {
  const m = meta(['数学', 'A'], ['物理', null], ['數學', 'Z']);
  const written = m.categories;
  recordCategories(m, (name) => (name === '數學' ? '数学' : name));
  assert.deepEqual(pairs(m), [['数学', 'Z'], ['物理', null]]);
  assert.equal(m.writtenCategories, written);
  assert.deepEqual(written.map((c) => [c.name, c.sortKey]), [['数学', 'A'], ['物理', null], ['數學', 'Z']]);
});

test('convertPage: footer and front matter list a repeated category once, and use the recorded name', () => {
  const plain = convertPage('Text.\n\n[[Category:Maths]][[Category:Maths|Z]]\n', { site: 'en', title: 'P', frontMatter: true });
  assert.equal(plain.markdown.match(/Category:Maths/g)?.length, 1);
  assert.match(plain.markdown, /categories:\n {2}- "?Maths"?\n/);
  assert.deepEqual(plain.meta.categories, [{ name: 'Maths', sortKey: 'Z' }]);

  const zh = convertPage('文字。\n\n[[Category:数学|A]][[Category:數學|Z]]\n', {
    site: 'zh', title: '几何', frontMatter: true, categoryAsRecorded: (name) => (name === '數學' ? '数学' : name),
  });
  assert.match(zh.markdown, /categories:\n {2}- "?数学"?\n[^ ]/);
  assert.doesNotMatch(zh.markdown, /數學/);
  assert.deepEqual(zh.meta.categories, [{ name: '数学', sortKey: 'Z' }]);
  assert.deepEqual(zh.meta.writtenCategories?.map((c) => c.name), ['数学', '數學']);
});
