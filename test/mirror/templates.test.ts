/**
 * The mirror hands the dump's Template namespace to the engine (PageSource): templates without a
 * built-in handler expand from the dump, built-in handlers still win over the dump's own
 * versions, and --no-templates leaves only the built-ins.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { EXIT, runMirror } from '../../src/mirror/run.js';
import { miniDump, pageXml, tmpDir } from './helpers.js';
import { usingRealEngine } from './cli.js';

const DUMP = miniDump(
  pageXml(1, '甲', '{{main|乙}}\n\n{{自定义|乙|注=见下}}\n\n{{没有这个}}尾\n') +
    pageXml(2, '乙', '乙条目。\n') +
    pageXml(3, 'Template:Main', '模板页面的文字：[[{{{1}}}]]', { ns: 10 }) +
    pageXml(4, 'Template:自定义', "'''自定义'''：[[{{{1}}}]]{{#if:{{{注|}}}|（{{{注}}}）}}<noinclude>说明</noinclude>", { ns: 10 }) +
    pageXml(5, 'Template:自定义别名', '#REDIRECT [[Template:自定义]]', { ns: 10, redirect: 'Template:自定义' }),
);

async function convert(extra: { expandTemplates?: boolean } = {}): Promise<{ page: string; unhandled: string[] }> {
  const dir = tmpDir('templates');
  const dump = path.join(dir, 'dump.xml');
  fs.writeFileSync(dump, DUMP);
  const out = path.join(dir, 'out');
  const result = await runMirror({ dump, outDir: out, jobs: 1, progress: null, log: () => {}, ...extra });
  assert.equal(result.exitCode, EXIT.OK);
  return { page: fs.readFileSync(path.join(out, 'Page/甲.md'), 'utf8'), unhandled: result.report.unhandledTemplates.map((t) => t.name) };
}

test('templates expand from the dump; built-in handlers win; --no-templates keeps only the built-ins', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const withDump = await convert();
  assert.match(withDump.page, /\*\*自定义\*\*：\[乙\]\(\.\.\/Page\/乙\.md\)（见下）/);
  assert.doesNotMatch(withDump.page, /模板页面的文字|说明/);
  assert.match(withDump.page, /\[乙\]\(\.\.\/Page\/乙\.md\)/);
  assert.deepEqual(withDump.unhandled, ['没有这个']);

  const builtinsOnly = await convert({ expandTemplates: false });
  assert.doesNotMatch(builtinsOnly.page, /自定义/);
  assert.deepEqual(builtinsOnly.unhandled.sort(), ['没有这个', '自定义']);
});

test('a dump template that redirects to a built-in one is handled by the built-in in a mirror run', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const dir = tmpDir('template-redirects');
  const dump = path.join(dir, 'dump.xml');
  fs.writeFileSync(
    dump,
    miniDump(
      pageXml(1, '页甲', '{|\n! 集 !! 标题\n{{Episodelist|EpisodeNumber=1|Title=试播}}\n|}\n') +
        pageXml(2, '页乙', '甲{{NoWrapX|a b}}乙\n') +
        pageXml(10, 'Template:Episodelist', '#REDIRECT [[Template:Episode list]]', { ns: 10, redirect: 'Template:Episode list' }) +
        pageXml(11, 'Template:NoWrapX', '#重定向 [[Template:Nowrap]]', { ns: 10, redirect: 'Template:Nowrap' }),
    ),
  );
  const out = path.join(dir, 'out');
  const result = await runMirror({ dump, outDir: out, jobs: 1, progress: null, log: () => {} });
  assert.equal(result.exitCode, EXIT.OK);
  assert.match(fs.readFileSync(path.join(out, 'Page/页甲.md'), 'utf8'), /^\| 1 \| 试播 \|$/m);
  assert.match(fs.readFileSync(path.join(out, 'Page/页乙.md'), 'utf8'), /^甲a b乙$/m);
  assert.deepEqual(result.report.unhandledTemplates.map((u) => u.name), []);
});
