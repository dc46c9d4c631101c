/**
 * Update runs and pages a dump damaged: the previous version of such a page is kept, with its
 * index row, categories and links, until a dump has it whole — through interrupted runs, case
 * clashes with new pages and redirects to it (on upgrade runs: kept-pages-upgrade.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { EXIT, runMirror, type MirrorOptions } from '../../src/mirror/run.js';
import { getState, openDatabase } from '../../src/index/db.js';
import { restoreKeptPages } from '../../src/mirror/index-pass.js';
import { STATE_DB, STATE_DIR } from '../../src/mirror/types.js';
import { miniDump, pageXml, tmpDir } from './helpers.js';

const FAKE = { module: new URL('./fake-converter.js', import.meta.url).href, exportName: 'convertPage' };

const good = (id: number, title: string) => pageXml(id, title, `Text of ${title}.`);

test('an update run keeps the previous version of a page the new dump damaged (its id readable); a page gone for good is removed', async () => {
  const dir = tmpDir('damaged-update');
  const out = path.join(dir, 'out');
  const dump = path.join(dir, 'dump.xml');
  const run = () => runMirror({ dump, outDir: out, jobs: 1, converter: FAKE, progress: null, log: () => {} });
  fs.writeFileSync(dump, miniDump(good(1, 'Alpha') + good(2, 'Beta') + good(3, 'Gamma') + good(4, 'Delta')));
  assert.equal((await run()).exitCode, EXIT.OK);
  const beta = path.join(out, 'Page', 'Beta.md');
  const before = fs.readFileSync(beta, 'utf8');
  // Beta lost its <title>; Delta left the dump.
  fs.writeFileSync(dump, miniDump(good(1, 'Alpha') + pageXml(2, 'Beta', 'Text of Beta.').replace(/\s*<title>Beta<\/title>/, '') + good(3, 'Gamma')));
  const result = await run();
  assert.equal(result.exitCode, EXIT.TRUNCATED);
  assert.equal(fs.readFileSync(beta, 'utf8'), before);
  assert.equal(fs.existsSync(path.join(out, 'Page', 'Delta.md')), false);
  assert.equal(result.report.removedFiles, 1);
  assert.equal(result.report.damagedPages.examples[0]!.problem, 'has no <title>; skipped, previous version kept');
  // Mended in the next dump: converted again as an unchanged page, nothing removed.
  fs.writeFileSync(dump, miniDump(good(1, 'Alpha') + good(2, 'Beta') + good(3, 'Gamma') + ' '));
  const mended = await run();
  assert.equal(mended.exitCode, EXIT.OK);
  assert.equal(fs.readFileSync(beta, 'utf8'), before);
  assert.equal(mended.report.removedFiles, 0);
});

test('a page kept from an earlier run stays in index.tsv, in its categories and in the link index until a dump has it whole', async () => {
  const dir = tmpDir('damaged-kept-listed');
  const out = path.join(dir, 'out');
  const dump = path.join(dir, 'dump.xml');
  const run = (extra: Partial<MirrorOptions> = {}) => runMirror({ dump, outDir: out, jobs: 1, converter: FAKE, progress: null, log: () => {}, ...extra });
  const beta = pageXml(2, 'Beta', 'Text of Beta. [[Category:Letters|b]]');
  fs.writeFileSync(dump, miniDump(good(1, 'Alpha').replace('Text of Alpha.', 'See [[Beta]].') + beta + good(3, 'Gamma')));
  assert.equal((await run()).exitCode, EXIT.OK);
  const listed = () => fs.readFileSync(path.join(out, 'index.tsv'), 'utf8').trimEnd().split('\n').slice(1).map((l) => l.split('\t').slice(0, 2).join(' → '));
  const letters = () => fs.readFileSync(path.join(out, 'Category', 'Letters.md'), 'utf8');
  const alpha = () => fs.readFileSync(path.join(out, 'Page', 'Alpha.md'), 'utf8');
  const whole = { index: listed(), letters: letters() };
  assert.ok(whole.index.includes('Beta → Page/Beta.md'), whole.index.join('\n'));
  assert.match(whole.letters, /\(\.\.\/Page\/Beta\.md\)/);
  // Beta lost its <title>; Alpha changed and is converted again: its link still finds Beta's file.
  fs.writeFileSync(dump, miniDump(pageXml(1, 'Alpha', 'See [[Beta]] again.', { rev: 11 }) + beta.replace(/\s*<title>Beta<\/title>/, '') + good(3, 'Gamma')));
  const damaged = await run();
  assert.equal(damaged.exitCode, EXIT.TRUNCATED);
  assert.equal(damaged.report.damagedPages.examples[0]!.problem, 'has no <title>; skipped, previous version kept');
  assert.deepEqual(listed(), whole.index);
  assert.equal(letters(), whole.letters);
  assert.match(alpha(), /\[Beta\]\(\.\.\/Page\/Beta\.md\)/);
  assert.equal(fs.existsSync(path.join(out, 'Page', 'Beta.md')), true);
  // The same damaged dump under other options: Beta's file was written with the old ones and
  // cannot be converted again from this dump, so it is kept but no longer listed.
  const otherOptions = await run({ frontMatter: true });
  assert.equal(otherOptions.exitCode, EXIT.TRUNCATED);
  assert.ok(!listed().includes('Beta → Page/Beta.md'));
  assert.equal(fs.existsSync(path.join(out, 'Page', 'Beta.md')), true);
  assert.equal(fs.existsSync(path.join(out, 'Category', 'Letters.md')), false);
  // Whole again: listed as before.
  fs.writeFileSync(dump, miniDump(pageXml(1, 'Alpha', 'See [[Beta]] again.', { rev: 11 }) + beta + good(3, 'Gamma')));
  assert.equal((await run()).exitCode, EXIT.OK);
  assert.deepEqual(listed(), whole.index);
  assert.equal(letters(), whole.letters);
});

test('an update run keeps nothing for a skipped page whose title is readable (it may have moved), and an update from a truncated dump removes nothing', async () => {
  const dir = tmpDir('damaged-update-title');
  const out = path.join(dir, 'out');
  const dump = path.join(dir, 'dump.xml');
  const run = () => runMirror({ dump, outDir: out, jobs: 1, converter: FAKE, progress: null, log: () => {} });
  fs.writeFileSync(dump, miniDump(good(1, 'Alpha') + good(2, 'Beta') + good(3, 'Gamma')));
  assert.equal((await run()).exitCode, EXIT.OK);
  // Id 3 now carries a title that is only a namespace prefix: skipped, and Gamma is not kept for it.
  fs.writeFileSync(dump, miniDump(good(1, 'Alpha') + good(2, 'Beta') + pageXml(3, 'Template:', 'x')));
  const moved = await run();
  assert.equal(moved.exitCode, EXIT.TRUNCATED);
  assert.equal(moved.report.damagedPages.examples[0]!.problem, 'its title is a namespace prefix alone; skipped');
  assert.equal(fs.existsSync(path.join(out, 'Page', 'Gamma.md')), false);
  // The whole dump again, then one cut inside Beta: Beta and Gamma's files stay.
  const whole = miniDump(good(1, 'Alpha') + good(2, 'Beta') + good(3, 'Gamma'));
  fs.writeFileSync(dump, whole);
  assert.equal((await run()).exitCode, EXIT.OK);
  fs.writeFileSync(dump, whole.slice(0, whole.indexOf('Text of Beta')));
  const cut = await run();
  assert.equal(cut.exitCode, EXIT.TRUNCATED);
  assert.equal(cut.report.removedFiles, 0);
  assert.equal(fs.existsSync(path.join(out, 'Page', 'Beta.md')), true);
  assert.equal(fs.existsSync(path.join(out, 'Page', 'Gamma.md')), true);
});

test('pages kept with a warning (ns disagreeing, no revision, bytes not UTF-8) are in index.tsv and their categories, on an update run too', async () => {
  const dir = tmpDir('damaged-kept');
  const make = (damaged: boolean): Buffer => {
    let pages = pageXml(1, 'Alpha', 'a [[Category:Things]]');
    pages += pageXml(2, damaged ? 'Category:Misplaced' : 'Misplaced', 'm [[Category:Things]]', { ns: 0 });
    pages += damaged ? '  <page>\n    <title>Bare</title>\n    <ns>0</ns>\n    <id>3</id>\n  </page>\n' : pageXml(3, 'Bare', 'b');
    pages += pageXml(4, 'Bytes', 'QQ [[Category:Things]]');
    pages += pageXml(5, 'Category:Things', 'Things.', { ns: 14 });
    const xml = Buffer.from(miniDump(pages));
    if (damaged) xml.fill(0xff, xml.indexOf('QQ'), xml.indexOf('QQ') + 2);
    return xml;
  };
  const out = path.join(dir, 'out');
  const listed = () => {
    const rows = fs.readFileSync(path.join(out, 'index.tsv'), 'utf8').trimEnd().split('\n').slice(1).map((l) => l.split('\t'));
    const category = fs.readFileSync(path.join(out, rows.find((r) => r[0] === 'Category:Things')![1]!), 'utf8');
    return { titles: rows.map((r) => r[0]), members: [...category.matchAll(/^- \[([^\]]+)\]/gm)].map((m) => m[1]) };
  };
  for (const [step, damaged] of [['fresh', true], ['whole', false], ['update', true]] as const) {
    const dump = path.join(dir, `${step}.xml`);
    fs.writeFileSync(dump, make(damaged));
    const result = await runMirror({ dump, outDir: out, jobs: 1, converter: FAKE, progress: null, log: () => {} });
    assert.equal(result.report.damagedPages.count, damaged ? 3 : 0, step);
    const { titles, members } = listed();
    assert.deepEqual(titles, ['Alpha', 'Bare', 'Bytes', damaged ? 'Category:Misplaced' : 'Misplaced', 'Category:Things'].sort(), step);
    assert.deepEqual(members, ['Alpha', 'Bytes', damaged ? 'Category:Misplaced' : 'Misplaced'].sort(), step);
  }
});

test('an update run stopped during its index pass: the run resumed still keeps the damaged page\'s rows', async () => {
  const dir = tmpDir('damaged-kept-crash');
  const out = path.join(dir, 'out');
  const dump = path.join(dir, 'dump.xml');
  const run = (extra: Partial<MirrorOptions> = {}) => runMirror({ dump, outDir: out, jobs: 1, converter: FAKE, progress: null, log: () => {}, ...extra });
  const listed = () => fs.readFileSync(path.join(out, 'index.tsv'), 'utf8').trimEnd().split('\n').slice(1).map((l) => l.split('\t').slice(0, 2).join(' → '));
  const beta = pageXml(2, 'Beta', 'Text of Beta. [[Category:Letters|b]]');
  fs.writeFileSync(dump, miniDump(good(1, 'Alpha') + beta + good(3, 'Gamma')));
  assert.equal((await run()).exitCode, EXIT.OK);
  const whole = { index: listed(), letters: fs.readFileSync(path.join(out, 'Category', 'Letters.md'), 'utf8') };
  // Beta lost its <title>; the run stops after two pages of the index pass (a crash, not Ctrl-C).
  fs.writeFileSync(dump, miniDump(good(1, 'Alpha') + beta.replace(/\s*<title>Beta<\/title>/, '') + good(3, 'Gamma')));
  const stop = (phase: string, done: number) => {
    if (phase === 'index' && done === 2) throw new Error('stopped');
  };
  await assert.rejects(run({ onProgress: stop }), /stopped/);
  const resumed = await run({ resume: true });
  assert.equal(resumed.exitCode, EXIT.TRUNCATED);
  assert.equal(resumed.report.damagedPages.examples[0]!.problem, 'has no <title>; skipped, previous version kept');
  assert.deepEqual(listed(), whole.index);
  assert.equal(fs.readFileSync(path.join(out, 'Category', 'Letters.md'), 'utf8'), whole.letters);
});

/** Run 1 has Beta (id 5); run 2 a new page BETA (id 3) and Beta without a title. */
async function caseClash(tag: string, secondRun: (run: (extra?: Partial<MirrorOptions>) => ReturnType<typeof runMirror>, out: string) => ReturnType<typeof runMirror>) {
  const dir = tmpDir(tag);
  const out = path.join(dir, 'out');
  const dump = path.join(dir, 'dump.xml');
  const run = (extra: Partial<MirrorOptions> = {}) => runMirror({ dump, outDir: out, jobs: 1, converter: FAKE, progress: null, log: () => {}, ...extra });
  const alpha = pageXml(1, 'Alpha', 'See [[Beta]].');
  fs.writeFileSync(dump, miniDump(alpha + good(5, 'Beta')));
  assert.equal((await run()).exitCode, EXIT.OK);
  const beta = fs.readFileSync(path.join(out, 'Page', 'Beta.md'), 'utf8');
  fs.writeFileSync(dump, miniDump(pageXml(1, 'Alpha', 'See [[Beta]] again.', { rev: 11 }) + good(3, 'BETA') + good(5, 'Beta').replace(/\s*<title>Beta<\/title>/, '')));
  const result = await secondRun(run, out);
  return { out, beta, result };
}

