/**
 * What a user sees when the command line or the output goes wrong: one short line and the
 * documented exit code (2 usage, 3 input, 4 output), never node's multi-line advice or a stack.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { argsError, ioReason, selfCommand } from '../../src/cli/args.js';
import { REPO } from '../mirror/helpers.js';

const CLI = path.join(REPO, 'dist', 'src', 'cli', 'main.js');

function parseError(args: string[]): unknown {
  try {
    parseArgs({ args, allowPositionals: true, options: { title: { type: 'string' }, output: { type: 'string', short: 'o' } } });
  } catch (err) {
    return err;
  }
  assert.fail('no error');
}

test('parseArgs errors become one short line', () => {
  assert.equal(argsError(parseError(['--bogus'])), "unknown option '--bogus'");
  assert.equal(argsError(parseError(['--title'])), "option '--title' needs a value");
  assert.equal(argsError(parseError(['-o'])), "option '--output' needs a value");
  assert.equal(argsError(parseError(['--title', '-x'])), "option '--title' takes a value; for a value starting with '-' write --title=VALUE");
  assert.equal(argsError(new Error('first\nsecond')), 'first');
});

test('file errors: the words, then the code', () => {
  let err: unknown;
  try {
    fs.readFileSync('/nonexistent/wikimark');
  } catch (e) {
    err = e;
  }
  assert.equal(ioReason(err), 'no such file or directory (ENOENT)');
});

/** Run from the clone's root, not under npx: commands in messages read `node dist/src/cli/main.js`. */
function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  delete env.npm_command;
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input: "'''x'''\n", cwd: REPO, env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('wikimark page / convert: usage errors are one line and exit 2', () => {
  for (const args of [['page', '--bogus'], ['page', '--title'], ['page', '--title', '-x'], ['convert', 'd.xml', '-o', 'o', '--min-size', '-5']]) {
    const r = run(args);
    assert.equal(r.code, 2, args.join(' '));
    const lines = r.stderr.trim().split('\n').filter((l) => !l.startsWith('Try '));
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0]!, /^wikimark (page|convert): (unknown option|option '--)/);
  }
  const missing = run(['page', '/nonexistent/p.wikitext']);
  assert.equal(missing.code, 3);
  assert.equal(missing.stderr, 'wikimark page: cannot read /nonexistent/p.wikitext: no such file or directory (ENOENT)\n');
});

test('wikimark page: a full disk is one line and exit 4; a reader that stops early is no error', async (t) => {
  if (!fs.existsSync('/dev/full')) return t.skip('no /dev/full');
  const out = fs.openSync('/dev/full', 'w');
  try {
    const r = spawnSync(process.execPath, [CLI, 'page', '-'], { input: "'''x'''\n", stdio: ['pipe', out, 'pipe'], encoding: 'utf8' });
    assert.equal(r.status, 4, r.stderr);
    assert.equal(r.stderr, 'wikimark page: cannot write standard output: no space left on device (ENOSPC)\n');
  } finally {
    fs.closeSync(out);
  }
  // stdout closed before the page is written (as `| head -0` does): no stack trace.
  const big = "'''x''' text\n\n".repeat(200_000);
  const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [CLI, 'page', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.destroy();
    child.stdin.end(big);
    child.on('close', (code) => resolve({ code, stderr }));
  });
  assert.equal(r.stderr, '');
  assert.equal(r.code, 0);
});

test('wikimark page --lang: any wiki code works; one without built-in settings says so; a malformed one is a usage error', () => {
  const fr = run(['page', '-', '--lang', 'fr']);
  assert.equal(fr.code, 0);
  assert.equal(fr.stdout.trim(), '**x**');
  assert.match(fr.stderr, /no built-in settings for 'fr'.*https:\/\/fr\.wikipedia\.org\/wiki\//);
  // Built-in languages, and codes whose base is built in, convert without a note.
  for (const lang of ['ja', 'zh-yue']) assert.equal(run(['page', '-', '--lang', lang]).stderr, '', lang);
  assert.equal(run(['page', '-', '--lang', 'fr', '-q']).stderr, '');
  for (const bad of ['x y', '../zh', 'z']) {
    const r = run(['page', '-', '--lang', bad]);
    assert.equal(r.code, 2, bad);
    assert.match(r.stderr, /^wikimark page: --lang takes a wiki language code[^\n]*\nTry 'node dist\/src\/cli\/main\.js page --help'\.\n$/, bad);
  }
});

test('selfCommand: the command as the user can type it again', () => {
  const [argv1, npmCommand, cwd] = [process.argv[1], process.env.npm_command, process.cwd()];
  const as = (script: string, npm?: string) => {
    process.argv[1] = script;
    if (npm === undefined) delete process.env.npm_command;
    else process.env.npm_command = npm;
    return selfCommand();
  };
  try {
    process.chdir(REPO);
    assert.equal(as(CLI), 'node dist/src/cli/main.js');
    assert.equal(as(CLI, 'exec'), 'npx wikimark');
    assert.equal(as('/usr/local/bin/wikimark'), 'wikimark');
    // From a project's own node_modules (an npm script, or .bin run by hand): not on PATH.
    assert.equal(as('/home/u/proj/node_modules/.bin/wikimark', 'run-script'), 'npx wikimark');
    assert.equal(as('/home/u/proj/node_modules/wikimark/dist/src/cli/main.js'), 'npx wikimark');
  } finally {
    process.argv[1] = argv1!;
    if (npmCommand === undefined) delete process.env.npm_command;
    else process.env.npm_command = npmCommand;
    process.chdir(cwd);
  }
});

test('usage errors point to --help as the user started us', () => {
  for (const command of ['page', 'convert', 'serve']) {
    const r = run([command, '--bogus']);
    assert.equal(r.code, 2, command);
    assert.equal(r.stderr, `wikimark ${command}: unknown option '--bogus'\nTry 'node dist/src/cli/main.js ${command} --help'.\n`);
  }
  const unknown = run(['covert']);
  assert.equal(unknown.code, 2);
  assert.equal(unknown.stderr, "wikimark: unknown command 'covert' (try 'node dist/src/cli/main.js --help')\n");
});
