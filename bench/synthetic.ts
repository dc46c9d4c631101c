/**
 * Synthetic dumps for the mirror benchmark: the real pages of the shared dumps repeated under new
 * titles ("Title (k)" for copy k), streamed to disk, never held in memory. Optionally written as
 * a Wikimedia multistream .xml.bz2 (100 pages per bz2 stream, siteinfo and footer in streams of
 * their own) with its `-index.txt.bz2`, compressed by the system bzip2.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DumpReader } from '../src/dump/reader.js';
import type { DumpPage, SiteInfo } from '../src/dump/types.js';
import { BATCH_BYTES, BATCH_PAGES } from '../src/mirror/convert-feed.js';
import type { ConverterRef } from '../src/mirror/types.js';
import { sharedDir } from '../test/helpers/shared-dir.js';

export interface SourcePages {
  pages: DumpPage[];
  /** `<mediawiki …><siteinfo>…</siteinfo>` of the first dump. */
  header: string;
}

export async function loadPages(file: string): Promise<SourcePages> {
  const reader = await DumpReader.open(file);
  const pages: DumpPage[] = [];
  try {
    for await (const p of reader.pages()) pages.push(p);
  } catch {
    // the shared dumps are truncated on purpose
  }
  const raw = fs.readFileSync(file, 'utf8').slice(0, 20000);
  const header = raw.slice(0, raw.indexOf('</siteinfo>') + '</siteinfo>'.length);
  return { pages, header };
}

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The pages every mirror bench converts, and what the engine needs to convert them as the mirror's workers do. */
export interface BenchPages {
  /** The ja dump's pages and the uk dump's articles, in dump order, under the ja siteinfo. */
  src: SourcePages;
  /** The pages the mirror converts (articles and categories, not redirects). */
  converted: DumpPage[];
  siteInfo: SiteInfo;
  /** The dumps' latest revision time: the mirror's "now". */
  now: string;
  /** The built engine, or the test stand-in converter where it is not built (`real` false). */
  ref: ConverterRef;
  real: boolean;
}

