/**
 * `wikimark page --variant`: internal codes and the BCP 47 spellings MediaWiki accepts
 * (zh-Hant-TW, zh-Hans-CN …); anything else is a usage error.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO } from '../mirror/helpers.js';

const CLI = path.join(REPO, 'dist', 'src', 'cli', 'main.js');

function page(variant: string, input: string) {
  return spawnSync(process.execPath, [CLI, 'page', '-q', '--lang', 'zh', '--title', 'T', '--variant', variant], { input, encoding: 'utf8' });
}

test('page --variant takes internal codes and BCP 47 spellings alike', () => {
  assert.equal(page('zh-tw', '头发与软件').stdout, '頭髮與軟體\n');
  assert.equal(page('zh-Hant-TW', '头发与软件').stdout, '頭髮與軟體\n');
  assert.equal(page('zh-Hant-HK', '头发与软件').stdout, '頭髮與軟件\n');
  assert.equal(page('ZH-HANS-CN', '頭髮與軟體').stdout, '头发与软件\n');
});

test('page --variant: an unknown code is a usage error (exit 2)', () => {
  const r = page('zh-xx', '文');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^wikimark page: unknown variant 'zh-xx' \(one of zh, zh-hans/);
});
