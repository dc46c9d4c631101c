/**
 * A multistream index that does not fit its dump (damaged, or of another copy): the workers would
 * decode from offsets where no bzip2 stream starts, find none of their pages and say nothing.
 * Session 25's audit met it: the ja dump with its index's offsets shifted by 7 bytes converted
 * 0 of 189 pages, index.tsv listing 189 files that were not there.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { EXIT, runMirror } from '../../src/mirror/run.js';
import { readLines } from '../../src/dump/multistream.js';
import { DUMPS, hasShared, tmpDir } from './helpers.js';

const FAKE = { module: new URL('./fake-converter.js', import.meta.url).href, exportName: 'convertPage' };
const NAME = 'jawiki-truncated-multistream';

/** The shared dump beside an index made from its own by `edit` (each line's offset, its index) and `keep` (the lines left); returns the dump's path. */
async function withIndex(
  dir: string,
  edit: (offset: number, i: number, offsets: number[]) => number,
  keep: (lines: string[]) => string[] = (lines) => lines,
): Promise<string> {
  fs.copyFileSync(path.join(DUMPS, `${NAME}.xml.bz2`), path.join(dir, `${NAME}.xml.bz2`));
  const lines: string[] = [];
  for await (const line of readLines(path.join(DUMPS, `${NAME}-index.txt.bz2`))) lines.push(line);
  const offsets = lines.map((l) => Number(l.slice(0, l.indexOf(':'))));
  const edited = keep(lines.map((l, i) => `${edit(offsets[i]!, i, offsets)}${l.slice(l.indexOf(':'))}`));
  fs.writeFileSync(path.join(dir, `${NAME}-index.txt.bz2`), execFileSync('bzip2', ['-c'], { input: edited.join('\n') + '\n' }));
  return path.join(dir, `${NAME}.xml.bz2`);
}

test('an index filing pages under the next stream: a warning, those pages decoded again, every page written', async (t) => {
  if (!hasShared()) return t.skip('shared data not found');
  const dir = tmpDir('ms-index-moved');
  // The first stream's last ten pages filed under the second stream (the offsets still rise).
  const dump = await withIndex(dir, (offset, i, offsets) => {
    const last = offsets.lastIndexOf(offsets[0]!);
    return i > last - 10 && i <= last ? offsets[last + 1]! : offset;
  });
  const out = path.join(dir, 'out');
  const logged: string[] = [];
  const result = await runMirror({ dump, outDir: out, jobs: 2, converter: FAKE, progress: null, log: (l) => logged.push(l) });
  assert.equal(result.exitCode, EXIT.TRUNCATED);
  assert.ok(logged.includes(`warning: the multistream index ${path.join(dir, `${NAME}-index.txt.bz2`)} puts pages in bzip2 streams that do not hold them (the first: id 197 "記録"); the dump is decoded again in one thread for those`), logged.join('\n'));
  assert.equal(result.report.run.convertedThisRun, 189);
  const rows = fs.readFileSync(path.join(out, 'index.tsv'), 'utf8').trim().split('\n').slice(1).map((r) => r.split('\t')[1]!);
  assert.deepEqual(rows.filter((f) => !fs.existsSync(path.join(out, f))), [], 'every file index.tsv names is there');
  assert.equal(reportRows(out)[0], '| pages read by | each worker decoding its own bz2 streams (multistream index), and the main thread decoding the dump a second time for the pages the index misplaces |');
  assert.match(reportRows(out)[1]!, /^\| multistream index \| the multistream index .+ puts pages in bzip2 streams that do not hold them \(the first: id 197 "記録"\); the dump is decoded again in one thread for those \|$/);
});

/** REPORT.md's rows saying how pages were read and what did not fit. */
function reportRows(out: string): string[] {
  return fs.readFileSync(path.join(out, 'REPORT.md'), 'utf8').split('\n').filter((l) => l.startsWith('| pages read by') || l.startsWith('| multistream index'));
}

test('an index whose offsets hold no bzip2 stream: a warning, the dump decoded again, every page written', async (t) => {
  if (!hasShared()) return t.skip('shared data not found');
  const dir = tmpDir('ms-index');
  const dump = await withIndex(dir, (offset) => offset + 7);
  const index = path.join(dir, `${NAME}-index.txt.bz2`);
  const out = path.join(dir, 'out');
  const logged: string[] = [];
  const result = await runMirror({ dump, outDir: out, jobs: 2, converter: FAKE, progress: null, log: (l) => logged.push(l) });
  assert.equal(result.exitCode, EXIT.TRUNCATED);
  const misfit = `the multistream index ${index} does not fit this dump (no bzip2 stream at byte 717, where it puts one); the dump is decoded again in one thread instead`;
  assert.ok(logged.includes(`warning: ${misfit}`), logged.join('\n'));
  assert.equal(result.report.run.feed, 'sequential');
  assert.equal(result.report.run.indexMisfit, misfit);
  assert.equal(result.report.run.convertedThisRun, 189);
  const rows = fs.readFileSync(path.join(out, 'index.tsv'), 'utf8').trim().split('\n').slice(1).map((r) => r.split('\t')[1]!);
  assert.deepEqual(rows.filter((f) => !fs.existsSync(path.join(out, f))), [], 'every file index.tsv names is there');
  assert.deepEqual(reportRows(out), ['| pages read by | the main thread decoding the dump a second time |', `| multistream index | ${misfit.replace(/_/g, '\\_')} |`]);
});

test('an index missing a line: a warning naming the page it lacks, the dump decoded again, every page written', async (t) => {
  // Session 25's review: `sed 20d` on the index dropped to one-thread decoding without a word.
  if (!hasShared()) return t.skip('shared data not found');
  const dir = tmpDir('ms-index-line');
  const dump = await withIndex(dir, (offset) => offset, (lines) => lines.filter((_, i) => i !== 19));
  const out = path.join(dir, 'out');
  const logged: string[] = [];
  const result = await runMirror({ dump, outDir: out, jobs: 2, converter: FAKE, progress: null, log: (l) => logged.push(l) });
  assert.equal(result.exitCode, EXIT.TRUNCATED);
  const warning = logged.find((l) => l.startsWith('warning: the multistream index'));
  assert.match(warning ?? '', /^warning: the multistream index \S+ lists no stream for 1 page of this dump \(the first: id \d+ ".+"\); the dump is decoded again in one thread instead$/);
  assert.equal(result.report.run.feed, 'sequential');
  assert.equal(result.report.run.convertedThisRun, 189);
});
