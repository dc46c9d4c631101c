/** The conversion pass (convert-pass.ts): how many workers it starts for the work there is. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { EXIT, runMirror, type MirrorOptions } from '../../src/mirror/run.js';
import { miniDump, pageXml, tmpDir } from './helpers.js';

/** Workers started so far in runs into `out` (load-counting-converter.ts). */
function loads(out: string): number {
  return fs.existsSync(`${out}.loads`) ? fs.readFileSync(`${out}.loads`, 'utf8').split('\n').filter(Boolean).length : 0;
}

function options(dump: string, out: string, jobs: number): MirrorOptions {
  const converter = { module: new URL('./load-counting-converter.js', import.meta.url).href, exportName: 'convertPage' };
  return { dump, outDir: out, jobs, converter, progress: null, log: () => {}, rawNamespaces: [] };
}

test('no more workers than pages to convert: 3 pages start 3 of --jobs 6, an update of 1 page starts 1', { timeout: 60_000 }, async () => {
  const dir = tmpDir('worker-cap');
  const out = path.join(dir, 'out');
  const dump = path.join(dir, 'dump.xml');
  const pages = (changed: string) => pageXml(1, 'Alpha', `Alpha ${changed}.`, { rev: changed === 'one' ? 10 : 11 }) + pageXml(2, 'Beta', 'Beta text.') + pageXml(3, 'Gamma', 'Gamma text.');
  fs.writeFileSync(dump, miniDump(pages('one')));
  const first = await runMirror(options(dump, out, 6));
  assert.equal(first.exitCode, EXIT.OK);
  assert.equal(loads(out), 3);
  assert.equal(first.report.run.jobs, 3, 'the report says the workers started');
  assert.match(fs.readFileSync(path.join(out, 'REPORT.md'), 'utf8'), /\| conversion workers started \| 3 \|/);
  fs.writeFileSync(dump, miniDump(pages('two')));
  const update = await runMirror(options(dump, out, 6));
  assert.equal(update.exitCode, EXIT.OK);
  assert.equal(update.report.run.convertedThisRun, 1);
  assert.equal(loads(out) - 3, 1);
  assert.equal(update.report.run.jobs, 1);
});
