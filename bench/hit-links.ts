/**
 * A synthetic dump in which most links find their page, as on a whole wiki's dump. The truncated
 * ja/uk dumps hold few of the pages their pages link (on the default bench dump 96 % of the
 * resolver's lookups miss), so the resolver's hit path — a row found, the relative path built and
 * encoded, a redirect's section anchor mapped — is barely run. Here every article title the bench
 * pages link (as the engine asks the resolver for it, namespace 0) whose hash falls in the chosen
 * share gets a redirect page to one of the bench's own articles, so that it exists in the mirror
 * without adding a page for the workers to convert (the assembly writes a redirect file for each,
 * as for any redirect); one in `FRAGMENT_EVERY` of them redirects to a section
 * (`#REDIRECT [[Target#Heading]]`), whose anchor the resolver then maps.
 *
 * Links to other namespaces (templates, files, Wikipedia:, Help:) and interwiki links are left as
 * they are: a mirror of articles and categories holds none of those on any wiki either.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { DumpPage, SiteInfo } from '../src/dump/types.js';
import type { ConvertFn, ConverterRef } from '../src/mirror/types.js';
import { siteFromInfo } from '../src/dump/site.js';
import { TitleCache } from '../src/mirror/title-cache.js';
import type { BenchPages } from './synthetic.js';

/** One redirect in this many points at a section of its target. */
const FRAGMENT_EVERY = 8;

/** FNV-1a of the UTF-16 units: which titles get a page does not depend on the order they are met in. */
function fnv(s: string): number {
  return TitleCache.hashFrom(TitleCache.FNV_START, s) >>> 0;
}

/** The first `== heading ==` of a page's wikitext, plain text only (no markup in it), or null. */
function firstHeading(text: string): string | null {
  const m = /^==+ *([^=\n'[\]{}<>|]+?) *==+ *$/m.exec(text);
  return m ? m[1]! : null;
}

export interface HitLinks {
  /** Redirect pages to add to the dump once (copy 0's form: titles as linked), each making one title exist. */
  redirects: DumpPage[];
  /** Distinct namespace-0 titles the bench pages ask the resolver for, and how many of them the dump already has (a page, or a redirect to one). */
  titles: number;
  existed: number;
  /**
   * The share of the engine's own namespace-0 lookups (one copy of the pages, counted with
   * repeats, templates not expanded) that hit with the redirects: not the mirror's lookups, which
   * also count categories, other namespaces and the links templates make.
   */
  lookupShare: number;
}

/**
 * The `--share` option of the benches that use hitLinks: a number from 0 to 1 (default 0.85).
 * Anything else stops the bench, as `Number('abc')` would be NaN, which no hash compares below,
 * and every title would silently get a redirect.
 */
export function parseShare(value: string | undefined): number {
  if (value === undefined) return 0.85;
  const share = value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(share) || share < 0 || share > 1) throw new Error(`--share must be a number from 0 to 1, not ${JSON.stringify(value)}`);
  return share;
}

/**
 * Redirects making `share` (0–1) of the article titles the bench pages link exist. The titles are
 * those the engine itself asks the resolver for while converting the pages once (templates not
 * expanded, as the engine alone converts them).
 */
export async function hitLinks(bench: BenchPages, share: number): Promise<HitLinks> {
  // In a worker of its own, so that the bench's main thread neither loads the engine nor holds
  // its garbage (bench:mirror reports the process's peak RSS).
  const job: AskJob = { ref: bench.ref, siteInfo: bench.siteInfo, now: bench.now, pages: bench.converted.map((p) => ({ title: p.title, text: p.text })) };
  const worker = new Worker(new URL(import.meta.url), { workerData: { hitLinks: job } });
  const asked = await new Promise<Array<[string, number]>>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    // A worker that ends without posting (process.exit in the engine, say) fires neither of those;
    // after a message or an error this reject is a no-op.
    worker.once('exit', (code) => reject(new Error(`hit-links worker exited with code ${code} before posting the titles`)));
  });
  await worker.terminate();

  // What the mirror's index has a target for (src/mirror/plan.ts): the pages it converts, and
  // redirects to one of them; a redirect whose target is not in the (truncated) dump is none.
  const pageTitles = new Set(bench.converted.map((p) => p.title));
  const existing = new Set([...pageTitles, ...bench.src.pages.filter((p) => p.redirect && pageTitles.has(p.redirect)).map((p) => p.title)]);
  const targets = bench.converted.filter((p) => p.ns === 0);
  const redirects: DumpPage[] = [];
  let hitLookups = 0;
  let allLookups = 0;
  let existed = 0;
  for (const [title, n] of asked) {
    allLookups += n;
    if (existing.has(title)) {
      hitLookups += n;
      existed++;
      continue;
    }
    if (fnv(title) % 1000 >= share * 1000) continue;
    hitLookups += n;
    const k = redirects.length;
    const to = targets[k % targets.length]!;
    const heading = k % FRAGMENT_EVERY === FRAGMENT_EVERY - 1 ? firstHeading(to.text) : null;
    const text = `#REDIRECT [[${to.title}${heading ? '#' + heading : ''}]]`;
    redirects.push({
      // Ids: the synthetic dump's writer gives them, past its last copy's (bench/synthetic.ts).
      id: 0, ns: 0, title, redirect: to.title, revisionId: 0, timestamp: to.timestamp,
      sha1: '', text, bytes: Buffer.byteLength(text), offset: 0, length: 0,
    });
  }
  return { redirects, titles: asked.length, existed, lookupShare: allLookups ? hitLookups / allLookups : 0 };
}

interface AskJob {
  ref: ConverterRef;
  siteInfo: SiteInfo;
  now: string;
  pages: Array<{ title: string; text: string }>;
}

/** The namespace-0 titles the engine asks the resolver for while converting the pages once, with how often. */
async function askedTitles(job: AskJob): Promise<Array<[string, number]>> {
  const convert = ((await import(job.ref.module)) as Record<string, ConvertFn>)[job.ref.exportName]!;
  const site = siteFromInfo(job.siteInfo);
  const now = new Date(job.now || 0);
  const asked = new Map<string, number>();
  const record = (full: string, ns: number) => {
    if (ns === 0) asked.set(full, (asked.get(full) ?? 0) + 1);
    return null;
  };
  for (const p of job.pages) convert(p.text, { site, now, title: p.title, resolveLink: record });
  return [...asked];
}

if (!isMainThread && (workerData as { hitLinks?: AskJob } | null)?.hitLinks) {
  parentPort!.postMessage(await askedTitles((workerData as { hitLinks: AskJob }).hitLinks));
}
