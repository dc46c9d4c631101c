/**
 * The engine as bench/mirror-engine.ts runs it alone, for the mirror's workers to call in its
 * place (bench/mirror-split.ts): the dump's site made from the worker's siteinfo (not the site the
 * worker passes, whose upload settings look files up in the index: `localFiles` on a wiki with
 * its own uploads, as the bench's ja siteinfo has), the dump's date, a resolver that finds no page, no template
 * source, no category names, no attribution. The pipeline then does all its own work (reading,
 * writing, messages, checkpoints) around the engine's plain work, and the difference from a real
 * run is what the worker's resolver, upload sites and template source add to convertPage.
 *
 * `convertTimed` does the same and also measures the calling thread's CPU inside convertPage
 * (schedstat, before and after each page), appending the running totals every 100 pages to
 * `$WIKIMARK_TIMED_DIR/thread-<id>.jsonl`: the same measure in a pipeline worker and in the engine
 * alone tells whether convertPage itself costs more inside a worker.
 */
import fs from 'node:fs';
import path from 'node:path';
import { threadId, workerData } from 'node:worker_threads';
import { siteFromInfo } from '../src/dump/site.js';
import type { SiteInfo } from '../src/dump/types.js';
import { convertPage } from '../src/engine/convert.js';
import type { ConvertOptions, ConvertResult } from '../src/engine/types.js';
import { ownThreadCpu } from './cpu.js';

const noPage = () => null;
/** Both a mirror worker's data (WorkerInit) and the engine bench's (EngineJob) carry the dump's siteinfo. */
const siteInfo = (workerData as { siteInfo?: SiteInfo } | null)?.siteInfo;
if (!siteInfo) throw new Error('plain-converter: no siteinfo in workerData (it runs in a mirror worker or bench/mirror-engine.ts)');
const site = siteFromInfo(siteInfo);

export function convertPlain(text: string, options: ConvertOptions): ConvertResult {
  // The engine bench's options in its order ({ site, now, resolveLink } spread with the title).
  return convertPage(text, { site, now: options.now, resolveLink: noPage, title: options.title });
}

const totals = { pages: 0, bytes: 0, cpu: 0 };
const log = process.env.WIKIMARK_TIMED_DIR ? path.join(process.env.WIKIMARK_TIMED_DIR, `thread-${threadId}.jsonl`) : null;

export function convertTimed(text: string, options: ConvertOptions): ConvertResult {
  const t0 = ownThreadCpu();
  const out = convertPage(text, { site, now: options.now, resolveLink: noPage, title: options.title });
  totals.cpu += ownThreadCpu() - t0;
  totals.pages++;
  totals.bytes += Buffer.byteLength(text);
  if (log && totals.pages % 100 === 0) fs.appendFileSync(log, JSON.stringify(totals) + '\n');
  return out;
}
