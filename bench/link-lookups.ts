/**
 * Where a link title's first lookup in the index goes, apart from the engine, on the hit-heavy
 * index of bench/mirror-hits.ts (its `--keep` leaves it: `DIR/hits/.wikimark/wikimark.sqlite`):
 * the bench pages are converted once with a worker's options, every resolver call recorded, and
 * then each page's distinct titles are looked up as if none were cached, page after page, in
 * several ways (median of `--rounds` interleaved rounds, each way on a new connection): the
 * resolver's query; the same seek returning nothing (`SELECT 1`) or an integer; a statement
 * touching no table (better-sqlite3's own cost); a page's titles in one statement (json_each,
 * `IN (…)` in chunks) or sorted; a larger page cache; the file not memory-mapped, with a page
 * cache holding the whole table or ~5 % of it. Then the href a found row becomes.
 * Times are this thread's CPU time (schedstat), not wall time: the machine is shared.
 * (A prefetch of each page's titles before it is converted was measured with this bench's first
 * form; see docs/mirror-measurements.md, session 19.)
 *
 *   node dist/bench/link-lookups.js --db PATH [--rounds 7]
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { siteFromInfo } from '../src/dump/site.js';
import type { ConvertOptions } from '../src/engine/types.js';
import { openDatabase, type DB } from '../src/index/db.js';
import { linkPath } from '../src/mirror/filenames.js';
import { pageOptions } from '../src/mirror/page-options.js';
import { defaultAttribution, type ConvertFn, type PageOutputOptions } from '../src/mirror/types.js';
import { median } from './ab-common.js';
import { ownThreadCpu } from './cpu.js';
import { pageSites } from './page-sites.js';
import { benchPages } from './synthetic.js';

/** This thread's CPU time in ns (the machine is shared: wall time counts others' turns too). */
const cpuNs = (): number => ownThreadCpu() * 1e9;

const { values } = parseArgs({ options: { db: { type: 'string' }, rounds: { type: 'string' } } });
if (!values.db) throw new Error('--db PATH: a hit-heavy index (node dist/bench/mirror-hits.js --keep)');
const rounds = Number(values.rounds ?? 7);

