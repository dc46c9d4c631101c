/**
 * Which URL paths name a file of the mirror: pages (also those whose title starts with a dot, as
 * the uk category `.NET` does), never hidden folders (`.wikimark/`, `.git/`) or other hidden files.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { resolveMirrorPath } from '../../src/reader/safe-path.js';
import { tmpDir } from '../mirror/helpers.js';

const root = fs.realpathSync(tmpDir('safe-path'));
after(() => fs.rmSync(root, { recursive: true, force: true }));

for (const file of ['Category/.NET.md', 'Page/.hack.md', 'Page/Plain.md', '.wikimark/search.md', '.git/config', 'Page/.secret.png', 'Page/..md', '.env']) {
  fs.mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), 'x');
}

const kind = (url: string) => resolveMirrorPath(root, url).kind;

test('a page whose title starts with a dot is served like any page', () => {
  assert.deepEqual(resolveMirrorPath(root, '/Category/.NET.md'), { kind: 'file', file: path.join(root, 'Category/.NET.md'), relative: 'Category/.NET.md' });
  assert.equal(kind('/Page/%2Ehack.md'), 'file');
  assert.equal(kind('/Page/Plain.md'), 'file');
  assert.equal(kind('/Category/.Missing.md'), 'missing');
});

test('hidden folders, hidden files that are no pages, and dot segments are refused', () => {
  for (const url of ['/.wikimark/search.md', '/.git/config', '/Page/.secret.png', '/.env', '/Page/..md', '/Page/.md', '/Page/..', '/Page/.', '/Page/%2E%2E/Page/Plain.md', '/.wikimark']) {
    assert.equal(kind(url), 'bad', url);
  }
});
