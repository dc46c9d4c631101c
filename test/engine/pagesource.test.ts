import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MemoryPageSource, folderPageSource, savedText } from '../../src/engine/pagesource.js';
import { siteFor } from '../../src/site/defaults.js';

const zh = siteFor('zh');

test('memory source normalises titles and follows redirects', () => {
  const src = new MemoryPageSource(zh);
  src.set('Template:Foo_bar', 'FOO');
  src.set('模板:Alias', '#REDIRECT [[Template:Foo bar]]');
  src.set('Template:Loop', '#重定向 [[Template:Loop]]');
  assert.equal(src.get('Template:Foo bar'), 'FOO');
  assert.equal(src.get('Template:alias'), 'FOO');
  assert.equal(src.exists('template:foo_bar'), true);
  assert.equal(src.get('Template:Missing'), null);
  // Fetched three times, as a transclusion is (Parser::statelessFetchTemplate): the redirect's own text.
  assert.equal(src.get('Template:Loop'), '#重定向 [[Template:Loop]]');
});

test('memory source: a transclusion fetches three pages, no more and no fewer (TRANSCLUSION_FETCHES)', () => {
  const src = new MemoryPageSource(zh);
  src.set('Template:Goal', 'GOAL');
  src.set('Template:C1', '#REDIRECT [[Template:Goal]]');
  src.set('Template:C2', '#REDIRECT [[Template:C1]]');
  src.set('Template:C3', '#REDIRECT [[Template:C2]]');
  // Two redirects followed (a count of 2 would give C1's line here)…
  assert.equal(src.get('Template:C2'), 'GOAL');
  // …and the third page read as its own text (a count of 4 or more would give GOAL).
  assert.equal(src.get('Template:C3'), '#REDIRECT [[Template:Goal]]');
});

test('memory source: a redirect to no title is no redirect (its own text); one to a missing page gives null, unlike the wiki', () => {
  const src = new MemoryPageSource(zh);
  src.set('Template:Bad', '#REDIRECT [[a<b]]');
  src.set('Template:RN', '#REDIRECT [[Template:Nope]]');
  assert.equal(src.get('Template:Bad'), '#REDIRECT [[a<b]]');
  assert.equal(src.redirectTarget('Template:Bad'), null);
  // The wiki shows the redirect's own line ("1. REDIRECT Template:Nope"); a dump may lack the
  // target, so the call takes the missing-template path (engine/pagesource.ts follow).
  assert.equal(src.get('Template:RN'), null);
  assert.equal(src.redirectTarget('Template:RN'), 'Template:Nope');
});

test('folder source: prefixed names are pages, bare names are templates and main pages', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wm-src-'));
  fs.writeFileSync(path.join(dir, 'Template%3AEcho.wikitext'), '{{{1}}}');
  fs.writeFileSync(path.join(dir, 'Bare.wikitext'), 'bare text');
  fs.writeFileSync(path.join(dir, 'A%2FB.wikitext'), 'sub page');
  const src = folderPageSource(zh, dir);
  assert.equal(src.get('Template:Echo'), '{{{1}}}');
  assert.equal(src.get('Template:Bare'), 'bare text');
  assert.equal(src.get('Bare'), 'bare text');
  assert.equal(src.get('A/B'), 'sub page');
  fs.rmSync(dir, { recursive: true });
});

test('folder source: files read as the wiki saved them (trailing white space gone, \\r\\n as \\n)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wm-src-'));
  // An editor's final newline after </noinclude> would follow every call into the page.
  fs.writeFileSync(path.join(dir, 'Yuan.wikitext'), '<includeonly>{{{1}}}元</includeonly><noinclude>doc</noinclude>\n');
  fs.writeFileSync(path.join(dir, 'Two.wikitext'), 'a\r\nb\rc \t\r\n\n');
  // A byte-order mark at the start is dropped (only there: one inside the text stays).
  fs.writeFileSync(path.join(dir, 'Bom.wikitext'), '\ufeff{{{1}}}年\ufeff\r\n');
  const src = folderPageSource(zh, dir);
  assert.equal(src.get('Template:Bom'), '{{{1}}}年\ufeff');
  assert.equal(src.get('Template:Yuan'), '<includeonly>{{{1}}}元</includeonly><noinclude>doc</noinclude>');
  assert.equal(src.get('Template:Two'), 'a\nb\nc');
  fs.rmSync(dir, { recursive: true });
  assert.equal(savedText('  x \u00a0\n'), '  x \u00a0');
  assert.equal(savedText('\n\n'), '');
});
