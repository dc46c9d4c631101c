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

/** Check every relative Markdown link of the mirror points at an existing file. */
export function checkLinks(dir: string): { relative: number } {
  let relative = 0;
  for (const f of listFiles(dir)) {
    if (!f.endsWith('.md') || !f.includes('/')) continue;
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    for (const m of text.matchAll(/\]\((\.\.\/[^)\s]+)\)/g)) {
      const href = m[1]!.split('#')[0]!;
      const target = path.join(dir, path.dirname(f), decodeURIComponent(href));
      if (!fs.existsSync(target)) throw new Error(`${f}: broken link ${m[1]}`);
      relative++;
    }
  }
  return { relative };
}
