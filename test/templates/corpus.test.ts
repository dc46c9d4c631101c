import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../helpers/shared-dir.js';
import { convert, type Recorded } from './pipeline.js';

const CITE_KEYS = ['title', 'url', 'work', 'website', 'journal', 'newspaper', 'publisher', '标题', '网址', 'script-title', 'chapter'];
const SCARS = [/[（(][\s，,、;；:：]*[)）]/g, /[（(]\s*[，,、;；]/g];

/** Scar-shaped strings in Markdown outside code (`f()` in code is not a scar). */
function scars(md: string): string[] {
  const prose = md.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return SCARS.flatMap((r) => prose.match(r) ?? []);
}

/** The same in the source outside code tags: the author's own `size()` is not ours to fix. */
function sourceScars(src: string): string[] {
  const prose = src.replace(/<(code|syntaxhighlight|source|pre|math)\b[\s\S]*?<\/\1>/gi, '');
  return SCARS.flatMap((r) => prose.match(r) ?? []);
}

function pages(): Array<{ file: string; title: string; text: string }> | null {
  const shared = sharedDir('corpus');
  if (!shared) return null;
  const dir = join(shared, 'corpus', 'zhwiki', 'pages');
  const manifest = readFileSync(join(shared, 'corpus', 'zhwiki', 'manifest.tsv'), 'utf8').split('\n').slice(1);
  const titles = new Map(manifest.filter(Boolean).map((l) => l.split('\t')).map((c) => [c[0]!.replace('pages/', ''), c[1]!]));
  return readdirSync(dir).filter((f) => f.endsWith('.wikitext')).sort().map((f) => ({ file: f, title: titles.get(f) ?? f, text: readFileSync(join(dir, f), 'utf8') }));
}

test('every template call of the zh corpus pages, through the real preprocessor and parser', (t) => {
  const all = pages();
  if (!all) return t.skip('shared data not found');
  const rendered = new Map<string, number>();
  const dropped = new Map<string, number>();
  const unknown = new Map<string, number>();
  let calls = 0;
  let scarCount = 0;
  for (const p of all) {
    const r = convert(p.text, p.title);
    assert.deepEqual(r.warnings.filter((w) => w.code === 'template-error'), [], p.file);
    for (const rec of r.calls as Recorded[]) {
      calls++;
      assert.equal(rec.error, null, `${p.file}: {{${rec.call.name}}} threw`);
      const res = rec.result!;
      const key = rec.call.name;
      (res.kind === 'drop' ? dropped : rendered).set(key, ((res.kind === 'drop' ? dropped : rendered).get(key) ?? 0) + 1);
      if (rec.family === 'citation' && CITE_KEYS.some((k) => rec.call.args.get(k)?.trim())) {
        assert.ok(res.kind === 'inline' && res.nodes.length > 0, `${p.file}: {{${key}}} rendered nothing`);
      }
      if (rec.family === 'infobox' && res.kind === 'block') {
        const box = res.nodes[0];
        assert.equal(box?.type, 'infobox', `${p.file}: {{${key}}}`);
        assert.ok(box?.type === 'infobox' && box.rows.length + box.images.length > 0, `${p.file}: {{${key}}} has no rows`);
      }
    }
    for (const [name, n] of Object.entries(r.record.unhandled)) unknown.set(name, (unknown.get(name) ?? 0) + n);
    const s = scars(r.markdown);
    const own = sourceScars(p.text);
    scarCount += Math.max(0, s.length - own.length);
    assert.ok(s.length <= own.length, `${p.file}: scars ${JSON.stringify(s)} (source has ${JSON.stringify(own)})`);
  }
  for (const name of rendered.keys()) dropped.delete(name);
  const unknownUses = [...unknown.values()].reduce((a, b) => a + b, 0);
  t.diagnostic(`${calls} handled calls + ${unknownUses} unknown; distinct: ${rendered.size} rendered, ${dropped.size} dropped, ${unknown.size} unknown; scars ${scarCount}`);
  t.diagnostic(`unknown: ${[...unknown].sort((a, b) => b[1] - a[1]).map(([n, c]) => `${n}×${c}`).join(', ')}`);
  assert.ok(calls > 800, `${calls} calls`);
  assert.ok(unknownUses / (calls + unknownUses) < 0.2, `${unknownUses} unknown of ${calls + unknownUses}`);
});

test('corpus spot checks: what readers see for the common families', (t) => {
  const all = pages();
  if (!all) return t.skip('shared data not found');
  const md = (file: string) => {
    const p = all.find((x) => x.file === file)!;
    return convert(p.text, p.title).markdown;
  };
  const deForest = md('004.wikitext');
  assert.match(deForest, /\*\*李·德富雷斯特\*\*（英语：\*\*Lee De Forest\*\*，1873年8月26日—1961年7月30日），/);
  assert.match(deForest, /\| 逝世 \| 1961年6月30日（87岁） \|/);
  assert.match(deForest, /\[\^2\]: \[IT人物传记:电子管之父李·德富雷斯特\]\(https:\/\/web\.archive\.org\/web\/20160304140840\/[^)]*\)\. \[2011-07-25\]\. （\[原始内容\]\(http:\/\/sci\.ce\.cn[^)]*\)存档于2016-03-04）\./);
  const geraniol = md('041.wikitext');
  assert.match(geraniol, /\| \*\*识别\*\* \|/);
  assert.match(geraniol, /\| CAS号 \| 106-24-1 \|/);
  assert.match(geraniol, /\*\*香叶醇\*\*（英语：Geraniol，又称\*\*牻牛儿醇\*\*）/);
  const field = md('007.wikitext');
  assert.match(field, /## 注释\n\n\[\^N-1\]: /);
});
