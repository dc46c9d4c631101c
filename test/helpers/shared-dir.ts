/**
 * Where the team's shared data (read only: corpus, dumps, peer tests, tools) lives, for tests and
 * benchmarks alike. Kept free of project imports so that anything can use it cheaply.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: this file runs as dist/test/helpers/shared-dir.js. */
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * The shared data folder, or null when it is not present (tests then skip). Tried in order:
 * $WIKIMARK_SHARED; `<repo>/../shared` (beside the main checkout); `<repo>/../../shared` (a
 * worktree under /work/wt); `../shared` from the working directory; /work/shared (the team
 * machine's fixed place). With `subfolder` ('dumps', 'corpus', 'peer-tests' …), only a folder that
 * has it counts, so a half-present copy is passed over for the next candidate.
 */
export function sharedDir(subfolder?: string): string | null {
  const candidates = [
    process.env.WIKIMARK_SHARED,
    path.join(REPO, '..', 'shared'),
    path.join(REPO, '..', '..', 'shared'),
    path.resolve(process.cwd(), '..', 'shared'),
    '/work/shared',
  ];
  for (const dir of candidates) {
    if (dir && fs.existsSync(subfolder === undefined ? dir : path.join(dir, subfolder))) return dir;
  }
  return null;
}
