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
import { EXIT, MirrorError } from './errors.js';
import { REFUSED_NAME, type ConverterRef, type PageOutputOptions } from './types.js';

/**
 * `build`: the build's id (buildIdOf), or null for the fingerprint a build wrote before build ids
 * were recorded, which held none: a mirror it made is then recognised as another build's, not as
 * other options.
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

/** A run's fingerprint (fingerprintOf) of its options under `build` (null: as recorded before build ids were). */
export type FingerprintUnder = (build: string | null) => string;

/** Set state `key`, or delete it for null. */
export function putState(db: DB, key: string, value: string | null): void {
  if (value === null) db.prepare('DELETE FROM state WHERE key = ?').run(key);
  else setState(db, key, value);
}

/**
 * What the run state says the checkpoint was made under: 'fingerprint', the options' and the
 * build's; 'build', the build it was made under (none before build ids were recorded: such a
 * fingerprint held no build); 'anotherBuild', while the run that met pages another build wrote
 * under these options (or one resuming it) is not complete, the fingerprint they were written
 * under: the run says why they are converted again, and the index pass may put back a page this
 * dump damaged from that build's rows (index-pass.ts restoreKeptPages). '' for none; '1' as an
 * earlier build stored it, the fingerprint unknown.
 */
export interface RecordedIdentity {
  fingerprint: string | null;
  build: string | null;
  anotherBuild: string | null;
}

export function readIdentity(db: DB): RecordedIdentity {
  return { fingerprint: getState(db, 'fingerprint'), build: getState(db, 'build'), anotherBuild: getState(db, 'anotherBuild') };
}

/** Write all three keys (null deletes one): a run that starts, or one that gives back the state it found. */
export function writeIdentity(db: DB, identity: RecordedIdentity): void {
  putState(db, 'fingerprint', identity.fingerprint);
  putState(db, 'build', identity.build);
  putState(db, 'anotherBuild', identity.anotherBuild);
}

/**
 * As the convert pass starts: the fingerprint and build it works under. Whether another build
 * wrote the pages is written too, but a resumed run that met none keeps what the interrupted run
 * recorded (its recorded build is already this one's).
 */
export function recordConverting(db: DB, fingerprint: string, build: string, olderFingerprint: string | null, resuming: boolean): void {
  setState(db, 'fingerprint', fingerprint);
  setState(db, 'build', build);
  if (olderFingerprint !== null || !resuming) setState(db, 'anotherBuild', olderFingerprint ?? '');
}

/** The run is complete: every page another build wrote is converted, no run resuming it is left to tell. */
export function recordComplete(db: DB): void {
  setState(db, 'status', 'complete');
  putState(db, 'anotherBuild', null);
}

/**
 * The build the state's fingerprint was recorded under, when it is a fingerprint of these options
 * (`fingerprintUnder`); undefined when there is none or it is of other options. A fingerprint
 * with no build in it may stand beside a recorded build: a build from before build ids run on
 * the mirror after a newer one rewrote 'fingerprint' and left 'build' as it was. That is a
 * mirror the older build wrote, not one of other options.
 */
function recordedBuildOf(db: DB, fingerprintUnder: FingerprintUnder): string | null | undefined {
  const stored = getState(db, 'fingerprint');
  if (stored === null) return undefined;
  const build = getState(db, 'build');
  if (stored === fingerprintUnder(build)) return build;
  return build !== null && stored === fingerprintUnder(null) ? null : undefined;
}

/** Whether the state's fingerprint is of these options, under the build it records. */
function recordedUnderOptions(db: DB, fingerprintUnder: FingerprintUnder): boolean {
  return recordedBuildOf(db, fingerprintUnder) !== undefined;
}

/**
 * A run resumed under other options than the interrupted one's is refused: its checkpoint rows
 * would not count. Another build is no other options: an interrupted run resumed after an upgrade
 * goes on, and converts again what the older build wrote (a multi-hour run must not be refused for it).
 */
export function refuseOtherOptions(db: DB, fingerprintUnder: FingerprintUnder): void {
  if (getState(db, 'fingerprint') && !recordedUnderOptions(db, fingerprintUnder)) {
    throw new MirrorError(EXIT.USAGE, '--resume needs the same options as the interrupted run; run without --resume into a new directory to change them');
  }
}

/** When the mirror's pages were recorded under these options by a build other than `build`, the fingerprint they were recorded under; else null. */
function anotherBuildWrote(db: DB, build: string, fingerprintUnder: FingerprintUnder): string | null {
  const recorded = recordedBuildOf(db, fingerprintUnder);
  return recorded !== undefined && recorded !== build ? getState(db, 'fingerprint') : null;
}

/**
 * What the state says before the index pass, under the index's wiki (`fingerprintWith(variant,
 * build)`, `variant` this run's): a checkpoint under an older spelling of the variant adopted, a
 * resumed run under other options refused (before the dump is read again: under other options
 * the index would be rebuilt, minutes on a large dump, only to be refused), and, when another
 * build wrote the pages, the fingerprint they were written under returned (else null).
 */
export function checkRecordedIdentity(db: DB, build: string, variant: string | null, resuming: boolean, fingerprintWith: (variant: string | null, build: string | null) => string): string | null {
  // Under the recorded build, and under none (a build from before build ids may have written last: recordedBuildOf).
  const recordedBuild = getState(db, 'build');
  adoptOlderVariantSpelling(db, variant, (v) => fingerprintWith(v, recordedBuild));
  if (recordedBuild !== null) adoptOlderVariantSpelling(db, variant, (v) => fingerprintWith(v, null));
  const underBuild = (b: string | null) => fingerprintWith(variant, b);
  if (resuming) refuseOtherOptions(db, underBuild);
  return anotherBuildWrote(db, build, underBuild);
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
  const n = getState(db, 'anotherBuild') ? pagesOfAnotherBuild(db, fingerprint) : 0;
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
