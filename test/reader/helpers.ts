/** A real mirror of the sample dump for the reader tests, and raw HTTP GETs (fetch would normalise `..`). */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { runMirror, EXIT } from '../../src/mirror/run.js';
import { startReader, type RunningReader } from '../../src/reader/server.js';
import { SAMPLE, tmpDir } from '../mirror/helpers.js';

/** Converts sample/zhwiki-sample.xml with the real engine into a new temp dir. */
export async function sampleMirror(): Promise<string> {
  const out = path.join(tmpDir('reader'), 'mirror');
  const result = await runMirror({ dump: SAMPLE, outDir: out, jobs: 1, progress: null, log: () => {} });
  if (result.exitCode !== EXIT.OK) throw new Error(`sample mirror failed: exit ${result.exitCode}`);
  return out;
}

/** Serves `out` on a free port once its titles are loaded; `readers` collects it for closing in `after`. */
export async function serveMirror(out: string, readers: RunningReader[]): Promise<RunningReader> {
  const reader = await startReader({ outDir: out, port: 0, host: '127.0.0.1', progress: null });
  readers.push(reader);
  await reader.titlesLoaded();
  return reader;
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** GET with the path sent exactly as given. */
export function rawGet(port: number, rawPath: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method: 'GET', agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

export const searchPath = (q: string, page?: number) => `/search?q=${encodeURIComponent(q)}${page ? `&page=${page}` : ''}`;

export function removeMirror(out: string): void {
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
}

/** The TeX of every formula KaTeX laid out, from its MathML annotation, in order. */
export function formulas(html: string): string[] {
  return [...html.matchAll(/<annotation encoding="application\/x-tex">([^<]*)<\/annotation>/g)].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
}

/** How many display formulas KaTeX laid out. */
export const displayed = (html: string) => (html.match(/<div class="math-display"><span class="katex-display">/g) ?? []).length;
