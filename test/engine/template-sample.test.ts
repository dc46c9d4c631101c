/**
 * Issue 4's proof on a dump that ships its templates (sample/zhwiki-templates-sample.xml, our own
 * text): the mirror expanding the dump's templates leaves at most half the unhandled template uses
 * of the engine alone (--no-templates) — here it leaves none — and the expanded text is there.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = path.join(repo, 'dist/src/cli/main.js');
const dump = path.join(repo, 'sample/zhwiki-templates-sample.xml');

function mirror(extra: string[]): { uses: number; out: string } {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'wm-tpl-'));
  execFileSync(process.execPath, [cli, 'convert', dump, '-o', out, '--quiet', '--jobs', '1', ...extra], { stdio: 'pipe' });
  const report = JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8')) as { unhandledTemplates: Array<{ uses: number }> };
  return { uses: report.unhandledTemplates.reduce((a, t) => a + t.uses, 0), out };
}

test('expanding the dump’s own templates at least halves the unhandled template uses', () => {
  const alone = mirror(['--no-templates']);
  const expanded = mirror([]);
  assert.ok(alone.uses >= 15, `engine alone: ${alone.uses} unhandled uses`);
  assert.ok(expanded.uses * 2 <= alone.uses, `with templates ${expanded.uses} vs alone ${alone.uses}`);
  const page = fs.readFileSync(path.join(expanded.out, 'Page/青川市.md'), 'utf8');
  assert.match(page, /\*\*青川市\*\*位于示例省，人口约1,250,000人，是当地的省会城市。/);
  assert.match(page, /3200平方公里（约1235\.5平方英里）/);
  assert.match(page, /\| 夏季 \| 27°C \|/);
  assert.match(page, /望川楼（明代），另有东门石桥（始建年代不详）/);
  assert.match(page, /青川市与临水市于1996年结为姊妹城市。/);
  assert.match(page, /本条目资料更新至2024年3月。/);
  for (const o of [alone.out, expanded.out]) fs.rmSync(o, { recursive: true, force: true });
});
