/**
 * Quality reading: converts the real pages (zh corpus, and every page of the ja/uk dumps) with
 * the engine and scores them with the shared wikiscore tool, when it is installed.
 *   node dist/bench/quality.js [--out DIR] [--only zh|ja|uk]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { convertPage } from '../src/engine/convert.js';
import { sharedDir } from '../test/helpers/shared-dir.js';
import { readDumpPages } from './pages.js';

const args = process.argv.slice(2);
const opt = (k: string) => {
  const i = args.indexOf(k);
  return i >= 0 ? args[i + 1] : undefined;
};
const shared = sharedDir('dumps');
if (!shared) {
  console.error('quality: shared data (../shared) not found; set WIKIMARK_SHARED');
  process.exit(3);
}
const scorer = path.join(shared, 'tools/wikiscore/score.mjs');
const outRoot = opt('--out') ?? fs.mkdtempSync(path.join(os.tmpdir(), 'wikimark-quality-'));

interface Set { name: string; lang: string; pages: Array<{ title: string; text: string }> }
const sets: Set[] = [];
const zhDir = path.join(shared, 'corpus/zhwiki/pages');
const manifest = fs.readFileSync(path.join(shared, 'corpus/zhwiki/manifest.tsv'), 'utf8').trim().split('\n').slice(1);
sets.push({
  name: 'zh', lang: 'zh',
  pages: manifest.map((line) => {
    const [file, title] = line.split('\t');
    return { title: title!, text: fs.readFileSync(path.join(zhDir, path.basename(file!)), 'utf8') };
  }),
});
for (const [name, lang] of [['ja', 'ja'], ['uk', 'uk']] as const) {
  const dump = path.join(shared, `dumps/${name}wiki-truncated.xml`);
  const { site, pages } = readDumpPages(dump);
  sets.push({ name, lang: site.lang || lang, pages: pages.filter((p) => p.ns === 0 && !p.redirect) });
}

for (const set of sets) {
  if (opt('--only') && opt('--only') !== set.name) continue;
  const dir = path.join(outRoot, set.name);
  fs.mkdirSync(dir, { recursive: true });
  let warnings = 0;
  set.pages.forEach((p, i) => {
    const base = String(i).padStart(4, '0');
    const r = convertPage(p.text, { site: set.lang, title: p.title });
    warnings += r.warnings.length;
    fs.writeFileSync(path.join(dir, base + '.wikitext'), p.text);
    fs.writeFileSync(path.join(dir, base + '.md'), r.markdown);
  });
  console.log(`\n## ${set.name}: ${set.pages.length} pages, ${warnings} warnings → ${dir}`);
  if (fs.existsSync(path.join(path.dirname(scorer), 'node_modules'))) {
    console.log(execFileSync('node', [scorer, '--lang', set.lang, '--src', dir, '--out', dir], { encoding: 'utf8' }));
  } else {
    console.log(`(wikiscore not installed: cd ${path.dirname(scorer)} && npm ci)`);
  }
}
