/** `wikimark serve` as users run it: help, usage errors, a non-mirror, and start → Ctrl-C → exit 0. */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { REPO, SAMPLE, tmpDir } from '../mirror/helpers.js';
import { runMirror } from '../../src/mirror/run.js';
import { rawGet, removeMirror, sampleMirror } from './helpers.js';
import { openDatabase, setState } from '../../src/index/db.js';
import { shellWord } from '../../src/cli/args.js';
import { RESUME_STATE, STATE_DB, STATE_DIR } from '../../src/mirror/types.js';

const MAIN = path.join(REPO, 'dist', 'src', 'cli', 'main.js');
const scratch: string[] = [];
after(() => scratch.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // From the clone's root, not under npx: the messages then spell the command node dist/src/cli/main.js.
    const env = { ...process.env };
    delete env.npm_command;
    const child = spawn(process.execPath, [MAIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], cwd: REPO, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

test('serve --help, and serve listed in wikimark --help', async () => {
  const help = await run(['serve', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: wikimark serve OUTDIR \[options\]/);
  assert.match(help.stdout, /--port N/);
  // The reader lays maths out with KaTeX (render-maths.ts): the help once said it showed TeX source.
  assert.match(help.stdout, /Maths is laid\s+out by KaTeX/);
  assert.doesNotMatch(help.stdout, /Maths \(\$…\$\) is\s+shown as its TeX source/);
  assert.match((await run(['--help'])).stdout, /\n  serve +browse and search a mirror/);
});

test('usage errors exit 2; a directory that is not a mirror exits 3', async () => {
  const missing = await run(['serve']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^wikimark serve: missing OUTDIR/);
  const badPort = await run(['serve', '.', '--port', 'http']);
  assert.equal(badPort.code, 2);
  assert.match(badPort.stderr, /--port takes a number/);
  const empty = tmpDir('reader-empty');
  scratch.push(empty);
  const notMirror = await run(['serve', empty]);
  assert.equal(notMirror.code, 3);
  assert.match(notMirror.stderr, /is not a Wikimark mirror \(no index\.tsv\)/);
});

test('serve on the wrong folder says which slip it is and what to run instead; a port in use says how to pick another', async () => {
  const dir = tmpDir('reader-slips');
  scratch.push(dir);
  const missing = await run(['serve', path.join(dir, 'mirorr')]);
  assert.equal(missing.code, 3);
  assert.equal(missing.stderr, `wikimark serve: ${path.join(dir, 'mirorr')} does not exist; give the folder a convert run wrote (node dist/src/cli/main.js convert DUMP -o OUTDIR)\n`);
  // A convert run that was interrupted before it wrote index.tsv: resumed with its own options.
  const unfinished = path.join(dir, 'un finished');
  fs.mkdirSync(path.join(unfinished, '.wikimark'), { recursive: true });
  const interrupted = await run(['serve', unfinished]);
  assert.equal(interrupted.code, 3);
  // (Its state holds no command: written before runs recorded one.)
  assert.equal(interrupted.stderr, `wikimark serve: ${unfinished} is not a Wikimark mirror yet (no index.tsv): the convert run writing it was stopped (interrupted, or it failed) before it finished; the pages it converted are saved. Finish it by running convert again with the dump and options it was started with, and --resume: node dist/src/cli/main.js convert DUMP -o '${unfinished}' … --resume\n`);
  // One still running (its lock names a live process: this one) is to be waited for, not resumed.
  fs.writeFileSync(path.join(unfinished, '.wikimark', 'run.lock'), `${process.pid}\n`);
  const running = await run(['serve', unfinished]);
  assert.equal(running.code, 3);
  assert.equal(running.stderr, `wikimark serve: ${unfinished} is not a Wikimark mirror yet (no index.tsv): a convert run (process ${process.pid}) is still writing it; serve it once that run has finished\n`);
  // A path that cannot be looked at is not called missing: under a file (ENOTDIR), or, unless we
  // are root, under a folder we may not enter (EACCES).
  const file = path.join(dir, 'file');
  fs.writeFileSync(file, '');
  const underFile = await run(['serve', path.join(file, 'mirror')]);
  assert.equal(underFile.code, 3);
  assert.equal(underFile.stderr, `wikimark serve: cannot look at ${path.join(file, 'mirror')}: not a directory (ENOTDIR)\n`);
  if (process.getuid?.() !== 0) {
    const locked = path.join(dir, 'locked');
    fs.mkdirSync(locked, { mode: 0o000 });
    const denied = await run(['serve', path.join(locked, 'mirror')]);
    fs.chmodSync(locked, 0o700);
    assert.equal(denied.code, 3);
    assert.equal(denied.stderr, `wikimark serve: cannot look at ${path.join(locked, 'mirror')}: permission denied (EACCES)\n`);
  }
  // The Page/ folder of a mirror rather than the mirror.
  fs.mkdirSync(path.join(dir, 'mirror', '.wikimark'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'mirror', 'Page'));
  fs.writeFileSync(path.join(dir, 'mirror', 'index.tsv'), 'title\tfile\tkind\n');
  const inside = await run(['serve', path.join(dir, 'mirror', 'Page')]);
  assert.equal(inside.code, 3);
  assert.equal(inside.stderr, `wikimark serve: ${path.join(dir, 'mirror', 'Page')} is a folder inside the mirror ${path.join(dir, 'mirror')}; serve the mirror itself: node dist/src/cli/main.js serve ${path.join(dir, 'mirror')}\n`);

  const busy = http.createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', () => resolve()));
  try {
    const port = String((busy.address() as AddressInfo).port);
    const inUse = await run(['serve', path.join(dir, 'mirror'), '--port', port]);
    assert.equal(inUse.code, 4);
    assert.equal(inUse.stderr, `wikimark serve: cannot listen on 127.0.0.1:${port}: the port is in use (EADDRINUSE); choose another with --port N, or --port 0 for any free one\n`);
  } finally {
    busy.close();
  }
});

test('serve prints its URL, answers, and stops cleanly on SIGINT', async () => {
  const out = await sampleMirror();
  try {
    const child = spawn(process.execPath, [MAIN, 'serve', out, '--port', '0', '-q'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        stdout += d;
        const m = /at (http:\/\/127\.0\.0\.1:(\d+)\/)/.exec(stdout);
        if (m) resolve(m[1]!);
      });
      child.on('close', () => reject(new Error(`exited early: ${stderr}`)));
    });
    const home = await rawGet(Number(new URL(url).port), '/');
    assert.equal(home.status, 200);
    assert.match(home.body, /Wikipedia \(zh\)/);
    const code = await new Promise<number | null>((resolve) => {
      child.on('close', resolve);
      child.kill('SIGINT');
    });
    assert.equal(code, 0);
    assert.equal(stderr, 'stopped\n');
  } finally {
    removeMirror(out);
  }
});

/** Starts `serve OUTDIR --port 0`, waits until stderr matches `until`, sends SIGINT; exit code and output. */
async function serveUntil(out: string, until: RegExp, env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [MAIN, 'serve', out, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let stderr = '';
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  await new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (d) => {
      stderr += d;
      if (until.test(stderr)) resolve();
    });
    void closed.then(() => reject(new Error(`exited early: ${stderr}`)));
  });
  child.kill('SIGINT');
  return { code: await closed, stderr };
}

