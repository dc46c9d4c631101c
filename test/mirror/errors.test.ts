/** errorWithPlace: one line saying what failed and where, for errors a converter throws while loading. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { errorWithPlace } from '../../src/mirror/errors.js';
import { tmpDir } from './helpers.js';

/** The error importing `source` as a module at `dir/name` throws. */
async function importError(dir: string, name: string, source: string): Promise<Error> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(file, source);
  const err = await import(pathToFileURL(file).href).then(() => null, (e: unknown) => e);
  assert.ok(err instanceof Error);
  return err;
}

test('a module that throws while loading: the message and its file, line and column, from a path with parentheses and spaces', async () => {
  const dir = path.join(tmpDir('errors'), 'dir (x) and y');
  const err = await importError(dir, 'wrapper.mjs', "const zone = undefined;\nif (!zone) throw new Error('bad TZ\\nsecond line');\n");
  // The stack holds a file: URL with %20 and parentheses in it; the place is the file's path.
  assert.equal(errorWithPlace(err), `bad TZ (at ${path.join(dir, 'wrapper.mjs')}:2:18)`);
});

test('a module that does not compile: no place of its own (Node gives only node: frames), so the fallback is named', async () => {
  const dir = tmpDir('errors-syntax');
  const file = path.join(dir, 'broken.mjs');
  const err = await importError(dir, 'broken.mjs', 'export function f( { return 1; }\n');
  assert.doesNotMatch(errorWithPlace(err), /\(at /);
  assert.match(errorWithPlace(err, { ownFile: '/nowhere/worker.js', instead: file }), new RegExp(`^\\S.* \\(in ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)$`));
});

test('a place in the fallback\'s own file is replaced by the fallback; other values are stringified', () => {
  const err = new Error('not found');
  err.stack = 'Error: not found\n    at main (node:internal/modules/esm/loader:1:1)\n    at main (file:///srv/wm/dist/src/mirror/worker.js:118:18)\n    at x (/srv/other.js:1:2)';
  assert.equal(errorWithPlace(err), 'not found (at /srv/wm/dist/src/mirror/worker.js:118:18)');
  assert.equal(errorWithPlace(err, { ownFile: '/srv/wm/dist/src/mirror/worker.js', instead: '/srv/conv.mjs' }), 'not found (in /srv/conv.mjs)');
  const bare = new Error('plain');
  bare.stack = 'Error: plain\n    at /srv/a b/c.js:3:9';
  assert.equal(errorWithPlace(bare), 'plain (at /srv/a b/c.js:3:9)');
  assert.equal(errorWithPlace('a string'), 'a string');
});
