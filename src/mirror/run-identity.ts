/**
 * What an index and a checkpoint were made from, so that a later run can tell whether it may
 * reuse them: the dump file's identity, and a fingerprint of the options a page is converted with
 * and of the build that converts it (build-id.ts).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { shellWord } from '../cli/args.js';
import type { DumpInput } from '../dump/input.js';
import type { SiteInfo } from '../dump/types.js';
import { getInfo, getState, putState, setInfo, setState, type DB } from '../index/db.js';
import { validateVariant } from '../variants/codes.js';
import { buildChanges, buildIdFrom, type BuildParts } from './build-id.js';
import { EXIT, MirrorError } from './errors.js';
import { REFUSED_NAME, RESUME_STATE, type ConverterRef, type PageOutputOptions } from './types.js';

/**
 * `build`: the build's id (buildIdFrom), or null for the fingerprint a build wrote before build ids
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

/**
 * What the run state says the checkpoint was made under, read and written together: 'fingerprint',
 * the options' and the build's; 'build', the build it was made under (none before build ids were
 * recorded: such a fingerprint held no build); 'buildParts', that build's parts (BuildParts, JSON;
 * none before they were recorded), so that the next build can say what changed; 'anotherBuild'
 * (OtherBuild[], JSON), while the run that met pages other builds wrote under these options (or
 * one resuming it) is not complete.
 */
export interface RecordedBuild {
  fingerprint: string | null;
  build: string | null;
  buildParts: string | null;
  anotherBuild: string | null;
}

/**
 * A build that wrote pages of this mirror, as state 'anotherBuild' lists them: the fingerprint its
 * pages were written under, and its parts when known (none for a build from before they were
 * recorded), so that the note says what changed since each (upgradeNote). A list, because an
 * interrupted upgrade may be resumed by yet another build, while some pages are still under the
 * first build's fingerprint: each resume adds the one before it. The index pass may put back a
 * page this dump damaged from any of those builds' rows (index-pass.ts restoreKeptPages).
 */
export interface OtherBuild {
  fingerprint: string;
  parts: BuildParts | null;
}

export function readBuildRecord(db: DB): RecordedBuild {
  return { fingerprint: getState(db, 'fingerprint'), build: getState(db, 'build'), buildParts: getState(db, 'buildParts'), anotherBuild: getState(db, 'anotherBuild') };
}

/** Write all four keys (null deletes one): a run that gives back the state it found. */
export function writeBuildRecord(db: DB, record: RecordedBuild): void {
  putState(db, 'fingerprint', record.fingerprint);
  putState(db, 'build', record.build);
  putState(db, 'buildParts', record.buildParts);
  putState(db, 'anotherBuild', record.anotherBuild);
}

/** State 'anotherBuild', or null when no run that met another build's pages is under way (or the value is not a list of them: counted as none). */
function otherBuildsOf(db: DB): OtherBuild[] | null {
  const stored = getState(db, 'anotherBuild');
  try {
    const value = JSON.parse(stored ?? 'null') as unknown;
    if (!Array.isArray(value) || !value.every((b) => typeof (b as Partial<OtherBuild> | null)?.fingerprint === 'string')) return null;
    return (value as OtherBuild[]).map((b) => ({ fingerprint: b.fingerprint, parts: isBuildParts(b.parts) ? b.parts : null }));
  } catch {
    return null;
  }
}

function isBuildParts(value: unknown): value is BuildParts {
  const p = value as Partial<BuildParts> | null;
  return typeof p?.code === 'string' && (typeof p.langconv === 'string' || p.langconv === null) && typeof p.unicode === 'string';
}

/** The fingerprints other builds wrote this mirror's pages under, while a run that met them is not complete (none else). */
export function fingerprintsOfOtherBuilds(db: DB): string[] {
  return otherBuildsOf(db)?.map((b) => b.fingerprint) ?? [];
}

/**
 * As a run starts its index pass (when it rebuilds the index), and again before its plan: the
 * fingerprint and the build it works under (a null fingerprint, before a first index: none
 * recorded), and `met`, the other build whose pages it found (otherBuildMet). A resumed run adds to what the interrupted one
 * recorded — its pages may still be under the build before it — and a new run starts afresh.
 */
