/**
 * Render audit over a quality output folder: every x.md beside its x.wikitext
 * (`node dist/bench/quality.js --out DIR` writes DIR/{zh,ja,uk}/NNNN.{wikitext,md}).
 *   node dist/bench/render-audit.js DIR [--list KIND] [--json FILE]
 * Prints the findings per kind and per set (with the pages they are on); --list KIND prints
 * each finding of that kind as set/page:line and the text around it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { auditMarkdown, type Finding } from '../test/writer/helpers/render-audit.js';

const args = process.argv.slice(2);
const opt = (k: string) => {
  const i = args.indexOf(k);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = args[0];
if (!root || !fs.existsSync(root)) {
  console.error('usage: render-audit DIR [--list KIND] [--json FILE]');
  process.exit(2);
}
const list = opt('--list');
const all: Array<Finding & { page: string }> = [];
const sets = fs.readdirSync(root).filter((d) => fs.statSync(path.join(root, d)).isDirectory()).sort();
let pages = 0;
for (const set of sets) {
  const dir = path.join(root, set);
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
    const src = path.join(dir, f.replace(/\.md$/, '.wikitext'));
    if (!fs.existsSync(src)) continue;
    pages++;
    const found = auditMarkdown(fs.readFileSync(path.join(dir, f), 'utf8'), fs.readFileSync(src, 'utf8'));
    for (const x of found) all.push({ ...x, page: `${set}/${f.slice(0, -3)}` });
  }
}
const byKind = new Map<string, Map<string, Set<string>>>();
const counts = new Map<string, Map<string, number>>();
for (const x of all) {
  const set = x.page.split('/')[0]!;
  if (!counts.has(x.kind)) counts.set(x.kind, new Map()), byKind.set(x.kind, new Map());
  counts.get(x.kind)!.set(set, (counts.get(x.kind)!.get(set) ?? 0) + 1);
  const pg = byKind.get(x.kind)!;
  if (!pg.has(set)) pg.set(set, new Set());
  pg.get(set)!.add(x.page);
}
console.log(`${pages} pages, ${all.length} findings`);
console.log(['kind', ...sets.map((s) => `${s} (pages)`), 'total'].join('\t'));
for (const kind of [...counts.keys()].sort()) {
  const row = sets.map((s) => `${counts.get(kind)!.get(s) ?? 0} (${byKind.get(kind)!.get(s)?.size ?? 0})`);
  console.log([kind, ...row, [...counts.get(kind)!.values()].reduce((a, b) => a + b, 0)].join('\t'));
}
if (list) for (const x of all) if (x.kind === list || (list.endsWith('*') && x.kind.startsWith(list.slice(0, -1)))) console.log(`${x.page}:${x.line}\t${x.kind}\t${JSON.stringify(x.text)}`);
const json = opt('--json');
if (json) fs.writeFileSync(json, JSON.stringify(all, null, 1));
