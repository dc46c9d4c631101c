/** serve's indexing progress on the terminal: one rewritten line on a TTY, a line per 10 % in a log. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { progressPrinter } from '../../src/cli/serve.js';
import type { IndexStatus } from '../../src/reader/background-index.js';

function fakeStream(isTTY: boolean): { out: NodeJS.WriteStream; text: () => string } {
  let text = '';
  const out = { isTTY, write: (s: string) => ((text += s), true) } as unknown as NodeJS.WriteStream;
  return { out, text: () => text };
}

const status = (s: Partial<IndexStatus>): IndexStatus => ({
  phase: 'building', total: 1000, done: 0, indexed: 0, unchanged: 0, missing: 0, removed: 0, elapsedMs: 0, rate: 0, etaSeconds: null, ...s,
});

test('in a log: a line per 10 %, then how the pass ended', () => {
  const { out, text } = fakeStream(false);
  const print = progressPrinter(out);
  print(status({ done: 0 }));
  print(status({ done: 50, indexed: 50, rate: 100, etaSeconds: 9.5 }));
  print(status({ done: 90, indexed: 90, rate: 100, etaSeconds: 9.1 }));
  print(status({ done: 100, indexed: 100, rate: 100, etaSeconds: 3725 }));
  print(status({ phase: 'complete', done: 1000, indexed: 990, unchanged: 5, removed: 2, missing: 5, elapsedMs: 75_000 }));
  print(status({ phase: 'complete', done: 1000 }));
  assert.equal(
    text(),
    'full-text index: 50/1000 pages (5 %), 100 pages/s, ETA 10 s — search answers from what is indexed\n' +
      'full-text index: 100/1000 pages (10 %), 100 pages/s, ETA 1 h 2 min — search answers from what is indexed\n' +
      'full-text index ready: 990 pages indexed, 5 unchanged, 2 removed; 5 listed in index.tsv but not found, in 1 min 15 s\n',
  );
});

test('on a terminal: the line rewrites itself; a stop says the next start continues', () => {
  const { out, text } = fakeStream(true);
  const print = progressPrinter(out);
  print(status({ done: 500, indexed: 500, rate: 250, etaSeconds: 2 }));
  print(status({ phase: 'stopped', done: 500, indexed: 500 }));
  assert.equal(
    text(),
    '\r\x1b[Kfull-text index: 500/1000 pages (50 %), 250 pages/s, ETA 2 s — search answers from what is indexed' +
      '\r\x1b[Kfull-text index stopped at 500/1000 pages; the next start continues\n',
  );
});

test('an index already in step says so in one line', () => {
  const { out, text } = fakeStream(false);
  progressPrinter(out)(status({ phase: 'complete', done: 1000, unchanged: 1000 }));
  assert.equal(text(), 'full-text index up to date (1000 pages)\n');
});
