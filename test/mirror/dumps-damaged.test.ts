/**
 * A damaged page does not cost the run: it is skipped (or kept, where it still names a page) with
 * a warning naming its byte offset, its id when known, and what is wrong; every other page is
 * converted, the report counts the warnings, and the exit code is 1.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { PageScanner } from '../../src/dump/scanner.js';
import { DumpError, type DumpPage } from '../../src/dump/types.js';
import { EXIT, runMirror } from '../../src/mirror/run.js';
import { getInfo, openDatabase, setInfo } from '../../src/index/db.js';
import { STATE_DB, STATE_DIR } from '../../src/mirror/types.js';
import { DUMPS, hasShared, miniDump, pageXml, tmpDir } from './helpers.js';
import { runConvertCli } from './cli.js';

const FAKE = { module: new URL('./fake-converter.js', import.meta.url).href, exportName: 'convertPage' };

const good = (id: number, title: string) => pageXml(id, title, `Text of ${title}.`);

/** Damaged pages between good ones: [label, page XML, what the warning must say]. */
const DAMAGED: Array<[string, string, RegExp]> = [
  ['no title', pageXml(11, 'gone', 'x').replace(/\s*<title>gone<\/title>/, ''), /^page at byte \d+ \(id 11\): has no <title>; skipped$/],
  ['empty title', pageXml(12, '', 'x'), /^page at byte \d+ \(id 12\): has an empty <title>; skipped$/],
  ['no id', pageXml(13, 'No id', 'x').replace(/<id>13<\/id>/, ''), /^page at byte \d+ \("No id"\): has no <id>; skipped$/],
  ['namespace alone', pageXml(14, 'Template:', 'x', { ns: 10 }), /^page at byte \d+ \(id 14, "Template:"\): its title is a namespace prefix alone; skipped$/],
  ['illegal characters', pageXml(15, '[Bad|title]', 'x'), /^page at byte \d+ \(id 15, "\[Bad\|title\]"\): its title is not one MediaWiki allows; kept as written$/],
  ['leading #', pageXml(16, '#Hash', 'x'), /: its title is not one MediaWiki allows; kept as written$/],
  ['ns disagrees', pageXml(17, 'Template:Foo', 'x', { ns: 0 }), /\(id 17, "Template:Foo"\): its <ns> 0 disagrees with its title, which is in namespace 10 \(Template\); kept in namespace 0$/],
  ['no revision', '  <page>\n    <title>Bare</title>\n    <ns>0</ns>\n    <id>18</id>\n  </page>\n', /\(id 18, "Bare"\): has no <revision>; converted as an empty page$/],
  ['unclosed', '  <page>\n    <title>Open</title>\n    <ns>0</ns>\n    <id>19</id>\n    <revision><text>half\n', /\(id 19, "Open"\): is not closed before the next <page> \(byte \d+\); skipped$/],
];

function damagedDump(): { xml: string; offsets: number[] } {
  let xml = miniDump('');
  const head = xml.indexOf('</mediawiki>');
  let pages = good(1, 'Alpha');
  const at: number[] = [];
  for (const [i, [, page]] of DAMAGED.entries()) {
    at.push(Buffer.byteLength(xml.slice(0, head) + pages) + page.indexOf('<page>'));
    pages += page + good(2 + i, `Good ${i}`);
  }
  xml = xml.slice(0, head) + pages + xml.slice(head);
  return { xml, offsets: at };
}

