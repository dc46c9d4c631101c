/** A call's parts read as frame arguments and parser-function arguments (call-parts.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fnArg, frameArgs, startBlockOnNewLine, wholePart, type NodeExpander } from '../../src/preprocess/call-parts.js';
import { Frame } from '../../src/preprocess/frame.js';
import { tokenize } from '../../src/preprocess/tokenize.js';
import type { PPTemplate } from '../../src/preprocess/tree.js';

/** The call `{{…}}` as the tokenizer reads it, and an expansion that counts its work. */
function call(wikitext: string, lineStart = false): { node: PPTemplate; expand: NodeExpander; calls: () => number } {
  const nodes = tokenize((lineStart ? 'x\n' : 'x') + wikitext, { forInclusion: false, variantBrackets: true });
  const node = nodes.find((n) => n.type === 'template') as PPTemplate;
  let n = 0;
  const expand: NodeExpander = {
    expandNodes(list) {
      n++;
      return list.map((p) => (p.type === 'text' ? p.value : '')).join('');
    },
  };
  return { node, expand, calls: () => n };
}

test('frame arguments: unnamed parts numbered from 1 and kept as written, named ones trimmed, a later duplicate wins', () => {
  const { node, expand } = call('{{T| a | k = v |b| k =w}}');
  const args = frameArgs(node.parts, Frame.root('P'), expand);
  assert.deepEqual([...args.keys()], ['1', 'k', '2']);
  assert.deepEqual([args.get('1')!.trim, args.get('k')!.trim], [false, true]);
  assert.equal(expand.expandNodes(args.get('k')!.nodes, Frame.root('P')), 'w');
});

test('a part written back whole; a function argument expanded once, on first use', () => {
  const { node, expand, calls } = call('{{#f: x | n = v | p }}');
  const root = Frame.root('P');
  assert.equal(wholePart(node.parts[0]!, root, expand), ' n = v ');
  const before = calls();
  const named = fnArg(node.parts[0]!, root, expand);
  const unnamed = fnArg(node.parts[1]!, root, expand);
  assert.equal(calls(), before, 'nothing expanded until read');
  assert.deepEqual([named.name(), named.value(), named.text(), named.raw()], ['n', 'v', 'n = v', ' n = v ']);
  assert.deepEqual([unnamed.name(), unnamed.value(), unnamed.raw()], [null, 'p', ' p ']);
  const after = calls();
  named.raw();
  named.name();
  assert.equal(calls(), after, 'read again from the cache');
});

test('T2529: a table or list a call starts mid-line goes on a new line', () => {
  const mid = call('{{T}}').node;
  for (const text of ['* item', '# item', ': indent', '; term', '{| table']) assert.equal(startBlockOnNewLine(mid, text), '\n' + text);
  assert.equal(startBlockOnNewLine(mid, '{ brace'), '{ brace');
  assert.equal(startBlockOnNewLine(mid, ''), '');
  assert.equal(startBlockOnNewLine(call('{{T}}', true).node, '* item'), '* item');
});
