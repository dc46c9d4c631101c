import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DumpReader } from '../../src/dump/reader.js';
import { IndexBuilder } from '../../src/index/builder.js';
import { openDatabase } from '../../src/index/db.js';
import { contentPageWhere, planFiles } from '../../src/mirror/plan.js';
import { miniDump, pageXml, tmpDir } from './helpers.js';

async function plan(xml: string, opts = { namespaces: [0, 14], rawNamespaces: [10], minSize: 0 }) {
  const dir = tmpDir('plan');
  const file = path.join(dir, 'd.xml');
  fs.writeFileSync(file, xml);
  const reader = await DumpReader.open(file);
  const db = openDatabase(path.join(dir, 'i.sqlite'));
  const builder = new IndexBuilder(db, reader.site);
  for await (const p of reader.pages()) builder.add(p);
  builder.finish();
  const summary = planFiles(db, reader.site, opts);
  const files = new Map((db.prepare('SELECT title, kind, file FROM files').all() as Array<{ title: string; kind: string; file: string }>).map((r) => [`${r.kind}:${r.title}`, r.file]));
  const targets = new Map((db.prepare('SELECT title, file, fragment FROM targets').all() as Array<{ title: string; file: string; fragment: string | null }>).map((r) => [r.title, [r.file, r.fragment]]));
  return { summary, files, targets };
}

test('case clashes: an article keeps the plain name over a redirect, the oldest page over a newer one', async () => {
  const { summary, files } = await plan(
    miniDump(
      pageXml(1, 'LINUX', '#REDIRECT [[Linux]]', { redirect: 'Linux' }) +
        pageXml(2, 'Linux', 'kernel [[Category:OS]]') +
        pageXml(3, 'ABC', 'first') +
        pageXml(4, 'Abc', 'second') +
        pageXml(5, 'Category:Os', 'a category page whose name clashes with the used category OS', { ns: 14 }),
    ),
  );
  assert.equal(files.get('page:Linux'), 'Page/Linux.md');
  assert.match(files.get('redirect:LINUX')!, /^Page\/LINUX~[0-9a-f]{8}\.md$/);
  assert.equal(files.get('page:ABC'), 'Page/ABC.md');
  assert.match(files.get('page:Abc')!, /^Page\/Abc~[0-9a-f]{8}\.md$/);
  assert.equal(files.get('category:Category:Os'), 'Category/Os.md');
  assert.match(files.get('category:Category:OS')!, /^Category\/OS~[0-9a-f]{8}\.md$/);
  assert.equal(summary.renamed.length, 3);
});

test('targets: pages, categories, and redirects pointing at their final page and section', async () => {
  const { targets, files } = await plan(
    miniDump(
      pageXml(1, 'A', 'text [[Category:K]]') +
        pageXml(2, 'B', '#REDIRECT [[C]]', { redirect: 'C' }) +
        pageXml(3, 'C', '#REDIRECT [[A#History]]', { redirect: 'A' }) +
        pageXml(4, 'Template:T', '{{{1}}}', { ns: 10 }) +
        pageXml(5, 'D', '#REDIRECT [[Missing]]', { redirect: 'Missing' }),
    ),
  );
  assert.deepEqual(targets.get('A'), ['Page/A.md', null]);
  assert.deepEqual(targets.get('B'), ['Page/A.md', 'History']);
  assert.deepEqual(targets.get('C'), ['Page/A.md', 'History']);
  assert.deepEqual(targets.get('Category:K'), ['Category/K.md', null]);
  assert.equal(targets.get('D'), undefined);
  assert.equal(targets.get('Template:T'), undefined, 'raw files are not link targets');
  assert.equal(files.get('raw:Template:T'), 'Template/T.wikitext');
});

test('contentPageWhere: the one content-page condition the plan and the report share; no namespace left is no page', () => {
  assert.equal(contentPageWhere([0, 14, 6, -1]), 'ns IN (0,14) AND ns != 14 AND redirect IS NULL');
  // `--namespaces 6`: files are never pages, and the list must not come out as `IN ()`.
  assert.equal(contentPageWhere([6]), 'ns IN (-999) AND ns != 14 AND redirect IS NULL');
});
