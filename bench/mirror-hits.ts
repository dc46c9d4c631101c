/**
 * What a link costs the mirror when its page exists against when it does not: the resolver's
 * lookups on the bench pages counted, then replayed and timed by kind. Two one-copy dumps of the
 * bench pages (bench/synthetic.ts) are mirrored with one worker: the default one, and the same
 * with redirects making `--share` of the linked article titles exist (bench/hit-links.ts). On
 * each mirror's index the pages are converted once more in this thread with a worker's options
 * (src/mirror/page-options.ts), every call of the resolver recorded: links (`resolveLink`, also
 * asked by interlanguage templates) and category links (`categoryHref`).
 *
 * Then, on the hit-heavy index, the recorded calls are replayed apart from the engine, hits and
 * misses separately, each on fresh options (empty caches): "first" is the pass over the calls in
 * their order, a title's first call making the SQLite query and (for a hit) building its href;
 * "again" the same calls once more, every title cached. "+ destination" adds what the writer does
 * with the answer: a hit's href through localHref and encodeDestination, a miss's live-wiki URL
 * (plainLiveUrl, else liveUrl). Alone in a loop a lookup's memory stays in the CPU caches, which
 * inside the conversion it does not (docs/mirror-measurements.md, "Session 17, split": ~100 ns alone, 340–390
 * inside): these figures compare the kinds, they are not what a lookup costs in a worker.
 *
 *   node dist/bench/mirror-hits.js [--share 0.85] [--rounds 7] [--out DIR] [--keep]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { siteFromInfo } from '../src/dump/site.js';
import type { ConvertOptions } from '../src/engine/types.js';
import { openDatabase, type DB } from '../src/index/db.js';
import { pageOptions } from '../src/mirror/page-options.js';
import { runMirror } from '../src/mirror/run.js';
import { defaultAttribution, type ConvertFn, type PageOutputOptions } from '../src/mirror/types.js';
import { liveUrl, plainArticleBase, plainLiveUrl } from '../src/site/titles.js';
import { encodeDestination, localHref } from '../src/writer/destination.js';
import { median } from './ab-common.js';
import { hitLinks, parseShare } from './hit-links.js';
import { pageSites } from './page-sites.js';
import { benchPages, writeSynthetic } from './synthetic.js';

const { values } = parseArgs({ options: { share: { type: 'string' }, rounds: { type: 'string' }, out: { type: 'string' }, keep: { type: 'boolean' } } });
const share = parseShare(values.share);
const rounds = Number(values.rounds ?? 7);

const bench = await benchPages();
if (!bench.real) throw new Error('the engine is not built');
const { src, converted, siteInfo, now, ref } = bench;
const convert = ((await import(ref.module)) as Record<string, ConvertFn>)[ref.exportName]!;
const site = siteFromInfo(siteInfo);
const mb = converted.reduce((a, p) => a + Buffer.byteLength(p.text), 0) / 1e6;
const output: PageOutputOptions = { attribution: defaultAttribution(site.lang), images: 'embed', variant: null, frontMatter: false, expandTemplates: true };

const hits = await hitLinks(bench, share);
console.log(
  `load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}; ${converted.length} pages, ${mb.toFixed(1)} MB of wikitext; ` +
    `${hits.titles} article titles linked, ${hits.existed} existing, ${hits.redirects.length} made to exist ` +
      `(share ${share}: ${(hits.lookupShare * 100).toFixed(1)} % of the engine's own article lookups, templates not expanded; the mirror's lookups below)`,
);

const outRoot = values.out ?? (fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir());
const work = fs.mkdtempSync(path.join(outRoot, 'wikimark-hits-'));

/** One call of the resolver as a conversion made it, and its answer. */
interface Call {
  category: boolean;
  title: string;
  ns: number;
  fragment: string | null;
  href: string | null;
}

async function mirrorIndex(name: string, extra: typeof hits.redirects): Promise<DB> {
  const dump = writeSynthetic(path.join(work, `${name}.xml`), src, { copies: 1 }, extra);
  const out = path.join(work, name);
  await runMirror({ dump: dump.file, outDir: out, jobs: 1, converter: ref, progress: null, log: () => {} });
  return openDatabase(path.join(out, '.wikimark', 'wikimark.sqlite'), { readonly: true, cacheMb: 16 });
}

/** A worker's options on `db` (empty caches) with each page's own site, as mirror-engine.ts makes them. */
function workerOptions(db: DB): { base: ConvertOptions; siteOf: (title: string) => ConvertOptions['site'] } {
  const { base, uploadSites } = pageOptions({ siteInfo, output, now }, db);
  return { base, siteOf: pageSites(db, uploadSites) };
}

