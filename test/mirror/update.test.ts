/**
 * An update run into an existing mirror gives, file for file, the mirror a fresh run of the new
 * dump gives (issue 3): for each kind of change between two small dumps, the first is converted,
 * then the second into the same folder, and the result is compared byte for byte with the second
 * converted into a new folder; and only the pages that had to be were converted again.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { EXIT, MirrorError, runMirror, type MirrorOptions } from '../../src/mirror/run.js';
import { openDatabase, PREVIOUS_TARGETS, setAsideIndex } from '../../src/index/db.js';
import { keysFromBlob, NOW_KEY, textKey, titleKey } from '../../src/mirror/lookup-log.js';
import { miniDump, pageXml, tmpDir } from './helpers.js';
import { mirrorFiles } from './tree.js';
import { usingRealEngine } from './cli.js';

/** miniDump's siteinfo with the File namespace, so that a File page makes an image local; `base`: another wiki's address. */
const dump = (pages: string, base?: string) => {
  const xml = miniDump(pages).replace('<namespace key="10"', '<namespace key="6" case="first-letter">File</namespace>\n      <namespace key="10"');
  return base ? xml.replace(/<base>[^<]*<\/base>/, `<base>${base}</base>`) : xml;
};

/** How a case runs: its mirror options, the wiki's address, something done to the first mirror's copy before the update. */
interface How {
  extra?: Partial<MirrorOptions>;
  base?: string;
  before?: (updated: string) => void;
}

/** The first dump: each page depends on one thing a second dump changes. */
const V1: Record<string, string> = {
  A: pageXml(1, 'A', '链接到[[乙]]。\n'),
  乙: pageXml(2, '乙', '乙条目。\n'),
  B: pageXml(3, 'B', '链接到[[新页]]。\n'),
  C: pageXml(4, 'C', '链接到[[旧名]]。\n'),
  旧名: pageXml(5, '旧名', '#REDIRECT [[丁#历史]]', { redirect: '丁' }),
  丁: pageXml(6, '丁', '丁条目。\n\n== 历史 ==\n文字。\n'),
  戊: pageXml(7, '戊', '戊条目。\n\n== 历史 ==\n文字。\n'),
  D: pageXml(8, 'D', '{{模板甲}}\n'),
  模板甲: pageXml(9, 'Template:模板甲', "'''模板文字'''", { ns: 10 }),
  E: pageXml(10, 'E', '[[File:Logo.png|缩略图]]\n'),
  F: pageXml(12, 'F', '链接到[[Unix]]。\n'),
  Unix: pageXml(13, 'Unix', 'Unix条目。\n'),
  UNIX: pageXml(14, 'UNIX', 'UNIX条目。\n'),
  G: pageXml(15, 'G', '链接到[[UNIX]]。\n'),
  H: pageXml(16, 'H', '无关的条目，链接到[[丁]]。\n'),
  N: pageXml(17, 'N', '今年是{{CURRENTYEAR}}年。\n'),
};

function options(dumpPath: string, out: string, extra: Partial<MirrorOptions> = {}): MirrorOptions {
  return { dump: dumpPath, outDir: out, jobs: 1, progress: null, log: () => {}, ...extra };
}

function assertSameMirror(updated: string, fresh: string): void {
  const a = mirrorFiles(fresh);
  const b = mirrorFiles(updated);
  assert.deepEqual([...b.keys()], [...a.keys()]);
  for (const [f, content] of a) assert.equal(b.get(f), content, `${f} differs from a fresh run's`);
}

const firstMirrors = new Map<Record<string, string>, string>();
/** A first dump converted once (each v1 always with the same `extra` options); each case starts from a copy. */
async function firstMirror(v1: Record<string, string> = V1, how: How = {}): Promise<string> {
  const known = firstMirrors.get(v1);
  if (known) return known;
  const dir = tmpDir('update-v1');
  const file = path.join(dir, 'v1.xml');
  fs.writeFileSync(file, dump(Object.values(v1).join(''), how.base));
  const out = path.join(dir, 'out');
  assert.equal((await runMirror(options(file, out, how.extra))).exitCode, EXIT.OK);
  firstMirrors.set(v1, out);
  return out;
}

