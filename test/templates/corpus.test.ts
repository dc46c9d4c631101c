import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRegistry } from '../../src/templates/registry.js';
import type { TemplateResult } from '../../src/templates/types.js';
import { extractCalls } from './calls.js';
import { makeCtx, sharedDir } from './harness.js';

const CITE_KEYS = ['title', 'url', 'work', 'website', 'journal', 'newspaper', 'publisher', '标题', '网址', 'script-title', 'chapter'];

test('every template call of the zh corpus pages goes through the registry', (t) => {
  const shared = sharedDir();
  if (!shared) return t.skip('shared data not found');
  const dir = join(shared, 'corpus', 'zhwiki', 'pages');
  const byName = new Map<string, { uses: number; outcome: 'rendered' | 'dropped' | 'unknown'; family: string }>();
  let calls = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.wikitext')).sort()) {
    const src = readFileSync(join(dir, f), 'utf8');
    const ctx = makeCtx('zh', f);
    for (const c of extractCalls(src)) {
      calls++;
      const resolved = builtinRegistry.resolve(c.name, 'zh');
      let result: TemplateResult | null = null;
      if (resolved) {
        assert.doesNotThrow(() => (result = resolved.handler(c, ctx)), `${f}: {{${c.name}}} threw`);
      }
      const r = result as TemplateResult | null;
      const key = c.name.toLowerCase();
      const entry = byName.get(key) ?? { uses: 0, outcome: 'unknown' as const, family: resolved?.family ?? '' };
      entry.uses++;
      if (r) entry.outcome = r.kind === 'drop' && entry.outcome !== 'rendered' ? 'dropped' : 'rendered';
      byName.set(key, entry);

      if (resolved?.family === 'citation' && CITE_KEYS.some((k) => c.args.get(k)?.trim())) {
        assert.equal(r?.kind, 'inline', `${f}: {{${c.name}}} rendered nothing`);
        assert.ok(r!.kind === 'inline' && r!.nodes.length > 0, `${f}: {{${c.name}}} is empty`);
      }
      if (resolved?.family === 'infobox' && !c.name.toLowerCase().startsWith('chembox ')) {
        assert.equal(r?.kind, 'block', `${f}: {{${c.name}}}`);
        const box = r!.kind === 'block' ? r!.nodes[0] : null;
        assert.equal(box?.type, 'infobox');
        assert.ok(box?.type === 'infobox' && box.rows.length + box.images.length > 0, `${f}: {{${c.name}}} has no rows`);
      }
    }
  }
  const count = (o: string) => [...byName.values()].filter((e) => e.outcome === o).length;
  const unknown = [...byName.entries()].filter(([, e]) => e.outcome === 'unknown').sort((a, b) => b[1].uses - a[1].uses);
  t.diagnostic(`${calls} calls, ${byName.size} distinct templates: ${count('rendered')} rendered, ${count('dropped')} dropped, ${count('unknown')} unknown`);
  t.diagnostic(`unknown: ${unknown.map(([n, e]) => `${n}×${e.uses}`).join(', ')}`);
  assert.ok(calls > 1000, `${calls} calls found`);
  // The families this tier is for cover most calls; what is left is page-specific (navboxes by
  // topic, data templates) and belongs to the expansion tier.
  const unknownUses = unknown.reduce((n, [, e]) => n + e.uses, 0);
  assert.ok(unknownUses / calls < 0.2, `${unknownUses} of ${calls} calls unknown`);
});
