/**
 * The mirror's index pass alone (DumpReader → IndexBuilder → SQLite) over the shared ja/uk dumps,
 * repeated in-process: CPU seconds of this process per round after a warm-up round, and a digest
 * of the index contents so two builds can be compared for identical output.
 *
 *   node dist/bench/index-pass.js [--rounds 5] [--min-size N] [--dir /tmp/x] [--decoded]
 *
 * --decoded: pages read with their text decoded (as before the index pass used xmlText).
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

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED =
  process.env.WIKIMARK_SHARED ??
  [path.resolve(REPO, '..', 'shared'), path.resolve(REPO, '..', '..', 'shared')].find((d) => fs.existsSync(d)) ??
  path.resolve(REPO, '..', 'shared');
const DUMPS = ['jawiki-truncated.xml', 'ukwiki-truncated.xml'].map((f) => path.join(SHARED, 'dumps', f));

const { values } = parseArgs({
  options: { rounds: { type: 'string' }, 'min-size': { type: 'string' }, dir: { type: 'string' }, decoded: { type: 'boolean' } },
});
const rounds = Number(values.rounds ?? 5);
const minSize = Number(values['min-size'] ?? 0);
const dir = values.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'index-pass-'));
fs.mkdirSync(dir, { recursive: true });

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

/** Everything the index holds, in insertion order. */
function digest(db: DB): string {
  const hash = createHash('sha1');
  for (const sql of ['SELECT * FROM pages ORDER BY id', 'SELECT * FROM categories ORDER BY rowid', 'SELECT * FROM texts ORDER BY page_id', "SELECT * FROM info WHERE key = 'latest'"]) {
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
