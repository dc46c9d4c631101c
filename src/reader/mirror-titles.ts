/**
 * The mirror's titles, from OUTDIR/index.tsv: which title a file shows, and title search by
 * substring (case-insensitive, NFKC). For Chinese mirrors titles and query are also compared in
 * their simplified form, so 幾何 finds 几何学; the simplified forms are built on the first search.
 */
import fs from 'node:fs';
import { readTsvField } from '../mirror/compose.js';
import { createConverter, type TextConverter } from '../variants/converter.js';

export interface TitleEntry {
  title: string;
  /** Path inside OUTDIR, as written (`Page/%41ux.md`). */
  file: string;
  kind: string;
  /** The title in the mirror's --variant, when it has one. */
  shownTitle: string;
}

export function normalizeForSearch(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}

/** Not the mirror's SQLite title index (src/index): the titles of a finished mirror, read from index.tsv. */
export class MirrorTitles {
  readonly entries: TitleEntry[] = [];
  private readonly byFile = new Map<string, TitleEntry>();
  private normalized: string[] | null = null;
  private simplified: string[] | null = null;
  private readonly toSimplified: TextConverter | null;

  constructor(indexTsv: string, lang: string) {
    const lines = fs.readFileSync(indexTsv, 'utf8').split('\n');
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      if (!line) continue;
      const [title, file, kind, variantTitle] = line.split('\t');
      if (title === undefined || !file || !kind) continue;
      const entry: TitleEntry = { title: readTsvField(title), file, kind, shownTitle: readTsvField(variantTitle || title) };
      this.entries.push(entry);
      // Redirect stubs and pages may share nothing, but a file has one title: the first row wins.
      if (!this.byFile.has(file)) this.byFile.set(file, entry);
    }
    this.toSimplified = lang === 'zh' ? createConverter('zh-hans') : null;
  }

  /** Files the full-text index holds: Markdown files that are not redirect stubs, each once. */
  get searchableFiles(): number {
    let n = 0;
    for (const [file, e] of this.byFile) if (e.kind !== 'redirect' && file.endsWith('.md')) n++;
    return n;
  }

  titleOfFile(file: string): TitleEntry | undefined {
    return this.byFile.get(file);
  }

  /** Titles containing `query`: exact matches first, then prefixes, then the rest; shorter first. */
  search(query: string, limit: number): TitleEntry[] {
    const q = normalizeForSearch(query.trim());
    if (!q) return [];
    this.normalized ??= this.entries.map((e) => normalizeForSearch(e.shownTitle === e.title ? e.title : `${e.title}\u0000${e.shownTitle}`));
    const qs = this.toSimplified ? this.toSimplified(q) : q;
    if (this.toSimplified && !this.simplified) this.simplified = this.normalized.map((t) => this.toSimplified!(t));
    const hits: { entry: TitleEntry; rank: number }[] = [];
    for (let i = 0; i < this.entries.length; i++) {
      const t = this.normalized[i]!;
      const s = this.simplified?.[i] ?? t;
      const at = t.includes(q) ? t.indexOf(q) : s.indexOf(qs);
      if (at === -1) continue;
      const entry = this.entries[i]!;
      const exact = t === q || s === qs;
      hits.push({ entry, rank: (exact ? 0 : at === 0 ? 1 : 2) * 1e6 + entry.title.length });
    }
    hits.sort((a, b) => a.rank - b.rank || (a.entry.title < b.entry.title ? -1 : 1));
    return hits.slice(0, limit).map((h) => h.entry);
  }
}