/** Every resolver call of converting the bench pages once on `db`. */
function recordCalls(db: DB): Call[] {
  const { base, siteOf } = workerOptions(db);
  const calls: Call[] = [];
  const resolveLink = base.resolveLink!;
  const categoryHref = base.categoryHref!;
  const recording: ConvertOptions = {
    ...base,
    resolveLink: (title, ns, fragment) => {
      const href = resolveLink(title, ns, fragment);
      calls.push({ category: false, title, ns, fragment, href });
      return href;
    },
    categoryHref: (name) => {
      const href = categoryHref(name);
      calls.push({ category: true, title: name, ns: 14, fragment: null, href });
      return href;
    },
  };
  db.prepare('BEGIN').run();
  for (const p of converted) convert(p.text, { ...recording, site: siteOf(p.title), title: p.title });
  db.prepare('COMMIT').run();
  return calls;
}

/** Distinct titles asked for, a category apart from the article of the same name. */
function distinctOf(calls: Call[]): number {
  return new Set(calls.map((c) => (c.category ? '\u0001' : '') + c.title)).size;
}

function describe(name: string, calls: Call[]): void {
  const hit = calls.filter((c) => c.href !== null).length;
  const cats = calls.filter((c) => c.category);
  const links = calls.filter((c) => !c.category);
  const ns0 = links.filter((c) => c.ns === 0);
  const hitsOf = (cs: Call[]) => `${cs.length ? ((cs.filter((c) => c.href !== null).length / cs.length) * 100).toFixed(1) : '–'} %`;
  console.log(
    `${name}: ${calls.length} lookups = ${(calls.length / mb).toFixed(0)} per MB (${distinctOf(calls)} distinct titles), ${((hit / calls.length) * 100).toFixed(1)} % hits; ` +
      `links ${links.length} (${hitsOf(links)} hit; namespace 0: ${ns0.length}, ${hitsOf(ns0)} hit; with a fragment ${links.filter((c) => c.fragment).length}), ` +
      `categories ${cats.length} (${hitsOf(cats)} hit)`,
  );
}

const plainBase = plainArticleBase(site) ?? '';
/** What the writer does with the resolver's answer (writer/inline-links.ts renderLink). */
function destination(c: Call, href: string | null): string {
  if (href !== null) return encodeDestination(localHref(href));
  return (c.fragment === null && plainBase !== '' ? plainLiveUrl(plainBase, c.title) : null) ?? liveUrl(site, c.title, c.fragment);
}

/** ns per call of a pass over `calls` on `base` (its caches as they are). */
function pass(base: ConvertOptions, calls: Call[], withDestination: boolean): number {
  const resolveLink = base.resolveLink!;
  const categoryHref = base.categoryHref!;
  let sink = 0;
  const t0 = process.hrtime.bigint();
  for (const c of calls) {
    const href = c.category ? categoryHref(c.title) : resolveLink(c.title, c.ns, c.fragment);
    sink += withDestination ? destination(c, href).length : (href?.length ?? 0);
  }
  const ns = Number(process.hrtime.bigint() - t0);
  if (sink < 0) console.log(sink);
  return ns / calls.length;
}

const plainDb = await mirrorIndex('plain', []);
const hitDb = await mirrorIndex('hits', hits.redirects);
const plainCalls = recordCalls(plainDb);
const hitCalls = recordCalls(hitDb);
describe('default dump', plainCalls);
describe(`hit-heavy dump (share ${share})`, hitCalls);

const kinds = { hit: hitCalls.filter((c) => c.href !== null), miss: hitCalls.filter((c) => c.href === null) };
const timings = new Map<string, number[]>();
const note = (key: string, x: number) => timings.set(key, [...(timings.get(key) ?? []), x]);
for (let r = 0; r < rounds; r++) {
  for (const kind of r % 2 ? (['miss', 'hit'] as const) : (['hit', 'miss'] as const)) {
    for (const dest of [false, true]) {
      const { base } = workerOptions(hitDb);
      hitDb.prepare('BEGIN').run();
      note(`${kind} first${dest ? ' + destination' : ''}`, pass(base, kinds[kind], dest));
      note(`${kind} again${dest ? ' + destination' : ''}`, pass(base, kinds[kind], dest));
      hitDb.prepare('COMMIT').run();
    }
  }
}
const meanLength = (cs: Call[]) => (cs.reduce((a, c) => a + c.title.length, 0) / cs.length).toFixed(1);
console.log(
  `replayed on the hit-heavy index, ${rounds} rounds, median ns per call (hits: ${kinds.hit.length} calls, ${distinctOf(kinds.hit)} titles, ${meanLength(kinds.hit)} units long; ` +
    `misses: ${kinds.miss.length} calls, ${distinctOf(kinds.miss)} titles, ${meanLength(kinds.miss)} units); load ${os.loadavg()[0]!.toFixed(1)}`,
);
console.log('| pass | hit | miss |');
console.log('| --- | --- | --- |');
for (const label of ['first', 'again', 'first + destination', 'again + destination']) {
  console.log(`| ${label} | ${median(timings.get(`hit ${label}`)!).toFixed(0)} | ${median(timings.get(`miss ${label}`)!).toFixed(0)} |`);
}
plainDb.close();
hitDb.close();
if (values.keep) console.log(`kept ${work}`);
else fs.rmSync(work, { recursive: true, force: true });
