/**
 * Test converter whose worker cannot write its scratch file (a folder in its place, made as the
 * converter loads), though the main thread could write every page (test code only).
 */
import fs from 'node:fs';
import path from 'node:path';
import { threadId, workerData } from 'node:worker_threads';
import { SCRATCH_DIR, STATE_DIR } from '../../src/mirror/types.js';
import { convertPage as fake } from './fake-converter.js';

// `node --test dist/test/` loads this file too, outside any worker: nothing to block then.
const outDir = (workerData as { outDir?: string } | null)?.outDir;
if (outDir !== undefined) fs.mkdirSync(path.join(outDir, STATE_DIR, SCRATCH_DIR, `worker-${threadId}`, 'page.tmp'), { recursive: true });

export const convertPage = fake;
