import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Block, Inline } from '../../src/ast/nodes.js';
import { blocksToInline, toInline } from '../../src/parser/inline-flatten.js';
import type { InlineOut } from '../../src/parser/state.js';

const text = (value: string): Inline => ({ type: 'text', value });
const para = (...children: Inline[]): Block => ({ type: 'paragraph', children });

test('blocksToInline joins paragraphs, headings and list items with a space by default', () => {
  const blocks: Block[] = [
    para(text('a')),
    { type: 'heading', level: 2, children: [text('h')] },
    { type: 'list', ordered: false, start: 1, items: [{ type: 'listItem', children: [para(text('i1'))] }, { type: 'listItem', children: [para(text('i2'))] }] },
  ];
  assert.deepEqual(blocksToInline(blocks), [text('a'), text(' '), text('h'), text(' '), text('i1'), text(' '), text('i2')]);
});

test('blocksToInline: terms, descriptions, code, display math; separators are copies of `between`', () => {
  const between: Inline = { type: 'break' };
  const blocks: Block[] = [
    { type: 'definitionList', items: [{ type: 'definitionTerm', children: [text('t')] }, { type: 'definitionDescription', children: [para(text('d'))] }] },
    { type: 'codeBlock', lang: null, value: 'x = 1' },
    { type: 'mathBlock', value: 'E=mc^2', chem: false },
    { type: 'thematicBreak' },
  ];
  const out = blocksToInline(blocks, between);
  assert.deepEqual(out, [
    text('t'),
    { type: 'break' },
    text('d'),
    { type: 'break' },
    { type: 'inlineCode', value: 'x = 1' },
    { type: 'break' },
    { type: 'math', value: 'E=mc^2', display: true, chem: false },
  ]);
  assert.ok(out.every((n) => n !== between));
});

test('toInline returns content without block escapes as it is', () => {
  const nodes: InlineOut[] = [text('a'), { type: 'break' }, text('b')];
  assert.equal(toInline(nodes), nodes);
});

test('toInline puts each escaped block on its own line, and no break before an invisible start', () => {
  const nodes: InlineOut[] = [text('before'), { type: 'blocks', blocks: [para(text('p1')), para(text('p2'))] }, text(' '), text('after')];
  assert.deepEqual(toInline(nodes), [text('before'), { type: 'break' }, text('p1'), { type: 'break' }, text('p2'), text(' '), { type: 'break' }, text('after')]);
  // Nothing visible before the blocks: no leading break; empty blocks are skipped.
  const lead: InlineOut[] = [text('  '), { type: 'blocks', blocks: [] }, { type: 'blocks', blocks: [para(text('p'))] }, text('x')];
  assert.deepEqual(toInline(lead), [text('  '), text('p'), { type: 'break' }, text('x')]);
});

test('blocksToInline: an ordered list\'s items keep their numbers', () => {
  const item = (s: string) => ({ type: 'listItem' as const, children: [para(text(s))] });
  const blocks: Block[] = [{ type: 'list', ordered: true, start: 1, items: [item('a'), item('b')] }];
  assert.deepEqual(blocksToInline(blocks, { type: 'break' }), [text('1. '), text('a'), { type: 'break' }, text('2. '), text('b')]);
});

test('blocksToInline: an ordered list counts from its start', () => {
  const item = (s: string) => ({ type: 'listItem' as const, children: [para(text(s))] });
  const blocks: Block[] = [{ type: 'list', ordered: true, start: 5, items: [item('a'), item('b')] }];
  assert.deepEqual(blocksToInline(blocks, { type: 'break' }), [text('5. '), text('a'), { type: 'break' }, text('6. '), text('b')]);
});
