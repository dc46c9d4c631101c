/** A paragraph split around what block-showing `-{…}-` shows (block-markup.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Block, Inline } from '../../src/ast/nodes.js';
import { convertPage } from '../../src/engine/convert.js';
import { keepEdgeSpaces, splitParagraph } from '../../src/variants/block-markup.js';

const rule: Block = { type: 'thematicBreak' } as Block;

test('the text before and after the block becomes two paragraphs, blanks at the block trimmed', () => {
  const children: Inline[] = [{ type: 'text', value: '前 ' }, { type: 'variant', raw: 'a\nb' }, { type: 'text', value: ' 后' }];
  const out = splitParagraph(children, (run) => run, () => [rule]);
  assert.deepEqual(out, [
    { type: 'paragraph', children: [{ type: 'text', value: '前' }] },
    rule,
    { type: 'paragraph', children: [{ type: 'text', value: '后' }] },
  ]);
});

test('a long run of blanks inside the text before the block is kept', () => {
  const blanks = ' \u3000'.repeat(50_000);
  const children: Inline[] = [{ type: 'text', value: `前${blanks}中${blanks}` }, { type: 'variant', raw: 'a\nb' }];
  const out = splitParagraph(children, (run) => run, () => [rule]);
  assert.deepEqual(out, [{ type: 'paragraph', children: [{ type: 'text', value: `前${blanks}中` }] }, rule]);
});

test('the block parse gives back the spaces at the edges of the text a markup shows, as MediaWiki prints them', () => {
  const para = (): Block => ({ type: 'paragraph', children: [{ type: 'text', value: '甲 x 乙' }] });
  const blocks = [para()];
  keepEdgeSpaces(' \t甲 x 乙  ', blocks);
  assert.deepEqual(blocks, [{ type: 'paragraph', children: [{ type: 'text', value: ' \t' }, { type: 'text', value: '甲 x 乙' }, { type: 'text', value: '  ' }] }]);
  // Only the spaces of a first or last line with text, and only into a paragraph.
  const around = [rule, para()];
  keepEdgeSpaces(' \n甲 x 乙\n ', around);
  assert.deepEqual(around, [rule, para()]);
  // A paragraph that kept the text whole (the parse's fallback) gets no second copy.
  const whole: Block[] = [{ type: 'paragraph', children: [{ type: 'text', value: ' 甲 ' }] }];
  keepEdgeSpaces(' 甲 ', whole);
  assert.deepEqual(whole, [{ type: 'paragraph', children: [{ type: 'text', value: ' 甲 ' }] }]);
  const tableFirst = [rule];
  keepEdgeSpaces(' 甲 ', tableFirst);
  assert.deepEqual(tableFirst, [rule]);
});

test('-{ … }- holding a template call keeps its edge spaces in a paragraph, as one without a call does (MediaWiki: X outer  inner  outer X)', () => {
  for (const variant of [undefined, 'zh-tw'] as const) {
    const page = (w: string): string => convertPage(w, { site: 'zh', title: 'T', variant }).markdown;
    assert.equal(page('前文 -{ 甲 {{lang|en|x}} 乙 }- 後文'), '前文  甲 x 乙  後文\n');
    assert.equal(page('前文 -{ 甲 乙 }- 後文'), '前文  甲 乙  後文\n');
    assert.equal(page('前文 -{ 甲 {{lang|en|x}} 乙 }-'), '前文  甲 x 乙\n');
  }
});