/** Update a copy of the first mirror with `pages`; check it against a fresh run and return what it converted. */
async function update(pages: Record<string, string>, v1: Record<string, string> = V1, how: How = {}): Promise<{ converted: number; dependents: number | undefined; updated: string; dumpFile: string }> {
  const dir = tmpDir('update-v2');
  const file = path.join(dir, 'v2.xml');
  fs.writeFileSync(file, dump(Object.values(pages).join(''), how.base));
  const updated = path.join(dir, 'updated');
  fs.cpSync(await firstMirror(v1, how), updated, { recursive: true });
  how.before?.(updated);
  const result = await runMirror(options(file, updated, how.extra));
  assert.equal(result.exitCode, EXIT.OK);
  const fresh = path.join(dir, 'fresh');
  assert.equal((await runMirror(options(file, fresh, how.extra))).exitCode, EXIT.OK);
  assertSameMirror(updated, fresh);
  return { converted: result.report.run.convertedThisRun, dependents: result.report.run.dependentsRedone, updated, dumpFile: file };
}

const without = (...titles: string[]) => Object.fromEntries(Object.entries(V1).filter(([t]) => !titles.includes(t)));

test('a page that left the dump: the pages linking to it (also through a template) are converted again', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const v2 = { ...without('乙'), 模板甲: pageXml(9, 'Template:模板甲', "'''模板文字'''[[乙]]", { ns: 10, rev: 91 }) };
  // D's template changed too: with 乙 gone only A and D are redone.
  const { converted, dependents, updated } = await update(v2);
  assert.equal(converted, 2);
  assert.equal(dependents, 2); // 乙's row (gone) is not counted
  assert.doesNotMatch(fs.readFileSync(path.join(updated, 'Page/A.md'), 'utf8'), /\.\.\/Page\/乙\.md/);
});

test('a page new in the dump: pages that linked to the wiki now link to it', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const { converted, dependents, updated, dumpFile } = await update({ ...V1, 新页: pageXml(20, '新页', '新的条目。\n') });
  assert.equal(converted, 2); // 新页 itself and B
  assert.equal(dependents, 1); // B, reported in REPORT.md
  assert.match(fs.readFileSync(path.join(updated, 'REPORT.md'), 'utf8'), /\| unchanged pages redone: something they depend on changed \(or their keys not recorded\) \| 1 \|/);
  assert.match(fs.readFileSync(path.join(updated, 'Page/B.md'), 'utf8'), /\.\.\/Page\/新页\.md/);
  // The same update run again reuses the plan and redoes nothing: no earlier count is reported.
  const again = await runMirror(options(dumpFile, updated));
  assert.equal(again.exitCode, EXIT.OK);
  assert.equal(again.report.run.convertedThisRun, 0);
  assert.equal(again.report.run.dependentsRedone, undefined);
  assert.doesNotMatch(fs.readFileSync(path.join(updated, 'REPORT.md'), 'utf8'), /unchanged pages redone/);
});

test('a redirect whose target changed: links through it go to the new target', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const { converted, updated } = await update({ ...V1, 旧名: pageXml(5, '旧名', '#REDIRECT [[戊#历史]]', { redirect: '戊', rev: 51 }) });
  assert.equal(converted, 1); // C (a redirect is a stub, not a converted page)
  assert.match(fs.readFileSync(path.join(updated, 'Page/C.md'), 'utf8'), /\.\.\/Page\/戊\.md#历史/);
});

test('a template that changed: the pages transcluding it show its new text', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const { converted, updated } = await update({ ...V1, 模板甲: pageXml(9, 'Template:模板甲', "''新的模板文字''", { ns: 10, rev: 92 }) });
  assert.equal(converted, 1); // D
  assert.match(fs.readFileSync(path.join(updated, 'Page/D.md'), 'utf8'), /新的模板文字/);
});

test('a File page new in the dump: images of it move from Commons to the wiki\'s own uploads', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const { converted, updated } = await update({ ...V1, Logo: pageXml(11, 'File:Logo.png', '标志。', { ns: 6 }) });
  assert.equal(converted, 1); // E
  assert.match(fs.readFileSync(path.join(updated, 'Page/E.md'), 'utf8'), /wikipedia\/zh\//);
});

test('a case clash resolved: the page keeping the plain name, and links to it, are redone', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const first = mirrorFiles(await firstMirror());
  assert.ok([...first.keys()].some((f) => /^Page\/UNIX~[0-9a-f]{8}\.md$/.test(f)));
  const { converted, updated } = await update(without('Unix'));
  assert.equal(converted, 3); // UNIX under its new name, G linking to it, F linking to the vanished Unix
  assert.match(fs.readFileSync(path.join(updated, 'Page/G.md'), 'utf8'), /\.\.\/Page\/UNIX\.md\)/);
});

test('an edited article alone: pages linking to it are not redone', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const { converted, dependents } = await update({ ...V1, 丁: pageXml(6, '丁', '丁条目，新版。\n\n== 历史 ==\n文字。\n', { rev: 61 }) });
  assert.equal(converted, 1); // 丁; C (through 旧名) and H only link to it
  assert.equal(dependents, 0);
});

