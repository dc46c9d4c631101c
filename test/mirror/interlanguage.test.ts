/**
 * Interlanguage link templates in a mirror: the mirror knows which local articles it holds, so
 * uk {{Не перекладено}} and en {{ill}} show the other wiki's article only beside a missing one,
 * as the wikis' own templates do with their existence checks.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { EXIT, runMirror } from '../../src/mirror/run.js';
import { miniDump, pageXml, tmpDir } from './helpers.js';
import { usingRealEngine } from './cli.js';

async function mirrorPage(dumpText: string, title: string): Promise<string> {
  const dir = tmpDir('interlanguage');
  const dump = path.join(dir, 'dump.xml');
  fs.writeFileSync(dump, dumpText);
  const out = path.join(dir, 'out');
  const result = await runMirror({ dump, outDir: out, jobs: 1, progress: null, log: () => {} });
  assert.equal(result.exitCode, EXIT.OK);
  return fs.readFileSync(path.join(out, `Page/${title}.md`), 'utf8').trim();
}

test('uk {{нп}}: the local link alone for an article in the mirror, "(англ.)" beside a missing one', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const page = await mirrorPage(
    miniDump(pageXml(1, 'Річка', '{{нп|Місто|місто|en|City}} і {{не перекладено|треба=Село|текст=село|мова=de|є=Dorf}}.\n') + pageXml(2, 'Місто', 'Місто.\n'), 'uk'),
    'Річка',
  );
  assert.equal(page, '[місто](../Page/Місто.md) і [село](https://uk.wikipedia.org/wiki/Село)<sup>[(нім.)](https://de.wikipedia.org/wiki/Dorf)</sup>.');
});

test('en {{ill}}: the local link alone for an article in the mirror, "[de]" beside a missing one', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const page = await mirrorPage(
    miniDump(pageXml(1, 'River', '{{ill|Town|de|Stadt}} and {{ill|Village|de|Dorf|lt=a village}}.\n') + pageXml(2, 'Town', 'Town.\n'), 'en'),
    'River',
  );
  assert.equal(page, '[Town](../Page/Town.md) and [a village](https://en.wikipedia.org/wiki/Village)<sup>\\[[de](https://de.wikipedia.org/wiki/Dorf)]</sup>.');
});
