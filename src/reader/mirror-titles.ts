/**
 * The mirror's titles, from OUTDIR/index.tsv: which title a file shows, and title search by
 * substring (case-insensitive, NFKC). For Chinese mirrors titles and query are also compared in
 * their simplified form, so 幾何 finds 几何学.
 *
 * Sized for zh.wikipedia (~1.4 M lines): stored by column (title, file, kind code, search key;
 * variant titles only where they differ), the string columns packed into long strings
 * (packed-strings.ts), and read in slices (`loadSlice`) so a server can answer between them while
 * a big index loads. The search keys, simplified for Chinese, are built while loading, so the
 * first search does not pay for them.
 */
import { isSearchable, parseIndexLine, tsvLines } from './index-tsv.js';
import { PACK_SEP, PackedLookup, PackedStrings } from './packed-strings.js';
import { createConverter, type TextConverter } from '../variants/converter.js';

export interface TitleEntry {
  title: string;
  /** Path inside OUTDIR, as written (`Page/%41ux.md`). */
  file: string;
  kind: string;
  /** The title in the mirror's --variant, when it has one. */
  shownTitle: string;
}

/**
 * A title or query as search compares it: NFKC, lower case, and the apostrophe as `'`: uk titles
 * write it so (Комп'ютерна термінологія) while a phone keyboard types ’ (U+2019) or ʼ (U+02BC).
 * ё is read as е and a stress mark (U+0301) dropped, as CirrusSearch folds Russian (T124592):
 * `Семенов` finds Семёнов. NFKC already reads full-width ＡＢＣ as ABC on both sides.
 */
export function normalizeForSearch(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[’ʼ]/gu, "'").replace(/\u0301/gu, '').replace(/ё/gu, 'е');
}

/** Prefix matches, and matches anywhere, kept per search at most (exact matches: all). */
const COLLECT_CAP = 2000;

/** Separates the title's key from the shown title's key and from their simplified forms. */
const SEP = '\u0001';

/**
 * Most files are named after their title (`Page/<title>.md`, `Category/<name>.md` for
 * `Category:<name>`): those are stored as a one-character code, the rest as written.
 */
const SAME_AS_PAGE = '';
const SAME_AS_NAMESPACE = '\u0002';

function packFile(title: string, file: string): string {
  if (file.length === title.length + 8 && file === `Page/${title}.md`) return SAME_AS_PAGE;
  const colon = title.indexOf(':');
  if (colon > 0 && file.length === title.length + 3 && file === `${title.slice(0, colon)}/${title.slice(colon + 1)}.md`) return SAME_AS_NAMESPACE;
  return file;
}

function unpackFile(title: string, packed: string): string {
  if (packed === SAME_AS_PAGE) return `Page/${title}.md`;
  if (packed === SAME_AS_NAMESPACE) {
    const colon = title.indexOf(':');
    return `${title.slice(0, colon)}/${title.slice(colon + 1)}.md`;
  }
  return packed;
}

