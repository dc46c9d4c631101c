/**
 * URL path → file of the mirror, refusing anything that could leave OUTDIR: `..` (also when
 * percent-encoded, since we decode before checking), absolute paths, NUL bytes, hidden folders
 * (`.wikimark/` holds the index, not pages; a published mirror may hold `.git/`), hidden files
 * of kinds the reader does not serve (`.env`, `.htaccess`), and symlinks that point outside or
 * land on another kind of file. OUTDIR itself may be a symlink: the reader resolves it once, at
 * start (mirror-state.ts rootReal), and reads the whole mirror through that root, so pointing the
 * link elsewhere later moves neither the pages nor the titles and search beside them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { mediaType } from './media-files.js';

export type ResolvedPath =
  | { kind: 'file'; file: string; relative: string }
  | { kind: 'missing'; relative: string }
  | { kind: 'bad' };

const DOT = 0x2e;
/** What the reader serves besides media files (server.ts): pages, raw wikitext, the TSV indexes. */
const TEXT_FILE = /\.(md|wikitext|tsv)$/;

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
  if (!namesServedPath(segments)) return { kind: 'bad' };
  const relative = segments.join('/');
  const candidate = path.resolve(rootReal, relative);
  if (!isInside(rootReal, candidate)) return { kind: 'bad' };
  let real: string;
  try {
    real = fs.realpathSync(candidate);
  } catch {
    return { kind: 'missing', relative };
  }
  // A symlink inside the mirror may point anywhere: judge where it lands, not where it sits —
  // outside the mirror, or inside it where no address may lead (`.git/config`, `.wikimark/`) —
  // and what it lands on: the server picks how to show a file by the name asked for, so
  // `Page/X.md -> ../notes.txt` would show notes.txt as a page while /notes.txt is no address.
  if (real !== candidate && (!isInside(rootReal, real) || !namesServedPath(path.relative(rootReal, real).split(path.sep)) || path.extname(real) !== path.extname(candidate))) {
    return { kind: 'bad' };
  }
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
 * Whether these path segments may name a file: empty segments (`//x`, a decoded `%2F` at the
 * start) are never part of a path, nor are dot segments before the last; the last may start
 * with a dot when it names a file the reader serves.
 */
function namesServedPath(segments: readonly string[]): boolean {
  const last = segments.length - 1;
  for (let i = 0; i <= last; i++) {
    const segment = segments[i]!;
    if (segment === '' || (segment.charCodeAt(0) === DOT && (i < last || !isDotLeadingFile(segment)))) return false;
  }
  return true;
}

/**
 * A title that starts with a dot gives a file name that does too: a page (`Category/.NET.md`), a
 * raw template (`Template/.x.wikitext`, --raw-namespaces), an upload (`images/a/ab/.NET_logo.svg`,
 * --upload-base). Such a name is served when the reader serves its kind of file and something
 * other than dots stands before the extension (`.`, `..`, `.md`, `..png`, `.env` are no names).
 */
function isDotLeadingFile(segment: string): boolean {
  const extension = segment.lastIndexOf('.');
  if (!TEXT_FILE.test(segment) && mediaType(segment) === null) return false;
  return !/^\.*$/.test(segment.slice(0, extension));
}

function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
