/**
 * The whole pipeline on the shipped sample dump, with a stand-in converter (test/mirror/
 * fake-converter.ts) so that the mirror's own behaviour is tested independently of the engine.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { EXIT, MirrorError, runMirror, type MirrorOptions } from '../../src/mirror/run.js';
import { foldCase } from '../../src/index/scan.js';
import { SAMPLE, tmpDir } from './helpers.js';
import { checkLinks, listFiles, readTree } from './tree.js';

const FAKE = { module: new URL('./fake-converter.js', import.meta.url).href, exportName: 'convertPage' };

function options(out: string, extra: Partial<MirrorOptions> = {}): MirrorOptions {
  return { dump: SAMPLE, outDir: out, jobs: 2, converter: FAKE, progress: null, log: () => {}, rawNamespaces: [10, 828], ...extra };
}

test('sample dump: files, names, links, categories, redirects, report', async () => {
  const out = tmpDir('sample');
  const result = await runMirror(options(out));
  assert.equal(result.exitCode, EXIT.OK);
  const files = listFiles(out);
  // The seed's documented failures: case-conflicting titles and the Ext-G title.
  assert.ok(files.includes('Page/Unix.md'));
  assert.ok(files.some((f) => /^Page\/UNIX~[0-9a-f]{8}\.md$/.test(f)));
  assert.ok(files.includes('Page/𰻝𰻝面.md'));
  assert.ok(files.includes('Page/𰻞𰻞麵.md'));
  assert.ok(files.includes('Page/Biángbiáng面.md'));
  assert.ok(files.includes('Page/𠮷野.md'));
  const folded = new Set<string>();
  for (const f of files) {
    assert.ok(!folded.has(foldCase(f)), `case clash: ${f}`);
    folded.add(foldCase(f));
    for (const part of f.split('/')) {
      assert.ok(Buffer.byteLength(part) <= 255, f);
      assert.ok(!/[:*?"<>|\\\u0000-\u001f]/.test(part) && !/[. ]$/.test(part), f);
      assert.equal(part, part.normalize('NFC'));
    }
  }
  // Namespaces: File and Project pages are not converted; templates and modules saved raw.
  assert.ok(!files.some((f) => f.startsWith('File/') || f.startsWith('Project/')));
  assert.equal(fs.readFileSync(path.join(out, 'Module/Arguments.wikitext'), 'utf8').startsWith('-- 示例模块'), true);
  // Every relative link resolves to a file of the mirror.
  const { relative } = checkLinks(out);
  assert.ok(relative > 30);
  const math = fs.readFileSync(path.join(out, 'Page/数学.md'), 'utf8');
  assert.match(math, /\[代数\]\(\.\.\/Page\/代数\.md\)/);
  assert.match(math, /\(\.\.\/Page\/几何学\.md#历史\)/);
  assert.match(math, /\(\.\.\/Page\/𰻝𰻝面\.md\)/);
  assert.match(fs.readFileSync(path.join(out, 'Page/代数.md'), 'utf8'), /\[幾何\]\(\.\.\/Page\/几何学\.md\)/);
  assert.match(fs.readFileSync(path.join(out, 'Page/操作系统.md'), 'utf8'), /\[UNIX\]\(\.\.\/Page\/UNIX~[0-9a-f]{8}\.md\)/);
  // Category pages: own text, subcategories, members by sort key.
  assert.equal(
    fs.readFileSync(path.join(out, 'Category/面食.md'), 'utf8'),
    '# Category:面食\n\n以面粉制成的食物。\n\n[食品](../Category/食品.md)\n\n## 页面\n\n- [𰻝𰻝面](../Page/𰻝𰻝面.md)\n- [拉面](../Page/拉面.md)\n- [面条](../Page/面条.md)\n',
  );
  const mathCat = fs.readFileSync(path.join(out, 'Category/数学.md'), 'utf8');
  assert.match(mathCat, /## 子分类\n\n- \[数学分支\]\(\.\.\/Category\/数学分支\.md\)\n\n## 页面\n\n- \[数学\]\(\.\.\/Page\/数学\.md\)\n- \[统计学\]/);
  assert.ok(fs.existsSync(path.join(out, 'Category/食品.md')), 'category used without a page');
  // Redirects: stubs, TSV with double/broken/loop.
  assert.equal(fs.readFileSync(path.join(out, 'Page/幾何.md'), 'utf8'), '# 幾何\n\n重定向至 [几何学](../Page/几何学.md)\n');
  // A stub that cannot lead into the mirror says why in full-width brackets, as Chinese writes them.
  assert.equal(fs.readFileSync(path.join(out, 'Page/失效重定向.md'), 'utf8'),
    '# 失效重定向\n\n重定向至 [从未存在的条目](https://zh.wikipedia.org/wiki/从未存在的条目)（目标页面不在本镜像中）\n');
  const tsv = fs.readFileSync(path.join(out, 'redirects.tsv'), 'utf8');
  assert.match(tsv, /^幾何\t几何\t几何学\tdouble$/m);
  assert.match(tsv, /^循环甲\t循环乙\t\tloop$/m);
  assert.match(tsv, /^失效重定向\t从未存在的条目\t\tbroken$/m);
  // index.tsv and index.json map every title to its file.
  const index = fs.readFileSync(path.join(out, 'index.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  const json = JSON.parse(fs.readFileSync(path.join(out, 'index.json'), 'utf8')) as Array<{ title: string; file: string }>;
  assert.equal(json.length, index.length);
  for (const [title, file] of index) assert.ok(files.includes(file!), `${title} → ${file}`);
  assert.ok(index.some(([t, f]) => t === '什么是"好"的代码?' && f === 'Page/什么是%22好%22的代码%3F.md'));
  // Report.
  const report = result.report;
  assert.equal(report.pagesInDump, 38);
  assert.deepEqual(report.pagesPerNamespace, { 0: 19, 14: 3 });
  assert.equal(report.redirects.loops, 2);
  assert.equal(report.redirects.broken, 1);
  assert.equal(report.redirects.double, 1);
  assert.equal(report.unhandledTemplates[0]!.name, 'reflist');
  assert.match(fs.readFileSync(path.join(out, 'REPORT.md'), 'utf8'), /## Top unhandled templates/);
});

test('re-run on a newer dump rewrites changed revisions and the pages linking to vanished ones, removes vanished pages', async () => {
  const out = tmpDir('update');
  await runMirror(options(out));
  const before = readTree(out);
  const stat = (f: string) => fs.statSync(path.join(out, f)).mtimeMs;
  const untouched = stat('Page/代数.md');
  // Newer dump: 统计学 edited (new revision), 拉面 deleted.
  const xml = fs.readFileSync(SAMPLE, 'utf8');
  const newer = path.join(tmpDir('newer'), 'zhwiki-newer.xml');
  const edited = xml
    .replace(/<page>\s*<title>拉面<\/title>[\s\S]*?<\/page>\s*/, '')
    .replace(/(<title>统计学<\/title>[\s\S]*?<revision>\s*<id>)(\d+)/, (_, a: string, id: string) => `${a}${Number(id) + 1000}`)
    .replace('是收集、整理', '（新版）是收集、整理');
  fs.writeFileSync(newer, edited);
  await new Promise((r) => setTimeout(r, 20));
  const lines: string[] = [];
  const result = await runMirror(options(out, { dump: newer, log: (line) => lines.push(line) }));
  assert.equal(result.exitCode, EXIT.OK);
  // The closing line says what was removed (it did not: session 21's audit); REPORT.md counts the same.
  assert.equal(result.report.removedFiles, 1);
  assert.match(fs.readFileSync(path.join(out, 'REPORT.md'), 'utf8'), /\n\| files removed \(pages gone from the dump, categories left empty\) \| 1 \|\n/);
  assert.match(lines.at(-1)!, /^converted 2 pages \(\d+ unchanged\) into .*; \d+ categories, \d+ redirect stubs; 1 file removed \(pages gone from the dump, categories left empty\); see REPORT\.md$/);
  // 统计学, and 面条, whose link to 拉面 now goes to the wiki (update.test.ts has every kind of change).
  assert.equal(result.report.run.convertedThisRun, 2);
  assert.doesNotMatch(fs.readFileSync(path.join(out, 'Page/面条.md'), 'utf8'), /\.\.\/Page\/拉面\.md/);
  assert.ok(!fs.existsSync(path.join(out, 'Page/拉面.md')));
  assert.match(fs.readFileSync(path.join(out, 'Page/统计学.md'), 'utf8'), /新版/);
  assert.equal(stat('Page/代数.md'), untouched);
  assert.doesNotMatch(fs.readFileSync(path.join(out, 'Category/面食.md'), 'utf8'), /拉面/);
  const after = readTree(out);
  const changed = [...after.keys()].filter((f) => after.get(f) !== before.get(f)).sort();
  assert.deepEqual(changed.filter((f) => !/^(report\.json|REPORT\.md)$/.test(f)), ['Category/面食.md', 'Page/统计学.md', 'Page/面条.md', 'index.json', 'index.tsv']);
});

