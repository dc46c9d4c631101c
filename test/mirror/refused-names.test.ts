/**
 * A page file name the file system refuses (ENAMETOOLONG, EILSEQ, EINVAL on the page's own name)
 * fails that page alone: warned about, listed as failed, every other page written, exit 1, and
 * tried again by the next run. Refusals that repeat with nothing written are the output's fault
 * and stop the run with exit 4, as before.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { REFUSALS_IN_A_ROW } from '../../src/mirror/convert-pass.js';
import { EXIT, runMirror, type MirrorOptions } from '../../src/mirror/run.js';
import { stoppedRun } from './failing-workers.js';
import { miniDump, pageXml, tmpDir } from './helpers.js';

const TIMEOUT = { timeout: 120_000 };

/** A dump of the given titles in a fresh folder; OUTDIR beside it. */
function setUp(name: string, titles: string[]): { dump: string; out: string } {
  const dir = tmpDir(name);
  const dump = path.join(dir, 'dump.xml');
  fs.writeFileSync(dump, miniDump(titles.map((t, i) => pageXml(i + 1, t, `Text of ${t}.`)).join('')));
  return { dump, out: path.join(dir, 'out') };
}

function options(dump: string, out: string, lines: string[] = [], extra: Partial<MirrorOptions> = {}): MirrorOptions {
  const converter = { module: new URL('./name-refusing-converter.js', import.meta.url).href, exportName: 'convertPage' };
  return { dump, outDir: out, jobs: 1, converter, progress: null, log: (l) => lines.push(l), rawNamespaces: [], ...extra };
}

