/**
 * What identifies the build of wikimark a mirror's pages were written by (issue 3: after an
 * upgrade, pages an older build wrote are converted again, as under changed options).
 *
 * The id is a hash of the code a run loads to make its files, not the package version: a version
 * is bumped by hand and not for every fix (a clone built from git never bumps it), while a page's
 * output follows the code. Which code: the modules reachable by static imports (and by
 * `new URL('./x.js', import.meta.url)`, how the pool and the dump reader start their workers)
 * from the mirror's run module, its worker and the converter module — so the index, plan,
 * conversion and assembly code are in, and the CLI and the reader (`serve`), which write no page,
 * are out. A custom converter (WIKIMARK_CONVERTER) brings its own file and what it imports.
 * Packages count by their installed version (their files are not read): those the code loads by
 * name, by import or by require (the Chinese conversion tables are a package's data file, found
 * by require.resolve). Only what can change a page counts: not the reader's packages (markdown-it,
 * KaTeX), and not better-sqlite3 or the bzip2 WebAssembly either (NOT_PAGE_PACKAGES: they hold the
 * index and read the dump, and a page comes out the same whichever version did) — a bump of one
 * must not convert a whole mirror again. And Node's Unicode version: case mapping, NFC and
 * `\p{…}` follow it, and they decide titles and file names. Not the time zone database's: a
 * change of zone rules touches only `{{#time}}` in that zone on a few pages (zones.ts), not worth
 * converting a whole mirror again after every Node patch release.
 *
 * The id is a hash of three parts (BuildParts), which the mirror's state keeps so that the run
 * can say what changed: the code (the files and the other packages), wikimedia-langconv's version
 * (the conversion tables) and the Unicode version.
 *
 * Files count by content only (a hash of each, sorted; a file reached by two paths, through a
 * symlink, once), so moving an installation elsewhere is no new build. A `new URL(…,
 * import.meta.url)` target counts whatever it is (a .wasm or data file beside the code); only
 * JavaScript files are read for imports. The starting modules must be there (a mistyped
 * WIKIMARK_CONVERTER path throws); a specifier the patterns find that names nothing (in a comment,
 * in a string) is passed over.
 *
 * Two limits. A package counts by its version only: one linked (`npm link`, a `file:` dependency)
 * and changed in place is no new build, and its pages are not converted again. And the id hashes
 * the compiled JavaScript, not the TypeScript: another tsc may emit other JavaScript from the same
 * source, which is then another build — harmless, the pages are only converted again.
 *
 * Some files that cannot change a page are in (progress, errors): an upgrade that
 * touches only those converts again for nothing, the price of not listing files by hand, where a
 * file forgotten would leave a fix out of the mirror for ever.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConverterRef } from './types.js';

/** The modules a run starts from besides the converter: the run (index, plan, convert, assemble) and the worker. */
const RUN_MODULES = ['./run.js', './worker.js'].map((m) => fileURLToPath(new URL(m, import.meta.url)));

/**
 * Specifiers a compiled module loads: `from '…'`, `import '…'`, `import('…')`, `require('…')` and
 * `require.resolve('…')` (through createRequire: the bzip2 WebAssembly package, the conversion
 * tables' package), `new URL('…', import.meta.url)`.
 */