test('interrupted run: --resume finishes it and equals an uninterrupted run; a plain re-run is refused', async () => {
  const full = tmpDir('full');
  await runMirror(options(full, { jobs: 1 }));
  const out = tmpDir('interrupted');
  const controller = new AbortController();
  let seen = 0;
  const sink = { write: (s: string) => { if (s.startsWith('convert') && ++seen >= 1) controller.abort(); return true; }, isTTY: false };
  process.env.WIKIMARK_PROGRESS_MS = '0';
  try {
    await assert.rejects(runMirror(options(out, { jobs: 1, progress: sink, signal: controller.signal })), (err: unknown) => err instanceof MirrorError && err.exitCode === EXIT.INTERRUPTED);
  } finally {
    delete process.env.WIKIMARK_PROGRESS_MS;
  }
  await assert.rejects(runMirror(options(out, { jobs: 1 })), (err: unknown) => err instanceof MirrorError && err.exitCode === EXIT.OUTPUT && /--resume/.test(err.message));
  const resumed = await runMirror(options(out, { jobs: 1, resume: true }));
  assert.equal(resumed.exitCode, EXIT.OK);
  assert.ok(resumed.report.run.skippedUnchanged > 0, 'pages finished before the interruption are not redone');
  const a = readTree(full);
  const b = readTree(out);
  for (const f of ['report.json', 'REPORT.md']) {
    a.delete(f);
    b.delete(f);
  }
  assert.deepEqual([...b.keys()].sort(), [...a.keys()].sort());
  for (const [f, content] of a) assert.equal(b.get(f), content, f);
});