test('a later dump date: pages showing the date are redone', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const { converted, updated } = await update({ ...V1, 新闻: pageXml(21, '新闻', '新的条目。\n', { timestamp: '2025-06-01T00:00:00Z' }) });
  assert.equal(converted, 2); // 新闻 and N
  assert.match(fs.readFileSync(path.join(updated, 'Page/N.md'), 'utf8'), /今年是2025年/);
});

test('zh: a link found in another script follows that page; the second page asking got the answer from the cache', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const v1 = {
    P1: pageXml(1, 'P1', '链接到[[數學]]。\n'),
    P2: pageXml(2, 'P2', '也链接到[[數學]]。\n'),
    数学: pageXml(3, '数学', '数学条目。\n'),
    Z: pageXml(4, 'Z', '无关。\n'),
  };
  assert.match(fs.readFileSync(path.join(await firstMirror(v1), 'Page/P2.md'), 'utf8'), /\.\.\/Page\/数学\.md/);
  const gone = { ...v1 };
  delete (gone as Record<string, string>)['数学'];
  assert.equal((await update(gone, v1)).converted, 2); // P1 and P2
  // The title as written, new in the dump, wins over the other spelling.
  const exact = await update({ ...v1, 數學: pageXml(5, '數學', '數學条目。\n') }, v1);
  assert.equal(exact.converted, 3); // 數學, P1, P2
  assert.match(fs.readFileSync(path.join(exact.updated, 'Page/P2.md'), 'utf8'), /\.\.\/Page\/數學\.md/);
});

/**
 * Answers kept across pages (a template's parsed tree, a NoteTA group's rules, whether a wiki has
 * its own template, a zh spelling or category name) must note their keys on every page that uses
 * them, not only on the first: two pages sharing each, with one worker so that the second page
 * gets the kept answer.
 */
const SHARED_V1: Record<string, string> = {
  D1: pageXml(1, 'D1', '{{模板甲}}\n'),
  D2: pageXml(2, 'D2', '又是{{模板甲}}\n'),
  模板甲: pageXml(3, 'Template:模板甲', "'''模板文字'''", { ns: 10 }),
  M1: pageXml(4, 'M1', '{{模板乙}}\n'),
  M2: pageXml(5, 'M2', '又是{{模板乙}}\n'),
  I1: pageXml(6, 'I1', '{{#ifexist:丙|有丙|无丙}}，{{#ifexist:數學|有数学|无数学}}\n'),
  I2: pageXml(7, 'I2', '又{{#ifexist:丙|有丙|无丙}}，{{#ifexist:數學|有数学|无数学}}\n'),
  K1: pageXml(8, 'K1', '文字。\n\n[[Category:數學]]\n'),
  K2: pageXml(9, 'K2', '文字。\n\n[[Category:數學]]\n'),
  数学: pageXml(10, 'Category:数学', '分类。\n', { ns: 14 }),
  Z: pageXml(11, 'Z', '无关。\n'),
  数学页: pageXml(14, '数学', '数学条目。\n'),
};

test('a template used by two pages, edited: both are redone', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const { converted, updated } = await update({ ...SHARED_V1, 模板甲: pageXml(3, 'Template:模板甲', "''新的模板文字''", { ns: 10, rev: 31 }) }, SHARED_V1);
  assert.equal(converted, 2); // D1, D2
  assert.match(fs.readFileSync(path.join(updated, 'Page/D2.md'), 'utf8'), /新的模板文字/);
});

test('a template two pages call, new in the dump: both are redone', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const { converted, updated } = await update({ ...SHARED_V1, 模板乙: pageXml(12, 'Template:模板乙', '乙模板的文字', { ns: 10, timestamp: '2024-01-01T00:00:00Z' }) }, SHARED_V1);
  assert.equal(converted, 2); // M1, M2
  assert.match(fs.readFileSync(path.join(updated, 'Page/M2.md'), 'utf8'), /乙模板的文字/);
});

// Each page asks the index itself here (the answer is not kept across pages): a plain update case.
test('#ifexist asked by two pages, the page new: both are redone', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const { converted, updated } = await update({ ...SHARED_V1, 丙: pageXml(13, '丙', '丙条目。\n', { timestamp: '2024-01-01T00:00:00Z' }) }, SHARED_V1);
  assert.equal(converted, 3); // 丙, I1, I2
  assert.match(fs.readFileSync(path.join(updated, 'Page/I2.md'), 'utf8'), /有丙/);
});

