/**
 * The convert pass reads its work chunk by chunk through the `pages_offset` index: without it every
 * chunk scanned and sorted all file rows (quadratic in the page count). An index built by an older
 * build lacks it; a run that reuses such an index adds it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { openDatabase, type DB } from '../../src/index/db.js';
import { WORK_QUERY } from '../../src/mirror/convert-pass.js';
import { runMirror, type MirrorOptions } from '../../src/mirror/run.js';
import { STATE_DB, STATE_DIR } from '../../src/mirror/types.js';
import { SAMPLE, tmpDir } from './helpers.js';

const FAKE = { module: new URL('./fake-converter.js', import.meta.url).href, exportName: 'convertPage' };

function options(out: string): MirrorOptions {
  return { dump: SAMPLE, outDir: out, jobs: 1, converter: FAKE, progress: null, log: () => {}, rawNamespaces: [] };
}

function plan(db: DB): string {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${WORK_QUERY}`).all('fp', -1, '') as Array<{ detail: string }>;
  return rows.map((r) => r.detail).join('\n');
}

test('the work query reads pages through pages_offset, and a reused index gets it back', async () => {
  const out = tmpDir('work-query');
  await runMirror(options(out));
  const file = path.join(out, STATE_DIR, STATE_DB);
  let db = openDatabase(file);
  assert.match(plan(db), /USING INDEX pages_offset/);
  // An index made before pages_offset existed.
  db.exec('DROP INDEX pages_offset');
  assert.doesNotMatch(plan(db), /pages_offset/);
  db.close();
  await runMirror(options(out));
  db = openDatabase(file);
  assert.match(plan(db), /USING INDEX pages_offset/);
  db.close();
});
