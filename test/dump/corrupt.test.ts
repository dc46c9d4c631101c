/**
 * Damaged compressed dumps (a flipped run of bytes in the middle of a .bz2): the pages before the
 * damage are converted, `convert` exits 1 naming the data error and the last complete page, and
 * it never hangs. (Before: with the bzip2 binary the feeder waited for a 'drain' that never came
 * and the process exited 0 without a word; with WebAssembly the blocks decoded before the bad
 * one in the same chunk were lost; a damaged block anywhere meant exit 3 and no page at all.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Bz2BlockDecoder, findBzip2Binary } from '../../src/dump/bz2.js';
import { DumpReader } from '../../src/dump/reader.js';
import { DumpError } from '../../src/dump/types.js';
import { miniDump, pageXml, REPO, tmpDir } from '../mirror/helpers.js';

/** `wikimark convert` as users run it (the decode workers must not inherit an --input-type flag). */
function runCli(args: string[], env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(REPO, 'dist', 'src', 'cli', 'main.js'), 'convert', ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stderr }));
  });
}

const PAGES = 600;

/** Page texts that do not compress to nothing: each one different. */
function pages(from: number, to: number): string {
  let xml = '';
  for (let id = from; id < to; id++) {
    let text = `'''条目${id}'''是测试用的页面。`;
    for (let k = 0; k < 40; k++) text += `第${k}段，编号${(id * 7919 + k * 104729) % 1000003}，[[条目${(id + k) % PAGES}]]。`;
    xml += pageXml(id + 1, `条目${id}`, text);
  }
  return xml;
}

/** bzip2 level 1 (100 kB blocks): the dump spans several blocks. */
function bzip2(bin: string, data: string | Buffer): Buffer {
  return spawnSync(bin, ['-1', '-c'], { input: data, maxBuffer: 1 << 28 }).stdout;
}

/** A copy with zeros written over 16 bytes at 55 % of the file (inside a later block). */
function damaged(buf: Buffer): Buffer {
  const copy = Buffer.from(buf);
  copy.fill(0, Math.floor(copy.length * 0.55), Math.floor(copy.length * 0.55) + 16);
  return copy;
}

test('WebAssembly decoder: the blocks before a damaged one in the same chunk are returned, then a corrupt error', async (t) => {
  const bin = findBzip2Binary();
  if (!bin) return t.skip('no bzip2 binary to make test data');
  const xml = Buffer.from(miniDump(pages(0, PAGES)));
  const bad = damaged(bzip2(bin, xml));
  const d = await Bz2BlockDecoder.create();
  const out = Buffer.concat(d.push(bad));
  assert.ok(out.length > 0, 'the good blocks are decoded');
  assert.ok(xml.subarray(0, out.length).equals(out), 'and they are the start of the XML');
  assert.throws(
    () => {
      d.end();
      d.rethrow();
    },
    (err: unknown) => err instanceof DumpError && err.kind === 'corrupt' && /bzip2 data error in the block at compressed byte \d+/.test(err.message),
  );
});

for (const decoder of ['binary', 'js'] as const) {
  test(`reader (${decoder}): pages before the damage, then a truncation that names the data error`, { timeout: 60_000 }, async (t) => {
    const bin = findBzip2Binary();
    if (!bin) return t.skip('no bzip2 binary to make test data');
    const dir = tmpDir('corrupt');
    try {
      const file = path.join(dir, 'dump.xml.bz2');
      fs.writeFileSync(file, damaged(bzip2(bin, miniDump(pages(0, PAGES)))));
      const reader = await DumpReader.open(file, { decoder });
      let n = 0;
      let error: unknown = null;
      try {
        for await (const page of reader.pages()) {
          assert.equal(page.title, `条目${n}`);
          n++;
        }
      } catch (err) {
        error = err;
      }
      assert.ok(n > 50 && n < PAGES, `${n} pages before the damage`);
      assert.ok(error instanceof DumpError && error.kind === 'truncated', String(error));
      assert.match((error as Error).message, /^bzip2 data error.*; dump truncated at byte \d+.*; last complete page: id \d+ "条目\d+"$/);
      assert.equal((error as DumpError).lastGood?.title, `条目${n - 1}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}

const ENVS: Array<Record<string, string>> = [{}, { WIKIMARK_BZIP2: 'js' }];
for (const env of ENVS) {
  for (const multistream of [false, true]) {
    const name = `${'WIKIMARK_BZIP2' in env ? 'WebAssembly' : 'bzip2 binary'}${multistream ? ', multistream with index' : ''}`;
    test(`convert on a damaged .bz2 (${name}): exit 1, one line naming the error, the pages before it written`, { timeout: 120_000 }, async (t) => {
      const bin = findBzip2Binary();
      if (!bin) return t.skip('no bzip2 binary to make test data');
      const dir = tmpDir('corrupt-cli');
      try {
        let file: string;
        if (multistream) {
          // Streams of 50 pages each, and the index Wikimedia publishes beside them.
          const parts: Buffer[] = [bzip2(bin, miniDump('').replace('</mediawiki>\n', ''))];
          let index = '';
          let offset = parts[0]!.length;
          for (let from = 0; from < PAGES; from += 50) {
            const part = bzip2(bin, pages(from, from + 50));
            for (let id = from; id < from + 50; id++) index += `${offset}:${id + 1}:条目${id}\n`;
            parts.push(part);
            offset += part.length;
          }
          parts.push(bzip2(bin, '</mediawiki>\n'));
          file = path.join(dir, 'x-multistream.xml.bz2');
          fs.writeFileSync(file, damaged(Buffer.concat(parts)));
          fs.writeFileSync(path.join(dir, 'x-multistream-index.txt.bz2'), bzip2(bin, index));
        } else {
          file = path.join(dir, 'x.xml.bz2');
          fs.writeFileSync(file, damaged(bzip2(bin, miniDump(pages(0, PAGES)))));
        }
        const out = path.join(dir, 'out');
        // Two jobs: a multistream dump is then decoded by runs in parallel (dump/parallel.ts).
        const r = await runCli([file, '-o', out, '-q', '-j', '2'], env);
        assert.equal(r.code, 1, r.stderr);
        const lines = r.stderr.trim().split('\n').filter((l) => l.startsWith('wikimark convert:'));
        assert.equal(lines.length, 1, r.stderr);
        assert.match(lines[0]!, /bzip2 data error.*; dump truncated at byte \d+.*; last complete page: id \d+ "条目\d+"$/);
        const written = fs.readdirSync(path.join(out, 'Page')).length;
        const last = Number(/"条目(\d+)"$/.exec(lines[0]!)![1]);
        assert.ok(last > 20, `last good page ${last}`);
        assert.equal(written, last + 1, 'every page up to the last complete one is written');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
}
