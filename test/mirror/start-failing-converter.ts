/**
 * Test converter whose worker fails while starting, as the field saw it (a wrapper that threw at
 * worker start). What it does is set by a file beside the mirror, `OUTDIR.start-failure`:
 * - `throw`: every load throws;
 * - `once`: the first load throws and deletes the file, later loads succeed;
 * - `exit`: every load ends the worker thread (process.exit);
 * - `async`: every load leaves an uncaught error behind, thrown before the worker is ready;
 * - `after-crash`: loads succeed; a page holding CRASH_WORKER kills its worker (as it always
 *   does) and first turns the file to `throw`, so that the workers replacing it cannot start.
 * Test code only.
 */
import fs from 'node:fs';
import { workerData } from 'node:worker_threads';
import type { ConvertOptions, ConvertResult } from '../../src/engine/types.js';
import { convertPage as fake } from './fake-converter.js';

// Outside a conversion worker (`npm test` loads every file under dist/test/) there is no mirror.
const outDir = (workerData as { outDir?: string } | null)?.outDir;
const marker = outDir === undefined ? null : `${outDir}.start-failure`;

function loadFailure(): string | null {
  if (marker === null) return null;
  try {
    return fs.readFileSync(marker, 'utf8');
  } catch {
    return null;
  }
}

const failure = loadFailure();
if (failure === 'once') fs.rmSync(marker!);
if (failure === 'throw' || failure === 'once') throw new Error('clock wrapper: no time zone');
if (failure === 'exit') process.exit(9);
if (failure === 'async') {
  setTimeout(() => {
    throw new Error('clock wrapper: timer failed');
  }, 0);
  await new Promise((resolve) => setTimeout(resolve, 50));
}

export function convertPage(wikitext: string, options: ConvertOptions): ConvertResult {
  if (wikitext.includes('CRASH_WORKER')) {
    if (marker !== null && loadFailure() === 'after-crash') fs.writeFileSync(marker, 'throw');
    process.exit(7);
  }
  return fake(wikitext, options);
}