const bench = await benchPages();
if (!bench.real) throw new Error('the engine is not built');
const { converted, siteInfo, now, ref } = bench;
const convert = ((await import(ref.module)) as Record<string, ConvertFn>)[ref.exportName]!;
const site = siteFromInfo(siteInfo);
const output: PageOutputOptions = { attribution: defaultAttribution(site.lang), images: 'embed', variant: null, frontMatter: false, expandTemplates: true };
const open = (cacheMb = 16): DB => openDatabase(values.db!, { readonly: true, cacheMb });
console.log(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}; ${converted.length} pages`);

/** One resolver call: a category link asks `categoryHref` with the name, a link `resolveLink` with the full title. */
interface Call {
  category: boolean;
  title: string;
  ns: number;
  fragment: string | null;
}

/** Each page's resolver calls, converting the pages once on empty caches. */
function recordCalls(db: DB): Call[][] {
  const { base, uploadSites } = pageOptions({ siteInfo, output, now }, db);
  const siteOf = pageSites(db, uploadSites);
  const resolveLink = base.resolveLink!;
  const categoryHref = base.categoryHref!;
  let calls: Call[] = [];
  const recording: ConvertOptions = {
    ...base,
    resolveLink: (title, ns, fragment) => {
      calls.push({ category: false, title, ns, fragment });
      return resolveLink(title, ns, fragment);
    },
    categoryHref: (name) => {
      calls.push({ category: true, title: name, ns: 14, fragment: null });
      return categoryHref(name);
    },
  };
  const perPage: Call[][] = [];
  db.prepare('BEGIN').run();
  for (const p of converted) {
    calls = [];
    convert(p.text, { ...recording, site: siteOf(p.title), title: p.title });
    perPage.push(calls);
  }
  db.prepare('COMMIT').run();
  return perPage;
}

const categoryPrefix = (site.namespaces.get(14)?.name ?? 'Category') + ':';
const fullTitle = (c: Call) => (c.category ? categoryPrefix + c.title : c.title);

const db0 = open();
const calls = recordCalls(db0);
db0.close();
/** Each page's distinct titles, as the resolver asks for them. */
const pageTitles = calls.map((cs) => [...new Set(cs.map(fullTitle))]);

const SELECT_ROW = "CASE WHEN fragment IS NULL THEN file ELSE file || char(1) || fragment END";

/** ns per title of looking up every page's titles with `run` (one page's titles at a time). */
function timed(db: DB, run: (db: DB, titles: string[]) => number, pages: string[][]): number {
  let titles = 0;
  db.prepare('BEGIN').run();
  const t0 = cpuNs();
  for (const s of pages) titles += run(db, s);
  const ns = cpuNs() - t0;
  db.prepare('COMMIT').run();
  return ns / titles;
}

/** The titles the index has (a target row), to time found and missing ones apart. */
const foundTitles = new Set<string>();
{
  const db = open();
  const stmt = db.prepare('SELECT 1 FROM targets WHERE title = ?').pluck();
  for (const s of pageTitles) for (const t of s) if (stmt.get(t) !== undefined) foundTitles.add(t);
  db.close();
}
const foundPages = pageTitles.map((s) => s.filter((t) => foundTitles.has(t)));
const missingPages = pageTitles.map((s) => s.filter((t) => !foundTitles.has(t)));

/** A way of looking up a page's titles, on `db`: returns how many titles it looked up. */
type Way = (db: DB) => (db: DB, titles: string[]) => number;
let sink = 0;
/** One statement per title. */
const single = (sql: string): Way => (db) => {
  const stmt = db.prepare(sql).pluck();
  return (_db, titles) => {
    for (const t of titles) if (stmt.get(t) !== undefined) sink++;
    return titles.length;
  };
};
/** One statement per chunk of `size` titles: `IN (?, …)`, a statement prepared per chunk length. */
const inChunks = (size: number): Way => (db) => {
  type Many = { all(...params: string[]): unknown[] };
  const stmts = new Map<number, Many>();
  const stmtOf = (n: number) => {
    let s = stmts.get(n);
    if (!s) stmts.set(n, (s = db.prepare(`SELECT title, ${SELECT_ROW} FROM targets WHERE title IN (${new Array(n).fill('?').join(',')})`).raw() as unknown as Many));
    return s;
  };
  return (_db, titles) => {
    for (let at = 0; at < titles.length; at += size) {
      const chunk = titles.slice(at, at + size);
      sink += stmtOf(chunk.length).all(...chunk).length;
    }
    return titles.length;
  };
};
const ways: Record<string, Way> = {
  'single, as the resolver': single(`SELECT ${SELECT_ROW} FROM targets WHERE title = ?`),
  'single, found titles only': single(`SELECT ${SELECT_ROW} FROM targets WHERE title = ?`),
  'single, missing titles only': single(`SELECT ${SELECT_ROW} FROM targets WHERE title = ?`),
  'single, SELECT 1': single('SELECT 1 FROM targets WHERE title = ?'),
  'single, length(file)': single('SELECT length(file) FROM targets WHERE title = ?'),
  'json_each, one row per title (scalar subquery)': (db) => {
    const stmt = db.prepare(`SELECT (SELECT ${SELECT_ROW} FROM targets WHERE title = j.value) FROM json_each(?) j`).pluck();
    return (_db, titles) => {
      if (titles.length) sink += (stmt.all(JSON.stringify(titles)) as unknown[]).length;
      return titles.length;
    };
  },
  'json_each, found rows (join)': (db) => {
    const stmt = db.prepare(`SELECT j.key, ${SELECT_ROW} FROM json_each(?) j JOIN targets ON title = j.value`).raw();
    return (_db, titles) => {
      if (titles.length) sink += (stmt.all(JSON.stringify(titles)) as unknown[]).length;
      return titles.length;
    };
  },
  'IN, chunks of 32': inChunks(32),
  'IN, chunks of 128': inChunks(128),
  'single, cache 256 MB': single(`SELECT ${SELECT_ROW} FROM targets WHERE title = ?`),
  'no table: SELECT length(?)': single('SELECT length(?)'),
  // Pages past mmap_size (1 GB in a worker) are read into SQLite's own cache (16 MB in a worker):
  // a whole wiki's targets table lies there (see the doc). Here without mmap, with a cache that
  // holds the table (16 MB), and one that holds about what 16 MB holds of a whole wiki's (~5 %).
  'single, no mmap, cache 16 MB': single(`SELECT ${SELECT_ROW} FROM targets WHERE title = ?`),
  'single, no mmap, cache 0.25 MB': single(`SELECT ${SELECT_ROW} FROM targets WHERE title = ?`),
  'single, a page\'s titles sorted': (db) => {
    const get = single(`SELECT ${SELECT_ROW} FROM targets WHERE title = ?`)(db);
    return (d, titles) => get(d, [...titles].sort());
  },
  'json_each scalar, sorted': (db) => {
    const stmt = db.prepare(`SELECT (SELECT ${SELECT_ROW} FROM targets WHERE title = j.value) FROM json_each(?) j`).pluck();
    return (_db, titles) => {
      if (titles.length) sink += (stmt.all(JSON.stringify([...titles].sort())) as unknown[]).length;
      return titles.length;
    };
  },
};

{
  const readings = new Map<string, number[]>();
  const names = Object.keys(ways);
  for (let r = 0; r < rounds; r++) {
    // Each round in another order, each way on a new connection.
    const order = names.map((_, i) => names[(i + r) % names.length]!);
    for (const name of order) {
      const db = open(name.includes('256 MB') ? 256 : 16);
      if (name.includes('no mmap')) db.pragma('mmap_size = 0');
      if (name.includes('0.25 MB')) db.pragma('cache_size = -256');
      const run = ways[name]!(db);
      const pages = name.includes('found titles') ? foundPages : name.includes('missing titles') ? missingPages : pageTitles;
      readings.set(name, [...(readings.get(name) ?? []), timed(db, run, pages)]);
      db.close();
    }
  }
  const titles = pageTitles.reduce((a, s) => a + s.length, 0);
  console.log(`SQLite alone over each page's distinct titles (${titles}, ${(titles / converted.length).toFixed(1)} a page, ${foundTitles.size} distinct found), ns per title, median of ${rounds}; load ${os.loadavg()[0]!.toFixed(1)}`);
  console.log('| way | ns per title | readings |');
  console.log('| --- | --- | --- |');
  for (const name of names) {
    const xs = readings.get(name)!;
    console.log(`| ${name} | ${median(xs).toFixed(0)} | ${xs.map((x) => x.toFixed(0)).join(' · ')} |`);
  }
  // The href a found row becomes (page-options.ts hrefOfRow: `../` and linkPath; a redirect's section apart).
  const db = open();
  const stmt = db.prepare(`SELECT ${SELECT_ROW} FROM targets WHERE title = ?`).pluck();
  const files: string[] = [];
  for (const s of pageTitles) for (const t of s) {
    const row = stmt.get(t) as string | undefined;
    if (row !== undefined && !row.includes('\u0001')) files.push(row);
  }
  db.close();
  const hrefs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = cpuNs();
    for (const f of files) sink += ('../' + linkPath(f)).length;
    hrefs.push((cpuNs() - t0) / files.length);
  }
  if (sink < 0) console.log(sink);
  console.log(`| href of a found row ('../' + linkPath, ${files.length} rows without a section) | ${median(hrefs).toFixed(0)} | ${hrefs.map((x) => x.toFixed(0)).join(' · ')} |`);
}

