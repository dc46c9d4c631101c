import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { CONVERT_HELP, jobsNote, parseConvertArgs } from '../../src/cli/convert.js';
import { variantNote } from '../../src/mirror/variant.js';
import { EXIT, MirrorError } from '../../src/mirror/run.js';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { openDatabase, setState } from '../../src/index/db.js';
import { defaultJobs } from '../../src/mirror/worker-settings.js';
import { miniDump, pageXml, REPO, SAMPLE, tmpDir } from './helpers.js';
import { converterEnv, runConvertCli } from './cli.js';
import { readTree } from './tree.js';

test('options parse; bad ones are usage errors', () => {
  const o = parseConvertArgs(['d.xml', '-o', 'out', '--jobs', '3', '--namespaces', '0,14,4', '--raw-namespaces', '10,828', '--min-size', '1024', '--no-attribution', '--images', 'link', '--variant', 'zh-tw', '--resume'])!;
  assert.deepEqual(
    [o.dump, o.outDir, o.jobs, o.namespaces, o.rawNamespaces, o.minSize, o.attribution, o.images, o.variant, o.resume],
    ['d.xml', 'out', 3, [0, 14, 4], [10, 828], 1024, false, 'link', 'zh-tw', true],
  );
  assert.equal(parseConvertArgs(['--help']), null);
  for (const bad of [['d.xml'], ['-o', 'x'], ['d.xml', '-o', 'x', '--jobs', '0'], ['d.xml', '-o', 'x', '--images', 'big'], ['d.xml', '-o', 'x', '--namespaces', 'main'], ['d.xml', '-o', 'x', '--bogus'], ['d.xml', '-o', 'x', '--variant', 'zh-xx'], ['d.xml', '-o', 'x', '--variant', 'zh']]) {
    assert.throws(() => parseConvertArgs(bad), (err: unknown) => err instanceof MirrorError && err.exitCode === EXIT.USAGE, bad.join(' '));
  }
  for (const code of ['0 ', '1 ', '2 ', '3 ', '4 ', '70 ', '130']) assert.ok(CONVERT_HELP.includes(`\n  ${code}`), code);
});

test("an option of 'wikimark page' given to convert says why convert has none (the dump's siteinfo gives the language)", () => {
  const message = (argv: string[]) => {
    try {
      parseConvertArgs(argv);
    } catch (err) {
      assert.ok(err instanceof MirrorError && err.exitCode === EXIT.USAGE);
      return err.message;
    }
    assert.fail(`${argv.join(' ')} was accepted`);
  };
  assert.equal(
    message(['d.xml', '-o', 'out', '--lang', 'ja']),
    "unknown option '--lang' (a 'wikimark page' option; in convert the wiki's language, address and namespaces come from the dump's <siteinfo>)",
  );
  assert.match(message(['d.xml', '-o', 'out', '--title=X']), /^unknown option '--title' \(a 'wikimark page' option; in convert every page takes its title from the dump\)$/);
  assert.equal(message(['d.xml', '-o', 'out', '--bogus']), "unknown option '--bogus'");
});

test('--variant is kept in one spelling (zh-TW and zh-Hant-TW are zh-tw), so an update spelled otherwise is no new set of options', () => {
  for (const given of ['zh-tw', 'zh-TW', 'zh-Hant-TW']) {
    assert.equal(parseConvertArgs(['d.xml', '-o', 'out', '--variant', given])!.variant, 'zh-tw', given);
  }
  assert.equal(parseConvertArgs(['d.xml', '-o', 'out', '--variant', 'ZH-HANS'])!.variant, 'zh-hans');
  assert.equal(parseConvertArgs(['d.xml', '-o', 'out'])!.variant, null);
});

