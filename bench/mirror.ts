/**
 * `npm run bench:mirror`: the whole pipeline on a synthetic dump of ≥ 1 GB, made by repeating the
 * real pages of the shared dumps under new titles (streamed to a temp file, never held in
 * memory). Reports throughput and peak RSS at 25 %, 50 % and 100 % of the conversion, and the
 * ratio to (single-page engine throughput × workers).
 *
 *   node dist/bench/mirror.js [--size-mb 1024] [--jobs N] [--keep]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DumpReader } from '../src/dump/reader.js';
import type { DumpPage } from '../src/dump/types.js';
import { siteFromInfo } from '../src/dump/site.js';
import { defaultJobs } from '../src/mirror/pool.js';
import { runMirror } from '../src/mirror/run.js';
import type { ConvertFn, ConverterRef } from '../src/mirror/types.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED =
  process.env.WIKIMARK_SHARED ??
  [path.resolve(REPO, '..', 'shared'), path.resolve(REPO, '..', '..', 'shared')].find((d) => fs.existsSync(d)) ??
  path.resolve(REPO, '..', 'shared');
const DUMPS = path.join(SHARED, 'dumps');

const { values } = parseArgs({
  options: { 'size-mb': { type: 'string' }, jobs: { type: 'string' }, keep: { type: 'boolean' } },
});
const targetBytes = Number(values['size-mb'] ?? 1024) * 1024 * 1024;
const jobs = Number(values.jobs ?? defaultJobs());

function converterRef(): { ref: ConverterRef; real: boolean } {
  const real = path.join(REPO, 'dist', 'src', 'engine', 'convert.js');
  if (fs.existsSync(real)) return { ref: { module: pathToFileURL(real).href, exportName: 'convertPage' }, real: true };
  const fake = path.join(REPO, 'dist', 'test', 'mirror', 'fake-converter.js');
  return { ref: { module: pathToFileURL(fake).href, exportName: 'convertPage' }, real: false };
}

async function loadPages(file: string): Promise<{ pages: DumpPage[]; header: string }> {
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

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Stream a dump of at least `target` bytes: copy k of every page is titled "Title (k)". */
function writeSynthetic(file: string, header: string, pages: DumpPage[], target: number): { bytes: number; pages: number } {
  const fd = fs.openSync(file, 'w');
  let written = 0;
  let count = 0;
  let buf: string[] = [header + '\n'];
  let bufLen = 0;
  const flush = () => {
    const s = buf.join('');
    written += fs.writeSync(fd, s);
    buf = [];
    bufLen = 0;
  };
  for (let copy = 0; written + bufLen < target; copy++) {
    for (const p of pages) {
      const title = copy === 0 ? p.title : `${p.title} (${copy})`;
      const redirect = p.redirect ? (copy === 0 ? p.redirect : `${p.redirect} (${copy})`) : null;
      const xml = `  <page>\n    <title>${esc(title)}</title>\n    <ns>${p.ns}</ns>\n    <id>${copy * 10_000_000 + p.id}</id>\n${redirect ? `    <redirect title="${esc(redirect)}" />\n` : ''}    <revision>\n      <id>${copy * 100_000_000 + p.revisionId}</id>\n      <timestamp>${p.timestamp}</timestamp>\n      <model>wikitext</model>\n      <format>text/x-wiki</format>\n      <text bytes="${p.bytes}" xml:space="preserve">${esc(p.text)}</text>\n      <sha1>${p.sha1}</sha1>\n    </revision>\n  </page>\n`;
      buf.push(xml);
      bufLen += Buffer.byteLength(xml);
      count++;
      if (bufLen > 8 << 20) flush();
    }
  }
  buf.push('</mediawiki>\n');
  flush();
  fs.closeSync(fd);
  return { bytes: written, pages: count };
}

/** MB/s of one thread, by wall clock and by CPU time (the latter holds on a busy machine). */
async function engineThroughput(ref: ConverterRef, file: string): Promise<{ wall: number; cpu: number }> {
  const mod = (await import(ref.module)) as Record<string, ConvertFn>;
  const convert = mod[ref.exportName]!;
  const reader = await DumpReader.open(file);
  const site = siteFromInfo(reader.siteInfo);
  const pages: DumpPage[] = [];
  try {
    for await (const p of reader.pages()) if (p.ns === 0 && !p.redirect) pages.push(p);
  } catch {
    // truncated
  }
  let bytes = 0;
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  for (let round = 0; round < 3 || performance.now() - start < 3000; round++) {
    for (const p of pages) {
      convert(p.text, { site, title: p.title, resolveLink: () => null });
      bytes += p.bytes;
    }
    if (round > 50) break;
  }
  const cpu = process.cpuUsage(cpu0);
  return { wall: bytes / 1e6 / ((performance.now() - start) / 1000), cpu: bytes / 1e6 / ((cpu.user + cpu.system) / 1e6) };
}

