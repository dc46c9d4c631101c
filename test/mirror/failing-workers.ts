/** Helpers of the tests whose conversion workers fail (start-failing-converter.ts): test code only. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { MirrorError, runMirror, type MirrorOptions } from '../../src/mirror/run.js';
import { SAMPLE } from './helpers.js';

/** The test converter (start-failing-converter.ts), with a mode that holds for every load (`?exit`) or none. */
export function failingConverter(mode = ''): { module: string; exportName: string } {
  return { module: new URL(`./start-failing-converter.js${mode ? `?${mode}` : ''}`, import.meta.url).href, exportName: 'convertPage' };
}

/** Long enough for a hang to show, far longer than a start that fails (under a second). */
export const TIMEOUT = { timeout: 60_000 };

/** A quiet run of the sample dump (or `extra.dump`) with the test converter. */
export function failingOptions(out: string, extra: Partial<MirrorOptions> = {}): MirrorOptions {
  return { dump: SAMPLE, outDir: out, jobs: 2, converter: failingConverter(), progress: null, log: () => {}, rawNamespaces: [], ...extra };
}

/** How many of the failures left beside OUTDIR were claimed by a worker. */
export function claimed(out: string): number {
  return fs.readdirSync(path.dirname(out)).filter((f) => f.endsWith('.claimed')).length;
}

/** A run that must stop with a MirrorError; returns it. */
export async function stoppedRun(opts: MirrorOptions): Promise<MirrorError> {
  const err = await runMirror(opts).then(() => null, (e: unknown) => e);
  assert.ok(err instanceof MirrorError, `expected the run to stop, got ${String(err)}`);
  return err;
}
