/**
 * Files an update removes because the options changed (--namespaces here; --min-size alike) are
 * named as such, and go even when the dump is cut short: those pages are in the part of the dump
 * that was read, so their files are known stale (review of session 21, findings 3 and 9).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { EXIT, runMirror } from '../../src/mirror/run.js';
import { miniDump, pageXml, tmpDir } from './helpers.js';

const FAKE = { module: new URL('./fake-converter.js', import.meta.url).href, exportName: 'convertPage' };

for (const cutShort of [false, true]) {
  test(`--namespaces 0,10 then 0 on a ${cutShort ? 'truncated' : 'complete'} dump: the Template files go, counted as left out by the options`, async () => {
    const dir = tmpDir('stale-options');
    const out = path.join(dir, 'out');
    const dump = path.join(dir, 'dump.xml');
    const whole = miniDump(
      pageXml(1, 'Alpha', 'Text of Alpha.') +
        pageXml(2, 'Template:T', 'Text of T.', { ns: 10 }) +
        pageXml(3, 'Template:R', '#REDIRECT [[Template:T]]', { ns: 10, redirect: 'Template:T' }) +
        pageXml(4, 'Omega', 'Text of Omega.'),
    );
    fs.writeFileSync(dump, cutShort ? whole.slice(0, whole.indexOf('Text of Omega')) : whole);
    const lines: string[] = [];
    const run = (namespaces: number[]) => runMirror({ dump, outDir: out, jobs: 1, converter: FAKE, progress: null, namespaces, log: (l) => lines.push(l) });
    const first = await run([0, 10]);
    assert.equal(first.exitCode, cutShort ? EXIT.TRUNCATED : EXIT.OK);
    assert.deepEqual(fs.readdirSync(path.join(out, 'Template')).sort(), ['R.md', 'T.md']);
    const second = await run([0]);
    assert.equal(second.report.removedFiles, 2);
    assert.equal(second.report.removedLeftOut, 2);
    assert.equal(fs.existsSync(path.join(out, 'Template')), false);
    assert.equal(fs.existsSync(path.join(out, 'Page', 'Alpha.md')), true);
    const report = fs.readFileSync(path.join(out, 'REPORT.md'), 'utf8');
    assert.match(report, /\n\| files removed \(pages gone from the dump, categories left empty\) \| 0 \|\n\| files removed \(pages of the dump the options now leave out\) \| 2 \|\n/);
    assert.match(lines.at(-1)!, /; 2 files removed \(pages of the dump the options now leave out\); see REPORT\.md$/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
}