test('a refused file name fails its page alone: warned, listed as failed, exit 1; the next run writes it', TIMEOUT, async () => {
  const { dump, out } = setUp('refused-one', ['Alpha', 'Refused one', 'Gamma']);
  fs.writeFileSync(`${out}.refuse-names`, 'some');
  const lines: string[] = [];
  const first = await runMirror(options(dump, out, lines));
  assert.equal(first.exitCode, EXIT.TRUNCATED);
  assert.ok(lines.includes('warning: Refused one: Page/Refused one.md not written, as the file system refuses its name: name too long (ENAMETOOLONG); the next run tries it again'), lines.join('\n'));
  assert.match(first.message!, /^1 file could not be written, as the file system refuses its name \(warnings above say which; the next run tries it again\); see REPORT\.md$/);
  assert.ok(fs.existsSync(path.join(out, 'Page', 'Alpha.md')));
  assert.ok(fs.existsSync(path.join(out, 'Page', 'Gamma.md')));
  assert.ok(!fs.existsSync(path.join(out, 'Page', 'Refused one.md')));
  assert.equal(first.report.failedPages.count, 1);
  assert.equal(first.report.failedPages.namesRefused, 1);
  assert.equal(first.report.failedPages.examples[0]!.title, 'Refused one');
  assert.match(first.report.failedPages.examples[0]!.error, /^Page\/Refused one\.md not written, as the file system refuses its name: name too long \(ENAMETOOLONG\)/);
  const reportMd = fs.readFileSync(path.join(out, 'REPORT.md'), 'utf8');
  assert.match(reportMd, /## Pages the converter failed on \(written as source\) or whose file name was refused \(not written\)\n[^#]*Refused one/);
  assert.equal(JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8')).failedPages.namesRefused, 1);
  // The index lists the files there are: not the refused one, until a run writes it.
  const indexed = () => fs.readFileSync(path.join(out, 'index.tsv'), 'utf8').split('\n').slice(1).map((l) => l.split('\t')[1]).filter(Boolean).sort();
  assert.deepEqual(indexed(), ['Page/Alpha.md', 'Page/Gamma.md']);
  assert.ok(!fs.readFileSync(path.join(out, 'index.json'), 'utf8').includes('Refused one'));

  // Still refused: the only page to convert fails alone again (the mirror holds pages: no exit 4).
  const again = await runMirror(options(dump, out));
  assert.equal(again.exitCode, EXIT.TRUNCATED);
  assert.equal(again.report.run.convertedThisRun, 1);

  // The file system fixed: the next run converts that page, and only it.
  fs.rmSync(`${out}.refuse-names`);
  const fixed = await runMirror(options(dump, out));
  assert.equal(fixed.exitCode, EXIT.OK, fixed.message ?? '');
  assert.equal(fixed.report.run.convertedThisRun, 1);
  assert.equal(fixed.report.failedPages.count, 0);
  assert.equal(fs.readFileSync(path.join(out, 'Page', 'Refused one.md'), 'utf8').includes('Text of Refused one.'), true);
  assert.deepEqual(indexed(), ['Page/Alpha.md', 'Page/Gamma.md', 'Page/Refused one.md']);
});

test('a refused raw file (--raw-namespaces) is counted and warned about by its file: exit 1, the other pages written', TIMEOUT, async () => {
  const dir = tmpDir('refused-raw');
  const dump = path.join(dir, 'dump.xml');
  const out = path.join(dir, 'out');
  fs.writeFileSync(dump, miniDump(pageXml(1, 'Alpha', 'Text of Alpha.') + pageXml(2, 'Template:Refused raw', 'Raw {{text}}.', { ns: 10 })));
  fs.writeFileSync(`${out}.refuse-names`, 'some');
  const lines: string[] = [];
  const run = await runMirror(options(dump, out, lines, { rawNamespaces: [10] }));
  assert.equal(run.exitCode, EXIT.TRUNCATED, run.message ?? '');
  const warning = lines.find((l) => l.startsWith('warning: Template:Refused raw: '));
  assert.match(warning ?? lines.join('\n'), /: Template\/Refused raw\.wikitext not written, as the file system refuses its name: name too long \(ENAMETOOLONG\); the next run tries it again$/);
  assert.equal(run.report.failedPages.count, 1);
  assert.equal(run.report.failedPages.namesRefused, 1);
  assert.match(run.message!, /^1 file could not be written, as the file system refuses its name/);
  assert.match(run.report.failedPages.examples[0]!.error, /^Template\/Refused raw\.wikitext not written/);
  assert.match(fs.readFileSync(path.join(out, 'REPORT.md'), 'utf8'), /Refused raw/);
  assert.ok(fs.existsSync(path.join(out, 'Page', 'Alpha.md')));
});

test('every page name refused on a new mirror: exit 4, resumable, as any write into OUTDIR that fails', TIMEOUT, async () => {
  const { dump, out } = setUp('refused-all', ['Alpha', 'Beta', 'Gamma']);
  fs.writeFileSync(`${out}.refuse-names`, 'all');
  const err = await stoppedRun(options(dump, out));
  assert.equal(err.exitCode, EXIT.OUTPUT);
  assert.equal(err.resumable, true);
  assert.match(err.message, /^the file system refuses every page file's name \(3 pages\); what was finished is saved\. Once the cause is fixed .*--resume/);
  fs.rmSync(`${out}.refuse-names`);
  const resumed = await runMirror(options(dump, out, [], { resume: true }));
  assert.equal(resumed.exitCode, EXIT.OK);
  assert.ok(fs.existsSync(path.join(out, 'Page', 'Beta.md')));
});

test('interrupted after names were refused on a new mirror: exit 130 (interrupted), not 4', TIMEOUT, async () => {
  const { dump, out } = setUp('refused-interrupted', ['Alpha', 'Beta', 'Gamma']);
  fs.writeFileSync(`${out}.refuse-names`, 'all');
  const controller = new AbortController();
  // Ctrl-C as the first refusal is warned about: every name tried so far was refused, none written.
  const log = (l: string) => {
    if (l.startsWith('warning: ')) controller.abort();
  };
  const err = await stoppedRun(options(dump, out, [], { log, signal: controller.signal }));
  assert.equal(err.exitCode, EXIT.INTERRUPTED, err.message);
  assert.equal(err.resumable, true);
});

test(`${REFUSALS_IN_A_ROW} names refused in a row stop the run (exit 4), warned about one by one up to the ${REFUSALS_IN_A_ROW}th`, TIMEOUT, async () => {
  const titles = Array.from({ length: REFUSALS_IN_A_ROW + 50 }, (_, i) => `Page ${i + 1}`);
  const { dump, out } = setUp('refused-row', titles);
  fs.writeFileSync(`${out}.refuse-names`, 'all');
  const lines: string[] = [];
  const err = await stoppedRun(options(dump, out, lines));
  assert.equal(err.exitCode, EXIT.OUTPUT);
  assert.match(err.message, new RegExp(`^the file system refuses ${REFUSALS_IN_A_ROW} file names in a row \\(the last Page/Page ${REFUSALS_IN_A_ROW}\\.md: name too long \\(ENAMETOOLONG\\)\\)`));
  assert.equal(lines.filter((l) => l.startsWith('warning: Page ')).length, REFUSALS_IN_A_ROW);
});

test('a name refused on anything but the page file itself (the scratch file\'s open) stops the run with 4 at once, naming that file', TIMEOUT, async () => {
  const { dump, out } = setUp('refused-scratch', ['Alpha', 'Beta']);
  fs.writeFileSync(`${out}.refuse-names`, 'scratch');
  const lines: string[] = [];
  const err = await stoppedRun(options(dump, out, lines));
  assert.equal(err.exitCode, EXIT.OUTPUT, err.message);
  assert.equal(err.resumable, true);
  assert.match(err.message, /^cannot write \S+page\.tmp: name too long \(ENAMETOOLONG\)/);
  // Not taken for a page's own refused name: no page is warned about or failed alone.
  assert.equal(lines.filter((l) => l.startsWith('warning: ')).length, 0, lines.join('\n'));
});

/**
 * The main thread's own writes (a redirect stub, a category page, a page written as its source
 * after it killed its worker) meet the refusing file system: fs.renameSync wrapped here, in the
 * test's thread (the workers have their own fs), for names holding "Refused".
 */
async function withMainThreadRefusing<T>(run: () => Promise<T>): Promise<T> {
  const rename = fs.renameSync;
  fs.renameSync = (from: fs.PathLike, to: fs.PathLike): void => {
    if (path.basename(String(to)).includes('Refused')) {
      throw Object.assign(new Error(`EILSEQ: illegal byte sequence, rename '${String(from)}' -> '${String(to)}'`), {
        errno: -84, code: 'EILSEQ', syscall: 'rename', path: String(from), dest: String(to),
      });
    }
    rename(from, to);
  };
  try {
    return await run();
  } finally {
    fs.renameSync = rename;
  }
}

test('names refused on the main thread\'s writes (redirect stub, category page, a page written as its source) fail those files alone: warned, counted, exit 1; the next run writes them', TIMEOUT, async () => {
  const dir = tmpDir('refused-main');
  const dump = path.join(dir, 'dump.xml');
  const out = path.join(dir, 'out');
  fs.writeFileSync(dump, miniDump(
    pageXml(1, 'Alpha', 'Text of Alpha. [[Category:Refused cat]]') +
    pageXml(2, 'Refused redirect', '#REDIRECT [[Alpha]]', { redirect: 'Alpha' }) +
    pageXml(3, 'Category:Refused cat', 'About the category.', { ns: 14 }) +
    pageXml(4, 'Refused crash', 'CRASH_WORKER'),
  ));
  const converter = { module: new URL('./crashing-converter.js', import.meta.url).href, exportName: 'convertPage' };
  const lines: string[] = [];
  const run = await withMainThreadRefusing(() => runMirror(options(dump, out, lines, { converter })));
  assert.equal(run.exitCode, EXIT.TRUNCATED, run.message ?? '');
  const warned = lines.filter((l) => l.startsWith('warning: ') && l.includes('refuses its name')).sort();
  assert.deepEqual(warned, [
    'warning: Category:Refused cat: Category/Refused cat.md not written, as the file system refuses its name: illegal byte sequence (EILSEQ); the next run tries it again',
    'warning: Refused crash: Page/Refused crash.md not written, as the file system refuses its name: illegal byte sequence (EILSEQ); the next run tries it again',
    'warning: Refused redirect: Page/Refused redirect.md not written, as the file system refuses its name: illegal byte sequence (EILSEQ); the next run tries it again',
  ]);
  assert.equal(run.report.failedPages.namesRefused, 3);
  assert.equal(run.report.failedPages.count, 3);
  assert.ok(fs.existsSync(path.join(out, 'Page', 'Alpha.md')));
  const index = fs.readFileSync(path.join(out, 'index.tsv'), 'utf8');
  assert.ok(!index.includes('Refused'), index);
  // The page that killed its worker says both: its name refused, and the crash.
  const crashed = run.report.failedPages.examples.find((e) => e.title === 'Refused crash');
  assert.match(crashed?.error ?? '', /^Page\/Refused crash\.md not written, as the file system refuses its name: .*; and the conversion worker died: /);
  assert.match(fs.readFileSync(path.join(out, 'REPORT.md'), 'utf8'), /Refused crash.*the conversion worker died/);

  // The file system fixed: all three are written.
  const fixed = await runMirror(options(dump, out, [], { converter }));
  // Still exit 1: the page that kills its worker is written as its source, a failure each run.
  assert.equal(fixed.exitCode, EXIT.TRUNCATED, fixed.message ?? '');
  assert.equal(fixed.report.failedPages.namesRefused, 0);
  assert.equal(fixed.report.failedPages.count, 1);
  for (const file of ['Page/Refused redirect.md', 'Category/Refused cat.md', 'Page/Refused crash.md']) assert.ok(fs.existsSync(path.join(out, file)), file);
  const indexedAgain = fs.readFileSync(path.join(out, 'index.tsv'), 'utf8');
  for (const line of ['Refused redirect\tPage/Refused redirect.md\tredirect', 'Category:Refused cat\tCategory/Refused cat.md\tcategory', 'Refused crash\tPage/Refused crash.md\tpage']) {
    assert.ok(indexedAgain.includes(`\n${line}\n`), `${line} in\n${indexedAgain}`);
  }
});

test('a page refused its name and then moved, a redirect stub now on its old path: the old failure is dropped, exit 0, the stub indexed', TIMEOUT, async () => {
  const dir = tmpDir('refused-moved');
  const dump = path.join(dir, 'dump.xml');
  const out = path.join(dir, 'out');
  fs.writeFileSync(dump, miniDump(pageXml(1, 'Alpha', 'Text of Alpha.') + pageXml(2, 'Refused one', 'Text of the page.')));
  fs.writeFileSync(`${out}.refuse-names`, 'some');
  const first = await runMirror(options(dump, out));
  assert.equal(first.exitCode, EXIT.TRUNCATED, first.message ?? '');
  assert.equal(first.report.failedPages.namesRefused, 1);

  // The page moved to "Moved one"; its old title a redirect stub (another page) on the same path.
  fs.rmSync(`${out}.refuse-names`);
  fs.writeFileSync(dump, miniDump(
    pageXml(1, 'Alpha', 'Text of Alpha.') +
    pageXml(2, 'Moved one', 'Text of the page.', { rev: 2 }) +
    pageXml(3, 'Refused one', '#REDIRECT [[Moved one]]', { redirect: 'Moved one' }),
  ));
  const moved = await runMirror(options(dump, out));
  assert.equal(moved.exitCode, EXIT.OK, moved.message ?? '');
  assert.equal(moved.report.failedPages.count, 0);
  assert.equal(moved.report.failedPages.namesRefused, 0);
  assert.ok(!fs.readFileSync(path.join(out, 'REPORT.md'), 'utf8').includes('not written'));
  const index = fs.readFileSync(path.join(out, 'index.tsv'), 'utf8');
  assert.match(index, /\nRefused one\tPage\/Refused one\.md\tredirect\n/);
  assert.match(index, /\nMoved one\tPage\/Moved one\.md\tpage\n/);
  const again = await runMirror(options(dump, out));
  assert.equal(again.exitCode, EXIT.OK, again.message ?? '');
});

test(`${REFUSALS_IN_A_ROW} names refused in a row on the main thread's writes (redirect stubs) stop the run with exit 4, warned about up to the ${REFUSALS_IN_A_ROW}th`, TIMEOUT, async () => {
  const dir = tmpDir('refused-main-row');
  const dump = path.join(dir, 'dump.xml');
  const out = path.join(dir, 'out');
  const stubs = Array.from({ length: REFUSALS_IN_A_ROW + 20 }, (_, i) => pageXml(i + 2, `Refused ${i + 1}`, '#REDIRECT [[Alpha]]', { redirect: 'Alpha' }));
  fs.writeFileSync(dump, miniDump(pageXml(1, 'Alpha', 'Text of Alpha.') + stubs.join('')));
  const lines: string[] = [];
  const err = await withMainThreadRefusing(() => stoppedRun(options(dump, out, lines)));
  assert.equal(err.exitCode, EXIT.OUTPUT, err.message);
  assert.equal(err.resumable, true);
  assert.match(err.message, new RegExp(`^the file system refuses ${REFUSALS_IN_A_ROW} file names in a row \\(the last Page/Refused \\d+\\.md: illegal byte sequence \\(EILSEQ\\)\\)`));
  assert.equal(lines.filter((l) => l.startsWith('warning: Refused ')).length, REFUSALS_IN_A_ROW);
  // The file system fixed: --resume writes them.
  const resumed = await runMirror(options(dump, out, [], { resume: true }));
  assert.equal(resumed.exitCode, EXIT.OK, resumed.message ?? '');
  assert.ok(fs.existsSync(path.join(out, 'Page', `Refused ${REFUSALS_IN_A_ROW + 20}.md`)));
});
