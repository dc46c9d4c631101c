/** What a run is recognised by (run-identity.ts): the options' fingerprint across spellings of a variant. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { getInfo, getState, openDatabase, setInfo, setState } from '../../src/index/db.js';
import { buildIdFrom, buildPartsOf } from '../../src/mirror/build-id.js';
import { fingerprintOf, olderVariantSpellings } from '../../src/mirror/run-identity.js';
import { EXIT, runMirror, type MirrorOptions } from '../../src/mirror/run.js';
import { DEFAULT_NAMESPACES, STATE_DB, STATE_DIR } from '../../src/mirror/types.js';
import { checkpointUnder, miniDump, pageXml, SAMPLE, tmpDir } from './helpers.js';

const FAKE = { module: new URL('./fake-converter.js', import.meta.url).href, exportName: 'convertPage' };

test('the spellings an older CLI stored for a variant: region upper-cased, script and region, upper case; not the stored one', () => {
  assert.deepEqual(olderVariantSpellings('zh-tw').sort(), ['ZH-HANT-TW', 'ZH-TW', 'zh-Hant-TW', 'zh-TW', 'zh-hant-tw'].sort());
  assert.deepEqual(olderVariantSpellings('zh-hans').sort(), ['ZH-HANS', 'zh-Hans'].sort());
  assert.ok(olderVariantSpellings('zh-cn').includes('zh-Hans-CN'));
});

test('a mirror an older CLI made with --variant zh-TW is no new set of options: its update converts nothing again, its checkpoint is moved to the one spelling', async () => {
  const out = tmpDir('variant-spelling');
  const options = (extra: Partial<MirrorOptions> = {}): MirrorOptions => ({ dump: SAMPLE, outDir: out, jobs: 2, converter: FAKE, progress: null, log: () => {}, variant: 'zh-tw', ...extra });
  assert.equal((await runMirror(options())).exitCode, EXIT.OK);
  // The fingerprint the run used, rebuilt here (checked), then the one an older CLI stored for "zh-TW".
  const fingerprint = (variant: string) =>
    fingerprintOf({ attribution: true, images: 'embed', variant, frontMatter: false, expandTemplates: true, namespaces: [...DEFAULT_NAMESPACES], rawNamespaces: [], minSize: 0, converter: FAKE, build: buildIdFrom(buildPartsOf(FAKE)) });
  const db = openDatabase(path.join(out, STATE_DIR, STATE_DB));
  const current = fingerprint('zh-tw');
  assert.equal(getState(db, 'fingerprint'), current);
  const older = fingerprint('zh-TW');
  assert.notEqual(older, current);
  const rows = db.prepare('UPDATE done SET fingerprint = ? WHERE fingerprint = ?').run(older, current).changes;
  assert.ok(rows > 20, `${rows} checkpoint rows`);
  setState(db, 'fingerprint', older);
  setInfo(db, 'plan', older);
  db.close();

  const again = await runMirror(options({ variant: 'zh-TW' }));
  assert.equal(again.exitCode, EXIT.OK);
  assert.equal(again.report.run.convertedThisRun, 0);
  assert.equal(again.report.options.variant, 'zh-tw');
  const after = openDatabase(path.join(out, STATE_DIR, STATE_DB));
  assert.equal(after.prepare('SELECT count(*) FROM done WHERE fingerprint = ?').pluck().get(older), 0);
  assert.equal(getState(after, 'fingerprint'), current);
  assert.equal(getInfo(after, 'plan'), current);
  after.close();
});

test('an interrupted run an older CLI made under zh-Hant-TW, rows under two older spellings: --resume accepted, every row moved; rows of other options stay', async () => {
  const out = tmpDir('variant-spelling-resume');
  const options = (extra: Partial<MirrorOptions> = {}): MirrorOptions => ({ dump: SAMPLE, outDir: out, jobs: 2, converter: FAKE, progress: null, log: () => {}, variant: 'zh-tw', ...extra });
  assert.equal((await runMirror(options())).exitCode, EXIT.OK);
  const fingerprint = (variant: string, images: 'embed' | 'link' = 'embed') =>
    fingerprintOf({ attribution: true, images, variant, frontMatter: false, expandTemplates: true, namespaces: [...DEFAULT_NAMESPACES], rawNamespaces: [], minSize: 0, converter: FAKE, build: buildIdFrom(buildPartsOf(FAKE)) });
  const db = openDatabase(path.join(out, STATE_DIR, STATE_DB));
  const files = db.prepare('SELECT file FROM done ORDER BY file').pluck().all() as string[];
  const set = db.prepare('UPDATE done SET fingerprint = ? WHERE file = ?');
  // Half the rows under zh-TW, a few under zh-Hant-TW, one under other options (--images link).
  files.forEach((file, i) => set.run(i === 0 ? fingerprint('zh-TW', 'link') : i % 2 ? fingerprint('zh-TW') : fingerprint('zh-Hant-TW'), file));
  setState(db, 'status', 'running');
  setState(db, 'fingerprint', fingerprint('zh-Hant-TW'));
  setInfo(db, 'plan', fingerprint('zh-Hant-TW'));
  db.close();

  const resumed = await runMirror(options({ variant: 'zh-Hant-TW', resume: true }));
  assert.equal(resumed.exitCode, EXIT.OK);
  // Only the page of other options is converted again.
  assert.equal(resumed.report.run.convertedThisRun, 1);
  const after = openDatabase(path.join(out, STATE_DIR, STATE_DB));
  assert.equal(after.prepare('SELECT count(*) FROM done WHERE fingerprint != ?').pluck().get(fingerprint('zh-tw')), 0);
  after.close();
});

test('an interrupted run an older build recorded with --variant on a wiki that is not Chinese (the variant since dropped): --resume with the same options goes on, its rows adopted', async () => {
  const dir = tmpDir('variant-dropped-resume');
  const dump = path.join(dir, 'dump.xml');
  const out = path.join(dir, 'out');
  fs.writeFileSync(dump, miniDump(pageXml(1, 'Alpha', 'Text of Alpha.') + pageXml(2, 'Beta', 'Text of Beta.'), 'ja'));
  const options = (extra: Partial<MirrorOptions> = {}): MirrorOptions => ({ dump, outDir: out, jobs: 1, converter: FAKE, progress: null, log: () => {}, variant: 'zh-tw', ...extra });
  assert.equal((await runMirror(options())).exitCode, EXIT.OK);
  // ja: no attribution by default; the variant dropped from the fingerprint the run used (checked).
  const fingerprint = (variant: string | null) =>
    fingerprintOf({ attribution: false, images: 'embed', variant, frontMatter: false, expandTemplates: true, namespaces: [...DEFAULT_NAMESPACES], rawNamespaces: [], minSize: 0, converter: FAKE, build: buildIdFrom(buildPartsOf(FAKE)) });
  const db = openDatabase(path.join(out, STATE_DIR, STATE_DB));
  assert.equal(getState(db, 'fingerprint'), fingerprint(null));
  // As an older build left it: interrupted, everything recorded under the variant.
  checkpointUnder(db, fingerprint('zh-tw'));
  setState(db, 'status', 'running');
  db.close();

  const resumed = await runMirror(options({ resume: true }));
  assert.equal(resumed.exitCode, EXIT.OK, resumed.message ?? '');
  assert.equal(resumed.report.run.convertedThisRun, 0);
  const after = openDatabase(path.join(out, STATE_DIR, STATE_DB));
  assert.equal(after.prepare('SELECT count(*) FROM done WHERE fingerprint != ?').pluck().get(fingerprint(null)), 0);
  assert.equal(getState(after, 'fingerprint'), fingerprint(null));
  assert.equal(getInfo(after, 'plan'), fingerprint(null));
  after.close();
});
