/**
 * A finished run's bookkeeping: report.json and REPORT.md written from the index and the
 * checkpoint (so a resumed run reports the whole mirror), and the exit code they lead to.
 */
import type { IndexSummary } from '../index/builder.js';
import { getInfo, type DB } from '../index/db.js';
import type { SiteConfig } from '../site/types.js';
import type { OutputWriter } from './output-writer.js';
import { EXIT } from './errors.js';
import { contentPageWhere, convertedNamespaces } from './plan.js';
import { buildReport, type Report, type ReportOptions, type RunTimings } from './report.js';
import { reportMarkdown } from './report-markdown.js';

/** What the run knows beside the database. */
export interface RunFacts {
  dump: string;
  site: SiteConfig;
  options: ReportOptions;
  truncated: Report['truncated'];
  damagedPages: Report['damagedPages'];
  removedFiles: number;
  /** Of removedFiles, those of pages of the dump that the options now leave out. */
  removedLeftOut: number;
  timings: RunTimings;
}

/** Build the report, write report.json and REPORT.md into OUTDIR, and return it. */
export function writeRunReport(db: DB, writer: OutputWriter, facts: RunFacts): Report {
  const { site, options } = facts;
  // Read after the plan: resolveRedirectsAgain may have rewritten it.
  const summary = JSON.parse(getInfo(db, 'summary')!) as IndexSummary;
  const count = (kind: string) => db.prepare('SELECT count(*) FROM files WHERE kind = ?').pluck().get(kind) as number;
  // The plan's own condition for a content page, negated on size: chars answers
  // `chars >= minSize` for this minSize (text-size.ts), so its complement counts the short ones.
  const skippedShort =
    options.minSize > 0
      ? (db.prepare(`SELECT count(*) FROM pages WHERE ${contentPageWhere(options.namespaces)} AND chars < ?`).pluck().get(options.minSize) as number)
      : 0;
  // Every namespace of the dump, so that REPORT.md accounts for pages that got no file.
  const dumpPerNs = db.prepare('SELECT ns, count(*) AS pages, sum(redirect IS NOT NULL) AS redirects FROM pages GROUP BY ns ORDER BY ns').all() as Array<{ ns: number; pages: number; redirects: number }>;
  const converted = new Set(convertedNamespaces(options.namespaces));
  const written = new Set([...converted, ...options.rawNamespaces]);
  // A namespace both converted and kept raw is converted: its redirects get stubs.
  const rawOnly = new Set(options.rawNamespaces.filter((ns) => !converted.has(ns)));
  const rawPerNs = db.prepare("SELECT ns, count(*) AS files FROM files WHERE kind = 'raw' GROUP BY ns ORDER BY ns").all() as Array<{ ns: number; files: number }>;
  const nsOf = db.prepare('SELECT ns FROM pages WHERE title = ?').pluck();
  const broken = summary.problems.filter((p) => p.status === 'broken');
  const hasStub = db.prepare("SELECT 1 FROM files WHERE title = ? AND kind = 'redirect'").pluck();
  const report = buildReport(
    db,
    {
      dump: facts.dump,
      site: {
        lang: site.lang,
        siteName: site.siteName,
        articleBase: site.articleBase,
        namespaceNames: Object.fromEntries([...site.namespaces].map(([ns, n]) => [String(ns), n.name])),
      },
      options,
      pagesInDump: summary.pages,
      dumpPagesPerNamespace: Object.fromEntries(dumpPerNs.map((r) => [String(r.ns), { pages: r.pages, redirects: r.redirects }])),
      pagesOfOtherNamespaces: dumpPerNs.filter((r) => !written.has(r.ns)).reduce((sum, r) => sum + r.pages, 0),
      rawPerNamespace: Object.fromEntries(rawPerNs.map((r) => [String(r.ns), r.files])),
      redirectsOfRawNamespaces: dumpPerNs.filter((r) => rawOnly.has(r.ns)).reduce((sum, r) => sum + r.redirects, 0),
      skippedShort,
      files: { pages: count('page'), categories: count('category'), redirects: count('redirect'), raw: count('raw'), renamedForCase: Number(getInfo(db, 'renamed') ?? 0) },
      redirects: {
        total: summary.redirects,
        double: summary.doubleRedirects,
        broken: broken.length,
        brokenWithStub: broken.filter((p) => hasStub.get(p.title) !== undefined).length,
        brokenInRaw: broken.filter((p) => hasStub.get(p.title) === undefined && rawOnly.has(nsOf.get(p.title) as number)).length,
        loops: summary.problems.filter((p) => p.status === 'loop').length,
        tooLong: summary.problems.filter((p) => p.status === 'too-long').length,
        problems: summary.problems.slice(0, 1000),
      },
      truncated: facts.truncated,
      damagedPages: facts.damagedPages,
      removedFiles: facts.removedFiles,
      removedLeftOut: facts.removedLeftOut,
    },
    facts.timings,
    writer.refused,
  );
  writer.write('report.json', JSON.stringify(report, null, 2) + '\n');
  writer.write('REPORT.md', reportMarkdown(report));
  return report;
}

/** A finished run's exit code and the message beside it: EXIT.TRUNCATED (input errors) when anything was lost to the input or the converter. */
export function runOutcome(report: Report): { exitCode: number; message: string | null } {
  if (report.truncated) return { exitCode: EXIT.TRUNCATED, message: report.truncated.message };
  const damaged = report.damagedPages.count;
  if (damaged) {
    return { exitCode: EXIT.TRUNCATED, message: `the dump has ${damaged} damaged page${damaged === 1 ? '' : 's'} (warnings above say which were skipped and which kept); every other page was converted; see REPORT.md` };
  }
  const { count: failed, namesRefused } = report.failedPages;
  if (failed) {
    const asSource = failed - namesRefused;
    const parts = [
      ...(asSource ? [`${asSource} pages could not be converted and were written as their source`] : []),
      ...(namesRefused ? [`${namesRefused} file${namesRefused === 1 ? '' : 's'} could not be written, as the file system refuses ${namesRefused === 1 ? 'its name' : 'their names'} (warnings above say which; the next run tries ${namesRefused === 1 ? 'it' : 'them'} again)`] : []),
    ];
    return { exitCode: EXIT.TRUNCATED, message: `${parts.join('; ')}; see REPORT.md` };
  }
  return { exitCode: EXIT.OK, message: null };
}
