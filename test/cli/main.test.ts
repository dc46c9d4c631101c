/**
 * `wikimark` itself (session 21's audit): help asked for is output (stdout, exit 0); no command is
 * a usage error, its help on stderr (exit 2; it went to stdout, into a script's file); an unknown
 * command names the help; the help's exit codes cover serve (3 no mirror, 4 port, 0 on Ctrl-C).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO } from '../mirror/helpers.js';

const CLI = path.join(REPO, 'dist', 'src', 'cli', 'main.js');
/** Run from the clone's root as `node dist/src/cli/main.js`, which is how the messages name the command. */
function run(args: string[]) {
  const env = { ...process.env };
  delete env.npm_command; // set by npx, which makes the messages say `npx wikimark`
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: REPO, env, timeout: 30_000, killSignal: 'SIGKILL' });
}

test('wikimark with no command: a usage error (exit 2), the help on stderr and nothing on stdout', () => {
  const r = run([]);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^wikimark — MediaWiki wikitext and XML dumps to GitHub-Flavoured Markdown\n\nUsage:\n/);
});

test('wikimark --help, -h and help: the help on stdout, exit 0, nothing on stderr', () => {
  for (const flag of ['--help', '-h', 'help']) {
    const r = run([flag]);
    assert.deepEqual([r.status, r.stderr], [0, ''], flag);
    assert.match(r.stdout, /^wikimark — MediaWiki wikitext/, flag);
  }
});

test("the help's exit codes name serve's: 3 for a folder that is no mirror, 4 for the port, 0 when stopped", () => {
  const help = run(['--help']).stdout;
  assert.ok(help.includes('for serve OUTDIR is no mirror)'), help);
  assert.ok(help.includes('4  output could not be written (for serve: the port cannot be used)'), help);
  assert.ok(help.includes('(serve stopped with Ctrl-C exits 0)'), help);
});

test('an unknown command: exit 2, one line on stderr naming --help', () => {
  const r = run(['frob']);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, "wikimark: unknown command 'frob' (try 'node dist/src/cli/main.js --help')\n");
});