const IMPORT_PATTERNS = [
  /\b(?:from|import)\s*\(?\s*(['"])([^'"\n]+)\1/g,
  /\brequire(?:\.resolve)?\s*\(\s*(['"])([^'"\n]+)\1/g,
  /\bnew URL\(\s*(['"])([^'"\n]+)\1\s*,\s*import\.meta\.url\s*\)/g,
];

/** The files whose imports are followed: JavaScript modules. */
const SCANNED = /\.(?:m?js|cjs)$/;

/** An npm package name at the head of a bare specifier (`@scope/name/sub` → `@scope/name`). */
const PACKAGE_NAME = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*/i;

/** The file a converter module names: a file: URL, or a path (the worker imports it as one, worker.ts). */
function converterFile(converter: ConverterRef): string {
  return converter.module.startsWith('file:') ? fileURLToPath(converter.module) : path.resolve(converter.module);
}

/** The installed version of package `name` as seen from `dir` (Node's node_modules lookup), or null. */
function installedVersion(name: string, dir: string): string | null {
  for (let d = dir; ; ) {
    const manifest = path.join(d, 'node_modules', name, 'package.json');
    if (fs.existsSync(manifest)) return String((JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version?: unknown }).version);
    const up = path.dirname(d);
    if (up === d) return null;
    d = up;
  }
}

/** Packages the code loads that write nothing into a page: the index's database and the bzip2 decoder. */
const NOT_PAGE_PACKAGES = new Set(['better-sqlite3', '@foxglove/wasm-bz2']);

/** The package whose version is a part of its own (BuildParts.langconv): the Chinese conversion tables. */
const LANGCONV = 'wikimedia-langconv';

export interface BuildFiles {
  /** The module files read, absolute paths, sorted. */
  files: string[];
  /** `name@version` of the packages counted, sorted. */
  packages: string[];
}

/** What a build is made of, as the mirror's state records it (state 'buildParts'). */
export interface BuildParts {
  /** A hash of the files' contents and the packages' versions but wikimedia-langconv's, 16 hex digits. */
  code: string;
  /** wikimedia-langconv's version, or null when the code does not load it. */
  langconv: string | null;
  /** Node's Unicode version. */
  unicode: string;
}

/** Walk the module graph from the run's modules and the converter's: the files and packages a build is made of. */
export function buildFilesOf(converter: ConverterRef): BuildFiles & { contents: Map<string, Buffer> } {
  const contents = new Map<string, Buffer>();
  const packages = new Set<string>();
  const todo = [...RUN_MODULES, converterFile(converter)].map((file) => ({ file, root: true }));
  while (todo.length) {
    const { file, root } = todo.pop()!;
    let real: string;
    let bytes: Buffer;
    try {
      real = fs.realpathSync(file);
      if (contents.has(real)) continue;
      bytes = fs.readFileSync(real);
    } catch (err) {
      // A root that is not there (a mistyped converter path) is no build; a specifier the
      // patterns found may be in a comment or a string and name nothing.
      if (root) throw new Error(`the build's module ${file} cannot be read: ${(err as Error).message}`);
      continue;
    }
    contents.set(real, bytes);
    // Only JavaScript imports; a data file a module reaches by `new URL` counts by its bytes.
    if (!SCANNED.test(real)) continue;
    const text = bytes.toString('utf8');
    for (const pattern of IMPORT_PATTERNS) {
      for (const m of text.matchAll(pattern)) {
        const spec = m[2]!;
        if (spec.startsWith('./') || spec.startsWith('../')) {
          todo.push({ file: path.resolve(path.dirname(real), spec), root: false });
        } else if (spec.startsWith('file:')) {
          todo.push({ file: fileURLToPath(spec), root: false });
        } else if (!spec.startsWith('node:')) {
          const name = spec.match(PACKAGE_NAME)?.[0];
          const version = name ? installedVersion(name, path.dirname(real)) : null;
          if (version !== null && !NOT_PAGE_PACKAGES.has(name!)) packages.add(`${name}@${version}`);
        }
      }
    }
  }
  return { files: [...contents.keys()].sort(), packages: [...packages].sort(), contents };
}

/** The build's parts (`unicode`: this Node's, but in tests). Computed once per run, on the main thread. */
export function buildPartsOf(converter: ConverterRef, unicode: string = process.versions.unicode ?? ''): BuildParts {
  const { contents, packages } = buildFilesOf(converter);
  const fileHashes = [...contents.values()].map((b) => createHash('sha1').update(b).digest('hex')).sort();
  const langconv = packages.find((p) => p.startsWith(LANGCONV + '@'))?.slice(LANGCONV.length + 1) ?? null;
  const code = createHash('sha1')
    .update(JSON.stringify({ files: fileHashes, packages: packages.filter((p) => !p.startsWith(LANGCONV + '@')) }))
    .digest('hex')
    .slice(0, 16);
  return { code, langconv, unicode };
}

/** The build's id, 16 hex digits: a hash of its parts. */
export function buildIdFrom(parts: BuildParts): string {
  return createHash('sha1').update(JSON.stringify([parts.code, parts.langconv, parts.unicode])).digest('hex').slice(0, 16);
}

/**
 * What changed from the build of `before` to the build of `now`, as the upgrade note says it:
 * "its code changed", "wikimedia-langconv changed: 0.3.2 → 0.4.0", "Node's Unicode version
 * changed: 15.1 → 16.0".
 */
export function buildChanges(before: BuildParts, now: BuildParts): string[] {
  const changes: string[] = [];
  if (before.code !== now.code) changes.push('its code changed');
  if (before.langconv !== now.langconv) changes.push(`${LANGCONV} changed: ${before.langconv ?? 'none'} → ${now.langconv ?? 'none'}`);
  if (before.unicode !== now.unicode) changes.push(`Node's Unicode version changed: ${before.unicode} → ${now.unicode}`);
  return changes;
}
