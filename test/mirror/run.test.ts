/**
 * The run's own refusals (run.ts): a conversion engine that is not built.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { EXIT } from '../../src/mirror/run.js';
import { failingOptions as options, stoppedRun, TIMEOUT } from './failing-workers.js';
import { tmpDir } from './helpers.js';

test('a converter module that is not there (npm run build not run): exit 70 saying so', TIMEOUT, async () => {
  const out = path.join(tmpDir('no-engine'), 'out');
  const missing = new URL('./no-such-converter.js', import.meta.url);
  const err = await stoppedRun(options(out, { converter: { module: missing.href, exportName: 'convertPage' } }));
  assert.equal(err.exitCode, EXIT.INTERNAL);
  assert.equal(err.message, `the conversion engine is missing (${missing.pathname}); run npm run build`);
});