/** What the second run of caseClash leaves, however it got there. */
function assertCaseClashOutcome(out: string, beta: string, result: Awaited<ReturnType<typeof runMirror>>): void {
  assert.equal(result.exitCode, EXIT.TRUNCATED);
  assert.equal(result.report.damagedPages.examples[0]!.problem, 'has no <title>; skipped, previous version kept');
  // Beta's file would be BETA's plain name: it is work the convert pass cannot do from this dump,
  // so Beta is taken out of the index again, and its file is left as it was.
  const rows = fs.readFileSync(path.join(out, 'index.tsv'), 'utf8').trimEnd().split('\n').slice(1).map((l) => l.split('\t').slice(0, 2));
  assert.deepEqual(rows, [['Alpha', 'Page/Alpha.md'], ['BETA', 'Page/BETA.md']]);
  assert.equal(fs.readFileSync(path.join(out, 'Page', 'Beta.md'), 'utf8'), beta);
  assert.match(fs.readFileSync(path.join(out, 'Page', 'BETA.md'), 'utf8'), /Text of BETA\./);
  assert.match(fs.readFileSync(path.join(out, 'Page', 'Alpha.md'), 'utf8'), /\[Beta\]\(https:\/\/[^)]*Beta\)/);
}

test('a kept page whose file a new page takes (its title differs only in case) is not listed, and its file stays', async () => {
  const { out, beta, result } = await caseClash('damaged-kept-case', (run) => run());
  assertCaseClashOutcome(out, beta, result);
});