test('zh: #ifexist finding a page in the other script, asked by two pages, that page gone: both are redone', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const v2 = { ...SHARED_V1 };
  delete (v2 as Record<string, string>)['数学页'];
  const { converted, updated } = await update(v2, SHARED_V1);
  assert.equal(converted, 2); // I1, I2
  assert.match(fs.readFileSync(path.join(updated, 'Page/I2.md'), 'utf8'), /无数学/);
});

// Each page's category link looks up the recorded name, whose page is the one gone, so this case
// passes without the replay too; the recorded-name cache's replay is tested in page-options.test.ts.
test('zh: a category recorded under its other spelling by two pages, that page gone: both are redone', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const v2 = { ...SHARED_V1 };
  delete (v2 as Record<string, string>)['数学'];
  const { converted } = await update(v2, SHARED_V1);
  assert.equal(converted, 2); // K1, K2
});

const GROUP_V1: Record<string, string> = {
  P1: pageXml(1, 'P1', '{{NoteTA|G1=测试}}\n甲甲。\n'),
  P2: pageXml(2, 'P2', '{{NoteTA|G1=测试}}\n又是甲甲。\n'),
  测试: pageXml(3, 'Template:CGroup/测试', '-{H|zh-cn:甲甲; zh-tw:乙乙;}-', { ns: 10 }),
};

test('--variant: a NoteTA group two pages name, edited: both are redone', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const how = { extra: { variant: 'zh-tw' } };
  const v2 = { ...GROUP_V1, 测试: pageXml(3, 'Template:CGroup/测试', '-{H|zh-cn:甲甲; zh-tw:丙丙;}-', { ns: 10, rev: 31 }) };
  const { converted, updated } = await update(v2, GROUP_V1, how);
  assert.equal(converted, 2); // P1, P2
  assert.match(fs.readFileSync(path.join(updated, 'Page/P2.md'), 'utf8'), /又是丙丙/);
});

const OWN_V1: Record<string, string> = {
  X1: pageXml(1, 'X1', '{{Note|注意}}\n'),
  X2: pageXml(2, 'X2', '又{{Note|注意}}\n'),
};

test('a wiki of its own: a template named like a built-in handler, new in the dump, wins on both pages', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const how = { base: 'https://wiki.example.com/index.php/Main' };
  const v2 = { ...OWN_V1, Note: pageXml(3, 'Template:Note', "'''本公司注：'''{{{1}}}", { ns: 10, timestamp: '2024-01-01T00:00:00Z' }) };
  const { converted, updated } = await update(v2, OWN_V1, how);
  assert.equal(converted, 2); // X1, X2
  assert.match(fs.readFileSync(path.join(updated, 'Page/X2.md'), 'utf8'), /本公司注/);
});

/** Something done to a copy's state database before the update. */
const inState = (sql: string) => (updated: string) => {
  const db = openDatabase(path.join(updated, '.wikimark', 'wikimark.sqlite'));
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
};

// An older build left both of these; each is undone alone here, so each fix is tested on its own.
test('a checkpoint without keys (written by an older build): the column is added and the first update redoes every page', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  // Only an article edited: no key changes (the date recorded is this dump's), yet every page is redone once.
  const v2 = { ...SHARED_V1, Z: pageXml(11, 'Z', '无关，新版。\n', { rev: 111 }) };
  const { converted, dependents, updated } = await update(v2, SHARED_V1, { before: inState('ALTER TABLE done DROP COLUMN lookups') });
  assert.equal(converted, 11); // every page of SHARED_V1 but the template
  // All but Z (edited) were unchanged: the report's row says they may have been redone for want of keys.
  assert.equal(dependents, 10);
  assert.match(fs.readFileSync(path.join(updated, 'REPORT.md'), 'utf8'), /\| unchanged pages redone: something they depend on changed \(or their keys not recorded\) \| 10 \|/);
});

test('no date recorded (an older build\'s plan): the pages showing the date are redone, whatever it was', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  // The same latest edit in both dumps; only H edited, which no page links to.
  const v2 = { ...V1, H: pageXml(16, 'H', '无关的条目，新版，链接到[[丁]]。\n', { rev: 161 }) };
  const { converted, updated } = await update(v2, V1, { before: inState("DELETE FROM state WHERE key = 'now'") });
  assert.equal(converted, 2); // H and N
  assert.match(fs.readFileSync(path.join(updated, 'Page/N.md'), 'utf8'), /今年是\d{4}年/);
});

