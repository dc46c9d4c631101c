/**
 * MediaWiki's own language-converter parser tests (Chinese cases), through the real engine
 * (`convertPage` → Markdown → markdown-it). Compares what a reader sees; reports the pass count.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedDir } from '../helpers/shared-dir.js';
import { loadPeerCases, passes, runPeerCase } from './peer-cases.js';

test('langParserTests: Chinese cases pass at ≥ 90 %', (t) => {
  const shared = sharedDir('peer-tests');
  if (!shared) {
    t.skip('shared data not found');
    return;
  }
  const cases = loadPeerCases(shared);
  assert.ok(cases.length > 150, `expected the Chinese cases, found ${cases.length}`);
  let ok = 0;
  const failed: string[] = [];
  for (const c of cases) {
    if (passes(c, runPeerCase(c))) ok++;
    else failed.push(`${c.name} [${c.variantOption}]`);
  }
  t.diagnostic(`langParserTests zh: ${ok}/${cases.length} pass (${((100 * ok) / cases.length).toFixed(1)} %)`);
  t.diagnostic(`cases not yet passing: ${failed.join('; ')}`);
  assert.ok(ok / cases.length >= 0.9, `${ok}/${cases.length}`);
});

test('langParserTests: the core rule cases all pass', (t) => {
  const shared = sharedDir('peer-tests');
  if (!shared) {
    t.skip('shared data not found');
    return;
  }
  const core = loadPeerCases(shared).filter((c) =>
    /Explicit session-wise|Bidirectional conversion|Unidirectional conversion|Remove existing conversion rule|Override page title|Only consider certain variants|Nested using of manual convert|T48634|Code coverage: D flag/.test(c.name),
  );
  assert.ok(core.length >= 30);
  for (const c of core) {
    const o = runPeerCase(c);
    assert.ok(passes(c, o), `${c.name} [${c.variantOption}]: ${o.text} | ${o.title}`);
  }
});
