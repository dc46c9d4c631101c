/**
 * URL path → file of the mirror, refusing anything that could leave OUTDIR: `..` (also when
 * percent-encoded, since we decode before checking), absolute paths, NUL bytes, hidden folders
 * (`.wikimark/` holds the index, not pages; a published mirror may hold `.git/`), hidden files
 * other than pages, and symlinks that point outside.
 */
import fs from 'node:fs';
import path from 'node:path';

export type ResolvedPath =
  | { kind: 'file'; file: string; relative: string }
  | { kind: 'missing'; relative: string }
  | { kind: 'bad' };

/**
 * `urlPath` is the raw request path (`/Page/%E6%95%B0%E5%AD%A6.md`). `rootReal` must be
 * fs.realpathSync(OUTDIR). Decoding happens once, so `%2541ux.md` names the file `%41ux.md`, the
 * way the mirror writes its links.
 */
export function resolveMirrorPath(rootReal: string, urlPath: string): ResolvedPath {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'bad' };
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return { kind: 'bad' };
  const segments = decoded.slice(1).split('/');
  // Empty segments (`//x`, a decoded `%2F` at the start) and dot segments are never part of a page path.
  if (segments.some((s, i) => s === '' || (s.startsWith('.') && !(i === segments.length - 1 && isHiddenPage(s))))) return { kind: 'bad' };
  const relative = segments.join('/');
  const candidate = path.resolve(rootReal, relative);
  if (!isInside(rootReal, candidate)) return { kind: 'bad' };
  let real: string;
  try {
    real = fs.realpathSync(candidate);
  } catch {
    return { kind: 'missing', relative };
  }
  // A symlink inside the mirror may point anywhere: judge where it lands, not where it sits.
  if (!isInside(rootReal, real)) return { kind: 'bad' };
  let stat: fs.Stats;
  try {
    stat = fs.statSync(real);
  } catch {
    return { kind: 'missing', relative };
  }
  if (!stat.isFile()) return { kind: 'missing', relative };
  return { kind: 'file', file: real, relative };
}

/**
 * A page whose title starts with a dot has a file name that does too (`Category/.NET.md`): a
 * Markdown file at the end of the path is served like any page. `.`, `..` and `.md` are no titles.
 */
function isHiddenPage(segment: string): boolean {
  return segment.endsWith('.md') && !/^\.*$/.test(segment.slice(0, -3));
}

function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