test('Ctrl-C in the middle of the index build keeps what was indexed; the next start continues', async () => {
  const out = await sampleMirror();
  try {
    // Test hook: 5 files a batch, and the worker waits after 2 batches, as if busy for hours.
    const first = await serveUntil(out, /full-text index: 10\/33 pages/, { WIKIMARK_SERVE_TEST_PAUSE: '5:2' });
    assert.equal(first.code, 0);
    assert.equal(first.stderr.split('\n').filter((l) => l.startsWith('full-text index: ')).length, 2, first.stderr);
    assert.match(first.stderr, /full-text index: 5\/33 pages \(15 %\), \d+ pages\/s, ETA [^—]+— search answers from what is indexed\n/);
    assert.match(first.stderr, /\nfull-text index stopped at 10\/33 pages; the next start continues\nstopped\n$/);
    const second = await serveUntil(out, /full-text index ready/);
    assert.equal(second.code, 0);
    assert.match(second.stderr, /\nfull-text index ready: 23 pages indexed, 10 unchanged, 0 removed, in \d+ s\n/);
    const third = await serveUntil(out, /full-text index up to date/);
    assert.match(third.stderr, /^full-text index up to date \(33 pages\)\nstopped\n$/);
  } finally {
    removeMirror(out);
  }
});

