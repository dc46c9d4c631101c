/**
 * Test converter that counts the conversion workers started: each load (one per worker) appends a
 * line to `OUTDIR.loads`, beside the test's OUTDIR. Test code only; outside a conversion worker
 * (`npm test` loads every file under dist/test/) it writes nothing.
 */
import fs from 'node:fs';
import { workerData } from 'node:worker_threads';

const outDir = (workerData as { outDir?: string } | null)?.outDir;
if (outDir !== undefined) fs.appendFileSync(`${outDir}.loads`, 'loaded\n');

export { convertPage } from './fake-converter.js';
