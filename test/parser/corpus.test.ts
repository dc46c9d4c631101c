import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block, Heading, Inline } from '../../src/ast/nodes.js';
import { parse } from './util.js';
import { preprocessWithoutExpansion } from '../../src/preprocess/flatten.js';
import { siteFor } from '../../src/site/defaults.js';
import { sharedDir } from '../helpers/shared-dir.js';

function collect(nodes: ReadonlyArray<Block | Inline>, out: { headings: Heading[]; links: number; tables: number }): void {
  for (const n of nodes) {
    if (n.type === 'heading') out.headings.push(n);
    if (n.type === 'wikiLink') out.links++;
    if (n.type === 'table') {
      out.tables++;
      for (const r of n.rows) for (const c of r.cells) collect(c.children, out);
    }
    if ('children' in n && Array.isArray(n.children)) collect(n.children as Array<Block | Inline>, out);
    if (n.type === 'list') for (const it of n.items) collect(it.children, out);
    if (n.type === 'definitionList') for (const it of n.items) collect(it.children as Array<Block | Inline>, out);
  }
}

test('all real zh pages parse without internal errors, headings match the == lines', (t) => {
  const shared = sharedDir('corpus');
  if (!shared) {
    t.skip('shared data not found');
    return;
  }
  const dir = join(shared, 'corpus/zhwiki/pages');
  const files = readdirSync(dir).filter((f) => f.endsWith('.wikitext'));
  assert.equal(files.length, 34);
  for (const f of files) {
    const src = readFileSync(join(dir, f), 'utf8');
    const r = parse(src, { lang: 'zh' });
    assert.deepEqual(r.warnings.filter((w) => w.code === 'internal-error'), [], f);
    const found = { headings: [] as Heading[], links: 0, tables: 0 };
    collect(r.doc.children, found);
    // Heading lines in the source, comments and <nowiki>/<pre> content removed.
    const visible = src.replace(/<!--[\s\S]*?(-->|$)/g, '').replace(/<(nowiki|pre|syntaxhighlight|math)\b[\s\S]*?<\/\1>/gi, '');
    const expected = visible.split('\n').filter((l) => /^(={1,6})[^=].*?\1\s*$/.test(l) || /^(={1,6}).+\1\s*$/.test(l)).length;
    assert.equal(found.headings.length, expected, f);
    // Links outside templates (dropped with them when unhandled) and outside -{ }- (kept raw for the variants transform).
    const flat = preprocessWithoutExpansion(src, { site: siteFor('zh') }).text.replace(/<(nowiki|pre)\b[\s\S]*?<\/\1>/gi, '').replace(/-\{[\s\S]*?\}-/g, '');
    const sourceLinks = (flat.match(/\[\[(?!\s*(Category|分类|分類|File|Image|文件|檔案|图像|圖像|[a-z]{2,3}(-[a-z]+)?)\s*:)/gi) ?? []).length;
    assert.ok(found.links >= sourceLinks * 0.9, `${f}: ${found.links} links, ${sourceLinks} in source`);
    assert.ok(r.meta.categories.length > 0 || !/\[\[(Category|分类):/i.test(visible), f);
  }
});
