/**
 * Real pages end to end (convertPage on the shared zh corpus and the first pages of the ja/uk
 * dumps): whatever the tree, the Markdown must mean the same thing to markdown-it and to
 * micromark — same headings, list and definition items, table cells, footnote markers, bold and
 * italic spans — and every footnote marker must have a non-empty definition.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { convertPage } from '../../src/engine/convert.js';
import { PageScanner } from '../../src/dump/scanner.js';
import { siteFromInfo } from '../../src/dump/site.js';
import type { DumpPage } from '../../src/dump/types.js';
import type { SiteConfig } from '../../src/site/types.js';
import { sharedDir } from '../helpers/shared-dir.js';
import { parseBack } from './helpers/parseback.js';

// '' when absent: the test below then finds no manifest and skips.
const shared = sharedDir('corpus') ?? '';

interface Page { title: string; text: string; site: SiteConfig | string }

function corpus(): Page[] {
  const dir = path.join(shared, 'corpus/zhwiki');
  const rows = fs.readFileSync(path.join(dir, 'manifest.tsv'), 'utf8').trim().split('\n').slice(1);
  return rows.map((row) => {
    const [file, title] = row.split('\t');
    return { title: title!, text: fs.readFileSync(path.join(dir, file!), 'utf8'), site: 'zh' };
  });
}

function dumpPages(name: string, max: number): Page[] {
  const scanner = new PageScanner();
  const pages: DumpPage[] = [];
  scanner.push(fs.readFileSync(path.join(shared, `dumps/${name}wiki-truncated.xml`)), pages);
  const site = siteFromInfo(scanner.siteInfo!);
  return pages.filter((p) => p.ns === 0 && !p.redirect).slice(0, max).map((p) => ({ title: p.title, text: p.text, site }));
}

const FIELDS = ['headings', 'items', 'dt', 'dd', 'cells', 'fnRefs', 'strong', 'em'] as const;

test('real pages read the same in markdown-it and micromark', (t) => {
  if (!fs.existsSync(path.join(shared, 'corpus/zhwiki/manifest.tsv'))) {
    t.skip('shared data not found');
    return;
  }
  const pages = [...corpus(), ...dumpPages('ja', 25), ...dumpPages('uk', 25)];
  assert.ok(pages.length > 80);
  for (const page of pages) {
    const { markdown } = convertPage(page.text, { title: page.title, site: page.site });
    assert.notEqual(markdown.trim(), '', page.title);
    const { markdownIt, micromark } = parseBack(markdown);
    for (const k of FIELDS) assert.deepEqual(micromark[k], markdownIt[k], `${page.title}: ${k}`);
    // Markers, not definitions: a definition is a marker and `:` first on a line.
    const markers = new Set(markdown.match(/(?<!^|\n)\[\^[^\]\s]+\]|\[\^[^\]\s]+\](?!:)/g) ?? []);
    assert.equal(markdownIt.fnDefs.length, markers.size, `${page.title}: one definition per footnote`);
    for (const d of markdownIt.fnDefs) assert.notEqual(d, '', `${page.title}: empty footnote definition`);
  }
});