test('damaged pages: each skipped or kept with a warning naming offset, id and what; every good page converted; exit 1', async () => {
  const dir = tmpDir('damaged');
  const { xml, offsets } = damagedDump();
  const dump = path.join(dir, 'damaged.xml');
  fs.writeFileSync(dump, xml);
  const logged: string[] = [];
  const result = await runMirror({ dump, outDir: path.join(dir, 'out'), jobs: 2, converter: FAKE, progress: null, log: (l) => logged.push(l) });
  assert.equal(result.exitCode, EXIT.TRUNCATED);
  assert.match(result.message!, /^the dump has 9 damaged pages \(warnings above say which were skipped and which kept\); every other page was converted; see REPORT\.md$/);
  const warnings = logged.filter((l) => l.startsWith('warning: ')).map((l) => l.slice('warning: '.length));
  assert.equal(warnings.length, DAMAGED.length, logged.join('\n'));
  for (const [i, [label, , expected]] of DAMAGED.entries()) {
    assert.match(warnings[i]!, expected, label);
    assert.ok(warnings[i]!.startsWith(`page at byte ${offsets[i]} `), `${label}: ${warnings[i]} (expected byte ${offsets[i]})`);
  }

  const report = JSON.parse(fs.readFileSync(path.join(dir, 'out', 'report.json'), 'utf8'));
  assert.equal(report.damagedPages.count, DAMAGED.length);
  // Whether each was left out, as its warning says.
  assert.deepEqual(report.damagedPages.examples.map((p: { skipped: boolean }) => p.skipped), DAMAGED.map(([, , expected]) => expected.source.endsWith('skipped$')));
  assert.equal(report.warnings.byCode['damaged-page'], DAMAGED.length);
  // The damaged pages, and none from the fake converter (it warns about nothing in these texts).
  assert.equal(report.warnings.total, DAMAGED.length);
  // The good pages, and the damaged ones that still name a page.
  const titles = fs.readFileSync(path.join(dir, 'out', 'index.tsv'), 'utf8').trimEnd().split('\n').slice(1).map((l) => l.split('\t')[0]);
  const kept = ['[Bad|title]', '#Hash', 'Template:Foo', 'Bare'];
  assert.deepEqual(new Set(titles), new Set(['Alpha', ...DAMAGED.map((_, i) => `Good ${i}`), ...kept]));
  const md = fs.readFileSync(path.join(dir, 'out', 'REPORT.md'), 'utf8');
  assert.match(md, /\*\*9 pages are damaged in the dump\*\*/);
  assert.match(md, /## Pages damaged in the dump\n\n- page at byte \d+ \(id 11\): has no \\<title>; skipped\n/);
  assert.match(md, /\| damaged-page \| 9 \|/);

  // The command line: the warnings, then the one-line summary, exit 1.
  const cli = await runConvertCli([dump, '-o', path.join(dir, 'out-cli'), '--quiet']);
  assert.equal(cli.code, EXIT.TRUNCATED, cli.stderr);
  assert.match(cli.stderr, /^warning: page at byte \d+ \(id 11\): has no <title>; skipped$/m);
  assert.match(cli.stderr, /^wikimark convert: the dump has 9 damaged pages/m);
});

test('an index built before damaged pages said whether they were skipped: read from the text on the next run', async () => {
  const dir = tmpDir('damaged-old-state');
  const dump = path.join(dir, 'damaged.xml');
  fs.writeFileSync(dump, damagedDump().xml);
  const out = path.join(dir, 'out');
  const options = { dump, outDir: out, jobs: 1, converter: FAKE, progress: null, log: () => {} };
  await runMirror(options);
  // The saved list as an older version wrote it: no `skipped` field. The next run reuses the index.
  const db = openDatabase(path.join(out, STATE_DIR, STATE_DB));
  try {
    const saved = JSON.parse(getInfo(db, 'badPages')!) as { listed: Array<{ skipped?: boolean }> };
    for (const p of saved.listed) delete p.skipped;
    setInfo(db, 'badPages', JSON.stringify(saved));
  } finally {
    db.close();
  }
  const again = await runMirror(options);
  assert.deepEqual(again.report.damagedPages.examples.map((p) => p.skipped), DAMAGED.map(([, , expected]) => expected.source.endsWith('skipped$')));
});

test('a dump whose only page is damaged: nothing to convert, the warning, exit 1 (not 3)', async () => {
  const dir = tmpDir('damaged-only');
  const dump = path.join(dir, 'one.xml');
  fs.writeFileSync(dump, miniDump(DAMAGED[0]![1]));
  const logged: string[] = [];
  const result = await runMirror({ dump, outDir: path.join(dir, 'out'), jobs: 1, converter: FAKE, progress: null, log: (l) => logged.push(l) });
  assert.equal(result.exitCode, EXIT.TRUNCATED);
  assert.equal(result.report.pagesInDump, 0);
  assert.ok(logged.some((l) => /^warning: page at byte \d+ \(id 11\): has no <title>; skipped$/.test(l)), logged.join('\n'));
});

/** Complete pages of a dump (it may be truncated). */
function completePages(buf: Buffer): DumpPage[] {
  const scanner = new PageScanner({ xmlText: true });
  const pages: DumpPage[] = [];
  scanner.push(buf, pages);
  try {
    scanner.end();
  } catch (err) {
    if (!(err instanceof DumpError) || err.kind !== 'truncated') throw err;
  }
  return pages;
}

test('jawiki-truncated.xml with one page\'s title removed: that page skipped with a warning, all the others converted', async (t) => {
  if (!hasShared()) return t.skip('shared data not found');
  const original = fs.readFileSync(path.join(DUMPS, 'jawiki-truncated.xml'));
  const pages = completePages(original);
  const victim = pages[Math.floor(pages.length / 2)]!;
  const titleAt = original.indexOf('<title>', victim.offset);
  const titleEnd = original.indexOf('</title>', titleAt) + '</title>'.length;
  const damaged = Buffer.concat([original.subarray(0, titleAt), original.subarray(titleEnd)]);
  const dir = tmpDir('damaged-ja');
  const dump = path.join(dir, 'jawiki-damaged.xml');
  fs.writeFileSync(dump, damaged);
  const logged: string[] = [];
  const result = await runMirror({ dump, outDir: path.join(dir, 'out'), jobs: 2, converter: FAKE, progress: null, log: (l) => logged.push(l) });
  // Truncated as before (exit 1, its message first), and the damaged page reported besides.
  assert.equal(result.exitCode, EXIT.TRUNCATED);
  assert.match(result.message!, /^dump truncated at byte/);
  assert.equal(result.report.pagesInDump, pages.length - 1);
  assert.equal(result.report.damagedPages.count, 1);
  assert.deepEqual(result.report.damagedPages.examples[0], { offset: victim.offset, id: victim.id, title: null, problem: 'has no <title>; skipped', skipped: true });
  assert.ok(logged.includes(`warning: page at byte ${victim.offset} (id ${victim.id}): has no <title>; skipped`), logged.join('\n'));
});

test('bytes that are not UTF-8: the page kept with U+FFFD (title and file name too), one warning per page naming the byte', async () => {
  const dir = tmpDir('damaged-utf8');
  const xml = Buffer.from(miniDump(good(1, 'Alpha') + pageXml(2, 'BadXtitle', 'Text with XY two bad bytes.') + good(3, 'Gamma')));
  // Latin-1 "é" (0xE9 then "t", not a continuation byte) in the title; 0xFF twice in the text.
  const titleAt = xml.indexOf('BadXtitle') + 3;
  xml[titleAt] = 0xe9;
  const textAt = xml.indexOf('XY two');
  xml[textAt] = 0xff;
  xml[textAt + 1] = 0xff;
  const dump = path.join(dir, 'utf8.xml');
  fs.writeFileSync(dump, xml);
  const logged: string[] = [];
  const result = await runMirror({ dump, outDir: path.join(dir, 'out'), jobs: 1, converter: FAKE, progress: null, log: (l) => logged.push(l) });
  assert.equal(result.exitCode, EXIT.TRUNCATED);
  const pageAt = xml.lastIndexOf('<page>', titleAt);
  assert.deepEqual(result.report.damagedPages.examples, [
    { offset: pageAt, id: 2, title: 'Bad\ufffdtitle', problem: `holds bytes that are not UTF-8 (the first at byte ${titleAt}); read with U+FFFD in their place`, skipped: false },
  ]);
  assert.ok(logged.some((l) => l.startsWith(`warning: page at byte ${pageAt} (id 2, "Bad\ufffdtitle"): holds bytes`)), logged.join('\n'));
  assert.equal(result.report.pagesInDump, 3);
  const page = fs.readFileSync(path.join(dir, 'out', 'Page', 'Bad\ufffdtitle.md'), 'utf8');
  assert.match(page, /Text with \ufffd\ufffd two bad bytes\./);
});

test('a title with control characters is warned with \\uXXXX: no escape sequence on stderr, no line break in REPORT.md', async () => {
  const dir = tmpDir('damaged-control');
  const dump = path.join(dir, 'control.xml');
  const page = pageXml(2, 'TITLE', 'x').replace('TITLE', 'Red&#27;[31m&#10;# x');
  fs.writeFileSync(dump, miniDump(good(1, 'Alpha') + page));
  const logged: string[] = [];
  const result = await runMirror({ dump, outDir: path.join(dir, 'out'), jobs: 1, converter: FAKE, progress: null, log: (l) => logged.push(l) });
  assert.equal(result.exitCode, EXIT.TRUNCATED);
  const warning = logged.find((l) => l.startsWith('warning: '))!;
  assert.match(warning, /\(id 2, "Red\\u001b\[31m\\u000a# x"\): its title is not one MediaWiki allows; kept as written$/);
  assert.doesNotMatch(logged.join(''), /[\u0000-\u001f]/);
  const md = fs.readFileSync(path.join(dir, 'out', 'REPORT.md'), 'utf8');
  const item = md.split('\n').find((l) => l.includes('(id 2,'))!;
  assert.equal(item, '- page at byte ' + result.report.damagedPages.examples[0]!.offset + ' (id 2, "Red\\u001b\\[31m\\u000a# x"): its title is not one MediaWiki allows; kept as written');
  assert.doesNotMatch(md, /^# x/m);
});

test('a page with two problems (bytes not UTF-8, a title MediaWiki refuses) is one warning and one damaged page', async () => {
  const dir = tmpDir('damaged-twice');
  const xml = Buffer.from(miniDump(good(1, 'Alpha') + pageXml(2, '[BadXtitle]', 'x') + good(3, 'Gamma')));
  const at = xml.indexOf('BadXtitle') + 3;
  xml[at] = 0xe9;
  const dump = path.join(dir, 'twice.xml');
  fs.writeFileSync(dump, xml);
  const logged: string[] = [];
  const result = await runMirror({ dump, outDir: path.join(dir, 'out'), jobs: 1, converter: FAKE, progress: null, log: (l) => logged.push(l) });
  assert.equal(result.exitCode, EXIT.TRUNCATED);
  assert.match(result.message!, /^the dump has 1 damaged page \(/);
  assert.equal(result.report.damagedPages.count, 1);
  assert.deepEqual(logged.filter((l) => l.startsWith('warning: ')), [
    `warning: page at byte ${xml.lastIndexOf('<page>', at)} (id 2, "[Bad\ufffdtitle]"): holds bytes that are not UTF-8 (the first at byte ${at}); read with U+FFFD in their place; its title is not one MediaWiki allows; kept as written`,
  ]);
  assert.equal(result.report.warnings.byCode['damaged-page'], 1);
});

test('pages without <ns>: the namespace taken from the title, no warning', async () => {
  const dir = tmpDir('no-ns');
  const noNs = (xml: string) => xml.replace(/\s*<ns>\d+<\/ns>/, '');
  const pages = noNs(good(1, 'Alpha')) + noNs(pageXml(2, 'Template:Box', 'box', { ns: 10 })) + noNs(pageXml(3, 'Category:Things', 'c', { ns: 14 })) + noNs(pageXml(4, 'Foo:Bar', 'f'));
  // The scanner marks each page as having no <ns> (and reads it as 0), for the index pass to judge.
  const scanner = new PageScanner({});
  const read: DumpPage[] = [];
  scanner.push(Buffer.from(miniDump(pages)), read);
  scanner.end();
  assert.deepEqual(read.map((p) => [p.title, p.ns, p.nsMissing]), [['Alpha', 0, true], ['Template:Box', 0, true], ['Category:Things', 0, true], ['Foo:Bar', 0, true]]);
  const dump = path.join(dir, 'no-ns.xml');
  fs.writeFileSync(dump, miniDump(pages));
  const logged: string[] = [];
  const result = await runMirror({ dump, outDir: path.join(dir, 'out'), jobs: 1, converter: FAKE, progress: null, log: (l) => logged.push(l), namespaces: [0, 10, 14] });
  assert.equal(result.exitCode, EXIT.OK, logged.join('\n'));
  // No warning, for any of them: a missing <ns> is not damage.
  assert.deepEqual(logged.filter((l) => l.startsWith('warning: ')), []);
  assert.equal(result.report.damagedPages.count, 0);
  // Each page in the namespace its prefix names (an unknown prefix is part of a main-namespace title).
  assert.deepEqual(result.report.pagesPerNamespace, { 0: 2, 10: 1, 14: 1 });
  const rows = fs.readFileSync(path.join(dir, 'out', 'index.tsv'), 'utf8').trimEnd().split('\n').slice(1).map((l) => l.split('\t'));
  assert.deepEqual(rows.map((r) => [r[0], r[2]]), [['Alpha', 'page'], ['Category:Things', 'category'], ['Foo:Bar', 'page'], ['Template:Box', 'page']]);
  const template = fs.readFileSync(path.join(dir, 'out', rows.find((r) => r[0] === 'Template:Box')![1]!), 'utf8');
  assert.match(template, /^# Template:Box\n\nbox\n/);
});

test('a compressed dump: the warning\'s offset is said to be of the decompressed XML (stderr, report.json, REPORT.md)', async () => {
  const dir = tmpDir('damaged-gz');
  const xml = miniDump(good(1, 'Alpha') + DAMAGED[0]![1] + good(3, 'Gamma'));
  const at = Buffer.byteLength(xml.slice(0, xml.indexOf('<page>', xml.indexOf('</page>'))));
  const dump = path.join(dir, 'damaged.xml.gz');
  fs.writeFileSync(dump, zlib.gzipSync(xml));
  const logged: string[] = [];
  const result = await runMirror({ dump, outDir: path.join(dir, 'out'), jobs: 1, converter: FAKE, progress: null, log: (l) => logged.push(l) });
  assert.equal(result.exitCode, EXIT.TRUNCATED);
  assert.ok(logged.includes(`warning: page at byte ${at} of the decompressed XML (id 11): has no <title>; skipped`), logged.join('\n'));
  assert.equal(result.report.damagedPages.offsetsInDecompressedXml, true);
  const md = fs.readFileSync(path.join(dir, 'out', 'REPORT.md'), 'utf8');
  assert.ok(md.includes(`- page at byte ${at} of the decompressed XML (id 11): has no \\<title>; skipped\n`), md);
});
