/** What the two A/B harnesses (ab-builds.ts, ab-pages.ts) share. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ConvertOptions, ConvertResult } from '../src/engine/types.js';

export type Convert = (text: string, options: ConvertOptions) => ConvertResult;

/** The value after `name` on the command line, if given. */
export function option(name: string, args: readonly string[] = process.argv.slice(2)): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** `--a DIR --b DIR` from the command line, or the usage line and exit 2. */
export function buildDirs(usage: string): { a: string; b: string } {
  const a = option('--a');
  const b = option('--b');
  if (!a || !b) {
    console.error(usage);
    process.exit(2);
  }
  return { a, b };
}

/** `convertPage` of the build in `root`'s dist/. */
export async function loadConvert(root: string): Promise<Convert> {
  const url = pathToFileURL(path.join(root, 'dist/src/engine/convert.js')).href;
  return ((await import(url)) as { convertPage: Convert }).convertPage;
}

/** Run `script` again in a fresh process with `args`; its last output line is JSON, returned parsed. */
export function runChild<T>(script: string, args: readonly string[]): T {
  const r = spawnSync(process.execPath, ['--max-semi-space-size=64', script, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`child ${args.join(' ')} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as T;
}
