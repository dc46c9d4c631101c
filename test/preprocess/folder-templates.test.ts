/**
 * A folder of template files (`page --templates DIR`) expands as the same pages from a dump do:
 * a file an editor saved with a final newline after `</noinclude>` (a dump's text never ends in
 * one: MediaWiki cuts trailing white space on save) gives the same text as the dump's page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { folderPageSource, MemoryPageSource } from '../../src/engine/pagesource.js';
import type { PageSource } from '../../src/engine/types.js';
import { expand, newExpandRecord } from '../../src/preprocess/expand.js';
import { siteFor } from '../../src/site/defaults.js';

const zh = siteFor('zh');

const expanded = (src: string, source: PageSource): string =>
  expand(src, { site: zh, title: 'T', source, registry: null, now: new Date(Date.UTC(2026, 10, 27)), warn: () => {}, record: newExpandRecord() }).text;

test('a folder template saved with a final newline expands as the dump\'s page: no space or paragraph break after each call', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wm-foldertpl-'));
  try {
    fs.writeFileSync(path.join(dir, 'Yuan.wikitext'), '<includeonly>{{{1}}}元</includeonly><noinclude>\n說明\n</noinclude>\n');
    fs.writeFileSync(path.join(dir, 'Nth.wikitext'), '第{{{1}}}屆\r\n\r\n');
    const dump = new MemoryPageSource(zh);
    dump.set('Template:Yuan', '<includeonly>{{{1}}}元</includeonly><noinclude>\n說明\n</noinclude>');
    dump.set('Template:Nth', '第{{{1}}}屆');
    const src = '價格{{Yuan|15}}，{{Nth|5}}\n下一行{{Nth|6}}';
    assert.equal(expanded(src, folderPageSource(zh, dir)), '價格15元，第5屆\n下一行第6屆');
    assert.equal(expanded(src, folderPageSource(zh, dir)), expanded(src, dump));
  } finally {
    fs.rmSync(dir, { recursive: true });
  }
});