test('--jobs above the core count gets a note saying the extra workers only cost time and memory', () => {
  assert.equal(jobsNote(undefined, 2), null);
  assert.equal(jobsNote(2, 2), null);
  assert.equal(jobsNote(64, 2), '--jobs 64 is more than the 2 cores here; conversion keeps a core busy per worker, so the extra workers only cost start-up time and memory');
  assert.match(jobsNote(2, 1)!, /^--jobs 2 is more than the 1 core here;/);
  // The CLI prints it (a missing dump then stops the run at once), and -q keeps it quiet.
  const many = String(defaultJobs() + 1);
  const cli = (extra: string[]) => spawnSync(process.execPath, [path.join(REPO, 'dist', 'src', 'cli', 'main.js'), 'convert', path.join(tmpDir('jobs-note'), 'absent.xml'), '-o', path.join(tmpDir('jobs-note-out'), 'm'), '-j', many, ...extra], { encoding: 'utf8' });
  const loud = cli([]);
  assert.equal(loud.status, EXIT.INPUT, loud.stderr);
  assert.match(loud.stderr, new RegExp(`^wikimark convert: note: --jobs ${many} is more than the `));
  assert.doesNotMatch(cli(['-q']).stderr, /note: --jobs/);
});

test('not a dump, missing file: one line and exit 3; nothing written before is lost', async () => {
  const dir = tmpDir('bad');
  const notDump = path.join(dir, 'page.html');
  fs.writeFileSync(notDump, '<html><body>not a dump</body></html>\n');
  const out = path.join(dir, 'out');
  const r = await runConvertCli([notDump, '-o', out, '--quiet']);
  assert.equal(r.code, EXIT.INPUT);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, /not a MediaWiki XML export/);
  const missing = await runConvertCli([path.join(dir, 'nope.xml'), '-o', out, '--quiet']);
  assert.equal(missing.code, EXIT.INPUT);
  assert.match(missing.stderr, /ENOENT/);
  // Nothing is created for a dump that is not there (a mistyped path left out/.wikimark behind).
  const fresh = path.join(dir, 'fresh-out');
  const missing2 = await runConvertCli([path.join(dir, 'nope.xml'), '-o', fresh, '--quiet']);
  assert.equal(missing2.code, EXIT.INPUT);
  assert.equal(fs.existsSync(fresh), false);
  // More things that are not dumps: empty, binary, compressed non-XML, XML of another kind, a
  // dump whose XML breaks mid-way (an element that is not a page between pages; a damaged page
  // inside its <page> is skipped, see dumps-damaged.test.ts). Each: one line on stderr, exit 3.
  const cases: Array<[string, Buffer | string]> = [
    ['empty.xml', ''],
    ['random.bin', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
    ['text.bz2', execFileSync('bzip2', ['-c'], { input: 'just some text\n'.repeat(100) })],
    ['feed.xml', '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>x</title></channel></rss>\n'],
    ['broken.xml', fs.readFileSync(SAMPLE, 'utf8').replace(/<\/page>\s*<page>/, '</page>\n<pagex><title>&bogus;</title></pagex>\n<page>')],
  ];
  for (const [name, content] of cases) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    const r = await runConvertCli([file, '-o', path.join(dir, `out-${name}`), '--quiet']);
    assert.equal(r.code, EXIT.INPUT, `${name}: ${r.stderr}`);
    assert.equal(r.stderr.trim().split('\n').length, 1, `${name}: ${r.stderr}`);
    assert.match(r.stderr, /^wikimark convert: /, name);
    // A first run leaves nothing behind: no OUTDIR it made, no half-made index in one that was there.
    assert.equal(fs.existsSync(path.join(dir, `out-${name}`)), false, name);
  }
  const empty = path.join(dir, 'empty-out');
  fs.mkdirSync(empty);
  assert.equal((await runConvertCli([notDump, '-o', empty, '--quiet'])).code, EXIT.INPUT);
  assert.deepEqual(fs.readdirSync(empty), []);
});

