/**
 * The run's own refusals and stops (run.ts): a conversion engine that is not built, a --resume
 * given other options than the run it continues, OUTDIR that cannot be written mid-run, Ctrl-C
 * while the mirror is assembled, a run from standard input resumed from its spooled copy.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONVERTER, EXIT, missingConverterError, runMirror } from '../../src/mirror/run.js';
import { failingConverter, failingOptions as options, stoppedRun, TIMEOUT } from './failing-workers.js';
import { runConvertCli } from './cli.js';
import { miniDump, pageXml, SAMPLE, tmpDir } from './helpers.js';
import { mirrorFiles } from './tree.js';
import { mainTmpFile } from '../../src/mirror/out-dir.js';

/** The test converter that kills its worker on a page holding CRASH_WORKER. */
const CRASHING = { module: new URL('./crashing-converter.js', import.meta.url).href, exportName: 'convertPage' };

test('a custom converter given as a file: URL that is not there: a usage error naming it, not "run npm run build" (that is for the default engine only)', TIMEOUT, async () => {
  const out = path.join(tmpDir('no-engine'), 'out');
  const missing = new URL('./no-such-converter.js', import.meta.url);
  const err = await stoppedRun(options(out, { converter: { module: missing.href, exportName: 'convertPage' } }));
  assert.equal(err.exitCode, EXIT.USAGE);
  assert.equal(err.message, `the converter module ${missing.href} is not there`);
});

test('the default engine not built: an internal error naming its file as a path (a space not %20) and saying to build; a custom converter: a usage error; a module there: none', () => {
  const dir = path.join(tmpDir('engine-missing'), 'a dir with spaces');
  const engine = { module: new URL(`file://${dir}/convert.js`).href, exportName: 'convertPage' };
  assert.match(engine.module, /%20/);
  const internal = missingConverterError(engine, engine.module);
  assert.equal(internal?.exitCode, EXIT.INTERNAL);
  assert.equal(internal?.message, `the conversion engine is missing (${path.join(dir, 'convert.js')}); run npm run build`);
  const custom = missingConverterError(engine);
  assert.equal(custom?.exitCode, EXIT.USAGE);
  assert.equal(custom?.message, `the converter module ${engine.module} is not there`);
  assert.equal(missingConverterError(DEFAULT_CONVERTER), null);
  assert.equal(missingConverterError(CRASHING, CRASHING.module), null);
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
  // Naming what the interrupted run was given (session 25's audit: a user had to guess).
  assert.equal(refused.message, '--resume needs the same options as the interrupted run (it was given none); run without --resume into a new directory to change them');
  // Refused on what the interrupted run recorded: the dump is not indexed again to find that out.
  assert.equal(indexed, 0, 'no index pass');
  assert.deepEqual(phases, []);

  const resumed = await runMirror(options(out, { resume: true }));
  assert.equal(resumed.exitCode, EXIT.OK);
  const undisturbed = path.join(dir, 'undisturbed');
  assert.equal((await runMirror(options(undisturbed))).exitCode, EXIT.OK);
  assert.deepEqual(mirrorFiles(out), mirrorFiles(undisturbed));
});

test('a finished mirror, then a run under other options stopped while it indexes: --resume with those options (what the message prints) continues it; with the finished run\'s it is refused', TIMEOUT, async () => {
  const dir = tmpDir('resume-rebuilt');
  // More pages than the index pass reads between two looks at Ctrl-C (index-pass.ts: every 256).
  const dump = path.join(dir, 'dump.xml');
  fs.writeFileSync(dump, miniDump(Array.from({ length: 300 }, (_, i) => pageXml(i + 1, `Page ${i + 1}`, `Text ${i + 1}`)).join('')));
  const out = path.join(dir, 'out');
  assert.equal((await runMirror(options(out, { dump }))).exitCode, EXIT.OK);
  // Other options: the index is rebuilt for them (run-identity.ts categoriesFitOptions), and the run stops inside that.
  const controller = new AbortController();
  const phases: string[] = [];
  const stopped = await stoppedRun(options(out, { dump, frontMatter: true, signal: controller.signal, onPhase: (p) => phases.push(p) && p === 'index' && controller.abort() }));
  assert.equal(stopped.exitCode, EXIT.INTERRUPTED);
  assert.deepEqual(phases, ['index'], 'stopped while indexing');

  const refused = await stoppedRun(options(out, { dump, resume: true }));
  assert.equal(refused.exitCode, EXIT.USAGE);
  const resumed = await runMirror(options(out, { dump, resume: true, frontMatter: true }));
  assert.equal(resumed.exitCode, EXIT.OK);
  const undisturbed = path.join(dir, 'undisturbed');
  assert.equal((await runMirror(options(undisturbed, { dump, frontMatter: true }))).exitCode, EXIT.OK);
  assert.deepEqual(mirrorFiles(out), mirrorFiles(undisturbed));
});

