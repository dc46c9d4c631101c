/**
 * Titles no real wiki should have, and some every big wiki has, through the whole pipeline: every
 * file stays inside OUTDIR and gets a name valid on Linux, macOS and Windows, unique ignoring
 * case, NFC; index.tsv maps each title to its file and the escaping is reversible.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { EXIT, runMirror } from '../../src/mirror/run.js';
import { decodeFileName } from '../../src/mirror/filenames.js';
import { readTsvField, tsvField } from '../../src/mirror/compose.js';
import { foldCase } from '../../src/index/scan.js';
import { miniDump, pageXml, tmpDir } from './helpers.js';
import { checkLinks, listFiles } from './tree.js';

const FAKE = { module: new URL('./fake-converter.js', import.meta.url).href, exportName: 'convertPage' };

const TITLES = [
  '../../etc/passwd', '/abs/path', '..', '.', 'CON', 'nul.txt', 'Com1', 'LPT9.tar.gz', 'Aux.', 'Prn .x',
  'a:b', 'x|y', 'q?', '"quoted"', '<tag>', 'star*', 'back\\slash', 'tab\there', 'Mr.', 'Dots...',
  'Unix', 'UNIX', 'UniX', 'Straße', 'STRASSE', 'Σίσυφος', 'ΣΊΣΥΦΟΣ',
  'Biángbiáng面', 'Bia\u0301ngbia\u0301ng面', '𰻝𰻝面', '𠮷野', '100%', '%41ux',
  '面'.repeat(120), '𰻝'.repeat(70) + 'a', '𰻝'.repeat(70) + 'b',
];

/** index.tsv escapes (compose.ts tsvField) undone. */
function unTsv(s: string): string {
  return s.replace(/\\([\\tnr])/g, (_, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'));
}

/** Windows rules for one path component. */
function windowsProblem(part: string): string | null {
  if (/[\u0000-\u001f:*?"<>|\\/]/.test(part)) return 'illegal character';
  if (/[. ]$/.test(part)) return 'trailing dot or space';
  if (/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i.test(part.split('.')[0]!.trimEnd() + '.')) return 'device name';
  if (Buffer.byteLength(part) > 255) return 'over 255 bytes';
  if (part !== part.normalize('NFC')) return 'not NFC';
  return null;
}

test('hostile and clashing titles: files inside OUTDIR, valid everywhere, unique ignoring case, reversible', async () => {
  const parent = tmpDir('hostile');
  const dumpFile = path.join(parent, 'dump.xml');
  let id = 1;
  let xml = '';
  for (const title of TITLES) {
    xml += pageXml(id++, title, `'''${title}''' 见[[Unix]]、[[../../etc/passwd]]、[[CON]]、[[Biángbiáng面]]。\n[[Category:../../逃逸]]\n[[Category:CON]]`);
  }
  xml += pageXml(id++, 'PRN', '#REDIRECT [[CON]]', { redirect: 'CON' });
  xml += pageXml(id++, '../重定向', '#REDIRECT [[../../etc/passwd]]', { redirect: '../../etc/passwd' });
  xml += pageXml(id++, 'Category:../../逃逸', '逃逸分类。', { ns: 14 });
  xml += pageXml(id++, 'Template:../../../模板', '{{{1}}}', { ns: 10 });
  xml += pageXml(id++, 'Evil:../../x', '自定义名字空间。', { ns: 1234 });
  fs.writeFileSync(
    dumpFile,
    miniDump(xml).replace('<namespace key="14" case="first-letter">Category</namespace>', '<namespace key="14" case="first-letter">Category</namespace>\n      <namespace key="1234" case="first-letter">../../Evil</namespace>'),
  );
  const out = path.join(parent, 'out');
  const result = await runMirror({ dump: dumpFile, outDir: out, jobs: 2, converter: FAKE, progress: null, log: () => {}, namespaces: [0, 14, 1234], rawNamespaces: [10] });
  // Titles MediaWiki refuses ("x|y", "..") are kept as written, each with a warning: exit 1.
  assert.equal(result.exitCode, EXIT.TRUNCATED);
  const warned = result.report.damagedPages.examples;
  assert.ok(warned.every((p) => p.problem.endsWith('; kept as written') || p.problem.includes('; kept in namespace')), JSON.stringify(warned));
  for (const title of ['x|y', '<tag>', '..', '../../etc/passwd', '%41ux']) assert.ok(warned.some((p) => p.title === title), title);
  for (const title of ['Unix', 'a:b', '100%', 'Mr.', '面'.repeat(120)]) assert.ok(!warned.some((p) => p.title === title), title);
  assert.deepEqual(fs.readdirSync(parent).sort(), ['dump.xml', 'out'], 'nothing written beside OUTDIR');
  assert.ok(!fs.existsSync(path.resolve(out, '../../etc/passwd')));

  const files = listFiles(out);
  const folded = new Map<string, string>();
  for (const f of files) {
    for (const part of f.split('/')) assert.equal(windowsProblem(part), null, `${f}: ${windowsProblem(part)}`);
    const key = foldCase(f);
    assert.ok(!folded.has(key), `${f} clashes with ${folded.get(key)} ignoring case`);
    folded.set(key, f);
  }
  const rows = fs.readFileSync(path.join(out, 'index.tsv'), 'utf8').trimEnd().split('\n').slice(1).map((l) => l.split('\t'));
  const byTitle = new Map(rows.filter((r) => r[2] !== 'category').map((r) => [unTsv(r[0]!), r[1]!]));
  for (const title of TITLES) {
    const file = byTitle.get(title);
    assert.ok(file && files.includes(file), `${JSON.stringify(title)} → ${file}`);
    const base = path.posix.basename(file, '.md');
    // Plain names decode back to the title; suffixed (case clash) and shortened names carry a hash.
    if (!/~[0-9a-f]{8,}$/.test(base)) assert.equal(decodeFileName(base), title.normalize('NFC'));
  }
  assert.equal(byTitle.get('../../etc/passwd'), 'Page/..%2F..%2Fetc%2Fpasswd.md');
  assert.equal(byTitle.get('CON'), 'Page/%43ON.md');
  assert.equal(byTitle.get('Unix'), 'Page/Unix.md');
  assert.equal(byTitle.get('Biángbiáng面'), 'Page/Biángbiáng面.md');
  assert.match(byTitle.get('Bia\u0301ngbia\u0301ng面')!, /^Page\/Biángbiáng面~[0-9a-f]{8}\.md$/);
  assert.equal(byTitle.get('𰻝𰻝面'), 'Page/𰻝𰻝面.md');
  assert.equal(byTitle.get('Evil:../../x'), 'ns1234/..%2F..%2Fx.md');
  assert.equal(byTitle.get('Template:../../../模板'), 'Template/..%2F..%2F..%2F模板.wikitext');
  assert.ok(files.includes('Category/..%2F..%2F逃逸.md') && files.includes('Category/%43ON.md'));
  assert.ok(rows.some((r) => r[0] === 'back\\\\slash') && rows.some((r) => r[0] === 'tab\\there'), 'backslash and tab escaped in index.tsv');
  checkLinks(out);
  assert.equal(byTitle.get('PRN'), 'Page/%50RN.md');
  assert.equal(fs.readFileSync(path.join(out, 'Page/%50RN.md'), 'utf8').split('\n')[2], '重定向至 [CON](../Page/%2543ON.md)');
});

test('index.tsv fields read back as written (the reader reads titles with readTsvField)', () => {
  for (const t of [...TITLES, 'a\\tb', 'new\nline', 'cr\rx', 'trail\\', '\\\\n']) {
    const field = tsvField(t);
    assert.ok(!/[\t\n\r]/.test(field), t);
    assert.equal(readTsvField(field), t);
    assert.equal(unTsv(field), t);
  }
});
