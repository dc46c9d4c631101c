/**
 * Golden test of the whole pipeline on the sample dump that ships in the repo (our own Chinese
 * text, exercising links, redirects, categories, templates, references, tables, maths, images,
 * variants and awkward titles): every file the mirror writes — pages, category pages, redirect
 * stubs, index.tsv, redirects.tsv — must equal the reviewed copy in test/golden/. Timings make
 * REPORT.md and report.json differ from run to run, so they are left out.
 *
 * After an intended change in output: `WIKIMARK_UPDATE_GOLDEN=1 npm test`, then review the diff
 * of test/golden/ like any other change before committing it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = path.join(repo, 'dist/src/cli/main.js');
const UPDATE = process.env.WIKIMARK_UPDATE_GOLDEN === '1';
const VOLATILE = new Set(['REPORT.md', 'report.json']);

function listFiles(root: string, dir = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(root, rel));
    else if (!VOLATILE.has(rel) && !rel.startsWith('.')) out.push(rel);
  }
  return out.sort();
}

function checkMirror(name: string, dump: string, extra: string[]): void {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `wm-golden-${name}-`));
  try {
    execFileSync(process.execPath, [cli, 'convert', path.join(repo, dump), '-o', out, '--quiet', '--jobs', '1', ...extra], { stdio: 'pipe' });
    const golden = path.join(repo, 'test/golden', name);
    const produced = listFiles(out).filter((f) => !f.startsWith('.wikimark'));
    if (UPDATE) {
      fs.rmSync(golden, { recursive: true, force: true });
      for (const f of produced) {
        fs.mkdirSync(path.dirname(path.join(golden, f)), { recursive: true });
        fs.copyFileSync(path.join(out, f), path.join(golden, f));
      }
      return;
    }
    assert.ok(fs.existsSync(golden), `no golden copy at ${golden}; run with WIKIMARK_UPDATE_GOLDEN=1`);
    assert.deepEqual(produced, listFiles(golden), 'the same files are written');
    for (const f of produced) {
      assert.equal(fs.readFileSync(path.join(out, f), 'utf8'), fs.readFileSync(path.join(golden, f), 'utf8'), `${name}/${f}`);
    }
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

test('golden: the sample dump converts to exactly the reviewed mirror', () => {
  checkMirror('zhwiki-sample', 'sample/zhwiki-sample.xml', []);
});

test('golden: the sample dump in Traditional Chinese (Taiwan) converts to exactly the reviewed mirror', () => {
  checkMirror('zhwiki-sample-zh-tw', 'sample/zhwiki-sample.xml', ['--variant', 'zh-tw']);
});

test('golden: the templates sample dump (templates expanded from the dump) converts to exactly the reviewed mirror', () => {
  checkMirror('zhwiki-templates-sample', 'sample/zhwiki-templates-sample.xml', []);
});
