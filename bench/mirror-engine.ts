/** Worker for bench/mirror.ts: single-thread engine throughput on one dump's articles. */
import { parentPort, workerData } from 'node:worker_threads';
import { DumpReader } from '../src/dump/reader.js';
import { siteFromInfo } from '../src/dump/site.js';
import type { DumpPage } from '../src/dump/types.js';
import type { ConvertFn, ConverterRef } from '../src/mirror/types.js';

const { ref, file } = workerData as { ref: ConverterRef; file: string };
const mod = (await import(ref.module)) as Record<string, ConvertFn>;
const convert = mod[ref.exportName]!;
const reader = await DumpReader.open(file);
const site = siteFromInfo(reader.siteInfo);
const pages: DumpPage[] = [];
try {
  for await (const p of reader.pages()) if (p.ns === 0 && !p.redirect) pages.push(p);
} catch {
  // the shared dumps are truncated on purpose
}
for (const p of pages.slice(0, 20)) convert(p.text, { site, title: p.title, resolveLink: () => null });
let bytes = 0;
const start = performance.now();
const cpu0 = process.cpuUsage();
for (let round = 0; round < 2 || performance.now() - start < 3000; round++) {
  for (const p of pages) {
    convert(p.text, { site, title: p.title, resolveLink: () => null });
    bytes += p.bytes;
  }
  if (round > 50) break;
}
// process.cpuUsage() counts every thread; the main thread idles meanwhile.
const cpu = process.cpuUsage(cpu0);
parentPort!.postMessage({ wall: bytes / 1e6 / ((performance.now() - start) / 1000), cpu: bytes / 1e6 / ((cpu.user + cpu.system) / 1e6) });
