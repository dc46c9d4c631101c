/**
 * The run's own refusals (run.ts): a conversion engine that is not built, and a --resume given
 * other options than the run it continues.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { EXIT, runMirror } from '../../src/mirror/run.js';
import { failingOptions as options, stoppedRun, TIMEOUT } from './failing-workers.js';
import { tmpDir } from './helpers.js';
import { readTree } from './tree.js';

test('a converter module that is not there (npm run build not run): exit 70 saying so', TIMEOUT, async () => {
  const out = path.join(tmpDir('no-engine'), 'out');
  const missing = new URL('./no-such-converter.js', import.meta.url);
  const err = await stoppedRun(options(out, { converter: { module: missing.href, exportName: 'convertPage' } }));
  assert.equal(err.exitCode, EXIT.INTERNAL);
  assert.equal(err.message, `the conversion engine is missing (${missing.pathname}); run npm run build`);
});

test('--resume with other options is refused before anything is redone; with the same ones it finishes', TIMEOUT, async () => {
  const dir = tmpDir('resume-options');
  const out = path.join(dir, 'out');
  // A run stopped after its index and plan: no worker can start.
  fs.writeFileSync(`${out}.start-failure`, '');
  assert.equal((await stoppedRun(options(out))).exitCode, EXIT.WORKERS);
  fs.rmSync(`${out}.start-failure`);

  const phases: string[] = [];
  let indexed = 0;
  const refused = await stoppedRun(options(out, { resume: true, frontMatter: true, onPhase: (p) => phases.push(p), onProgress: (p) => (indexed += p === 'index' ? 1 : 0) }));
  assert.equal(refused.exitCode, EXIT.USAGE);
  assert.equal(refused.message, '--resume needs the same options as the interrupted run; run without --resume into a new directory to change them');
  // Refused on what the interrupted run recorded: the dump is not indexed again to find that out.
  assert.equal(indexed, 0, 'no index pass');
  assert.deepEqual(phases, []);

  const resumed = await runMirror(options(out, { resume: true }));
  assert.equal(resumed.exitCode, EXIT.OK);
  const undisturbed = path.join(dir, 'undisturbed');
  assert.equal((await runMirror(options(undisturbed))).exitCode, EXIT.OK);
  const files = (d: string) => {
    const tree = readTree(d);
    tree.delete('REPORT.md');
    tree.delete('report.json');
    return tree;
  };
  assert.deepEqual(files(out), files(undisturbed));
});