export function recordRunBuild(db: DB, fingerprint: string | null, build: string, parts: BuildParts, met: OtherBuild | null, resuming: boolean): void {
  const before = resuming ? otherBuildsOf(db) : null;
  const merged = met === null ? before : [...(before ?? []).filter((b) => b.fingerprint !== met.fingerprint), met];
  writeBuildRecord(db, {
    fingerprint,
    build: fingerprint === null ? null : build,
    buildParts: fingerprint === null ? null : JSON.stringify(parts),
    anotherBuild: merged === null ? null : JSON.stringify(merged),
  });
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

/**
 * A run resumed under other options than the interrupted one's is refused: its checkpoint rows
 * would not count. Another build is no other options: an interrupted run resumed after an upgrade
 * goes on, and converts again what the older build wrote (a multi-hour run must not be refused for it).
 */
export function refuseOtherOptions(db: DB, fingerprintUnder: FingerprintUnder): void {
  if (getState(db, 'fingerprint') && recordedBuildOf(db, fingerprintUnder) === undefined) {
    throw new MirrorError(EXIT.USAGE, `--resume needs the same options as the interrupted run${interruptedOptions(db)}; run without --resume into a new directory to change them`);
  }
}

/**
 * What the interrupted run was given, from its record (RESUME_STATE), for the refusal: without it
 * a user who forgot which flag a run of hours ago had could only guess. Empty when not recorded.
 */
function interruptedOptions(db: DB): string {
  try {
    const record = JSON.parse(getState(db, RESUME_STATE) ?? 'null') as { args?: unknown } | null;
    const args = record?.args;
    if (!Array.isArray(args) || !args.every((a) => typeof a === 'string')) return '';
    return args.length ? ` (it was given ${args.map(shellWord).join(' ')})` : ' (it was given none)';
  } catch {
    return '';
  }
}

/**
 * When the mirror's pages were recorded under these options by a build other than `build`, the
 * fingerprint they were recorded under and that build's parts (recordedParts); else null.
 */
function otherBuildMet(db: DB, build: string, fingerprintUnder: FingerprintUnder): OtherBuild | null {
  const recorded = recordedBuildOf(db, fingerprintUnder);
  if (recorded === undefined || recorded === build) return null;
  return { fingerprint: getState(db, 'fingerprint')!, parts: recorded === null ? null : recordedParts(db, recorded) };
}

/**
 * State 'buildParts' when they are the parts of `build` (the recorded build's id): a build that
 * recorded its fingerprint and build but not its parts left the parts of the one before it, which
 * would name the wrong change. Null when they are not, or are not parts at all.
 */
function recordedParts(db: DB, build: string): BuildParts | null {
  try {
    const parts = JSON.parse(getState(db, 'buildParts') ?? 'null') as unknown;
    return isBuildParts(parts) && buildIdFrom(parts) === build ? parts : null;
  } catch {
    return null;
  }
}

/**
 * What the state says before the index pass, under the index's wiki (`fingerprintWith(variant,
 * build)`, `variant` this run's). It writes as well as reads: a checkpoint under an older spelling
 * of the variant is adopted (its rows and fingerprint rewritten to this spelling). A resumed run
 * under other options is refused (before the dump is read again: under other options the index
 * would be rebuilt, minutes on a large dump, only to be refused). When another build wrote the
 * pages, returns their fingerprint and its parts (otherBuildMet); else null.
 */
export function adoptAndCheckRecordedBuild(
  db: DB,
  build: string,
  variant: string | null,
  resuming: boolean,
  fingerprintWith: (variant: string | null, build: string | null) => string,
  /** The variant this run was given when it is dropped (`variant` null: variant.ts variantNote). */
  droppedVariant: string | null = null,
): OtherBuild | null {
  // Under the recorded build, and under none (a build from before build ids may have written last: recordedBuildOf).
  const recordedBuild = getState(db, 'build');
  adoptOlderVariantSpelling(db, variant, (v) => fingerprintWith(v, recordedBuild), droppedVariant);
  if (recordedBuild !== null) adoptOlderVariantSpelling(db, variant, (v) => fingerprintWith(v, null), droppedVariant);
  const underBuild = (b: string | null) => fingerprintWith(variant, b);
  if (resuming) refuseOtherOptions(db, underBuild);
  return otherBuildMet(db, build, underBuild);
}

/**
 * The planned files whose page is unchanged (same revision, or marked as depending on a change:
 * changed-titles.ts) but whose checkpoint row is of another fingerprint, counted by fingerprint:
 * asked after a build change under the same options, the pages the convert pass still has to
 * redo because another build wrote them (on a resumed run, those the interrupted one did not redo yet).
 */
function pagesOfOtherBuilds(db: DB, fingerprint: string): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT d.fingerprint, count(*) AS n FROM files f JOIN pages p ON p.id = f.page_id
       JOIN done d ON d.file = f.file AND d.page_id = f.page_id AND (d.rev = p.rev OR d.rev = -1)
       WHERE f.kind IN ('page', 'category', 'raw') AND d.fingerprint != ? AND d.fingerprint != ?
       GROUP BY d.fingerprint`,
    )
    // A refused name's row (REFUSED_NAME) is no build's: the page is converted again for its name.
    .all(fingerprint, REFUSED_NAME) as Array<{ fingerprint: string; n: number }>;
  return new Map(rows.map((r) => [r.fingerprint, r.n]));
}

/**
 * Why pages are converted again, said by the run that met pages another build wrote (state
 * 'anotherBuild') and by the run resuming it: how many are still left, and what changed when
 * known — from each older build whose pages are left to this one (`parts`). Null for none.
 */
export function upgradeNote(db: DB, fingerprint: string, parts: BuildParts): string | null {
  const others = otherBuildsOf(db);
  const left = others ? pagesOfOtherBuilds(db, fingerprint) : new Map<string, number>();
  const n = [...left.values()].reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  const changes = new Set<string>();
  for (const b of others!) if (b.parts !== null && left.has(b.fingerprint)) for (const c of buildChanges(b.parts, parts)) changes.add(c);
  const why = changes.size ? ` (${[...changes].join('; ')})` : '';
  return `${n} page${n === 1 ? ' was' : 's were'} written by another build of wikimark${why} and ${n === 1 ? 'is' : 'are'} converted again`;
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
 * variant v. So is a mirror an older build made with a variant this build drops (`variant` null,
 * `droppedVariant` the one given: a wiki with no conversion tables, variant.ts): it recorded the
 * variant, which changes no page there, and the same command resumes it. Only when the state's
 * fingerprint or the plan is such an older one is the checkpoint rewritten: the last run's
 * options are those, and rows under them are what there is to move.
 */
export function adoptOlderVariantSpelling(
  db: DB,
  variant: string | null,
  fingerprintWith: (variant: string | null) => string,
  droppedVariant: string | null = null,
): void {
  let olderVariants: string[];
  if (variant) {
    if (validateVariant(variant) !== variant) return;
    olderVariants = olderVariantSpellings(variant);
  } else {
    if (!droppedVariant) return;
    olderVariants = [droppedVariant, ...(validateVariant(droppedVariant) === droppedVariant ? olderVariantSpellings(droppedVariant) : [])];
  }
  const older = new Set(olderVariants.map(fingerprintWith));
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
