/**
 * A conversion worker: receives batches of pages (or a multistream stream range to decode
 * itself), converts each with the injected converter and a link resolver backed by the index
 * (SQLite opened read-only), writes each file atomically (temp file + rename, so a kill never
 * leaves half a page), and reports per-page results for the checkpoint.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { readFragment, readPageTextAt } from '../dump/reader.js';
import { siteFromInfo } from '../dump/site.js';
import { encodeScratch, encodeUtf8 } from '../dump/utf8.js';
import { openDatabase } from '../index/db.js';
import { TitleIndex } from '../index/title-index.js';
import { detached } from '../engine/strings.js';
import type { ConvertOptions, PageSource } from '../engine/types.js';
import { sectionAnchor } from './anchor.js';
import { UploadSites } from './uploads.js';
import { ownTemplatesFirst } from './own-templates.js';
import { isWikimediaUrl } from '../site/uploads.js';
import { TitleCache } from './title-cache.js';
import { linkPath } from './filenames.js';
import { variantConverter } from './variant.js';
import { categoryAsRecorded, variantTitles, withVariantTitles } from './variant-links.js';
import { SCRATCH_DIR, STATE_DIR } from './types.js';
import type { ConvertFn, LocatedItem, PageResult, WorkerInit, WorkerRequest, WorkerResponse, WorkItem, WorkPage } from './types.js';

const init = workerData as WorkerInit;
const port = parentPort!;
const site = siteFromInfo(init.siteInfo);
const db = openDatabase(init.dbPath, { readonly: true, cacheMb: 16 });
const index = new TitleIndex(db, site);
const targetStmt = db.prepare('SELECT file, fragment FROM targets WHERE title = ?');
const categoryPrefix = (site.namespaces.get(14)?.name ?? 'Category') + ':';
const now = new Date(init.now || 0);
/** Image URLs: the index tells local files from Commons ones; --upload-base overrides (uploads.ts). */
const uploadSites = new UploadSites(site, db, init.output.uploadBase);
/** Titles in another script find their page on a wiki with variants (zh); null elsewhere (variant-links.ts). */
const variants = variantTitles(site);
const templates = init.output.expandTemplates ? cachedSource(withVariantTitles(index.pageSource(), variants)) : null;

/**
 * Template text is asked for again and again (every page calls Cite web, and the infobox handlers
 * ask for their template's source on every page): keep the recent ones, misses (null) included.
 * Two generations, as for link targets below: a hit in the newer one is one Map lookup; a hit in
 * the older one moves the entry to the newer; when the newer one holds half the budget the older
 * one is dropped. (An exact LRU — delete and re-insert on every hit — cost ~0.7 % of a worker's
 * CPU on the bench dump.) At most `budget` bytes of text are held in both together.
 */
function cachedSource(source: PageSource, budget = 32 << 20): PageSource {
  let recent = new Map<string, string | null>();
  let older = new Map<string, string | null>();
  let recentSize = 0;
  const sizeOf = (title: string, text: string | null) => (text?.length ?? 0) * 2 + title.length * 2 + 64;
  const cached: PageSource = {
    exists: (title) => source.exists(title),
    get: (title) => {
      const hit = recent.get(title);
      if (hit !== undefined) return hit;
      let text = older.get(title);
      let key = title;
      if (text === undefined) {
        text = source.get(title);
        // A copy of the key: a title sliced from a page would keep that page's text alive.
        key = detached(title);
      }
      const size = sizeOf(title, text);
      if (recentSize + size > budget / 2) {
        older = recent;
        recent = new Map();
        recentSize = 0;
      }
      recent.set(key, text);
      recentSize += size;
      return text;
    },
  };
  if (source.otherSpelling) cached.otherSpelling = source.otherSpelling.bind(source);
  return cached;
}

type Row = { file: string; fragment: string | null } | undefined;

