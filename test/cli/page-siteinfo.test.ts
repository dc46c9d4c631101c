/**
 * `wikimark page --siteinfo EXPORT`: one page of a wiki that is not a Wikipedia converts with that
 * wiki's own address, namespaces and case rule, read from the <siteinfo> of its XML export.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO } from '../mirror/helpers.js';

const CLI = path.join(REPO, 'dist', 'src', 'cli', 'main.js');
const EXPORT = path.join(REPO, 'test', 'fixtures', 'company-wiki.xml');

function page(args: string[], input: string) {
  return spawnSync(process.execPath, [CLI, 'page', ...args], { input, encoding: 'utf8' });
}

test('page --siteinfo: links, case rule and images follow the exported wiki', () => {
  const r = page(['--siteinfo', EXPORT], 'See [[Team/Onboarding|onboarding]], [[iPhone]] and [[Project Docs:Style]].\n\n[[File:Office plan.png|thumb|Plan]]\n');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.equal(
    r.stdout,
    'See [onboarding](https://wiki.example.com/index.php/Team/Onboarding), [iPhone](https://wiki.example.com/index.php/iPhone) and ' +
      '[Project Docs:Style](https://wiki.example.com/index.php/Project_Docs:Style).\n\n' +
      '![Plan](https://wiki.example.com/index.php/Special:FilePath/Office_plan.png)<br />\nPlan\n',
  );
});

test('page --siteinfo with --upload-base: the given base, hashed layout', () => {
  const r = page(['--siteinfo', EXPORT, '--upload-base', 'https://files.example.com/wiki/'], '[[File:Office plan.png]]\n');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '![Office plan](https://files.example.com/wiki/f/f2/Office_plan.png)\n');
});

test('page --siteinfo: a missing file or a file that is no export is one line and exit 3', () => {
  const missing = page(['--siteinfo', '/nonexistent/export.xml'], 'x');
  assert.equal(missing.status, 3);
  assert.equal(missing.stderr, 'wikimark page: cannot read the siteinfo of /nonexistent/export.xml: cannot open /nonexistent/export.xml: no such file or directory (ENOENT)\n');
  const notXml = page(['--siteinfo', path.join(REPO, 'README.md')], 'x');
  assert.equal(notXml.status, 3);
  assert.match(notXml.stderr, /^wikimark page: cannot read the siteinfo of .*README\.md: not a MediaWiki XML export: input is not XML\n$/);
});
