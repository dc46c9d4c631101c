/**
 * The plan step of a run, between the index pass and the convert pass: pages a damaged dump kept
 * are put back, every page gets its file (plan.ts), unchanged pages that depend on a title whose
 * answer changed are marked to be converted again, the output folders are made and the
 * checkpoint's categories filed again. Runs again only when the index, the kept pages, the
 * options or the build (run-identity.ts) changed since the last plan.
 */
import fs from 'node:fs';
import path from 'node:path';
import { dropPreviousIndex, getInfo, setInfo, type DB } from '../index/db.js';
import type { SiteConfig } from '../site/types.js';
import { changedKeys, markDependentPages, recordNow } from './changed-titles.js';
import { reapplyCategories, removeRestoredPages, restoredNeedingWork, resolveRedirectsAgain, restoreKeptPages, restoredPageIds } from './index-pass.js';
import { planFiles, type PlanOptions } from './plan.js';
import { fingerprintsOfOtherBuilds } from './run-identity.js';
import { mergeVariantCategories, variantTitles } from './variant-links.js';

/**
 * Plan the run's files. `rebuilt`: the index pass ran in this run. Returns whether the plan ran
 * (a finished run run again on the same dump reuses the last one) and the date pages are
 * converted with (the dump's latest edit).
 */
export function planPass(db: DB, site: SiteConfig, fingerprint: string, planOptions: PlanOptions, rebuilt: boolean, outDir: string): { planned: boolean; now: string } {
  // Pages this dump damaged keep their rows, so index.tsv and their categories still list them
  // (rows an older build wrote too, on a run that met them).
  const restored = restoreKeptPages(db, fingerprint, fingerprintsOfOtherBuilds(db));
  // The date pages are converted with: the dump's latest edit.
  const now = getInfo(db, 'latest') ?? '';
  const planned = rebuilt || restored.length > 0 || getInfo(db, 'plan') !== fingerprint;
  if (planned) {
    // All put back, also by a run stopped before this point (restored is then empty).
    const putBack = restoredPageIds(db);
    if (putBack.length) resolveRedirectsAgain(db);
    let plan = planFiles(db, site, planOptions);
    const misfiled = restoredNeedingWork(db, putBack, fingerprint);
    if (misfiled.length) {
      removeRestoredPages(db, misfiled);
      resolveRedirectsAgain(db);
      plan = planFiles(db, site, planOptions);
    }
    // Unchanged pages that asked about a title whose answer changed are converted again (changed-titles.ts).
    // Written whenever the plan runs ('' with nothing to compare), so no earlier plan's count is reported.
    const changed = changedKeys(db, now);
    setInfo(db, 'dependentsRedone', changed ? String(markDependentPages(db, changed, putBack, fingerprint)) : '');
    recordNow(db, now);
    setInfo(db, 'renamed', String(plan.renamed.length));
    setInfo(db, 'plan', fingerprint);
  }
  dropPreviousIndex(db);
  for (const dir of db.prepare('SELECT DISTINCT dir FROM files').pluck().all() as string[]) {
    fs.mkdirSync(path.join(outDir, dir), { recursive: true });
  }
  // Once per index (resetIndex drops the mark), and again on a run resumed after a stop before
  // the mark: that run reuses the index, and unchanged pages would lack their template categories.
  if (getInfo(db, 'categoriesReapplied') === null) {
    reapplyCategories(db, fingerprint);
    // The checkpoint keeps categories as written: file them by this dump's category pages (zh).
    db.transaction(() => {
      mergeVariantCategories(db, site, variantTitles(site));
      setInfo(db, 'categoriesReapplied', '1');
    })();
  }
  return { planned, now };
}
