/** Files assembled after conversion (compose.ts): category pages with their own text and members; a file that cannot be written. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { EXIT, runMirror } from '../../src/mirror/run.js';
import { linkPath } from '../../src/mirror/filenames.js';
import { OutputWriter } from '../../src/mirror/output-writer.js';
import { mainTmpFile } from '../../src/mirror/out-dir.js';
import { openDatabase } from '../../src/index/db.js';
import { miniDump, pageXml, tmpDir } from './helpers.js';

const FAKE = { module: new URL('./fake-converter.js', import.meta.url).href, exportName: 'convertPage' };

/** index.tsv as title+kind → file. */
function readIndex(out: string): Map<string, string> {
  const rows = fs.readFileSync(path.join(out, 'index.tsv'), 'utf8').trim().split('\n').slice(1);
  return new Map(rows.map((r) => r.split('\t')).map(([title, file, kind]) => [`${title}${kind}`, file!]));
}

test("a category page's own text keeps a long run of blanks inside it, its end trimmed", async () => {
  // The own text is trimmed at its end without a regular expression (V8 retried /\s+$/ at
  // every blank of a run: 100 000 blanks took seconds).
  const blanks = ' '.repeat(100_000);
  const dump = path.join(tmpDir('compose-dump'), 'dump.xml');
  fs.writeFileSync(dump, miniDump(pageXml(1, 'Category:分类', `说明${blanks}完   \n\n`, { ns: 14 }) + pageXml(2, '条目', '正文[[Category:分类]]')));
  const out = tmpDir('compose');
  const result = await runMirror({ dump, outDir: out, jobs: 1, converter: FAKE, progress: null, log: () => {}, namespaces: [0, 14] });
  assert.equal(result.exitCode, EXIT.OK);
  const index = readIndex(out);
  const catFile = index.get('Category:分类category');
  assert.ok(catFile, [...index.keys()].join(', '));
  const text = fs.readFileSync(path.join(out, catFile), 'utf8');
  assert.ok(text.startsWith(`# Category:分类\n\n说明${blanks}完\n\n## `), JSON.stringify(text.slice(0, 40)));
  assert.ok(text.includes(`](../${linkPath(index.get('条目page')!)})`), text.slice(-300));
});

test('a file the assembly cannot write (a full disk): the error names the file and no temporary file is left, whole or streamed', { skip: !fs.existsSync('/dev/full') }, () => {
  const dir = tmpDir('compose-full');
  const out = path.join(dir, 'out');
  fs.mkdirSync(out);
  const db = openDatabase(path.join(dir, 'state.sqlite'));
  try {
    const writer = new OutputWriter(db, out);
    // Each temporary is /dev/full: every write to it fails with ENOSPC, which Node gives no path.
    const fails = (file: string, write: () => void) => {
      fs.symlinkSync('/dev/full', mainTmpFile(path.join(out, file)));
      assert.throws(write, (e: NodeJS.ErrnoException) => e.code === 'ENOSPC' && e.path === path.join(out, file));
      assert.deepEqual(fs.readdirSync(out), [], `${file}: nothing left behind`);
    };
    fails('REPORT.md', () => writer.write('REPORT.md', '# Report\n'));
    fails('index.tsv', () => {
      const stream = writer.stream('index.tsv');
      stream.write('title\tfile\n');
      stream.close();
    });
    // A large file fails as a piece is written, before close.
    fails('index.json', () => writer.stream('index.json').write('x'.repeat((1 << 20) + 1)));
    assert.equal(writer.written, 0);
  } finally {
    db.close();
  }
});
