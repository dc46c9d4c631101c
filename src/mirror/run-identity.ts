/**
 * What an index and a checkpoint were made from, so that a later run can tell whether it may
 * reuse them: the dump file's identity, and a fingerprint of the options a page is converted with
 * and of the build that converts it (build-id.ts).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DumpInput } from '../dump/input.js';
import type { SiteInfo } from '../dump/types.js';
import { getInfo, getState, setInfo, setState, type DB } from '../index/db.js';
import { validateVariant } from '../variants/codes.js';
import { REFUSED_NAME, type ConverterRef, type PageOutputOptions } from './types.js';

/**
 * `build`: the build's id (buildIdOf), or null for the fingerprint a build before session 20 wrote,
 * which held none: a mirror it made is then recognised as another build's, not as other options.
 */
export type FingerprintedOptions = PageOutputOptions & { namespaces: number[]; rawNamespaces: number[]; minSize: number; converter: ConverterRef; build: string | null };

/**
 * The options and the build that decide a page's file, as 16 hex digits: a checkpoint row counts
 * only under the same, so pages another build wrote are converted again, as under other options.
 */
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
    ...(o.build !== null ? { b: o.build } : {}),
  });
  return createHash('sha1').update(data).digest('hex').slice(0, 16);
}

/**
 * The planned files whose page is unchanged (same revision, or marked as depending on a change:
 * changed-titles.ts) but whose checkpoint row is of another fingerprint: asked after a build
 * change under the same options, the pages the convert pass still has to redo because another
 * build wrote them (on a resumed run, those the interrupted one did not redo yet).
 */
function pagesOfAnotherBuild(db: DB, fingerprint: string): number {
  return db
    .prepare(
      `SELECT count(*) FROM files f JOIN pages p ON p.id = f.page_id
       JOIN done d ON d.file = f.file AND d.page_id = f.page_id AND (d.rev = p.rev OR d.rev = -1)
       WHERE f.kind IN ('page', 'category', 'raw') AND d.fingerprint != ? AND d.fingerprint != ?`,
    )
    .pluck()
    // A refused name's row (REFUSED_NAME) is no build's: the page is converted again for its name.
    .get(fingerprint, REFUSED_NAME) as number;
}

/**
 * Why pages are converted again, said by the run that met pages another build wrote (state
 * 'anotherBuild', run.ts) and by the run resuming it: how many are still left. Null for none.
 */
export function upgradeNote(db: DB, fingerprint: string): string | null {
  const n = getState(db, 'anotherBuild') === '1' ? pagesOfAnotherBuild(db, fingerprint) : 0;
  if (n === 0) return null;
  return `${n} page${n === 1 ? ' was' : 's were'} written by another build of wikimark and ${n === 1 ? 'is' : 'are'} converted again`;
}

/**
 * Whether the index's category rows were last written by conversions with these options (info
 * 'plan': the fingerprint the convert pass worked under), or by none yet. The whole fingerprint is
 * compared on purpose, though only some options change categories: under any other options
 * (--front-matter, --images) every page is converted again anyway, and the dump's second read
 * costs little beside that. A page's reported
 * categories are written over the scanned ones and rows of names not reported stay
 * (page-categories.ts), so under other options — templates not expanded, say — the categories a
 * template gave a page before would stay listed: such an index is rebuilt instead of reused. So
 * is one another build made (the build is in the fingerprint): the index pass is part of it.
 */
export function categoriesFitOptions(db: DB, fingerprintOfSite: (info: SiteInfo) => string): boolean {
  const plannedWith = getInfo(db, 'plan');
  if (plannedWith === null) return true;
  const siteInfo = getInfo(db, 'siteinfo');
  return siteInfo !== null && plannedWith === fingerprintOfSite(JSON.parse(siteInfo) as SiteInfo);
}

/**
 * Spellings of a variant that an older CLI stored as typed (before session 19 it kept `--variant`
 * as given; it now stores one spelling): region upper-cased, script title-cased, all upper case, as
 * people write them (zh-TW, zh-Hant-TW, ZH-TW). Not the stored spelling itself.
 */
export function olderVariantSpellings(variant: string): string[] {
  const parts = variant.split('-');
  const region = (p: string[]) => p.map((x, i) => (i === 0 ? x : x.length === 2 ? x.toUpperCase() : x[0]!.toUpperCase() + x.slice(1))).join('-');
  const forms = new Set<string>([region(parts), variant.toUpperCase()]);
  // The script-and-region form of a region variant (zh-tw → zh-Hant-TW), in the same three casings.
  const script = { tw: 'hant', hk: 'hant', mo: 'hant', cn: 'hans', sg: 'hans', my: 'hans' }[parts[1] ?? ''];
  if (script && validateVariant(`zh-${script}-${parts[1]}`) === variant) {
    const long = ['zh', script, parts[1]!];
    for (const f of [long.join('-'), region(long), long.join('-').toUpperCase()]) forms.add(f);
  }
  forms.delete(variant);
  return [...forms];
}

/**
 * A mirror made under an older spelling of this run's variant keeps its checkpoint rows, its
 * 'fingerprint' and its plan under that spelling's fingerprint: they are moved to this run's, or
 * its next update would convert every page again and an interrupted run could not be resumed (the
 * CLI no longer passes the old spelling). `fingerprintWith(v)` is this run's fingerprint with
 * variant v. Only when the state's fingerprint or the plan is an older spelling's is the
 * checkpoint touched: `done` has no index on its fingerprint, and a scan of it on every run of a
 * whole wiki's mirror would read its lookups too.
 */
export function adoptOlderVariantSpelling(db: DB, variant: string | null, fingerprintWith: (variant: string) => string): void {
  if (!variant || validateVariant(variant) !== variant) return;
  const older = new Set(olderVariantSpellings(variant).map(fingerprintWith));
  const stored = getState(db, 'fingerprint');
  const plan = getInfo(db, 'plan');
  if (!(stored !== null && older.has(stored)) && !(plan !== null && older.has(plan))) return;
  const current = fingerprintWith(variant);
  const olderList = [...older];
  db.transaction(() => {
    db.prepare(`UPDATE done SET fingerprint = ? WHERE fingerprint IN (${olderList.map(() => '?').join(', ')})`).run(current, ...olderList);
    if (stored !== null && older.has(stored)) setState(db, 'fingerprint', current);
    if (plan !== null && older.has(plan)) setInfo(db, 'plan', current);
  })();
}

/** The dump as the index records it (state 'dump'): its real path, size and modification time; 'stdin' for standard input. */
export function identityOf(input: DumpInput): string {
  if (input.path === '-') return 'stdin';
  const st = fs.statSync(input.path);
  return JSON.stringify({ path: fs.realpathSync(input.path), size: st.size, mtime: Math.round(st.mtimeMs) });
}
