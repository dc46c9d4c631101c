/**
 * Progress of a long run: a one-line bar redrawn in place on a TTY (pages/s, MB/s, ETA), plain
 * lines every few seconds otherwise (logs, CI). `WIKIMARK_PROGRESS_MS` overrides either interval.
 */
export interface ProgressSink {
  write(s: string): unknown;
  isTTY?: boolean;
}

/**
 * A duration for people, spelt as the rest of the output spells seconds ("elapsed 12.3 s" in the
 * summary line and REPORT.md, the reader's "ETA 10 s"): `45 s`, `1 min 5 s`, `3 h 2 min`. The
 * progress line said `45s` and `1m05s` while the reader's index said `45 s`.
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

/** A size for people: kB under a megabyte (the sample dump read "0.0 MB of XML", as if nothing was read), else MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} kB`;
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

export class Progress {
  private readonly started = Date.now();
  private last = Date.now();
  private drawn = false;
  private readonly interval: number;

  constructor(
    private readonly sink: ProgressSink | null,
    private readonly label: string,
    /** Total in the unit `done` counts (pages or bytes); null when unknown. */
    private readonly total: number | null,
  ) {
    this.interval = Number(process.env.WIKIMARK_PROGRESS_MS ?? (sink?.isTTY ? 200 : 5000));
  }

  /** `done` is in the unit of `total`; pages and bytes are for the rates. */
  update(done: number, pages: number, bytes: number, force = false): void {
    if (!this.sink) return;
    const now = Date.now();
    if (!force && now - this.last < this.interval) return;
    this.last = now;
    const secs = Math.max((now - this.started) / 1000, 0.001);
    const rate = `${Math.round(pages / secs)} pages/s, ${(bytes / 1e6 / secs).toFixed(1)} MB/s`;
    let line: string;
    if (this.total) {
      const frac = Math.min(1, done / this.total);
      const eta = frac > 0 ? (secs / frac) * (1 - frac) : NaN;
      const pct = `${(frac * 100).toFixed(1)}%`;
      if (this.sink.isTTY) {
        const width = 24;
        const filled = Math.round(frac * width);
        line = `${this.label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${pct} ${pages} pages, ${rate}, ETA ${formatDuration(eta)}`;
      } else {
        line = `${this.label}: ${pct}, ${pages} pages, ${rate}, ETA ${formatDuration(eta)}`;
      }
    } else {
      line = `${this.label}: ${pages} pages, ${rate}`;
    }
    if (this.sink.isTTY) {
      this.sink.write(`\r\x1b[2K${line}`);
      this.drawn = true;
    } else {
      this.sink.write(line + '\n');
    }
  }

  finish(summary: string): void {
    if (!this.sink) return;
    if (this.drawn) this.sink.write('\r\x1b[2K');
    this.sink.write(`${this.label}: ${summary}\n`);
  }
}
