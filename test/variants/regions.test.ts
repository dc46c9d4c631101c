/** Block-spanning markup (regions.ts): openings and closings paired across text nodes. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Block, Text } from '../../src/ast/nodes.js';
import { findRegions } from '../../src/variants/regions.js';
import { countIndexOfReads } from '../helpers/count-reads.js';

const para = (value: string): Block => ({ type: 'paragraph', children: [{ type: 'text', value }] });
const textOf = (b: Block): Text => (b as { children: Text[] }).children[0]!;

test('an opening in one paragraph pairs with a closing in a later one', () => {
  const blocks = [para('a -{zh-hans;zh-hant|b'), para('c}- d')];
  const regions = findRegions(blocks);
  assert.ok(regions);
  const region = regions.get((blocks[0] as { children: Text[] }).children[1]!);
  assert.ok(region);
  assert.equal(region.raw, 'zh-hans;zh-hant|bc');
  assert.equal(textOf(blocks[0]!).value, 'a ');
});

test('a node of many openings is searched once, not once per opening', () => {
  // Counts the characters String.prototype.indexOf reads while regions are found: the search for
  // a closing after each of n openings once read the rest of the node every time (n² / 2).
  const n = 20_000;
  const blocks = [para('-{'.repeat(n)), para('x')];
  const { result: regions, read } = countIndexOfReads(() => findRegions(blocks));
  assert.equal(regions, null);
  assert.ok(read < 10 * 2 * n, `${read} characters read for ${2 * n}`);
  assert.equal(textOf(blocks[0]!).value, '-{'.repeat(n));
});
