/**
 * The mirror expands templates from the dump's own Template namespace: the zh corpus sample dump
 * (corpusdump.ts: 34 real pages + 15 real templates) converted twice, with the dump's templates
 * and with `expandTemplates: false` (the engine alone), and the unhandled-template tables of the
 * two report.json files compared. The numbers are printed as diagnostics (docs/templates.md
 * records them); the assertions check what must hold whatever the built-in handlers cover.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runMirror } from '../../src/mirror/run.js';
import { corpusDumpXml, corpusPages } from './corpusdump.js';
import { sharedDir } from '../helpers/shared-dir.js';

const shared = sharedDir('corpus');

interface Unhandled {
  name: string;
  uses: number;
  pages: number;
}

async function mirror(dump: string, out: string, expandTemplates: boolean): Promise<Unhandled[]> {
  const result = await runMirror({ dump, outDir: out, jobs: 1, expandTemplates, progress: null, log: () => {} });
  assert.equal(result.exitCode, 0, result.message ?? '');
  const report = JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8')) as { unhandledTemplates: Unhandled[] };
  // REPORT.md shows the same table.
  const md = fs.readFileSync(path.join(out, 'REPORT.md'), 'utf8');
  for (const u of report.unhandledTemplates) assert.ok(md.includes(`| ${u.name.replace(/\|/g, '\\|')} | ${u.uses} | ${u.pages} |`), u.name);
  return report.unhandledTemplates;
}

const total = (list: Unhandled[]) => list.reduce((n, u) => n + u.uses, 0);

test('mirror on the zh corpus sample dump: templates from the dump replace misses of the engine alone', async (t) => {
  if (!shared) {
    t.skip('shared data not found');
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wikimark-corpusdump-'));
  try {
    const dump = path.join(dir, 'zhwiki-corpus.xml');
    fs.writeFileSync(dump, corpusDumpXml(shared));
    const withTemplates = await mirror(dump, path.join(dir, 'with'), true);
    const engineAlone = await mirror(dump, path.join(dir, 'alone'), false);

    const { articles, templates } = corpusPages(shared);
    const inDump = new Set(templates.map((p) => p.title.slice('Template:'.length)));
    const alone = new Map(engineAlone.map((u) => [u.name, u]));
    const withMap = new Map(withTemplates.map((u) => [u.name, u]));
    const covered = engineAlone.filter((u) => inDump.has(u.name));
    const notInDump = engineAlone.filter((u) => !inDump.has(u.name));
    const nested = withTemplates.filter((u) => !alone.has(u.name));

    t.diagnostic(`engine alone: ${total(engineAlone)} unhandled uses of ${engineAlone.length} templates`);
    t.diagnostic(`mirror with the dump's templates: ${total(withTemplates)} unhandled uses of ${withTemplates.length} templates`);
    t.diagnostic(`  misses of the engine alone whose template the dump has: ${total(covered)} uses (${covered.map((u) => u.name).join(', ')}) → ${covered.filter((u) => withMap.has(u.name)).length} left`);
    t.diagnostic(`  misses whose template the dump lacks: ${total(notInDump)} uses of ${notInDump.length} templates (unchanged)`);
    t.diagnostic(`  new misses from sub-templates the dump lacks: ${total(nested)} uses (${nested.map((u) => `${u.name} ×${u.uses}`).join(', ')})`);

    // The reports are complete (fewer than the 100 names REPORT.md lists).
    assert.ok(engineAlone.length < 100 && withTemplates.length < 100);
    // The sample holds templates the engine alone cannot render, and the mirror renders every one of them.
    assert.ok(covered.length >= 4, `templates of the dump unhandled by the engine alone: ${covered.map((u) => u.name).join(', ')}`);
    for (const u of withTemplates) assert.ok(!inDump.has(u.name), `${u.name} is in the dump but still unhandled`);
    // Misses of templates the dump lacks stay as they were.
    for (const u of notInDump) assert.deepEqual(withMap.get(u.name), u, u.name);
    // A name unhandled only with templates is a sub-template reached through a dump template,
    // never a call written in a page.
    for (const u of nested) {
      const call = new RegExp(`\\{\\{\\s*${u.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ _]')}\\s*[|}]`, 'i');
      assert.ok(!articles.some((p) => call.test(p.text)), `${u.name} is called by a page`);
      assert.ok(templates.some((p) => call.test(p.text)), `${u.name} is not called by a dump template`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