async function main(): Promise<void> {
  const ja = path.join(DUMPS, 'jawiki-truncated.xml');
  const uk = path.join(DUMPS, 'ukwiki-truncated.xml');
  if (!fs.existsSync(ja)) {
    console.error(`shared dumps not found in ${DUMPS} (set WIKIMARK_SHARED)`);
    process.exit(2);
  }
  const { ref, real } = converterRef();
  if (!real) console.log('note: the engine (dist/src/engine/convert.js) is not built yet; using the test stand-in converter');
  const engineJa = await engineThroughput(ref, ja);
  const engineUk = await engineThroughput(ref, uk);
  const engine = (engineJa.wall + engineUk.wall) / 2;
  const engineCpu = (engineJa.cpu + engineUk.cpu) / 2;
  console.log(`single-page engine, one thread: ja ${engineJa.wall.toFixed(1)} MB/s, uk ${engineUk.wall.toFixed(1)} MB/s (per CPU-second: ${engineCpu.toFixed(1)} MB)`);
  console.log(`load average now: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.availableParallelism()} cores`);

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'wikimark-bench-'));
  const dumpFile = path.join(work, 'synthetic.xml');
  const jaPages = await loadPages(ja);
  const ukPages = await loadPages(uk);
  // One siteinfo (ja); uk articles come along as extra ns-0 content.
  const pages = [...jaPages.pages, ...ukPages.pages.filter((p) => p.ns === 0)];
  const t0 = performance.now();
  const synthetic = writeSynthetic(dumpFile, jaPages.header, pages, targetBytes);
  console.log(`synthetic dump: ${(synthetic.bytes / 1e9).toFixed(2)} GB, ${synthetic.pages} pages, written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 100);
  const cpu0 = process.cpuUsage();
  const marks: Array<{ pct: number; secs: number; pages: number; bytes: number; rss: number }> = [];
  const start = performance.now();
  let convertStart = 0;
  const out = path.join(work, 'out');
  const result = await runMirror({
    dump: dumpFile,
    outDir: out,
    jobs,
    converter: ref,
    progress: process.stderr.isTTY ? process.stderr : null,
    log: () => {},
    onProgress: (phase, done, total, bytes) => {
      if (phase !== 'convert' || !total) return;
      if (!convertStart) convertStart = performance.now();
      peak = Math.max(peak, process.memoryUsage.rss());
      for (const pct of [25, 50, 100]) {
        if (done >= (total * pct) / 100 && !marks.some((m) => m.pct === pct)) {
          marks.push({ pct, secs: (performance.now() - convertStart) / 1000, pages: done, bytes, rss: peak });
        }
      }
    },
  });
  clearInterval(sampler);
  const cpu = process.cpuUsage(cpu0);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  const total = (performance.now() - start) / 1000;
  const run = result.report.run;
  console.log(`\nwhole pipeline, ${jobs} workers: ${total.toFixed(1)} s (index ${run.indexSeconds.toFixed(1)} s, convert ${run.convertSeconds.toFixed(1)} s, assemble ${run.composeSeconds.toFixed(1)} s)`);
  console.log('\n| converted | pages | pages/s | MB/s (wikitext) | peak RSS |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const m of marks) {
    console.log(`| ${m.pct} % | ${m.pages} | ${Math.round(m.pages / m.secs)} | ${(m.bytes / 1e6 / m.secs).toFixed(1)} | ${(m.rss / 2 ** 20).toFixed(0)} MB |`);
  }
  const convertMBs = run.bytesThisRun / 1e6 / run.convertSeconds;
  const wholeMBs = run.bytesThisRun / 1e6 / total;
  const ideal = engine * jobs;
  console.log(`\nconversion phase: ${convertMBs.toFixed(1)} MB/s = ${((convertMBs / ideal) * 100).toFixed(0)} % of engine × ${jobs} (${ideal.toFixed(1)} MB/s)`);
  console.log(`whole pipeline:   ${wholeMBs.toFixed(1)} MB/s = ${((wholeMBs / ideal) * 100).toFixed(0)} % of engine × ${jobs}`);
  const pipelineCpu = run.bytesThisRun / 1e6 / cpuSecs;
  console.log(`CPU efficiency: the pipeline spends ${cpuSecs.toFixed(1)} CPU-s (${pipelineCpu.toFixed(1)} MB per CPU-s) = ${((pipelineCpu / engineCpu) * 100).toFixed(0)} % of the engine's own rate; on an idle machine that predicts ${(pipelineCpu * Math.min(jobs, os.availableParallelism())).toFixed(1)} MB/s`);
  console.log(`peak RSS: ${(peak / 2 ** 20).toFixed(0)} MB`);
  const pagesPerSec = run.convertedThisRun / total;
  console.log(`at ${Math.round(pagesPerSec)} pages/s, 1.4 million zh articles take about ${((1.4e6 / pagesPerSec) / 3600).toFixed(1)} h on this machine`);
  if (!values.keep) fs.rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
}

await main();