/** Not the mirror's SQLite title index (src/index): the titles of a finished mirror, read from index.tsv. */
export class MirrorTitles {
  private readonly titles = new PackedStrings();
  private readonly files = new PackedStrings();
  private kinds = new Uint8Array(1024);
  private readonly kindNames: string[] = [];
  /** Shown (variant) titles that differ from the title, by entry number. */
  private readonly shown = new Map<number, string>();
  /** Per entry: normalised title [+ SEP + shown title] [+ SEP + their simplified form]. */
  private readonly keys = new PackedStrings();
  private readonly byFile = new PackedLookup((i) => this.fileOf(i));
  private readonly toSimplified: TextConverter | null;
  private readonly lines: Generator<string>;
  /**
   * Entries by folder and name (the title without its namespace prefix), built on first use:
   * only a zh mirror's reader asks, for an address in the other script (variant-address.ts).
   */
  private byName: PackedLookup | null = null;
  /** Folder → the namespace prefix of its titles ("Category:"), filled with byName. */
  private readonly prefixes = new Map<string, string>();
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
    if (this.byFile.get(row.file) !== undefined) return;
    this.titles.push(row.title);
    this.files.push(packFile(row.title, row.file));
    this.byFile.add(row.file, i);
    if (isSearchable(row)) this.searchable++;
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
    // Most keys are their title (CJK has no case): stored once, in the title column.
    this.keys.push(key === row.title ? '' : key);
    if (this.byName) this.addName(i);
  }

  /** `folder` + newline + the title's name: what an address in that folder names. */
  private nameKey(i: number): string {
    const title = this.titles.get(i);
    const file = this.fileOf(i);
    const folder = file.slice(0, file.lastIndexOf('/'));
    if (folder === 'Page') return `${folder}\n${title}`;
    const colon = title.indexOf(':');
    return `${folder}\n${title.slice(colon + 1)}`;
  }

  private addName(i: number): void {
    const key = this.nameKey(i);
    this.byName!.add(key, i);
    const folder = key.slice(0, key.indexOf('\n'));
    if (!this.prefixes.has(folder)) {
      const title = this.titles.get(i);
      this.prefixes.set(folder, folder === 'Page' ? '' : title.slice(0, title.indexOf(':') + 1));
    }
  }

  private namesBuilt(): PackedLookup {
    if (!this.byName) {
      this.byName = new PackedLookup((i) => this.nameKey(i));
      for (let i = 0; i < this.titles.length; i++) this.addName(i);
    }
    return this.byName;
  }

  /** The file of the entry named `name` in `folder` (`Page`, `Category`), as index.tsv gives it (a `~hash` name included). */
  fileOfName(folder: string, name: string): string | undefined {
    const i = this.namesBuilt().get(`${folder}\n${name}`);
    return i === undefined ? undefined : this.fileOf(i);
  }

  /** The namespace prefix of the titles in `folder` ('' for Page, "Category:"), or undefined for a folder with none. */
  prefixOfFolder(folder: string): string | undefined {
    this.namesBuilt();
    return this.prefixes.get(folder);
  }

  /** Every folder of the mirror's titles with its namespace prefix ('' for Page). */
  folderPrefixes(): Array<[folder: string, prefix: string]> {
    this.namesBuilt();
    return [...this.prefixes];
  }

  private fileOf(i: number): string {
    return unpackFile(this.titles.get(i), this.files.get(i));
  }

  private keyOf(i: number): string {
    return this.keys.get(i) || this.titles.get(i);
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
    const title = this.titles.get(i);
    return { title, file: unpackFile(title, this.files.get(i)), kind: this.kindNames[this.kinds[i]!]!, shownTitle: this.shown.get(i) ?? title };
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

  /**
   * A random entry of `kind` whose file is in `folder` (`Page`, `Category`), or null when there is
   * none: a few random draws first (most entries of a mirror are articles), then a walk from a
   * random place, so a rare kind is found in one pass and every entry of it can come up.
   */
  randomEntry(kind: string, folder: string, random: () => number = Math.random): TitleEntry | null {
    const code = this.kindNames.indexOf(kind);
    const n = this.titles.length;
    if (code === -1 || n === 0) return null;
    const fits = (i: number) => this.kinds[i] === code && this.fileOf(i).startsWith(`${folder}/`);
    for (let tries = 0; tries < 64; tries++) {
      const i = Math.floor(random() * n);
      if (fits(i)) return this.entry(i);
    }
    const start = Math.floor(random() * n);
    for (let k = 0; k < n; k++) {
      const i = (start + k) % n;
      if (fits(i)) return this.entry(i);
    }
    return null;
  }

  /**
   * Titles containing `query`: exact matches first, then prefixes, then the rest; shorter first.
   * Every exact match is kept; prefixes and the rest only the first COLLECT_CAP each (in index.tsv
   * order), so a one-character query on 1.4 M titles ranks a few thousand titles, not a million.
   */
  search(query: string, limit: number): TitleEntry[] {
    const q = normalizeForSearch(query.trim());
    if (!q || q.includes(SEP) || q.includes(PACK_SEP)) return [];
    const qs = this.toSimplified ? this.toSimplified(q) : q;
    // Rank 0 exact, 1 prefix, 2 anywhere: the best seen for each title. A key's parts (title,
    // shown title, simplified forms) are separated by SEP, keys by NUL: both end a part.
    const best = new Map<number, number>();
    const counts = [0, 0, 0];
    const SEP_CODE = SEP.charCodeAt(0);
    const classify = (length: number) => (i: number, text: string, at: number) => {
      const starts = text.charCodeAt(at - 1) <= SEP_CODE;
      const rank = starts && text.charCodeAt(at + length) <= SEP_CODE ? 0 : starts ? 1 : 2;
      const had = best.get(i);
      if (had !== undefined && had <= rank) return;
      if (rank > 0 && counts[rank]! >= COLLECT_CAP) return;
      if (had !== undefined) counts[had]!--;
      counts[rank]!++;
      best.set(i, rank);
    };
    for (const needle of qs === q ? [q] : [q, qs]) {
      const found = classify(needle.length);
      this.keys.forEachOccurrence(needle, found);
      // A title stands for its key where the key column is empty: only those title hits count.
      this.titles.forEachOccurrence(needle, (i, text, at) => (this.keys.isEmpty(i) ? found(i, text, at) : undefined));
    }
    const hits: { i: number; title: string; rank: number }[] = [];
    for (const [i, rank] of best) {
      const title = this.titles.get(i);
      hits.push({ i, title, rank: rank * 1e6 + title.length });
    }
    hits.sort((a, b) => a.rank - b.rank || (a.title < b.title ? -1 : a.title > b.title ? 1 : a.i - b.i));
    return hits.slice(0, limit).map((h) => this.entry(h.i));
  }
}