/**
 * Link targets recently looked up, misses included (null), each as the href of a link that does
 * not name its own section (a redirect's section anchor included): percent-encoding the path per
 * link cost more than the lookup. Two generations: a hit in the older one moves the entry to the
 * newer; when the newer is full the older is dropped. (An exact LRU — delete and re-insert on
 * every hit — cost 1.4 µs per link in a 300,000-entry Map, 9 % of a worker's CPU time on the bench
 * dump; a hit here is one or two probes of title-cache.ts, which keeps copies of the keys'
 * characters, so no title sliced from a page keeps that page's text alive.)
 */
const TARGET_GENERATION = 150_000;
let recentTargets = new TitleCache(TARGET_GENERATION);
let olderTargets = new TitleCache(TARGET_GENERATION);
function target(title: string): string | null {
  const h = TitleCache.hash(title);
  let hit = recentTargets.get(title, h);
  if (hit !== undefined) return hit;
  hit = olderTargets.get(title, h);
  if (hit === undefined) hit = lookupTarget(title);
  if (recentTargets.full(title)) {
    olderTargets = recentTargets;
    recentTargets = new TitleCache(TARGET_GENERATION);
  }
  recentTargets.set(title, h, hit);
  return hit;
}

const pageStmt = db.prepare('SELECT 1 FROM pages WHERE title = ? LIMIT 1');
const pageExists = (title: string) => pageStmt.get(title) !== undefined;

/**
 * A title not in the mirror: on a wiki with variants, the first spelling in another script that
 * names a page of the dump, as the wiki links it (`[[數學]]` → 数学). Not when the title as
 * written is a page of the dump (one left out of the mirror goes to the wiki, as before); a
 * spelling that is a page of the dump but not of the mirror goes to the wiki too (null).
 */
function lookupTarget(title: string): string | null {
  const hit = hrefOfRow(targetStmt.get(title) as Row);
  if (hit !== null || !variants) return hit;
  const other = variants.find(title, pageExists);
  return other === null ? null : hrefOfRow(targetStmt.get(other) as Row);
}

/**
 * With a variant the target page's headings are converted, so the anchor is the slug of the
 * converted fragment (`[[几何学#历史]]` → `#歷史` in zh-tw). Without one the engine appends the
 * anchor of the link's own fragment; the resolver adds only a redirect's.
 */
const toVariant = variantConverter(site, init.output.variant);

function hrefOfRow(row: Row): string | null {
  if (!row) return null;
  const base = '../' + linkPath(row.file);
  return row.fragment ? base + '#' + sectionAnchor(toVariant ? toVariant(row.fragment) : row.fragment) : base;
}

/** Recorded category names already worked out (a category is named on page after page); bounded. */
const RECORDED_KEPT = 50_000;
const recordedNames = new Map<string, string>();

/**
 * On a wiki with variants, a category with no page whose name in another script has one takes
 * the membership (variant-links.ts). Each name is worked out once per worker: most categories
 * have a page, but the conversion into every variant comes before that lookup.
 */
function recordedCategory(name: string): string {
  let recorded = recordedNames.get(name);
  if (recorded === undefined) {
    recorded = categoryAsRecorded(name, categoryPrefix, variants!, pageExists);
    if (recordedNames.size >= RECORDED_KEPT) recordedNames.clear();
    // A copy of the key: a name sliced from a page would keep that page's text alive.
    recordedNames.set(detached(name), recorded);
  }
  return recorded;
}

/** The href for a link naming `fragment` (linkPath encodes `#`, so the first one starts the anchor). */
function hrefOf(plain: string, fragment: string | null): string {
  if (!fragment) return plain;
  const hash = plain.indexOf('#');
  const base = hash < 0 ? plain : plain.slice(0, hash);
  return toVariant ? base + '#' + sectionAnchor(toVariant(fragment)) : base;
}