test('serve on a mirror whose run was interrupted while indexing gives the exact command that finishes it, and that command does', async () => {
  const dir = tmpDir('reader-resume');
  scratch.push(dir);
  const out = path.join(dir, 'half done');
  const dump = path.join(dir, "sample's dump.xml");
  fs.copyFileSync(SAMPLE, dump);
  // Interrupted while its index is built (the first page read): no page converted, no index.tsv.
  // --attribution is the zh default, but given: the command repeats it.
  const stop = new AbortController();
  const interrupt = (phase: string) => {
    if (phase !== 'index') return;
    stop.abort();
    throw new Error('interrupted by the test');
  };
  const first = await runMirror({ dump, outDir: out, jobs: 1, progress: null, log: () => {}, variant: 'zh-tw', namespaces: [0], attribution: true, signal: stop.signal, onProgress: interrupt }).catch((err: { exitCode?: number }) => err);
  assert.equal(first.exitCode, 130);
  assert.equal(fs.existsSync(path.join(out, 'index.tsv')), false);
  const served = await run(['serve', out]);
  assert.equal(served.code, 3);
  const prefix = `wikimark serve: ${out} is not a Wikimark mirror yet (no index.tsv): the convert run writing it was stopped (interrupted, or it failed) before it finished; no page was converted yet. Finish it with: `;
  assert.ok(served.stderr.startsWith(prefix), served.stderr);
  const command = served.stderr.slice(prefix.length).trimEnd();
  const made = `node dist/src/cli/main.js convert '${dump.replace(/'/g, `'\\''`)}' -o '${out}' --namespaces 0 --variant zh-tw --attribution`;
  assert.equal(command, `${made} --resume`);
  assert.equal(await runInShell(command), 0);
  assert.ok(fs.existsSync(path.join(out, 'index.tsv')));
  // Finished, then its index.tsv lost: nothing to resume, so the advice is the command that made it.
  fs.rmSync(path.join(out, 'index.tsv'));
  const lost = await run(['serve', out]);
  assert.equal(lost.stderr, `wikimark serve: ${out} is not a Wikimark mirror (no index.tsv), and no convert run into it is left unfinished to resume; make it again with: ${made}\n`);
});

test('serve on a mirror interrupted while converting says its pages are saved; the attribution default is not repeated', async () => {
  const dir = tmpDir('reader-resume-pages');
  scratch.push(dir);
  const out = path.join(dir, 'mirror');
  const stop = new AbortController();
  const interrupt = (phase: string, done: number) => {
    if (phase === 'convert' && done > 0) stop.abort();
  };
  const first = await runMirror({ dump: SAMPLE, outDir: out, jobs: 1, progress: null, log: () => {}, signal: stop.signal, onProgress: interrupt }).catch((err: { exitCode?: number }) => err);
  assert.equal(first.exitCode, 130);
  const served = await run(['serve', out]);
  assert.equal(served.stderr, `wikimark serve: ${out} is not a Wikimark mirror yet (no index.tsv): the convert run writing it was stopped (interrupted, or it failed) before it finished; the pages it converted are saved. Finish it with: node dist/src/cli/main.js convert ${shellWord(SAMPLE)} -o ${shellWord(out)} --resume\n`);
});

test('serve on an unfinished run whose recorded command is malformed advises as for no record, and does not crash', async () => {
  const dir = tmpDir('reader-resume-bad');
  scratch.push(dir);
  const out = path.join(dir, 'mirror');
  fs.mkdirSync(path.join(out, STATE_DIR), { recursive: true });
  const db = openDatabase(path.join(out, STATE_DIR, STATE_DB));
  setState(db, 'status', 'running');
  const noRecord = `wikimark serve: ${out} is not a Wikimark mirror yet (no index.tsv): the convert run writing it was stopped (interrupted, or it failed) before it finished; no page was converted yet. Finish it by running convert again with the dump and options it was started with, and --resume: node dist/src/cli/main.js convert DUMP -o ${shellWord(out)} … --resume\n`;
  try {
    for (const record of ['{"dump":"/d.xml","args":"--front-matter"}', '{"dump":7,"args":[]}', '{"dump":"/d.xml","args":[1]}', 'null', '{"dump":', '"x"']) {
      setState(db, RESUME_STATE, record);
      const served = await run(['serve', out]);
      assert.equal(served.code, 3, record);
      assert.equal(served.stderr, noRecord, record);
    }
  } finally {
    db.close();
  }
});

function runInShell(command: string): Promise<number> {
  // Run as a shell would (from the clone's root, where the message says `node dist/…`).
  return new Promise<number>((resolve) => {
    const env = { ...process.env };
    delete env.npm_command;
    spawn('sh', ['-c', command.replace(/^node /, `${shellQuote(process.execPath)} `)], { cwd: REPO, env, stdio: 'ignore' }).on('close', (code) => resolve(code ?? -1));
  });
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
