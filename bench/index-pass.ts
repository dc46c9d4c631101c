/**
 * The mirror's index pass alone (DumpReader → IndexBuilder → SQLite) over the shared ja/uk dumps,
 * repeated in-process: CPU seconds of this process per round after a warm-up round, and a digest
 * of the index contents so two builds can be compared for identical output.
 *
 *   node dist/bench/index-pass.js [--rounds 5] [--min-size N] [--dir /tmp/x] [--decoded] [--synthetic-mb 1024 | --dump FILE]
 *
 * --decoded: pages read with their text decoded (as before the index pass used xmlText).
 * --synthetic-mb: index instead the synthetic dump of bench:mirror (the ja/uk pages repeated,
 * bench/synthetic.ts) of that many MB, written into --dir first; --dump: index that dump.
 * Under --min-size the digest takes `chars >= N` rather than `chars`, which may be a bound
 * (src/index/text-size.ts), so a build from decoded pages digests the same.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { DumpReader } from '../src/dump/reader.js';
import { IndexBuilder } from '../src/index/builder.js';
import { openDatabase, resetIndex, type DB } from '../src/index/db.js';
import { sharedDir } from '../test/helpers/shared-dir.js';
import { loadPages, writeSynthetic, type SourcePages } from './synthetic.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// Where no shared data is found the path is still named, for the error message below.
const SHARED = sharedDir('dumps') ?? path.resolve(REPO, '..', 'shared');
const SHARED_DUMPS = ['jawiki-truncated.xml', 'ukwiki-truncated.xml'].map((f) => path.join(SHARED, 'dumps', f));

const { values } = parseArgs({
  options: {
    rounds: { type: 'string' },
    'min-size': { type: 'string' },
    dir: { type: 'string' },
    decoded: { type: 'boolean' },
    'synthetic-mb': { type: 'string' },
    dump: { type: 'string' },
  },
});
const rounds = Number(values.rounds ?? 5);
const minSize = Number(values['min-size'] ?? 0);
const dir = values.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'index-pass-'));
fs.mkdirSync(dir, { recursive: true });

let DUMPS = SHARED_DUMPS;
if (values.dump) {
  DUMPS = [path.resolve(values.dump)];
} else if (values['synthetic-mb']) {
  // As bench/mirror.ts builds it: one siteinfo (ja), the uk articles as extra ns-0 pages.
  const [ja, uk] = await Promise.all(SHARED_DUMPS.map((f) => loadPages(f)));
  const src: SourcePages = { header: ja!.header, pages: [...ja!.pages, ...uk!.pages.filter((p) => p.ns === 0)] };
  const file = path.join(dir, 'synthetic.xml');
  const written = writeSynthetic(file, src, Number(values['synthetic-mb']) * 1e6);
  console.log(`synthetic dump: ${(written.xmlBytes / 1e9).toFixed(2)} GB of XML, ${written.pages} pages`);
  DUMPS = [file];
}

async function indexDump(db: DB, file: string): Promise<number> {
  resetIndex(db);
  const reader = await DumpReader.open(file, { xmlText: !values.decoded });
  const builder = new IndexBuilder(db, reader.site, { minSize });
  try {
    for await (const page of reader.pages()) builder.add(page);
  } catch (err) {
    if ((err as { kind?: string }).kind !== 'truncated') throw err;
  }
  builder.finish();
  return reader.outBytes;
}

const PAGE_COLUMNS =
  'id, ns, title, name, fold, redirect, redirect_fragment, rev, ts, sha1, size, chars, offset, length, stream, target_id, target_fragment, redirect_status';

/** Everything the index holds, in insertion order. */
function digest(db: DB): string {
  const hash = createHash('sha1');
  const pages = minSize > 0 ? `SELECT ${PAGE_COLUMNS.replace('chars', 'chars >= ' + minSize)} FROM pages ORDER BY id` : 'SELECT * FROM pages ORDER BY id';
  for (const sql of [pages, 'SELECT * FROM categories ORDER BY rowid', 'SELECT * FROM texts ORDER BY page_id', "SELECT * FROM info WHERE key = 'latest'"]) {
    for (const row of db.prepare(sql).raw().iterate()) hash.update(JSON.stringify(row) + '\n');
  }
  return hash.digest('hex');
}

const dbs = DUMPS.map((file, i) => openDatabase(path.join(dir, `index-${i}.sqlite`)));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
let bytes = 0;
const times: number[] = [];
for (let round = 0; round <= rounds; round++) {
  const before = cpu();
  bytes = 0;
  for (let i = 0; i < DUMPS.length; i++) bytes += await indexDump(dbs[i]!, DUMPS[i]!);
  if (round > 0) times.push(cpu() - before);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(
  `index pass over ${(bytes / 1e6).toFixed(1)} MB of XML: CPU per round median ${median.toFixed(3)} s, best ${times[0]!.toFixed(3)} s ` +
    `(${(bytes / 1e6 / median).toFixed(1)} MB/CPU-s; rounds ${times.map((t) => t.toFixed(2)).join(' ')}; load ${os.loadavg()[0]!.toFixed(2)})`,
);
DUMPS.forEach((file, i) => console.log(`${path.basename(file)} digest ${digest(dbs[i]!)}`));
for (const db of dbs) db.close();
if (!values.dir) fs.rmSync(dir, { recursive: true, force: true });
