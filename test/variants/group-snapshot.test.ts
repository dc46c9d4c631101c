/**
 * NoteTA group rules are applied once per (page source, variant, group list) and the resulting
 * state copied into later pages: each page must still see exactly the group rules, never another
 * page's own rules or removals, and still get its warnings.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Block, Document, Inline } from '../../src/ast/nodes.js';
import type { PageSource, Warning } from '../../src/engine/types.js';
import { applyVariants } from '../../src/variants/transform.js';

const t = (value: string): Inline => ({ type: 'text', value });
const p = (...children: Inline[]): Block => ({ type: 'paragraph', children });
const doc = (...children: Block[]): Document => ({ type: 'document', children });
const parseInline = (text: string): Inline[] => [t(text)];

function source(): PageSource {
  return {
    get: (title) => (title === 'Module:CGroup/Test' ? "return { content = { Item('福', 'zh-cn:福; zh-tw:富;'), Item('甲', 'zh-cn:甲; zh-tw:乙;') } }" : null),
    exists: () => false,
  };
}

/** Convert one page of `inlines` to zh-tw with the groups; returns its text and warnings. */
function page(pages: PageSource, inlines: Inline[], rules: string[] = []): { text: string; warnings: string[] } {
  const d = doc(p(...inlines));
  const warnings: Warning[] = [];
  applyVariants(d, {
    variant: 'zh-tw',
    noteTA: { title: null, rules, groups: ['Test', 'NoSuchGroup'] },
    groups: pages,
    parseInline,
    warn: (w) => warnings.push(w),
  });
  const out = (d.children[0] as { children: Inline[] }).children;
  return { text: out.map((n) => (n.type === 'text' ? n.value : `<${n.type}>`)).join(''), warnings: warnings.map((w) => w.code) };
}

test('a later page with the same groups sees the group rules, not the earlier page’s own rules', () => {
  const pages = source();
  // Page 1 adds a page rule, removes a group key and adds a body rule.
  const first = page(pages, [t('福甲头发'), { type: 'variant', raw: '-|zh-cn:甲; zh-tw:乙;' }, { type: 'variant', raw: 'H|zh-cn:头发; zh-tw:X;' }, t('甲头发')], ['zh-cn:福; zh-tw:P;']);
  assert.deepEqual(first, { text: 'P乙頭髮甲X', warnings: ['variant-group-missing'] });
  // Page 2, same source and groups (state copied from the snapshot): only the group rules.
  const second = page(pages, [t('福甲头发')]);
  assert.deepEqual(second, { text: '富乙頭髮', warnings: ['variant-group-missing'] });
  // The same as a page converted with a fresh source (no snapshot to copy).
  assert.deepEqual(page(source(), [t('福甲头发')]), second);
  // And the snapshot itself was not changed by page 2.
  assert.deepEqual(page(pages, [t('甲福')], ['zh-cn:甲; zh-tw:Q;']).text, 'Q富');
  assert.deepEqual(page(pages, [t('甲福')]).text, '乙富');
});