test('a non-empty directory that is not a mirror is refused', async () => {
  const out = tmpDir('busy');
  fs.writeFileSync(path.join(out, 'notes.txt'), 'mine');
  await assert.rejects(runMirror(options(out)), (err: unknown) => err instanceof MirrorError && err.exitCode === EXIT.OUTPUT);
  assert.equal(fs.readFileSync(path.join(out, 'notes.txt'), 'utf8'), 'mine');
});

test('--min-size skips short articles; a bad dump leaves an existing mirror as it was', async () => {
  const out = tmpDir('minsize');
  const result = await runMirror(options(out, { minSize: 100, rawNamespaces: [] }));
  assert.equal(result.exitCode, EXIT.OK);
  const files = listFiles(out);
  assert.ok(files.includes('Page/数学.md'));
  assert.ok(!files.includes('Page/Aux.md') && !files.includes('Page/%41ux.md'), 'short page skipped');
  assert.ok(files.includes('Page/幾何.md'), 'redirect stubs are not subject to --min-size');
  const before = readTree(out);
  const bad = path.join(tmpDir('bad'), 'bad.xml');
  fs.writeFileSync(bad, fs.readFileSync(SAMPLE, 'utf8').replace('<title>代数</title>', '<title>代数</title><bogus>'). replace(/<\/page>\s*<page>\s*<title>几何学/, '</page>\n<junk/>\n<page><title>几何学'));
  await assert.rejects(runMirror(options(out, { dump: bad, minSize: 100, rawNamespaces: [] })), (err: unknown) => err instanceof MirrorError && err.exitCode === EXIT.INPUT && /invalid dump XML at byte \d+/.test(err.message));
  assert.deepEqual(readTree(out), before);
  // The next run is not mistaken for an interrupted one.
  const again = await runMirror(options(out, { minSize: 100, rawNamespaces: [] }));
  assert.equal(again.exitCode, EXIT.OK);
  assert.equal(again.report.run.convertedThisRun, 0);
});

test('--min-size on a mirror first made without it measures the sizes then (the index had none), and back', async () => {
  const out = tmpDir('minsize-later');
  const hasAux = () => listFiles(out).some((f) => f === 'Page/Aux.md' || f === 'Page/%41ux.md');
  assert.equal((await runMirror(options(out, { rawNamespaces: [] }))).exitCode, EXIT.OK);
  assert.ok(hasAux() && listFiles(out).includes('Page/数学.md'));
  assert.equal((await runMirror(options(out, { minSize: 100, rawNamespaces: [] }))).exitCode, EXIT.OK);
  assert.ok(!hasAux(), 'short page left the mirror');
  assert.ok(listFiles(out).includes('Page/数学.md') && listFiles(out).includes('Page/幾何.md'));
  assert.equal((await runMirror(options(out, { rawNamespaces: [] }))).exitCode, EXIT.OK);
  assert.ok(hasAux(), 'short page back without --min-size');
});

