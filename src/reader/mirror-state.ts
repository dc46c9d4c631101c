/**
 * What the reader knows about one mirror: its site, its titles and its search index, reloaded
 * when the mirror changes underneath a running server (a new `wikimark convert` into OUTDIR).
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { MirrorTitles } from './mirror-titles.js';
import { mirrorFingerprint, openSearchIndex, type Progress } from './search-index.js';

export interface MirrorSummary {
  siteName: string;
  lang: string;
  pages: number;
  categories: number;
  redirects: number;
}

export class ReaderError extends Error {}

function readSummary(outDir: string): MirrorSummary {
  try {
    const report = JSON.parse(fs.readFileSync(path.join(outDir, 'report.json'), 'utf8')) as {
      site?: { siteName?: string; lang?: string };
      files?: { pages?: number; categories?: number; redirects?: number };
    };
    return {
      siteName: report.site?.siteName ?? 'Wikimark mirror',
      lang: report.site?.lang ?? 'en',
      pages: report.files?.pages ?? 0,
      categories: report.files?.categories ?? 0,
      redirects: report.files?.redirects ?? 0,
    };
  } catch {
    throw new ReaderError(`${outDir} is not a finished Wikimark mirror (report.json is missing or unreadable)`);
  }
}

export class MirrorState {
  /** OUTDIR with symlinks resolved: the root every served path must stay inside. */
  readonly rootReal: string;
  summary!: MirrorSummary;
  titles!: MirrorTitles;
  db!: Database.Database;
  private fingerprint = '';

  constructor(readonly outDir: string, private readonly progress: Progress | null) {
    if (!fs.existsSync(path.join(outDir, 'index.tsv'))) throw new ReaderError(`${outDir} is not a Wikimark mirror (no index.tsv)`);
    this.rootReal = fs.realpathSync(outDir);
  }

  load(reindex: boolean): void {
    this.summary = readSummary(this.outDir);
    this.titles = new MirrorTitles(path.join(this.outDir, 'index.tsv'), this.summary.lang);
    this.fingerprint = mirrorFingerprint(this.outDir);
    this.db?.close();
    this.db = openSearchIndex(this.outDir, this.titles, { reindex, progress: this.progress });
  }

  /** Reload if index.tsv changed since the last load (a cheap stat per search). */
  refreshIfChanged(): void {
    let now: string;
    try {
      now = mirrorFingerprint(this.outDir);
    } catch {
      return; // mid-rewrite: keep serving what we have
    }
    if (now !== this.fingerprint) this.load(false);
  }

  close(): void {
    this.db?.close();
  }

  get siteLabel(): string {
    return `${this.summary.siteName} (${this.summary.lang})`;
  }
}
