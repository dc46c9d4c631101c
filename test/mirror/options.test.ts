/**
 * Output options through the real engine on a small zh dump: --images embed|link|drop, the
 * attribution line (on by default for zh, --no-attribution), --front-matter; and a re-run into
 * the same OUTDIR with other options converts the pages again (and rebuilds the index, whose
 * categories answer the options its pages were converted with).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { EXIT, runMirror, type MirrorOptions } from '../../src/mirror/run.js';
import { miniDump, pageXml, tmpDir } from './helpers.js';
import { usingRealEngine } from './cli.js';

const TEMPLATE_CATEGORIES = { module: new URL('./template-category-converter.js', import.meta.url).href, exportName: 'convertPage' };

const TEXT = "'''猫'''是一种哺乳动物。\n\n[[File:Cat.jpg|thumb|一只猫]]\n\n猫会捉老鼠。\n";

test('--images, attribution and --front-matter reach every page; changed options reconvert', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const dump = path.join(tmpDir('options-dump'), 'dump.xml');
  fs.writeFileSync(dump, miniDump(pageXml(1, '猫', TEXT)));
  const run = async (out: string, extra: Partial<MirrorOptions>) => {
    const r = await runMirror({ dump, outDir: out, jobs: 1, progress: null, log: () => {}, ...extra });
    assert.equal(r.exitCode, EXIT.OK);
    return { text: fs.readFileSync(path.join(out, 'Page/猫.md'), 'utf8'), converted: r.report.run.convertedThisRun };
  };
  const embed = (await run(tmpDir('embed'), {})).text;
  assert.match(embed, /!\[[^\]]*\]\([^)]*Cat\.jpg\)/);
  assert.equal(embed.split('\n')[0], '> 本文内容由[猫](https://zh.wikipedia.org/wiki/猫)转换而来。');
  const link = (await run(tmpDir('link'), { images: 'link', attribution: false })).text;
  assert.doesNotMatch(link, /!\[/);
  assert.match(link, /\[[^\]]*\]\([^)]*Cat\.jpg\)/);
  assert.doesNotMatch(link, /本文内容由/);
  const drop = (await run(tmpDir('drop'), { images: 'drop' })).text;
  assert.doesNotMatch(drop, /Cat\.jpg/);
  assert.match(drop, /猫会捉老鼠/);

  const out = tmpDir('front');
  assert.equal((await run(out, {})).converted, 1);
  assert.equal((await run(out, {})).converted, 0, 'same options: nothing to redo');
  const front = await run(out, { frontMatter: true });
  assert.equal(front.converted, 1, 'other options: converted again');
  assert.match(front.text, /^---\ntitle: /);
});

test('--namespaces / --raw-namespaces that give nothing are named: File (6), and numbers the wiki does not have', async () => {
  const dump = path.join(tmpDir('options-ns'), 'dump.xml');
  fs.writeFileSync(dump, miniDump(pageXml(1, '猫', '猫。')));
  const lines: string[] = [];
  const fake = { module: new URL('./fake-converter.js', import.meta.url).href, exportName: 'convertPage' };
  const r = await runMirror({ dump, outDir: tmpDir('options-ns-out'), jobs: 1, progress: null, converter: fake, log: (l) => lines.push(l), namespaces: [0, 6, 3000], rawNamespaces: [10, 2999] });
  assert.equal(r.exitCode, EXIT.OK);
  assert.deepEqual(lines.filter((l) => l.startsWith('note: ')), [
    'note: --namespaces 6: File pages are never converted to Markdown (images link to the files themselves); --raw-namespaces 6 keeps their wikitext',
    'note: --namespaces: this wiki has no namespace 3000 (its namespaces are listed in report.json, site.namespaceNames)',
    'note: --raw-namespaces: this wiki has no namespace 2999 (its namespaces are listed in report.json, site.namespaceNames)',
  ]);
  const quiet: string[] = [];
  await runMirror({ dump, outDir: tmpDir('options-ns-out2'), jobs: 1, progress: null, converter: fake, log: (l) => quiet.push(l), namespaces: [0, 14, 4], rawNamespaces: [10] });
  assert.deepEqual(quiet.filter((l) => l.startsWith('note: ')), []);
});

test('an index reused under other options keeps no category a template gave a page before: it is rebuilt', async () => {
  const dir = tmpDir('index-reuse-options');
  const dump = path.join(dir, 'dump.xml');
  const out = path.join(dir, 'out');
  fs.writeFileSync(
    dump,
    miniDump(
      pageXml(1, 'Alpha', 'Alpha text. {{Tagged}} [[Category:Letters]]') +
        pageXml(3, 'Beta', 'Beta text. [[Category:Tagged]]') +
        pageXml(2, 'Template:Tagged', 'a tag<includeonly>[[Category:Tagged]]</includeonly>', { ns: 10 }),
    ),
  );
  const run = async (extra: Partial<MirrorOptions>) => {
    const r = await runMirror({ dump, outDir: out, jobs: 1, converter: TEMPLATE_CATEGORIES, progress: null, log: () => {}, ...extra });
    assert.equal(r.exitCode, EXIT.OK);
    return r;
  };
  const members = (category: string) => {
    const file = path.join(out, 'Category', `${category}.md`);
    return fs.existsSync(file) ? [...fs.readFileSync(file, 'utf8').matchAll(/\]\(\.\.\/Page\/(\w+)\.md\)/g)].map((m) => m[1]) : null;
  };
  // (A category file is planned from the scan: Beta's link makes Tagged's.)
  await run({});
  assert.deepEqual(members('Tagged'), ['Alpha', 'Beta']);
  assert.deepEqual(members('Letters'), ['Alpha']);
  const noTemplates = await run({ expandTemplates: false });
  assert.equal(noTemplates.report.run.convertedThisRun, 2);
  assert.deepEqual(members('Tagged'), ['Beta'], 'Alpha no longer shows the template’s category');
  assert.deepEqual(members('Letters'), ['Alpha']);
  // Back to the first options: the template's category again.
  await run({});
  assert.deepEqual(members('Tagged'), ['Alpha', 'Beta']);
  // The same options again reuse the index (nothing converted, the categories as they were).
  const again = await run({});
  assert.equal(again.report.run.convertedThisRun, 0);
  assert.deepEqual(members('Tagged'), ['Alpha', 'Beta']);
});
