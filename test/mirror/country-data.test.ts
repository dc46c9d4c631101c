/**
 * A mirror run on a dump that holds the wiki's `Template:Country data …` pages: flag templates
 * link the page's alias, which is a page of the mirror, so the link stays local.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { EXIT, runMirror } from '../../src/mirror/run.js';
import { miniDump, pageXml, tmpDir } from './helpers.js';
import { usingRealEngine } from './cli.js';

const DATA = '{{ {{{1<noinclude>|country showdata</noinclude>}}}\n| alias = 清朝\n| name = {{#if: {{{name|}}} | {{{name|}}} | 大清 }}\n}}';

test('{{flag|Qing Dynasty|1862|name=大清}} links the dump\'s 清朝 through its Country data page', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const dir = tmpDir('country-data');
  const dump = path.join(dir, 'dump.xml');
  fs.writeFileSync(
    dump,
    miniDump(
      pageXml(1, '鲁迅', '出生于{{QING-1862}}浙江。\n') +
        pageXml(2, '清朝', '清朝条目。\n') +
        pageXml(10, 'Template:QING-1862', '{{flag|Qing Dynasty|1862|name=大清}}', { ns: 10 }) +
        pageXml(11, 'Template:Country data Qing', DATA, { ns: 10 }) +
        pageXml(12, 'Template:Country data Qing Dynasty', '#REDIRECT [[Template:Country data Qing]]', { ns: 10, redirect: 'Template:Country data Qing' }),
    ),
  );
  const out = path.join(dir, 'out');
  const result = await runMirror({ dump, outDir: out, jobs: 1, progress: null, log: () => {} });
  assert.equal(result.exitCode, EXIT.OK);
  const page = fs.readFileSync(path.join(out, 'Page/鲁迅.md'), 'utf8');
  assert.match(page, /出生于\[大清\]\(\.\.\/Page\/清朝\.md\)浙江。/);
  assert.deepEqual(result.report.unhandledTemplates.map((u) => u.name), []);

  // --no-templates: no data page, so the name is linked as written (to the live wiki).
  const out2 = path.join(dir, 'out2');
  fs.writeFileSync(path.join(dir, 'dump2.xml'), miniDump(pageXml(1, '鲁迅', '出生于{{flag|Qing Dynasty|1862|name=大清}}浙江。\n') + pageXml(2, '清朝', '清朝条目。\n')));
  const alone = await runMirror({ dump: path.join(dir, 'dump2.xml'), outDir: out2, jobs: 1, progress: null, log: () => {} });
  assert.equal(alone.exitCode, EXIT.OK);
  assert.match(fs.readFileSync(path.join(out2, 'Page/鲁迅.md'), 'utf8'), /出生于\[大清\]\(https:\/\/zh\.wikipedia\.org\/wiki\/Qing_Dynasty\)浙江。/);
});