test('stdin gives the same mirror as the file', async () => {
  const a = tmpDir('file');
  const b = tmpDir('stdin');
  assert.equal((await runConvertCli([SAMPLE, '-o', a, '--quiet'])).code, 0);
  const r = await runConvertCli(['-', '-o', b, '--quiet'], { input: SAMPLE });
  assert.equal(r.code, 0, r.stderr);
  const ta = readTree(a);
  const tb = readTree(b);
  for (const t of [ta, tb]) {
    t.delete('report.json');
    t.delete('REPORT.md');
  }
  assert.deepEqual([...tb.keys()], [...ta.keys()]);
  for (const [f, c] of ta) assert.equal(tb.get(f), c, f);
  assert.ok(!fs.existsSync(path.join(b, '.wikimark', 'stdin.dump')));
  // Compressed on stdin: detected by its bytes, spooled, read again for the conversion step.
  const bz = path.join(tmpDir('bz'), 'sample.xml.bz2');
  fs.writeFileSync(bz, execFileSync('bzip2', ['-c', SAMPLE]));
  const c = tmpDir('stdin-bz2');
  const rb = await runConvertCli(['-', '-o', c, '--quiet'], { input: bz });
  assert.equal(rb.code, 0, rb.stderr);
  const tc = readTree(c);
  const report = JSON.parse(tc.get('report.json')!);
  assert.equal(report.run.feed, 'sequential');
  tc.delete('report.json');
  tc.delete('REPORT.md');
  assert.deepEqual([...tc.keys()], [...ta.keys()]);
  for (const [f, content] of ta) assert.equal(tc.get(f), content, f);
});