/** Load the shared ja and uk truncated dumps; exits with a message where they are missing. */
export async function benchPages(): Promise<BenchPages> {
  // Where no shared data is found the path is still named, for the error message.
  const dumps = path.join(sharedDir('dumps') ?? path.resolve(REPO, '..', 'shared'), 'dumps');
  const ja = path.join(dumps, 'jawiki-truncated.xml');
  if (!fs.existsSync(ja)) {
    console.error(`shared dumps not found in ${dumps} (set WIKIMARK_SHARED)`);
    process.exit(2);
  }
  const jaPages = await loadPages(ja);
  const ukPages = await loadPages(path.join(dumps, 'ukwiki-truncated.xml'));
  // One siteinfo (ja); uk articles come along as extra ns-0 content.
  const src: SourcePages = { header: jaPages.header, pages: [...jaPages.pages, ...ukPages.pages.filter((p) => p.ns === 0)] };
  const converted = src.pages.filter((p) => (p.ns === 0 || p.ns === 14) && !p.redirect);
  const siteInfo = (await DumpReader.open(ja)).siteInfo;
  const now = src.pages.reduce((a, p) => (p.timestamp > a ? p.timestamp : a), '');
  const engine = path.join(REPO, 'dist', 'src', 'engine', 'convert.js');
  const real = fs.existsSync(engine);
  const module = real ? engine : path.join(REPO, 'dist', 'test', 'mirror', 'fake-converter.js');
  return { src, converted, siteInfo, now, ref: { module: pathToFileURL(module).href, exportName: 'convertPage' }, real };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Copy `copy` of a page: its titles (copy 0 as they are, else with ` (copy)`) and ids moved to the copy's own range. */
function pageXml(p: DumpPage, copy: number): { xml: string; id: number; title: string } {
  const title = copy === 0 ? p.title : `${p.title} (${copy})`;
  const redirect = p.redirect ? (copy === 0 ? p.redirect : `${p.redirect} (${copy})`) : null;
  return pageXmlAs(p, title, redirect, copy * 10_000_000 + p.id, copy * 100_000_000 + p.revisionId);
}

function pageXmlAs(p: DumpPage, title: string, redirect: string | null, id: number, revisionId: number): { xml: string; id: number; title: string } {
  const xml =
    `  <page>\n    <title>${esc(title)}</title>\n    <ns>${p.ns}</ns>\n    <id>${id}</id>\n` +
    (redirect ? `    <redirect title="${esc(redirect)}" />\n` : '') +
    `    <revision>\n      <id>${revisionId}</id>\n      <timestamp>${p.timestamp}</timestamp>\n` +
    `      <model>wikitext</model>\n      <format>text/x-wiki</format>\n` +
    `      <text bytes="${p.bytes}" xml:space="preserve">${esc(p.text)}</text>\n      <sha1>${p.sha1}</sha1>\n    </revision>\n  </page>\n`;
  return { xml, id, title };
}

export interface SyntheticDump {
  /** Bytes of uncompressed XML. */
  xmlBytes: number;
  pages: number;
  /** The file written (the .xml, or the -multistream.xml.bz2). */
  file: string;
}

/** Bytes of copy `copy` of a page in a synthetic dump: what the index records as its length, and a batch counts. */
export function pageXmlBytes(p: DumpPage, copy: number): number {
  return Buffer.byteLength(pageXml(p, copy).xml);
}

/**
 * How the convert pass cuts `copies` copies of `pages` (the pages it converts, in dump order) into
 * batches, each a worker's job: the number of pages of each batch in order. A batch ends at
 * BATCH_PAGES pages or BATCH_BYTES of their XML (plain XML: each page's length in the dump), and
 * batches run on across the copies' boundaries.
 */
export function batchSizes(pages: readonly DumpPage[], copies: number): number[] {
  const sizes: number[] = [];
  let count = 0;
  let bytes = 0;
  for (let c = 0; c < copies; c++) {
    for (const p of pages) {
      count++;
      bytes += pageXmlBytes(p, c);
      if (count >= BATCH_PAGES || bytes >= BATCH_BYTES) {
        sizes.push(count);
        count = 0;
        bytes = 0;
      }
    }
  }
  if (count) sizes.push(count);
  return sizes;
}

/** How big a synthetic dump is: at least `target` bytes of XML, or exactly `copies` copies of the source. */
export type SyntheticSize = number | { copies: number };

/**
 * Every page of the source in order, copy after copy, until the size is reached; then `extra`
 * once, under their own titles (bench/hit-links.ts: redirects that make linked titles exist).
 */
function* synthetic(src: SourcePages, size: SyntheticSize, extra: readonly DumpPage[]): Generator<{ xml: string; id: number; title: string }> {
  let bytes = 0;
  const more = (copy: number) => (typeof size === 'number' ? bytes < size : copy < size.copies);
  let copy = 0;
  for (; more(copy); copy++) {
    for (const p of src.pages) {
      const page = pageXml(p, copy);
      bytes += Buffer.byteLength(page.xml);
      yield page;
    }
  }
  // Titles as given; ids in the range a copy past the last would have, so that none is a copied
  // page's however many copies were written (their own ids are not used).
  for (let k = 0; k < extra.length; k++) {
    const p = extra[k]!;
    yield pageXmlAs(p, p.title, p.redirect, copy * 10_000_000 + 1 + k, copy * 100_000_000 + 1 + k);
  }
}

/** A plain XML dump of the given size. */
export function writeSynthetic(file: string, src: SourcePages, size: SyntheticSize, extra: readonly DumpPage[] = []): SyntheticDump {
  const fd = fs.openSync(file, 'w');
  let written = fs.writeSync(fd, src.header + '\n');
  let count = 0;
  let buf: string[] = [];
  let bufLen = 0;
  const flush = () => {
    written += fs.writeSync(fd, buf.join(''));
    buf = [];
    bufLen = 0;
  };
  for (const page of synthetic(src, size, extra)) {
    buf.push(page.xml);
    bufLen += page.xml.length;
    count++;
    if (bufLen > 8 << 20) flush();
  }
  buf.push('</mediawiki>\n');
  flush();
  fs.closeSync(fd);
  return { xmlBytes: written, pages: count, file };
}

function bzip2(data: string | Buffer): Buffer {
  const r = spawnSync('bzip2', ['-c', '-9'], { input: data, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`bzip2 failed: ${r.stderr}`);
  return r.stdout;
}

/** A multistream dump `<base>-multistream.xml.bz2` and its index, as Wikimedia publishes them. */
export function writeSyntheticMultistream(base: string, src: SourcePages, target: number, extra: readonly DumpPage[] = [], pagesPerStream = 100): SyntheticDump {
  const file = `${base}-multistream.xml.bz2`;
  const fd = fs.openSync(file, 'w');
  let offset = 0;
  let xmlBytes = 0;
  let count = 0;
  const index: string[] = [];
  const stream = (xml: string) => {
    xmlBytes += Buffer.byteLength(xml);
    offset += fs.writeSync(fd, bzip2(xml));
  };
  stream(src.header + '\n');
  let group: string[] = [];
  const flush = () => {
    if (!group.length) return;
    stream(group.join(''));
    group = [];
  };
  for (const page of synthetic(src, target, extra)) {
    index.push(`${offset}:${page.id}:${page.title}`);
    group.push(page.xml);
    count++;
    if (group.length === pagesPerStream) flush();
  }
  flush();
  stream('</mediawiki>\n');
  fs.closeSync(fd);
  fs.writeFileSync(`${base}-multistream-index.txt.bz2`, bzip2(index.join('\n') + '\n'));
  return { xmlBytes, pages: count, file };
}