test('the case-clash path after a run stopped between putting kept pages back and planning: the resumed run still takes Beta out', async () => {
  const { out, beta, result } = await caseClash('damaged-kept-case-crash', async (run, stateOf) => {
    // Stopped as the plan begins; then what restoring did before the stop (one transaction).
    await assert.rejects(run({ onPhase: (phase) => { if (phase === 'plan') throw new Error('stopped'); } }), /stopped/);
    const db = openDatabase(path.join(stateOf, STATE_DIR, STATE_DB));
    try {
      assert.deepEqual(restoreKeptPages(db, getState(db, 'fingerprint')!), [5]);
    } finally {
      db.close();
    }
    return run({ resume: true });
  });
  assertCaseClashOutcome(out, beta, result);
});

test('a redirect to a page kept from an earlier run still leads to it (its stub, the report, links through it)', async () => {
  const dir = tmpDir('damaged-kept-redirect');
  const out = path.join(dir, 'out');
  const dump = path.join(dir, 'dump.xml');
  const run = () => runMirror({ dump, outDir: out, jobs: 1, converter: FAKE, progress: null, log: () => {} });
  const bet = pageXml(4, 'Bet', '#REDIRECT [[Beta]]', { redirect: 'Beta' });
  fs.writeFileSync(dump, miniDump(pageXml(1, 'Alpha', 'See [[Bet]].') + good(2, 'Beta') + good(3, 'Gamma') + bet));
  const whole = await run();
  assert.equal(whole.exitCode, EXIT.OK);
  assert.equal(whole.report.redirects.broken, 0);
  const stub = fs.readFileSync(path.join(out, 'Page', 'Bet.md'), 'utf8');
  // Beta lost its <title>; Alpha changed and is converted again.
  fs.writeFileSync(dump, miniDump(pageXml(1, 'Alpha', 'See [[Bet]] again.', { rev: 11 }) + good(2, 'Beta').replace(/\s*<title>Beta<\/title>/, '') + good(3, 'Gamma') + bet));
  const damaged = await run();
  assert.equal(damaged.exitCode, EXIT.TRUNCATED);
  assert.equal(damaged.report.damagedPages.examples[0]!.problem, 'has no <title>; skipped, previous version kept');
  assert.equal(damaged.report.redirects.broken, 0);
  assert.deepEqual(damaged.report.redirects.problems, []);
  assert.equal(fs.readFileSync(path.join(out, 'Page', 'Bet.md'), 'utf8'), stub);
  assert.match(fs.readFileSync(path.join(out, 'Page', 'Alpha.md'), 'utf8'), /\[Bet\]\(\.\.\/Page\/Beta\.md\)/);
});
