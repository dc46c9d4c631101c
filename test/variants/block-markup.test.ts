/** A paragraph split around what block-showing `-{…}-` shows (block-markup.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Block, Inline } from '../../src/ast/nodes.js';
import { splitParagraph } from '../../src/variants/block-markup.js';

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
