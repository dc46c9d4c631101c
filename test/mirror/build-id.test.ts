/** What identifies a build (build-id.ts): the code a run loads, followed through its imports. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildChanges, buildFilesOf, buildIdFrom, buildPartsOf } from '../../src/mirror/build-id.js';
import { DEFAULT_CONVERTER, EXIT, MirrorError, runMirror } from '../../src/mirror/run.js';
import { SAMPLE, tmpDir } from './helpers.js';
import type { ConverterRef } from '../../src/mirror/types.js';

/** The build id a run computes for `converter` (run.ts: buildIdFrom of buildPartsOf). */
const buildIdOf = (converter: ConverterRef, unicode?: string) => buildIdFrom(buildPartsOf(converter, unicode));

/** A converter module in a folder of its own, importing a helper beside it: `version` goes into the helper. */
function converterIn(dir: string, version: string): { module: string; exportName: string } {
  fs.writeFileSync(path.join(dir, 'suffix.js'), `export const suffix = ${JSON.stringify(version)};\n`);
  fs.writeFileSync(path.join(dir, 'converter.js'), `import { suffix } from './suffix.js';\nexport function convertPage(text) { return { markdown: text + suffix }; }\n`);
  return { module: pathToFileURL(path.join(dir, 'converter.js')).href, exportName: 'convertPage' };
}

test('the same code is the same build; a change in a file the converter imports is another', () => {
  const dir = tmpDir('build-id');
  const v1 = converterIn(dir, 'one');
  const first = buildIdOf(v1);
  assert.match(first, /^[0-9a-f]{16}$/);
  assert.equal(buildIdOf(v1), first);
  // As a path, as WIKIMARK_CONVERTER gives it: the same file, the same build.
  assert.equal(buildIdOf({ module: path.join(dir, 'converter.js'), exportName: 'convertPage' }), first);
  converterIn(dir, 'two');
  assert.notEqual(buildIdOf(v1), first);
  converterIn(dir, 'one');
  assert.equal(buildIdOf(v1), first, 'the content counts, not the time it was written');
  // Moved elsewhere unchanged: no new build.
  const moved = tmpDir('build-id-moved');
  assert.equal(buildIdOf(converterIn(moved, 'one')), first);
});

test('the default build counts the engine, the index, the mirror and its workers, the conversion tables\' package; not the CLI\'s entry, the reader, or packages that write no page', () => {
  const { files, packages } = buildFilesOf(DEFAULT_CONVERTER);
  const src = path.dirname(path.dirname(fileURLToPath(DEFAULT_CONVERTER.module)));
  const rel = new Set(files.map((f) => path.relative(src, f).split(path.sep).join('/')));
  for (const f of ['engine/convert.js', 'parser/index.js', 'preprocess/expand.js', 'writer/markdown.js', 'templates/registry.js', 'variants/tables.js', 'index/builder.js', 'mirror/run.js', 'mirror/worker.js', 'mirror/compose.js', 'mirror/plan.js', 'dump/decode-worker.js']) {
    assert.ok(rel.has(f), `${f} is part of the build`);
  }
  for (const f of ['cli/main.js', 'cli/convert.js', 'reader/server.js']) assert.ok(!rel.has(f), `${f} writes no page`);
  // Reached by require.resolve (tables.ts); the reader's packages, the index's database (db.ts) and the bzip2 decoder (bz2.ts) write no page.
  assert.ok(packages.some((p) => /^wikimedia-langconv@\d/.test(p)), packages.join(', '));
  assert.equal(buildPartsOf(DEFAULT_CONVERTER).langconv, packages.find((p) => p.startsWith('wikimedia-langconv@'))!.split('@')[1]);
  for (const name of ['markdown-it', 'markdown-it-footnote', 'katex', 'better-sqlite3', '@foxglove/wasm-bz2']) assert.ok(!packages.some((p) => p.startsWith(`${name}@`)), `${name} in ${packages.join(', ')}`);
});

