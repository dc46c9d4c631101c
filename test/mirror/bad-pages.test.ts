/** The list of damaged pages: dump order, one entry per page, the first N listed. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BadPageList, describeProblem, titleProblem } from '../../src/mirror/bad-pages.js';
import { siteFor } from '../../src/site/defaults.js';
import type { PageProblem } from '../../src/dump/types.js';

const problem = (offset: number, what = 'has no <title>; skipped', skipped = true): PageProblem => ({ offset, id: offset, title: null, problem: what, skipped });

test('BadPageList: a chunk of scanner problems handed before earlier pages\' title problems still lists the smallest offsets', () => {
  const bad = new BadPageList(3);
  // The scanner read a chunk holding pages at 100..900 and found damage at 500, 600, 700.
  bad.scanned([problem(500), problem(600), problem(700)]);
  // The index pass then judges the pages before them: titles at 100 and 200 are wrong.
  bad.reached(100);
  bad.add(problem(100, 'its title is not one MediaWiki allows; kept as written', false));
  bad.reached(200);
  bad.add(problem(200, 'its title is not one MediaWiki allows; kept as written', false));
  bad.reached(900);
  bad.finish();
  assert.deepEqual(bad.listed.map((p) => p.offset), [100, 200, 500]);
  assert.equal(bad.count, 5);
});

test('BadPageList: two problems of one page are one entry, "; "-joined, and one page counted (skipped if either skipped it)', () => {
  const bad = new BadPageList();
  bad.scanned([{ offset: 40, id: 2, title: 'B\ufffd', problem: 'holds bytes that are not UTF-8 (the first at byte 60); read with U+FFFD in their place', skipped: false }]);
  bad.reached(40);
  bad.add({ offset: 40, id: 2, title: 'B\ufffd', problem: 'has no <revision>; converted as an empty page', skipped: false });
  bad.finish();
  assert.equal(bad.count, 1);
  assert.deepEqual(bad.listed, [
    { offset: 40, id: 2, title: 'B\ufffd', problem: 'holds bytes that are not UTF-8 (the first at byte 60); read with U+FFFD in their place; has no <revision>; converted as an empty page', skipped: false },
  ]);
  const joined = new BadPageList();
  joined.reached(50);
  joined.add(problem(50, 'its title is not one MediaWiki allows; kept as written', false));
  joined.add(problem(50, 'its title is a namespace prefix alone; skipped'));
  assert.deepEqual(joined.listed.map((p) => p.skipped), [true]);
});

test('BadPageList: problems past the limit are counted, not listed, and those after the last page come in at finish', () => {
  const bad = new BadPageList(1);
  bad.reached(10);
  bad.add(problem(10));
  bad.add(problem(10, 'second'));
  bad.scanned([problem(20), problem(30)]);
  bad.finish();
  assert.equal(bad.count, 3);
  assert.deepEqual(bad.listed, [{ offset: 10, id: 10, title: null, problem: 'has no <title>; skipped; second', skipped: true }]);
});

test('describeProblem: control characters of a title as \\uXXXX', () => {
  assert.equal(describeProblem({ offset: 7, id: 1, title: 'a\u001b[2Jb\nc\u007f', problem: 'x', skipped: false }), 'page at byte 7 (id 1, "a\\u001b[2Jb\\u000ac\\u007f"): x');
});

test('titleProblem: a long title is judged whole, by the title codec\'s own check (no cut at some length)', () => {
  const site = siteFor('en');
  const problem = (title: string, ns = 0) => titleProblem(site, { title, ns })?.problem ?? null;
  const refused = 'its title is not one MediaWiki allows; kept as written';
  const long = 'a'.repeat(78);
  // Allowed, whatever the length: "/." not at a path step's end, two tildes then one after a space.
  assert.equal(problem(`${long}/.NET framework`), null);
  assert.equal(problem(`${'a'.repeat(77)}~~ ~ b`), null);
  assert.equal(problem('b'.repeat(300)), null);
  // Refused however far in: an escape, a character reference (stored titles hold none), a relative path, brackets.
  for (const tail of ['%41', '&amp;', '/../x', '[x]', '~~~', '#frag']) {
    assert.equal(problem(`${long}${long}${tail}`), refused, tail);
    assert.equal(problem(`Ab${tail}`), refused, `short ${tail}`);
  }
  assert.equal(problem('AT&T'), null);
  // The same in a namespace (not the main namespace's one-scan fast path): split at the prefix,
  // the rest judged whole.
  assert.equal(problem(`Template:${long}/.NET framework`, 10), null);
  assert.equal(problem(`Template:${'a'.repeat(77)}~~ ~ b`, 10), null);
  assert.equal(problem(`Template:${'b'.repeat(300)}`, 10), null);
  for (const tail of ['%41', '&amp;', '/../x', '[x]', '~~~', '#frag']) {
    assert.equal(problem(`Template:${long}${long}${tail}`, 10), refused, `Template: ${tail}`);
    assert.equal(problem(`Template talk:${long}${long}${tail}`, 11), refused, `Template talk: ${tail}`);
  }
  assert.equal(problem(`Template:${long}${long}`, 10), null);
  assert.equal(problem(`Template:${long}${long}`, 0), 'its <ns> 0 disagrees with its title, which is in namespace 10 (Template); kept in namespace 0');
  assert.equal(problem(`Template:${long}%41`, 10), refused);
  assert.equal(problem('Template:', 10), 'its title is a namespace prefix alone; skipped');
});

test('titleProblem: \'#\' is refused in any title, an interwiki-prefixed one included', () => {
  const site = siteFor('en');
  for (const title of ['fr:Foo#bar', 'Foo#bar']) {
    assert.equal(titleProblem(site, { title, ns: 0 })?.problem, 'its title is not one MediaWiki allows; kept as written', title);
  }
  assert.equal(titleProblem(site, { title: 'fr:Foo', ns: 0 }), null);
});

test('describeProblem: C1 controls and bidirectional overrides of a title as \\uXXXX too', () => {
  const line = describeProblem({ offset: 5, id: 1, title: 'a\u009b31mb\u202ec', problem: 'x', skipped: false });
  assert.equal(/[\u0080-\u009f\u202e]/.test(line), false, line);
  assert.match(line, /a\\u009b31mb\\u202ec/);
});
