/** The list of damaged pages: dump order, one entry per page, the first N listed. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BadPageList, describeProblem } from '../../src/mirror/bad-pages.js';
import type { PageProblem } from '../../src/dump/types.js';

const problem = (offset: number, what = 'has no <title>; skipped'): PageProblem => ({ offset, id: offset, title: null, problem: what });

test('BadPageList: a chunk of scanner problems handed before earlier pages\' title problems still lists the smallest offsets', () => {
  const bad = new BadPageList(3);
  // The scanner read a chunk holding pages at 100..900 and found damage at 500, 600, 700.
  bad.scanned([problem(500), problem(600), problem(700)]);
  // The index pass then judges the pages before them: titles at 100 and 200 are wrong.
  bad.reached(100);
  bad.add(problem(100, 'its title is not one MediaWiki allows; kept as written'));
  bad.reached(200);
  bad.add(problem(200, 'its title is not one MediaWiki allows; kept as written'));
  bad.reached(900);
  bad.finish();
  assert.deepEqual(bad.listed.map((p) => p.offset), [100, 200, 500]);
  assert.equal(bad.count, 5);
});

test('BadPageList: two problems of one page are one entry, "; "-joined, and one page counted', () => {
  const bad = new BadPageList();
  bad.scanned([{ offset: 40, id: 2, title: 'B\ufffd', problem: 'holds bytes that are not UTF-8 (the first at byte 60); read with U+FFFD in their place' }]);
  bad.reached(40);
  bad.add({ offset: 40, id: 2, title: 'B\ufffd', problem: 'has no <revision>; converted as an empty page' });
  bad.finish();
  assert.equal(bad.count, 1);
  assert.deepEqual(bad.listed, [
    { offset: 40, id: 2, title: 'B\ufffd', problem: 'holds bytes that are not UTF-8 (the first at byte 60); read with U+FFFD in their place; has no <revision>; converted as an empty page' },
  ]);
});

test('BadPageList: problems past the limit are counted, not listed, and those after the last page come in at finish', () => {
  const bad = new BadPageList(1);
  bad.reached(10);
  bad.add(problem(10));
  bad.add(problem(10, 'second'));
  bad.scanned([problem(20), problem(30)]);
  bad.finish();
  assert.equal(bad.count, 3);
  assert.deepEqual(bad.listed, [{ offset: 10, id: 10, title: null, problem: 'has no <title>; skipped; second' }]);
});

test('describeProblem: control characters of a title as \\uXXXX', () => {
  assert.equal(describeProblem({ offset: 7, id: 1, title: 'a\u001b[2Jb\nc\u007f', problem: 'x' }), 'page at byte 7 (id 1, "a\\u001b[2Jb\\u000ac\\u007f"): x');
});
