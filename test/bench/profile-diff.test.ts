import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diffRows, frameKey, meanShares, parseSpec, selfShares, type CpuProfile } from '../../bench/profile-diff.js';

const frame = (functionName: string, url: string, lineNumber = 0) => ({ functionName, url, lineNumber });

/**
 * A profile of 0–100 µs: a root, `convert` (dist/src/engine), `write` (node:fs) and idle. Samples at
 * 0, 10, …, 90 µs, each weighing the time to the next one (the last one, to the end).
 */
function profile(leaves: number[]): CpuProfile {
  return {
    nodes: [
      { id: 1, callFrame: frame('(root)', ''), children: [2, 3, 4] },
      { id: 2, callFrame: frame('convert', 'file:///r/dist/src/engine/convert.js', 9) },
      { id: 3, callFrame: frame('write', 'node:fs', 0) },
      { id: 4, callFrame: frame('(idle)', '') },
    ],
    startTime: 0,
    endTime: 100,
    samples: leaves,
    timeDeltas: leaves.map((_, i) => (i === 0 ? 0 : 10)),
  };
}

test('profile-diff: self time from the given fraction on, idle left out, as shares times the scale', () => {
  // First half: convert ×5; second half: convert ×2, write ×2, idle ×1.
  const p = profile([2, 2, 2, 2, 2, 2, 3, 2, 3, 4]);
  const half = selfShares(p, { from: 0.5, scale: 40, group: false });
  assert.deepEqual([...half].sort(), [['convert src/engine/convert.js:10', 20], ['write node:fs:1', 20]]);
  const all = selfShares(p, { from: 0, scale: 100, group: false });
  assert.deepEqual([...all].sort(), [['convert src/engine/convert.js:10', (70 / 90) * 100], ['write node:fs:1', (20 / 90) * 100]]);
  const folders = selfShares(p, { from: 0.5, scale: 40, group: true });
  assert.deepEqual([...folders].sort(), [['node:*', 20], ['src/engine/', 20]]);
});

test('profile-diff: sides averaged key by key, ranked by A − B', () => {
  const a = meanShares([new Map([['x', 4], ['y', 1]]), new Map([['x', 2]])]);
  assert.deepEqual([...a], [['x', 3], ['y', 0.5]]);
  const rows = diffRows(a, new Map([['x', 1], ['z', 2]]));
  assert.deepEqual(rows, [
    { key: 'x', a: 3, b: 1, diff: 2 },
    { key: 'y', a: 0.5, b: 0, diff: 0.5 },
    { key: 'z', a: 0, b: 2, diff: -2 },
  ]);
});

test('profile-diff: a scale after the last colon, file names with colons kept', () => {
  assert.deepEqual(parseSpec('/p/CPU.1.cpuprofile:48.6'), { file: '/p/CPU.1.cpuprofile', scale: 48.6 });
  assert.deepEqual(parseSpec('/p/CPU.1.cpuprofile'), { file: '/p/CPU.1.cpuprofile', scale: null });
  assert.deepEqual(parseSpec('C:/p/x.cpuprofile:40'), { file: 'C:/p/x.cpuprofile', scale: 40 });
  assert.equal(frameKey(frame('', 'file:///w/node_modules/better-sqlite3/lib/x.js', 7), false), '(anonymous) better-sqlite3/lib/x.js:8');
  assert.equal(frameKey(frame('transcode', ''), true), '(native)');
  assert.equal(frameKey(frame('(garbage collector)', ''), true), '(garbage collector)');
});