test('a full disk as the main thread writes a page that kills its worker (Node\'s ENOSPC from write(2) names no file): exit 4 naming the file, resumable, no temporary file left', { ...TIMEOUT, skip: !fs.existsSync('/dev/full') }, async () => {
  const dir = tmpDir('full-disk');
  const dump = path.join(dir, 'dump.xml');
  fs.writeFileSync(dump, miniDump(pageXml(1, 'Crash', 'CRASH_WORKER') + pageXml(2, 'Fine', 'text')));
  const out = path.join(dir, 'out');
  // The page kills its worker, alone too, so the main thread writes it as its source, through a
  // temporary file that is /dev/full: every write to it fails with ENOSPC.
  const page = path.join(out, 'Page', 'Crash.md');
  const onPhase = (p: string) => p === 'convert' && fs.symlinkSync('/dev/full', mainTmpFile(page));
  const err = await stoppedRun(options(out, { dump, jobs: 1, converter: CRASHING, onPhase }));
  assert.equal(err.exitCode, EXIT.OUTPUT, err.message);
  assert.equal(err.resumable, true);
  assert.equal(err.message, `cannot write ${page}: no space left on device (ENOSPC); what was finished is saved. Once the cause is fixed, run again with --resume to continue`);
  assert.deepEqual(fs.readdirSync(path.join(out, 'Page')).filter((f) => f.includes('.tmp')), []);
});

test('a worker that cannot write its pages, though the main thread could: exit 4 naming the file, not every page written as its source', TIMEOUT, async () => {
  const out = path.join(tmpDir('worker-unwritable'), 'out');
  const converter = { module: new URL('./scratch-blocking-converter.js', import.meta.url).href, exportName: 'convertPage' };
  const err = await stoppedRun(options(out, { jobs: 1, converter }));
  assert.equal(err.exitCode, EXIT.OUTPUT, err.message);
  assert.equal(err.resumable, true);
  assert.match(err.message, new RegExp(`^cannot write ${out}/\\.wikimark/tmp/worker-\\d+/page\\.tmp: illegal operation on a directory \\(EISDIR\\); what was finished is saved\\. `));
  assert.deepEqual(fs.readdirSync(path.join(out, 'Page')), [], 'no page written as its source');
});

test('a page file that cannot be written (a full disk, a folder in its place): exit 4, resumable, no temporary file left; --resume finishes once it can', TIMEOUT, async () => {
  const dir = tmpDir('unwritable');
  const out = path.join(dir, 'out');
  fs.writeFileSync(`${out}.start-failure`, '');
  assert.equal((await stoppedRun(options(out, { jobs: 1 }))).exitCode, EXIT.WORKERS);
  fs.rmSync(`${out}.start-failure`);
  // A folder where a page's file goes: the worker's rename fails, and the pool stops the run on it.
  const squatter = path.join(out, 'Page', '数学.md');
  fs.mkdirSync(squatter);
  const err = await stoppedRun(options(out, { jobs: 1, resume: true }));
  assert.equal(err.exitCode, EXIT.OUTPUT);
  assert.equal(err.resumable, true);
  assert.equal(err.message, `cannot write ${squatter}: illegal operation on a directory (EISDIR); what was finished is saved. Once the cause is fixed, run again with --resume to continue`);

  assert.deepEqual(fs.readdirSync(path.join(out, 'Page')).filter((f) => f.includes('.tmp')), []);

  fs.rmdirSync(squatter);
  const resumed = await runMirror(options(out, { jobs: 1, resume: true }));
  assert.equal(resumed.exitCode, EXIT.OK);
  assert.equal(resumed.report.failedPages.count, 0);
  const undisturbed = path.join(dir, 'undisturbed');
  assert.equal((await runMirror(options(undisturbed, { jobs: 1 }))).exitCode, EXIT.OK);
  assert.deepEqual(mirrorFiles(out), mirrorFiles(undisturbed));
});

