/**
 * What an index and a checkpoint were made from, so that a later run can tell whether it may
 * reuse them: the dump file's identity, and a fingerprint of the options a page is converted with.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DumpInput } from '../dump/input.js';
import type { SiteInfo } from '../dump/types.js';
import { getInfo, type DB } from '../index/db.js';
import type { ConverterRef, PageOutputOptions } from './types.js';

export type FingerprintedOptions = PageOutputOptions & { namespaces: number[]; rawNamespaces: number[]; minSize: number; converter: ConverterRef };

/** The options that decide a page's file, as 16 hex digits: a checkpoint row counts only under the same. */
export function fingerprintOf(o: FingerprintedOptions): string {
  const data = JSON.stringify({
    ns: [...o.namespaces].sort((a, b) => a - b),
    raw: [...o.rawNamespaces].sort((a, b) => a - b),
    min: o.minSize,
    a: o.attribution,
    i: o.images,
    v: o.variant,
    f: o.frontMatter,
    t: o.expandTemplates,
    u: o.uploadBase,
    c: path.basename(o.converter.module) + '#' + o.converter.exportName,
  });
  return createHash('sha1').update(data).digest('hex').slice(0, 16);
}

/**
 * Whether the index's category rows were last written by conversions with these options (info
 * 'plan': the fingerprint the convert pass worked under), or by none yet. The whole fingerprint is
 * compared on purpose, though only some options change categories: under any other options
 * (--front-matter, --images) every page is converted again anyway, and the dump's second read
 * costs little beside that. A page's reported
 * categories are written over the scanned ones and rows of names not reported stay
 * (page-categories.ts), so under other options — templates not expanded, say — the categories a
 * template gave a page before would stay listed: such an index is rebuilt instead of reused.
 */
export function categoriesFitOptions(db: DB, fingerprintOfSite: (info: SiteInfo) => string): boolean {
  const plannedWith = getInfo(db, 'plan');
  if (plannedWith === null) return true;
  const siteInfo = getInfo(db, 'siteinfo');
  return siteInfo !== null && plannedWith === fingerprintOfSite(JSON.parse(siteInfo) as SiteInfo);
}

/** The dump as the index records it (state 'dump'): its real path, size and modification time; 'stdin' for standard input. */
export function identityOf(input: DumpInput): string {
  if (input.path === '-') return 'stdin';
  const st = fs.statSync(input.path);
  return JSON.stringify({ path: fs.realpathSync(input.path), size: st.size, mtime: Math.round(st.mtimeMs) });
}
