/**
 * Random trees with hostile text, rendered and read back by markdown-it and micromark: the
 * visible text, headings, list items, definition items, table cells, footnotes, links and bold
 * and italic spans must all survive. Deterministic (seeded) so a failure can be replayed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeMarkdown } from '../../src/writer/markdown.js';
import { parseBack, type Signature } from './helpers/parseback.js';
import { expectedSignature } from './helpers/expect.js';
import { generator } from './helpers/random.js';

function compare(exp: Signature, got: Signature, label: string, md: string): void {
  const ctx = `${label}\n--- markdown ---\n${md}`;
  assert.equal(got.text, exp.text, 'text: ' + ctx);
  assert.deepEqual(got.headings, exp.headings, 'headings: ' + ctx);
  assert.equal(got.items, exp.items, 'list items: ' + ctx);
  assert.equal(got.dt, exp.dt, 'dt: ' + ctx);
  assert.equal(got.dd, exp.dd, 'dd: ' + ctx);
  assert.equal(got.cells, exp.cells, 'cells: ' + ctx);
  assert.equal(got.fnRefs, exp.fnRefs, 'footnote refs: ' + ctx);
  assert.deepEqual([...got.fnDefs].sort(), exp.fnDefs, 'footnote defs: ' + ctx);
  assert.deepEqual(got.links, exp.links, 'links: ' + ctx);
  assert.deepEqual(got.strong.filter(Boolean), exp.strong, 'bold: ' + ctx);
  assert.deepEqual(got.em.filter(Boolean), exp.em, 'italic: ' + ctx);
}

test('random hostile trees keep text and structure in markdown-it and micromark', () => {
  const seeds = Number(process.env.WRITER_PROPERTY_SEEDS ?? 300);
  for (let seed = 1; seed <= seeds; seed++) {
    const d = generator(seed)();
    const md = writeMarkdown(d);
    const exp = expectedSignature(d);
    const got = parseBack(md);
    compare(exp, got.markdownIt, `seed ${seed} markdown-it`, md);
    compare(exp, got.micromark, `seed ${seed} micromark`, md);
  }
});