test('Ctrl-C while the mirror is assembled: exit 130, resumable; --resume converts nothing again and assembles the same mirror', TIMEOUT, async () => {
  const dir = tmpDir('assemble-stop');
  const out = path.join(dir, 'out');
  const controller = new AbortController();
  const err = await stoppedRun(options(out, { signal: controller.signal, onPhase: (p) => p === 'assemble' && controller.abort() }));
  assert.equal(err.exitCode, EXIT.INTERRUPTED);
  assert.equal(err.resumable, true);
  assert.ok(!fs.existsSync(path.join(out, 'index.tsv')), 'stopped before the index files');

  const lines: string[] = [];
  const resumed = await runMirror(options(out, { resume: true, log: (line) => lines.push(line) }));
  assert.equal(resumed.exitCode, EXIT.OK);
  assert.equal(resumed.report.run.convertedThisRun, 0);
  // The pages the interrupted run finished are "already done", not "unchanged" (nothing was updated).
  const skipped = resumed.report.run.skippedUnchanged;
  assert.ok(skipped > 0);
  assert.ok(lines.some((l) => l.startsWith(`converted 0 pages (${skipped} already done) into ${out} in `)), lines.join('\n'));
  const undisturbed = path.join(dir, 'undisturbed');
  assert.equal((await runMirror(options(undisturbed))).exitCode, EXIT.OK);
  assert.deepEqual(mirrorFiles(out), mirrorFiles(undisturbed));
  // Run again on the same dump (an update with nothing new): the same pages are "unchanged".
  const again: string[] = [];
  assert.equal((await runMirror(options(undisturbed, { log: (line) => again.push(line) }))).exitCode, EXIT.OK);
  assert.ok(again.some((l) => l.startsWith(`converted 0 pages (${skipped} unchanged) into ${undisturbed} in `)), again.join('\n'));
});

test('a run from standard input stopped after its index: --resume reads the spooled copy, not standard input again, and finishes the same mirror', TIMEOUT, async () => {
  const dir = tmpDir('stdin-resume');
  const out = path.join(dir, 'out');
  const env = { WIKIMARK_CONVERTER: `${new URL(failingConverter().module).pathname}#convertPage` };
  fs.writeFileSync(`${out}.start-failure`, '');
  const stopped = await runConvertCli(['-', '-o', out, '--quiet'], { input: SAMPLE, env });
  assert.equal(stopped.code, EXIT.WORKERS, stopped.stderr);
  assert.match(stopped.stderr, /^to continue: .* convert --resume - -o /m);
  assert.ok(fs.existsSync(path.join(out, '.wikimark', 'stdin.dump')), 'the spool is kept for the resume');
  fs.rmSync(`${out}.start-failure`);

  // Standard input is empty now: a resume that read it again would find no dump.
  const resumed = await runConvertCli(['-', '-o', out, '--quiet', '--resume'], { env });
  assert.equal(resumed.code, EXIT.OK, resumed.stderr);
  assert.ok(!fs.existsSync(path.join(out, '.wikimark', 'stdin.dump')), 'the spool goes once the run is complete');
  const undisturbed = path.join(dir, 'undisturbed');
  assert.equal((await runMirror(options(undisturbed))).exitCode, EXIT.OK);
  assert.deepEqual(mirrorFiles(out), mirrorFiles(undisturbed));
});
