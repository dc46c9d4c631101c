/** What a run checks about its dump before changing anything (the end-to-end cases: siteinfo.test.ts, options.test.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SiteInfo } from '../../src/dump/types.js';
import { namespaceNotes, sameWiki } from '../../src/mirror/dump-checks.js';

const info = (dbName: string, base: string): SiteInfo => ({
  siteName: 'W', dbName, base, generator: 'MediaWiki 1.42', case: 'first-letter', lang: 'en', schemaVersion: '0.11', namespaces: [],
});

test('sameWiki: by database name where both have one, else by article address', () => {
  assert.equal(sameWiki(info('enwiki', 'https://en.wikipedia.org/wiki/Main_Page'), info('enwiki', 'https://en.wikipedia.org/wiki/Main_Page')), true);
  // A newer dump of the same wiki whose main page moved is still that wiki.
  assert.equal(sameWiki(info('enwiki', 'https://en.wikipedia.org/wiki/Main_Page'), info('enwiki', 'https://en.wikipedia.org/wiki/Front')), true);
  assert.equal(sameWiki(info('enwiki', 'https://en.wikipedia.org/wiki/Main_Page'), info('dewiki', 'https://de.wikipedia.org/wiki/Hauptseite')), false);
  // An export without <dbname>: the article address decides.
  assert.equal(sameWiki(info('', 'https://wiki.example.com/index.php/Main_Page'), info('', 'https://wiki.example.com/index.php/Start')), true);
  assert.equal(sameWiki(info('', 'https://wiki.example.com/index.php/Main_Page'), info('', 'https://other.example.com/index.php/Main_Page')), false);
});

test('namespaceNotes: nothing for namespaces the wiki has; File (6) and unknown numbers named', () => {
  const known = new Map<number, unknown>([[0, ''], [4, 'Project'], [10, 'Template'], [14, 'Category']]);
  assert.deepEqual(namespaceNotes(known, [0, 14, 4], [10]), []);
  const notes = namespaceNotes(known, [0, 6, 3000], []);
  assert.equal(notes.length, 2);
  assert.match(notes[0]!, /^--namespaces 6: File pages are never converted/);
  assert.match(notes[1]!, /^--namespaces: this wiki has no namespace 3000 /);
});
