import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatBytes, formatDuration, Progress } from '../../src/mirror/progress.js';

test('plain lines off a TTY, a redrawn bar on a TTY', () => {
  process.env.WIKIMARK_PROGRESS_MS = '0';
  try {
    const plain: string[] = [];
    const p = new Progress({ write: (s: string) => plain.push(s), isTTY: false }, 'convert', 200);
    p.update(50, 50, 5e6, true);
    assert.match(plain[0]!, /^convert: 25\.0%, 50 pages, \d+ pages\/s, [\d.]+ MB\/s, ETA (\d+ (s|min|h)( \d+ (s|min))?|\?)\n$/);
    p.finish('200 pages converted');
    assert.equal(plain[1], 'convert: 200 pages converted\n');
    const tty: string[] = [];
    const bar = new Progress({ write: (s: string) => tty.push(s), isTTY: true }, 'index', 1000);
    bar.update(500, 10, 1e6, true);
    assert.match(tty[0]!, /^\r\x1b\[2Kindex \[#{12}-{12}\] 50\.0% 10 pages, .* ETA /);
    bar.finish('done');
    assert.equal(tty.at(-1), 'index: done\n');
  } finally {
    delete process.env.WIKIMARK_PROGRESS_MS;
  }
  assert.equal(formatDuration(0), '0 s');
  assert.equal(formatDuration(59), '59 s');
  assert.equal(formatDuration(61), '1 min 1 s');
  assert.equal(formatDuration(3 * 3600 + 120), '3 h 2 min');
  assert.equal(formatDuration(NaN), '?');
  assert.equal(formatBytes(41_234), '41.2 kB');
  assert.equal(formatBytes(10_234_598), '10.2 MB');
});