test('Node\'s Unicode version counts: another is another build, and the change is named', () => {
  const converter = converterIn(tmpDir('build-id-icu'), 'one');
  const here = buildIdOf(converter);
  assert.equal(buildIdOf(converter, process.versions.unicode), here);
  assert.notEqual(buildIdOf(converter, '1.0'), here);
  const parts = buildPartsOf(converter);
  assert.deepEqual(buildChanges({ ...parts, unicode: '15.1' }, { ...parts, unicode: '16.0' }), ["Node's Unicode version changed: 15.1 → 16.0"]);
  assert.deepEqual(buildChanges({ ...parts, code: '0'.repeat(16), langconv: '0.3.2' }, { ...parts, langconv: '0.4.0' }), ['its code changed', 'wikimedia-langconv changed: 0.3.2 → 0.4.0']);
  assert.deepEqual(buildChanges(parts, parts), []);
});

test('a package\'s version counts: the same converter with a package of another version installed is another build', () => {
  const dir = tmpDir('build-id-package');
  const pkg = path.join(dir, 'node_modules', 'some-tables');
  fs.mkdirSync(pkg, { recursive: true });
  const install = (version: string) => fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: 'some-tables', version }));
  install('1.0.0');
  fs.writeFileSync(path.join(dir, 'converter.js'), `import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nconst tables = require.resolve('some-tables/package.json');\nexport function convertPage(text) { return { markdown: text + tables }; }\n`);
  const converter = { module: path.join(dir, 'converter.js'), exportName: 'convertPage' };
  const first = buildIdOf(converter);
  assert.ok(buildFilesOf(converter).packages.includes('some-tables@1.0.0'));
  install('1.0.1');
  assert.notEqual(buildIdOf(converter), first);
});

test('a data file reached by new URL(…, import.meta.url) counts by its bytes, whatever its extension', () => {
  const dir = tmpDir('build-id-data');
  fs.writeFileSync(path.join(dir, 'table.wasm'), 'one');
  fs.writeFileSync(path.join(dir, 'converter.js'), `const table = new URL('./table.wasm', import.meta.url);\nexport function convertPage(text) { return { markdown: text + table }; }\n`);
  const converter = { module: path.join(dir, 'converter.js'), exportName: 'convertPage' };
  const first = buildIdOf(converter);
  assert.ok(buildFilesOf(converter).files.includes(fs.realpathSync(path.join(dir, 'table.wasm'))));
  fs.writeFileSync(path.join(dir, 'table.wasm'), 'two');
  assert.notEqual(buildIdOf(converter), first);
});

test('a converter that is not there throws; a specifier in a comment naming nothing is passed over; a file reached through a symlink counts once', () => {
  const dir = tmpDir('build-id-missing');
  assert.throws(() => buildIdOf({ module: path.join(dir, 'no-such-converter.js'), exportName: 'convertPage' }), /no-such-converter\.js cannot be read/);
  fs.writeFileSync(path.join(dir, 'helper.js'), 'export const x = 1;\n');
  fs.symlinkSync(path.join(dir, 'helper.js'), path.join(dir, 'alias.js'));
  fs.writeFileSync(path.join(dir, 'converter.js'), `// once: import { y } from './gone.js';\nimport { x } from './helper.js';\nimport { x as z } from './alias.js';\nexport function convertPage(text) { return { markdown: text + x + z }; }\n`);
  const { files } = buildFilesOf({ module: path.join(dir, 'converter.js'), exportName: 'convertPage' });
  const here = files.filter((f) => f.startsWith(fs.realpathSync(dir)));
  assert.deepEqual(here.map((f) => path.basename(f)), ['converter.js', 'helper.js']);
});

test('a run given a converter path that is not there stops with a usage error, not an internal one', async () => {
  const dir = tmpDir('build-id-run-missing');
  const converter = { module: path.join(dir, 'mistyped.js'), exportName: 'convertPage' };
  await assert.rejects(
    runMirror({ dump: SAMPLE, outDir: path.join(dir, 'out'), jobs: 1, converter, progress: null, log: () => {} }),
    (err: unknown) => err instanceof MirrorError && err.exitCode === EXIT.USAGE && /mistyped\.js is not there/.test(err.message),
  );
});