test('progress: plain periodic lines when stderr is not a terminal, a redrawn bar on a terminal', async (t) => {
  const plain = await runConvertCli([SAMPLE, '-o', tmpDir('plain')], { env: { WIKIMARK_PROGRESS_MS: '0' } });
  assert.equal(plain.code, 0, plain.stderr);
  assert.doesNotMatch(plain.stderr, /[\r\x1b]/);
  assert.match(plain.stderr, /^convert: \d+\.\d%, \d+ pages, \d+ pages\/s, [\d.]+ MB\/s, ETA (\d+ (s|min|h)( \d+ (s|min))?|\?)$/m);
  assert.match(plain.stderr, /^index: \d+ pages, \d+ redirects, [\d.]+ kB of XML$/m); // the sample: 38 pages, not "0.0 MB"
  assert.match(plain.stderr, /^convert: \d+ pages converted \(0 unchanged\)/m);
  assert.match(plain.stdout, /^Mirror written to .*\/REPORT\.md/);

  let script: string | null = null;
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    script = 'script';
  } catch {
    return t.skip('util-linux script (to run under a terminal) not found');
  }
  const out = tmpDir('tty');
  const main = `${REPO}/dist/src/cli/main.js`;
  const typescript = execFileSync(script, ['-qec', `${process.execPath} ${main} convert ${SAMPLE} -o ${out}`, '/dev/null'], {
    env: { ...process.env, ...converterEnv(), WIKIMARK_PROGRESS_MS: '0' },
    encoding: 'utf8',
  });
  assert.match(typescript, /\r\x1b\[2Kconvert \[[#-]{24}\] \d+\.\d% \d+ pages, \d+ pages\/s, [\d.]+ MB\/s, ETA /);
  assert.match(typescript, /\r\x1b\[2Kconvert: \d+ pages converted/);
  assert.doesNotMatch(typescript, /^convert: \d+\.\d%/m, 'no plain lines on a terminal');
});

test('stdout closed early (`wikimark convert … | head -0`): the mirror is written, exit 0, no EPIPE stack', async () => {
  const out = tmpDir('cli-closed-stdout');
  // Through the real entry point: it lets the event loop drain, so a late 'error' on stdout surfaces.
  const child = spawn(process.execPath, [path.join(REPO, 'dist', 'src', 'cli', 'main.js'), 'convert', SAMPLE, '-o', out, '-q'], {
    env: { ...process.env, ...converterEnv() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.doesNotMatch(stderr, /EPIPE|Unhandled/);
  assert.equal(code, 0, stderr);
  assert.ok(fs.existsSync(path.join(out, 'REPORT.md')));
  fs.rmSync(out, { recursive: true, force: true });
});

test('the commands printed for the user run as the user started us: node dist/src/cli/main.js in a clone, with --resume after an interruption', async () => {
  const out = tmpDir('cli-self');
  const env = { ...process.env, ...converterEnv() };
  delete env.npm_command; // set under npx, which makes the commands read `npx wikimark`
  const main = (args: string[]) => spawnSync(process.execPath, ['dist/src/cli/main.js', 'convert', ...args], { cwd: REPO, env, encoding: 'utf8' });
  try {
    const done = main([SAMPLE, '-o', out, '-q']);
    assert.equal(done.status, 0, done.stderr);
    assert.equal(done.stdout, `Mirror written to ${out} — start with ${out}/REPORT.md and index.tsv, or read it in a browser: node dist/src/cli/main.js serve ${out}\n`);
    // OUTDIR holding a run that was stopped: refused, with the command that continues it.
    const db = openDatabase(path.join(out, '.wikimark', 'wikimark.sqlite'));
    setState(db, 'status', 'running');
    db.close();
    const refused = main([SAMPLE, '-o', out, '-q']);
    assert.equal(refused.status, EXIT.OUTPUT);
    assert.equal(refused.stderr, `wikimark convert: ${out} holds an interrupted run: add --resume to continue it, or choose another directory\nto continue: node dist/src/cli/main.js convert --resume ${SAMPLE} -o ${out} -q\n`);
    // After a `--`, an appended --resume would be a file name: it goes right after `convert`.
    const dashed = main(['-o', out, '-q', '--', SAMPLE]);
    assert.equal(dashed.status, EXIT.OUTPUT);
    assert.match(dashed.stderr, new RegExp(`\nto continue: node dist/src/cli/main\\.js convert --resume -o ${out} -q -- ${SAMPLE}\n$`));
    const resumed = main(['--resume', '-o', out, '-q', '--', SAMPLE]);
    assert.equal(resumed.status, 0, resumed.stderr);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});

test('convert --variant on a dump of a wiki that is not Chinese (a file or standard input): a note, the mirror written and recorded without it, an update without it redoes nothing', { timeout: 120_000 }, async () => {
  for (const [lang, stdin] of [['ja', false], ['kk', false], ['ja', true]] as const) {
    const dir = tmpDir(`variant-${lang}${stdin ? '-stdin' : ''}`);
    const dump = path.join(dir, 'dump.xml');
    fs.writeFileSync(dump, miniDump(pageXml(1, 'Alpha', '计算机'), lang));
    const out = path.join(dir, 'out');
    const r = await runConvertCli([stdin ? '-' : dump, '-o', out, '-j', '1', '--variant', 'zh-tw'], stdin ? { input: dump } : {});
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, new RegExp(`^note: --variant zh-tw has no effect on a '${lang}' wiki \\(the dump's siteinfo\\): scripts are converted on the Chinese wiki \\(zh\\) only; the mirror is written without it$`, 'm'));
    // kk has variants of its own: kept, the flag had the Chinese tables convert its text (計算機).
    assert.match(fs.readFileSync(path.join(out, 'Page', 'Alpha.md'), 'utf8'), /计算机/, lang);
    const report = JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8')) as { options: { variant: string | null } };
    assert.equal(report.options.variant, null, `${lang}: the recorded options hold no variant`);
    const update = await runConvertCli([stdin ? '-' : dump, '-o', out, '-j', '1'], stdin ? { input: dump } : {});
    assert.equal(update.code, 0, update.stderr);
    const again = JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8')) as { run: { convertedThisRun: number } };
    assert.equal(again.run.convertedThisRun, 0, `${lang}${stdin ? ' (stdin)' : ''}: the update without --variant redoes nothing`);
  }
  assert.equal(variantNote('zh-tw', 'zh'), null);
  assert.equal(variantNote('ZH-TW', 'zh'), null);
  // Chinese-language wikis with no converter in MediaWiki: noted and dropped, as the engine converts nothing there.
  for (const lang of ['zh-yue', 'zh-classical', 'sr']) assert.match(variantNote('zh-tw', lang) ?? '', new RegExp(`^--variant zh-tw has no effect on a '${lang}' wiki`), lang);
  assert.equal(variantNote(null, 'ja'), null);
});