test('an update an older build stopped before its plan (no previous targets set aside), run again: every page is redone', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const stoppedByOlderBuild = (updated: string) => {
    const db = openDatabase(path.join(updated, '.wikimark', 'wikimark.sqlite'));
    try {
      // What that build left: the previous index set aside without the plan's targets, a partial index beside it.
      setAsideIndex(db);
      db.exec(`DROP TABLE ${PREVIOUS_TARGETS}`);
    } finally {
      db.close();
    }
  };
  const v2 = { ...SHARED_V1, Z: pageXml(11, 'Z', '无关，新版。\n', { rev: 111 }) };
  const { converted } = await update(v2, SHARED_V1, { before: stoppedByOlderBuild });
  assert.equal(converted, 11);
});

test('the checkpoint keeps each page\'s lookups, sorted; a raw page has none', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const dir = tmpDir('update-keys');
  const file = path.join(dir, 'v1.xml');
  fs.writeFileSync(file, dump(Object.values(V1).join('')));
  const out = path.join(dir, 'out');
  assert.equal((await runMirror(options(file, out, { rawNamespaces: [10] }))).exitCode, EXIT.OK);
  const db = openDatabase(path.join(out, '.wikimark', 'wikimark.sqlite'), { readonly: true });
  try {
    const rows = db.prepare('SELECT file, kind, lookups FROM done').all() as Array<{ file: string; kind: string; lookups: Buffer | null }>;
    for (const row of rows) {
      assert.ok(row.lookups !== null, row.file);
      const keys = keysFromBlob(row.lookups);
      for (let i = 1; i < keys.length; i++) assert.ok(keys[i - 1]! < keys[i]!, `${row.file}: sorted, no repeats`);
      if (row.kind === 'raw') assert.equal(keys.length, 0, row.file);
    }
    const keysOf = (file: string) => new Set(keysFromBlob(rows.find((r) => r.file === file)!.lookups!));
    const a = keysOf('Page/A.md');
    assert.ok(a.has(titleKey('乙')), 'A links to 乙');
    assert.ok(!a.has(textKey('乙')), 'A does not read 乙\'s text');
    assert.ok(!a.has(NOW_KEY), 'A does not show the date');
    assert.ok(keysOf('Page/D.md').has(textKey('Template:模板甲')), 'D reads its template');
    assert.ok(keysOf('Page/E.md').has(titleKey('File:Logo.png')), 'E asks whether its image is local');
    assert.ok(keysOf('Page/N.md').has(NOW_KEY), 'N shows the date');
  } finally {
    db.close();
  }
});

test('an update interrupted mid-way, then resumed: the same mirror as a fresh run', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  // Many pages link to 乙 (36 KB each: some batches of work); it leaves the dump, so the update has them all to redo.
  const many: Record<string, string> = { ...V1 };
  for (let i = 0; i < 60; i++) many[`链${i}`] = pageXml(100 + i, `链${i}`, `第${i}条链接到[[乙]]。\n\n${'文字。'.repeat(4000)}\n`);
  const dir = tmpDir('update-resume');
  const v1 = path.join(dir, 'v1.xml');
  const v2 = path.join(dir, 'v2.xml');
  fs.writeFileSync(v1, dump(Object.values(many).join('')));
  delete many['乙'];
  fs.writeFileSync(v2, dump(Object.values(many).join('')));
  const out = path.join(dir, 'out');
  assert.equal((await runMirror(options(v1, out))).exitCode, EXIT.OK);
  const controller = new AbortController();
  const sink = { write: (s: string) => { if (s.startsWith('convert')) controller.abort(); return true; }, isTTY: false };
  process.env.WIKIMARK_PROGRESS_MS = '0';
  try {
    await assert.rejects(runMirror(options(v2, out, { progress: sink, signal: controller.signal })), (err: unknown) => err instanceof MirrorError && err.exitCode === EXIT.INTERRUPTED);
  } finally {
    delete process.env.WIKIMARK_PROGRESS_MS;
  }
  const resumed = await runMirror(options(v2, out, { resume: true }));
  assert.equal(resumed.exitCode, EXIT.OK);
  // The pages marked before the stop are still to do: the resumed run converts them.
  assert.ok(resumed.report.run.convertedThisRun > 0);
  // The interrupted run's plan marked them: the resumed run reports its count.
  assert.equal(resumed.report.run.dependentsRedone, 61); // the 60 pages and A
  if (process.env.SHOW) console.log('resumed', resumed.report.run.convertedThisRun, resumed.report.run.skippedUnchanged);
  const fresh = path.join(dir, 'fresh');
  assert.equal((await runMirror(options(v2, fresh))).exitCode, EXIT.OK);
  assertSameMirror(out, fresh);
});
