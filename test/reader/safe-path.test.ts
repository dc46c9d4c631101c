/**
 * Which URL paths name a file of the mirror: pages, raw wikitext and uploads, also those whose
 * title starts with a dot (the uk category `.NET`), never hidden folders (`.wikimark/`, `.git/`),
 * hidden files of kinds the reader does not serve, or symlinks leading out.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { resolveMirrorPath } from '../../src/reader/safe-path.js';
import { tmpDir } from '../mirror/helpers.js';

const root = fs.realpathSync(tmpDir('safe-path'));
after(() => fs.rmSync(root, { recursive: true, force: true }));

const outside = fs.realpathSync(tmpDir('safe-path-outside'));
after(() => fs.rmSync(outside, { recursive: true, force: true }));

for (const file of ['Category/.NET.md', 'Page/.hack.md', 'Page/Plain.md', '.wikimark/search.md', '.git/config', 'Page/.logo.png', 'Page/..md', '.env', 'Template/.x.wikitext', 'images/a/ab/.NET_logo.svg', 'images/.htaccess', 'Page/..png']) {
  fs.mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), 'x');
}

fs.writeFileSync(path.join(outside, 'secret.md'), 'x');
fs.symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'Page/.x.md'));
// Links that stay inside the mirror but land in what its own addresses may not name.
fs.symlinkSync(path.join(root, '.git/config'), path.join(root, 'Page/Git-config.md'));
fs.symlinkSync(path.join(root, '.wikimark'), path.join(root, 'Page/Index'));
fs.symlinkSync(path.join(root, '.env'), path.join(root, 'Page/Env.md'));
fs.symlinkSync(path.join(root, 'Page/Plain.md'), path.join(root, 'Page/Alias.md'));
// Links that land on another kind of file than their name says; a folder alias keeps its names.
fs.writeFileSync(path.join(root, 'notes.txt'), 'x');
fs.symlinkSync('../notes.txt', path.join(root, 'Page/Notes.md'));
fs.symlinkSync('Plain.md', path.join(root, 'Page/Plain.png'));
fs.symlinkSync('Plain.md', path.join(root, 'Page/Plain.wikitext'));
fs.symlinkSync('Page', path.join(root, 'Pages'));

const kind = (url: string) => resolveMirrorPath(root, url).kind;

test('a page whose title starts with a dot is served like any page', () => {
  assert.deepEqual(resolveMirrorPath(root, '/Category/.NET.md'), { kind: 'file', file: path.join(root, 'Category/.NET.md'), relative: 'Category/.NET.md' });
  assert.equal(kind('/Page/%2Ehack.md'), 'file');
  assert.equal(kind('/Page/Plain.md'), 'file');
  assert.equal(kind('/Category/.Missing.md'), 'missing');
});

test('a raw template or an upload whose name starts with a dot is served too', () => {
  for (const url of ['/Template/.x.wikitext', '/images/a/ab/.NET_logo.svg', '/Page/.logo.png']) assert.equal(kind(url), 'file', url);
});

test('hidden folders, hidden files of kinds not served, dot segments, and a dot-leading symlink out of the mirror are refused', () => {
  for (const url of ['/.wikimark/search.md', '/.git/config', '/.env', '/images/.htaccess', '/Page/..md', '/Page/..png', '/Page/.md', '/Page/.wikitext', '/Page/..', '/Page/.', '/Page/%2E%2E/Page/Plain.md', '/.wikimark', '/Page/.x.md']) {
    assert.equal(kind(url), 'bad', url);
  }
});

test('a symlink inside the mirror is judged by where it lands: not in a hidden folder or on a hidden file', () => {
  // A mirror cloned from someone's repository may carry `Page/X.md -> ../.git/config`; the clone's
  // .git/config is the reader's own (its remote URL may hold a token), and /.git/config is refused.
  for (const url of ['/Page/Git-config.md', '/Page/Index/search.md', '/Page/Env.md']) assert.equal(kind(url), 'bad', url);
  assert.deepEqual(resolveMirrorPath(root, '/Page/Alias.md'), { kind: 'file', file: path.join(root, 'Page/Plain.md'), relative: 'Page/Alias.md' });
});

test('a symlink is judged by the kind of file it lands on: the same extension as its own name', () => {
  // The server shows a file by the name asked for: notes.txt would be shown as a page.
  for (const url of ['/Page/Notes.md', '/Page/Plain.png', '/Page/Plain.wikitext']) assert.equal(kind(url), 'bad', url);
  assert.deepEqual(resolveMirrorPath(root, '/Pages/Plain.md'), { kind: 'file', file: path.join(root, 'Page/Plain.md'), relative: 'Pages/Plain.md' });
});
