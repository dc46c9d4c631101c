/**
 * The mirror's titles, from OUTDIR/index.tsv: which title a file shows, and title search by
 * substring (case-insensitive, NFKC). For Chinese mirrors titles and query are also compared in
 * their simplified form, so 幾何 finds 几何学.
 *
 * Sized for zh.wikipedia (~1.4 M lines): stored by column (title, file, kind code, search key;
 * variant titles only where they differ) rather than one object per line, and read in slices
 * (`loadSlice`) so a server can answer between them while a big index loads. The search keys,
 * simplified for Chinese, are built while loading, so the first search does not pay for them.
 */
import { isSearchable, parseIndexLine, tsvLines } from './index-tsv.js';
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

/** Separates the title's key from the shown title's key and from their simplified forms. */
const SEP = '\u0000';

/** Not the mirror's SQLite title index (src/index): the titles of a finished mirror, read from index.tsv. */
export class MirrorTitles {
  private readonly titles: string[] = [];
  private readonly files: string[] = [];
  private kinds = new Uint8Array(1024);
  private readonly kindNames: string[] = [];
  /** Shown (variant) titles that differ from the title, by entry number. */
  private readonly shown = new Map<number, string>();
  /** Per entry: normalised title [+ SEP + shown title] [+ SEP + their simplified form]. */
  private readonly keys: string[] = [];
  private readonly byFile = new Map<string, number>();
  private readonly toSimplified: TextConverter | null;
  private readonly lines: Generator<string>;
  private searchable = 0;
  /** True once every line of index.tsv has been read. */
  loaded = false;

  /** Reads nothing yet: call loadAll(), or loadSlice() until it returns false. */
  constructor(indexTsv: string, lang: string) {
    this.lines = tsvLines(indexTsv);
    this.toSimplified = lang === 'zh' ? createConverter('zh-hans') : null;
  }

  /** The whole index, read now. */
  static read(indexTsv: string, lang: string): MirrorTitles {
    const titles = new MirrorTitles(indexTsv, lang);
    titles.loadAll();
    return titles;
  }

  loadAll(): void {
    while (this.loadSlice(1 << 30));
  }

  /** Reads up to `maxLines` more lines; false once the file is done. */
  loadSlice(maxLines: number): boolean {
    for (let n = 0; n < maxLines; n++) {
      const next = this.lines.next();
      if (next.done) {
        this.loaded = true;
        return false;
      }
      this.add(next.value);
    }
    return true;
  }

  private add(line: string): void {
    const row = parseIndexLine(line);
    if (!row) return;
    const i = this.titles.length;
    // Redirect stubs and pages may share nothing, but a file has one title: the first row wins.
    if (this.byFile.has(row.file)) return;
    this.byFile.set(row.file, i);
    if (isSearchable(row)) this.searchable++;
    this.titles.push(row.title);
    this.files.push(row.file);
    let kind = this.kindNames.indexOf(row.kind);
    if (kind === -1) kind = this.kindNames.push(row.kind) - 1;
    if (i >= this.kinds.length) {
      const grown = new Uint8Array(this.kinds.length * 2);
      grown.set(this.kinds);
      this.kinds = grown;
    }
    this.kinds[i] = kind;
    if (row.shownTitle !== row.title) this.shown.set(i, row.shownTitle);
    let key = normalizeForSearch(row.shownTitle === row.title ? row.title : `${row.title}${SEP}${row.shownTitle}`);
    if (this.toSimplified) {
      const simple = this.toSimplified(key);
      if (simple !== key) key = `${key}${SEP}${simple}`;
    }
    // Most keys equal their title: keep one string, not two.
    this.keys.push(key === row.title ? row.title : key);
  }

  /** Titles read so far. */
  get size(): number {
    return this.titles.length;
  }

  /** Files the full-text index holds (so far): Markdown files that are not redirect stubs. */
  get searchableFiles(): number {
    return this.searchable;
  }

  private entry(i: number): TitleEntry {
    const title = this.titles[i]!;
    return { title, file: this.files[i]!, kind: this.kindNames[this.kinds[i]!]!, shownTitle: this.shown.get(i) ?? title };
  }

  titleOfFile(file: string): TitleEntry | undefined {
    const i = this.byFile.get(file);
    return i === undefined ? undefined : this.entry(i);
  }

  /** How many entries of `kind`, and the first `limit` of them in index.tsv's (title) order. */
  ofKind(kind: string, limit: number): { count: number; first: TitleEntry[] } {
    const code = this.kindNames.indexOf(kind);
    const first: TitleEntry[] = [];
    let count = 0;
    if (code === -1) return { count, first };
    for (let i = 0; i < this.titles.length; i++) {
      if (this.kinds[i] !== code) continue;
      if (count++ < limit) first.push(this.entry(i));
    }
    return { count, first };
  }

  /** Titles containing `query`: exact matches first, then prefixes, then the rest; shorter first. */
  search(query: string, limit: number): TitleEntry[] {
    const q = normalizeForSearch(query.trim());
    if (!q || q.includes(SEP)) return [];
    const qs = this.toSimplified ? this.toSimplified(q) : q;
    const hits: { i: number; rank: number }[] = [];
    for (let i = 0; i < this.keys.length; i++) {
      const key = this.keys[i]!;
      if (!key.includes(q) && (qs === q || !key.includes(qs))) continue;
      // Rank by the best of the key's parts: exact, then prefix, then anywhere.
      let best = 2;
      for (const part of key.split(SEP)) {
        if (part === q || part === qs) best = 0;
        else if (best > 1 && (part.startsWith(q) || part.startsWith(qs))) best = 1;
      }
      hits.push({ i, rank: best * 1e6 + this.titles[i]!.length });
    }
    hits.sort((a, b) => a.rank - b.rank || (this.titles[a.i]! < this.titles[b.i]! ? -1 : 1));
    return hits.slice(0, limit).map((h) => this.entry(h.i));
  }
}
