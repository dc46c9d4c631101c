/** Helpers for tests that look at a whole output directory. */
import fs from 'node:fs';
import path from 'node:path';

/** Every file under dir (relative paths, '/' separated), without the .wikimark state. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (r === '.wikimark') continue;
      if (e.isDirectory()) walk(r);
      else out.push(r);
    }
  };
  walk('');
  return out.sort();
}

export function readTree(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}

/** The mirror's files with their text, but the two reports (they hold this run's times): what two runs that should agree are compared by. */
export function mirrorFiles(out: string): Map<string, string> {
  const files = readTree(out);
  files.delete('REPORT.md');
  files.delete('report.json');
  return files;
}

/**
 * Check every relative link of the mirror, Markdown `](../…)` and HTML `href="../…"` alike, points
 * at an existing file, and that no link points at an absolute local path (`/…`, `file:`) or
 * leaves OUTDIR.
 */
export function checkLinks(dir: string): { relative: number; html: number } {
  let relative = 0;
  let html = 0;
  const root = path.resolve(dir);
  const check = (f: string, href: string) => {
    const target = path.resolve(dir, path.dirname(f), decodeURIComponent(href.split('#')[0]!));
    if (!target.startsWith(root + path.sep)) throw new Error(`${f}: link leaves the mirror: ${href}`);
    if (!fs.existsSync(target)) throw new Error(`${f}: broken link ${href}`);
  };
  for (const f of listFiles(dir)) {
    if (!f.endsWith('.md') || !f.includes('/')) continue;
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const local = /\]\((?:\/|file:)[^)]*\)|href="(?:\/(?!\/)|file:)[^"]*"/.exec(text);
    if (local) throw new Error(`${f}: link to a local absolute path: ${local[0]}`);
    for (const m of text.matchAll(/\]\((\.\.\/[^)\s]+)\)/g)) {
      check(f, m[1]!);
      relative++;
    }
    for (const m of text.matchAll(/href="(\.\.\/[^"]+)"/g)) {
      check(f, m[1]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"'));
      html++;
    }
  }
  return { relative, html };
}
