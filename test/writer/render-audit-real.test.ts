/**
 * The render audit (helpers/render-audit.ts) over real pages: the zh corpus, the first 25 ja and
 * uk articles, and the two ja pages with hidden sort keys. What it may still find is the faithful
 * classes docs/quality.md lists (and the template-side defects named there); anything else is a
 * Markdown rendering GitHub would show wrong.
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
import { auditMarkdown } from './helpers/render-audit.js';

const shared = sharedDir('corpus') ?? '';

interface Page { name: string; title: string; text: string; site: SiteConfig | string }

function articles(name: string): Page[] {
  const scanner = new PageScanner();
  const pages: DumpPage[] = [];
  scanner.push(fs.readFileSync(path.join(shared, `dumps/${name}wiki-truncated.xml`)), pages);
  const site = siteFromInfo(scanner.siteInfo!);
  return pages.filter((p) => p.ns === 0 && !p.redirect).map((p, i) => ({ name: `${name}/${String(i).padStart(4, '0')}`, title: p.title, text: p.text, site }));
}

/** Faithful renderings (and known template-side defects) on these pages, by page and kind. */
const EXPECTED = [
  'ja/0000 entity-visible 14', // the 文字参照 column shows `&#38;`, as the wiki does
];

test('real pages: the render audit finds only the known faithful classes', (t) => {
  if (!fs.existsSync(path.join(shared, 'corpus/zhwiki/manifest.tsv'))) {
    t.skip('shared data not found');
    return;
  }
  const dir = path.join(shared, 'corpus/zhwiki');
  const rows = fs.readFileSync(path.join(dir, 'manifest.tsv'), 'utf8').trim().split('\n').slice(1);
  const zh: Page[] = rows.map((row, i) => {
    const [file, title] = row.split('\t');
    return { name: `zh/${String(i).padStart(4, '0')}`, title: title!, text: fs.readFileSync(path.join(dir, file!), 'utf8'), site: 'zh' };
  });
  const ja = articles('ja');
  const uk = articles('uk');
  const pages = [...zh, ...ja.slice(0, 25), ja[100]!, ja[125]!, ...uk.slice(0, 25)];
  const counts = new Map<string, number>();
  for (const page of pages) {
    const { markdown } = convertPage(page.text, { title: page.title, site: page.site });
    for (const f of auditMarkdown(markdown, page.text)) {
      // GitHub links `www.…` in text; the text itself is unchanged.
      if (f.kind === 'autolink-literal') continue;
      const key = `${page.name} ${f.kind}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  assert.deepEqual([...counts].map(([k, n]) => `${k} ${n}`).sort(), EXPECTED);
});