const baseOptions: ConvertOptions = {
  site,
  attribution: init.output.attribution,
  images: init.output.images,
  variant: init.output.variant,
  frontMatter: init.output.frontMatter,
  templates,
  // A company wiki's own templates win over built-in handlers named like Wikipedia's (own-templates.ts).
  expansion: templates && !isWikimediaUrl(site.articleBase) ? { preferExpansion: ownTemplatesFirst(templates, (site.namespaces.get(10)?.name ?? 'Template') + ':') } : undefined,
  now,
  resolveLink: (fullTitle, _ns, fragment) => {
    const t = target(fullTitle);
    return t ? hrefOf(t, fragment) : null;
  },
  categoryHref: (name) => {
    const t = target(categoryPrefix + name);
    return t ? hrefOf(t, null) : null;
  },
};
// The page's footer, front matter and the categories table use the recorded names (engine/categories.ts).
if (variants) baseOptions.categoryAsRecorded = recordedCategory;

/** The output's UTF-8 bytes are made in these buffers (dump/utf8.ts encodeUtf8). */
const encodeBuffers = encodeScratch();

/**
 * Each page is written to this worker's scratch file in the state folder, then renamed into
 * place, so a kill never leaves a half-written page. The scratch file lives outside `Page/`: a
 * temporary name created and removed again in a folder of a million entries cost the kernel as
 * much as the page's own entry, and one left behind by a kill would sit among the pages.
 *
 * Each worker has a folder of its own: creating a file holds its folder's lock while the kernel
 * looks for a free inode (25 µs, or some hundreds after a mass deletion on ext4 without a
 * journal), and a rename holds both folders' locks; with one shared folder the other worker's
 * creation or rename waited on that lock, much of it spinning (rwsem_spin_on_owner: 0.97 % and
 * 0.21 % of a worker's CPU samples in two `perf record`s of 346 MB conversions while file creation
 * was slow after a mass deletion; none seen while it was fast).
 */
const scratchDir = path.join(init.outDir, STATE_DIR, SCRATCH_DIR, `worker-${threadId}`);
fs.mkdirSync(scratchDir, { recursive: true });
const scratchFile = path.join(scratchDir, 'page.tmp');

/**
 * Wall time spent creating and renaming page files in the current job (openSync + renameSync),
 * reported with its results: on a disk shared with others, creating a file costs ~25 µs or, for
 * minutes after someone's mass deletion, 150–700 µs of kernel time, and the benchmark shows it.
 */
let fileSeconds = 0;

function writeAtomic(file: string, content: string): void {
  const full = path.join(init.outDir, file);
  const { bytes, size } = encodeUtf8(content, encodeBuffers);
  let t0 = performance.now();
  const fd = fs.openSync(scratchFile, 'w');
  let spent = performance.now() - t0;
  try {
    for (let at = 0; at < size; ) at += fs.writeSync(fd, bytes, at, size - at);
  } finally {
    fs.closeSync(fd);
  }
  t0 = performance.now();
  fs.renameSync(scratchFile, full);
  spent += performance.now() - t0;
  fileSeconds += spent / 1000;
}

/**
 * The page's size in UTF-8 bytes: the dump states it (`<text bytes=…>`); counting it again is a
 * pass over the whole text. A stated size no UTF-8 text of this length can have is not believed.
 */
function utf8Size(page: WorkPage): number {
  const stated = page.bytes;
  return stated !== undefined && stated >= page.text.length && stated <= page.text.length * 3 ? stated : Buffer.byteLength(page.text);
}