test('another --min-size rebuilds the index (its sizes may be bounds for the N it was built for); the same one reuses it', async () => {
  const out = tmpDir('minsize-other');
  let indexed = 0;
  const run = async (minSize: number) => {
    indexed = 0;
    const result = await runMirror(options(out, { minSize, rawNamespaces: [], onProgress: (phase) => void (phase === 'index' && indexed++) }));
    assert.equal(result.exitCode, EXIT.OK);
    return listFiles(out);
  };
  // 代数 has 326 chars in 542 bytes: under N=100 its index row may hold only ⌊542/3⌋ = 180.
  let files = await run(100);
  assert.ok(files.includes('Page/代数.md') && files.includes('Page/Unix.md') && !files.includes('Page/𠮷野.md'));
  files = await run(200);
  assert.ok(indexed > 0, 'index rebuilt for N=200');
  assert.ok(files.includes('Page/代数.md') && files.includes('Page/𰻝𰻝面.md'), 'pages of 326 and 220 chars kept at N=200');
  assert.ok(!files.includes('Page/Unix.md') && !files.includes('Page/拉面.md'), 'pages of 122 and 144 chars skipped at N=200');
  files = await run(200);
  assert.equal(indexed, 0, 'index reused for the same N');
  files = await run(100);
  assert.ok(indexed > 0 && files.includes('Page/Unix.md') && files.includes('Page/拉面.md'));
});

test('a page that kills its worker, or makes the converter throw, is written as source; the rest converts', async () => {
  const xml = fs.readFileSync(SAMPLE, 'utf8').replace('是一类多用户', '是一类CRASH_WORKER多用户').replace('标题含有冒号', '标题含有THROW_IN_CONVERTER冒号');
  const dump = path.join(tmpDir('crash'), 'crash.xml');
  fs.writeFileSync(dump, xml);
  const out = tmpDir('crash-out');
  const crashing = { module: new URL('./crashing-converter.js', import.meta.url).href, exportName: 'convertPage' };
  const result = await runMirror(options(out, { dump, converter: crashing, rawNamespaces: [] }));
  assert.equal(result.exitCode, EXIT.TRUNCATED); // "finished with input errors"
  assert.equal(result.report.failedPages.count, 2);
  assert.deepEqual(result.report.failedPages.examples.map((e) => e.title).sort(), ['Re:零', 'Unix']);
  assert.match(fs.readFileSync(path.join(out, 'Page/Unix.md'), 'utf8'), /^# Unix\n\n````wikitext\n'''Unix'''是一类CRASH_WORKER/);
  assert.match(fs.readFileSync(path.join(out, 'Page/数学.md'), 'utf8'), /\[代数\]\(\.\.\/Page\/代数\.md\)/);
  assert.equal(result.report.pagesPerNamespace[0], 19);
});

test('--namespaces adds other namespaces under their canonical folder; File is never converted', async () => {
  const out = tmpDir('namespaces');
  const result = await runMirror(options(out, { namespaces: [0, 4, 6], rawNamespaces: [] }));
  assert.equal(result.exitCode, EXIT.OK);
  const files = listFiles(out);
  assert.ok(files.includes('Project/关于.md'));
  assert.ok(files.includes('Page/数学.md'));
  assert.ok(!files.some((f) => f.startsWith('File/')), 'File namespace skipped');
  assert.deepEqual(result.report.pagesPerNamespace, { 0: 19, 4: 1, 14: 3 }); // category pages are converted into Category/ files
  // Categories are still listed for the pages that use them, even with 14 not converted itself.
  assert.ok(files.includes('Category/数学.md'));
  assert.match(fs.readFileSync(path.join(out, 'REPORT.md'), 'utf8'), /\| 4 \(Wikipedia\) \| 1 \|/);
});

test('interrupted during the index pass: exit 130, then --resume completes', async () => {
  const out = tmpDir('early-stop');
  const controller = new AbortController();
  controller.abort();
  await assert.rejects(runMirror(options(out, { signal: controller.signal })), (err: unknown) => err instanceof MirrorError && err.exitCode === EXIT.INTERRUPTED);
  const resumed = await runMirror(options(out, { resume: true }));
  assert.equal(resumed.exitCode, EXIT.OK);
  assert.ok(fs.existsSync(path.join(out, 'Page/数学.md')));
});
