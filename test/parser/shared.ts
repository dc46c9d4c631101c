/** Locating the team's shared data (read only) from a test. */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** dist/test/parser → repository root → its sibling `shared`. */
export function sharedDir(): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  const dir = process.env.WIKIMARK_SHARED ?? resolve(here, '../../../../shared');
  return existsSync(dir) ? dir : null;
}