function convertOne(convert: ConvertFn, page: WorkPage): PageResult {
  const result: PageResult = {
    id: page.id, rev: page.rev, kind: page.kind, file: page.file, ns: page.ns, bytes: utf8Size(page),
    warnings: 0, warningCodes: {}, fallbacks: [], unhandled: {}, categories: [],
  };
  if (page.kind === 'raw') {
    writeAtomic(page.file, page.text);
    return result;
  }
  let markdown: string;
  try {
    const out = convert(page.text, { ...baseOptions, site: uploadSites.forFile(page.file), title: page.title });
    markdown = out.markdown;
    result.warnings = out.warnings.length;
    for (const w of out.warnings) result.warningCodes[w.code] = (result.warningCodes[w.code] ?? 0) + 1;
    result.fallbacks = out.meta.fallbacks ?? [];
    result.unhandled = out.meta.unhandledTemplates ?? {};
    result.categories = (out.meta.categories ?? []).map((c) => [c.name, c.sortKey]);
    if (out.meta.writtenCategories) result.writtenCategories = out.meta.writtenCategories.map((c) => [c.name, c.sortKey]);
    if (out.meta.variantTitle) result.variantTitle = out.meta.variantTitle;
  } catch (err) {
    // The engine must not throw; if it does, the page still exists, as its source.
    result.failed = (err as Error).message?.split('\n')[0] ?? String(err);
    markdown = `# ${page.title}\n\n\`\`\`\`wikitext\n${page.text}\n\`\`\`\`\n`;
  }
  if (page.kind === 'category') result.markdown = markdown;
  else writeAtomic(page.file, markdown);
  return result;
}

/** The dump file, for pages read by offset (plain XML); opened on first use. */
let dumpFd: number | null = null;
const scratch = { buffer: Buffer.allocUnsafe(1 << 20) };

function readLocated(item: LocatedItem): { text: string; bytes: number } {
  dumpFd ??= fs.openSync(init.input.path, 'r');
  return readPageTextAt(dumpFd, item, scratch);
}

async function main(): Promise<void> {
  const mod = (await import(init.converter.module.startsWith('file:') ? init.converter.module : pathToFileURL(init.converter.module).href)) as Record<string, unknown>;
  const convert = mod[init.converter.exportName] as ConvertFn | undefined;
  if (typeof convert !== 'function') throw new Error(`converter ${init.converter.exportName} not found in ${init.converter.module}`);
  port.on('message', (msg: WorkerRequest) => {
    void handle(convert, msg);
  });
  port.postMessage({ type: 'ready' } satisfies WorkerResponse);
}

/**
 * Each job's lookups (link targets, templates) share one read transaction: outside a transaction
 * SQLite takes and drops its WAL read lock for every statement (two fcntl calls each: 178,000 on
 * a 150 MB dump). A job lasts about a second; in WAL mode the main thread's checkpoint writes are
 * not blocked by it.
 */
const beginRead = db.prepare('BEGIN');
const endRead = db.prepare('COMMIT');

let queue = Promise.resolve();
function handle(convert: ConvertFn, msg: WorkerRequest): Promise<void> {
  // Jobs run one at a time, in arrival order.
  queue = queue.then(async () => {
    beginRead.run();
    fileSeconds = 0;
    try {
      let results: PageResult[];
      let xmlBytes = 0;
      if (msg.type === 'pages') {
        results = msg.pages.map((p) => convertOne(convert, p));
        for (const p of msg.pages) xmlBytes += p.text.length;
      } else if (msg.type === 'located') {
        results = msg.items.map((item) => {
          xmlBytes += item.length;
          return convertOne(convert, { ...item, ...readLocated(item) });
        });
      } else {
        results = [];
        const wanted = new Map<number, WorkItem>(msg.wanted.map((w) => [w.id, w]));
        try {
          for await (const page of readFragment(init.input, { start: msg.start, end: msg.end })) {
            xmlBytes += page.length;
            const item = wanted.get(page.id);
            if (item) results.push(convertOne(convert, { ...item, text: page.text, bytes: page.bytes }));
          }
        } catch (err) {
          // A truncated or damaged last stream: pass one already reported it; keep what was converted.
          const kind = (err as { kind?: string }).kind;
          if (kind !== 'truncated' && kind !== 'corrupt') throw err;
        }
      }
      port.postMessage({ type: 'done', job: msg.job, results, xmlBytes, fileSeconds } satisfies WorkerResponse);
    } catch (err) {
      port.postMessage({ type: 'error', job: msg.job, message: (err as Error).message } satisfies WorkerResponse);
    } finally {
      if (db.inTransaction) endRead.run();
    }
  });
  return queue;
}

main().catch((err) => {
  port.postMessage({ type: 'error', job: -1, message: (err as Error).message } satisfies WorkerResponse);
});
