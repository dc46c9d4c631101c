/**
 * `wikimark convert DUMP -o OUTDIR …`: a whole MediaWiki dump into a linked Markdown mirror.
 * Exported as `runConvert(argv)`; argv excludes the `convert` word itself.
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { defaultJobs } from '../mirror/worker-settings.js';
import { EXIT, MirrorError, runMirror, type MirrorOptions } from '../mirror/run.js';
import { argsError, selfCommand, shellWord, tolerateClosedStdout } from './args.js';
import { validUploadBase } from '../site/uploads.js';
import type { ImageMode } from '../engine/types.js';
import { TARGET_VARIANTS, validateVariant } from '../variants/index.js';

export const CONVERT_HELP = `Usage: wikimark convert DUMP -o OUTDIR [options]

Convert a MediaWiki XML dump into a linked offline Markdown mirror.

DUMP is a MediaWiki XML export (schema 0.10/0.11): .xml, .xml.gz, .xml.bz2 (single stream or
Wikimedia multistream; a -multistream-index.txt.bz2 beside it is used to split the work by
stream), or - for standard input.

Options:
  -o, --output DIR          output directory (new, empty, or a previous mirror to update)
  -j, --jobs N              conversion worker threads (default: all cores, here ${defaultJobs()})
      --namespaces LIST     namespaces converted to Markdown (default 0,14); File (6) is never converted
      --raw-namespaces LIST namespaces saved as raw wikitext, e.g. 10,828 (default none)
      --min-size CHARS      skip content pages shorter than CHARS characters (default 0; the seed used 1024)
      --attribution         print the "converted from" line at the top of every page (default for zh)
      --no-attribution      do not print it
      --images MODE         embed | link | drop (default embed)
      --upload-base URL     where images load from: every file at URL + MediaWiki's a/ab/Name path.
                            A path relative to OUTDIR (e.g. images/, then copy the wiki's images
                            folder into OUTDIR) gives each page relative links (../images/…).
                            Default: on a Wikimedia wiki upload.wikimedia.org (the wiki's own files
                            if the dump has their File page, else Commons); on any other wiki
                            <article path>Special:FilePath/Name
      --variant V           Chinese variant to convert to: zh-hans, zh-hant, zh-cn, zh-tw, zh-hk, …
                            (file names stay the original titles; index.tsv adds the converted ones)
      --front-matter        YAML front matter (title, source URL, categories) on every page
      --no-templates        do not expand templates from the dump (built-in handlers only)
      --resume              continue an interrupted run in OUTDIR without redoing finished pages
  -q, --quiet               no progress lines (the closing summary and errors still print)
  -h, --help                this help

Output (in OUTDIR):
  Page/<title>.md           articles; links between pages are relative (../Page/<title>.md),
                            links to pages not in the dump go to the live wiki
  Category/<name>.md        every category used: its own text, subcategories and members
  <Namespace>/<title>.md    pages of other namespaces chosen with --namespaces
  redirects.tsv             every redirect: source, target, final page, status
  index.tsv, index.json     every title and the file it was written to
  report.json, REPORT.md    pages per namespace, redirects, warnings, unhandled templates, timings
  .wikimark/                index and checkpoint (needed for --resume and for updates)

File names are NFC; % / \\ : * ? " < > | control characters and trailing dots/spaces are written
as %XX; names that clash ignoring case get ~hash suffixes; over-long names are shortened with a
hash; index.tsv has the exact mapping. Running again into the same OUTDIR with a newer dump
rewrites the pages whose revision changed and the unchanged pages whose output depends on
something that changed (a linked page that appeared, vanished or now redirects elsewhere, an
edited template, a File page, the dump's date), and removes pages no longer in the dump: the
result equals a fresh run, except that a page the new dump damaged keeps its last good version.
After an upgrade of wikimark (its code, the Chinese conversion tables, or Node's Unicode
version; not the time zone data) the whole dump is indexed again and every page the older build
wrote is converted again, by --resume too; a note says how many and, when known, what changed.

Exit codes:
  0    success
  1    finished, but the input had errors: the dump is truncated (every complete page was
       converted; the message names the byte offset and the last complete page), damaged
       pages were skipped or kept with warnings, or pages could not be converted (written as
       their source); REPORT.md lists them
  2    bad command line
  3    the input cannot be read, is not a MediaWiki dump, or is invalid XML
  4    the output directory cannot be used (not writable, not a mirror, a mirror of another
       wiki, holds an interrupted run and --resume was not given, or another run is using it),
       or could not be written mid-run (a full disk, a read-only file system: the message
       names the file; what was finished is saved, rerun with --resume once there is room)
  70   internal error (a bug: please report it)
  71   the conversion workers could not start (the message gives their error and where it
       was thrown): pages written so far are saved; fix the cause and rerun with --resume
  130  interrupted (Ctrl-C or SIGTERM): finished pages are saved; rerun with --resume
`;

function parseList(value: string | undefined, flag: string): number[] | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '') return [];
  const items = value.split(',').map((s) => s.trim());
  if (!items.every((s) => /^-?\d+$/.test(s))) throw new MirrorError(EXIT.USAGE, `${flag} takes a comma-separated list of namespace numbers, got "${value}"`);
  return items.map(Number);
}

function parsePositive(value: string | undefined, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new MirrorError(EXIT.USAGE, `${flag} takes a whole number ≥ ${min}, got "${value}"`);
  return Number(value);
}

/**
 * Options of `wikimark page` that `convert` has no use for, and why: someone who tried a page
 * first carries them over (`--lang ja`), and "unknown option" alone suggests the dump's language
 * cannot be set at all.
 */
const PAGE_ONLY_OPTIONS: Record<string, string> = {
  '--lang': "the wiki's language, address and namespaces come from the dump's <siteinfo>",
  '--siteinfo': "the wiki's settings come from the dump's own <siteinfo>",
  '--title': 'every page takes its title from the dump',
  '--templates': 'templates are expanded from the dump itself (--no-templates turns that off)',
  '--missing-templates': 'a template found nowhere is dropped',
  '--meta': 'no per-page metadata file is written: index.json lists each page\'s file, and --front-matter puts title, source URL and categories on every page',
  '--now': 'the clock for {{CURRENTYEAR}} and #time is the time of the newest revision in the dump',
};

function pageOnlyHint(err: unknown): string {
  const m = /^Unknown option '(--[\w-]+)/.exec((err as Error).message ?? '');
  const why = m && Object.hasOwn(PAGE_ONLY_OPTIONS, m[1]!) ? PAGE_ONLY_OPTIONS[m[1]!] : undefined;
  return why ? ` (a 'wikimark page' option; in convert ${why})` : '';
}

/** Options from argv; throws MirrorError(EXIT.USAGE) on bad input. Returns null for --help. */
export function parseConvertArgs(argv: string[]): MirrorOptions | null {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        jobs: { type: 'string', short: 'j' },
        namespaces: { type: 'string' },
        'raw-namespaces': { type: 'string' },
        'min-size': { type: 'string' },
        attribution: { type: 'boolean' },
        'no-attribution': { type: 'boolean' },
        images: { type: 'string' },
        'upload-base': { type: 'string' },
        variant: { type: 'string' },
        'front-matter': { type: 'boolean' },
        'no-templates': { type: 'boolean' },
        resume: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new MirrorError(EXIT.USAGE, argsError(err) + pageOnlyHint(err));
  }
  const v = parsed.values;
  if (v.help) return null;
  if (parsed.positionals.length !== 1) {
    throw new MirrorError(EXIT.USAGE, parsed.positionals.length ? `one DUMP expected, got ${parsed.positionals.length}` : 'missing DUMP (a file, or - for stdin)');
  }
  if (!v.output) throw new MirrorError(EXIT.USAGE, 'missing -o OUTDIR');
  if (v.attribution && v['no-attribution']) throw new MirrorError(EXIT.USAGE, '--attribution and --no-attribution contradict each other');
  if (v.images !== undefined && !['embed', 'link', 'drop'].includes(v.images)) {
    throw new MirrorError(EXIT.USAGE, `--images takes embed, link or drop, got "${v.images}"`);
  }
  const uploadBase = v['upload-base'];
  if (uploadBase !== undefined && !validUploadBase(uploadBase)) {
    throw new MirrorError(EXIT.USAGE, `--upload-base takes a URL (https://…) or a path relative to OUTDIR (images/), got "${uploadBase}"`);
  }
  if (v.variant !== undefined && (validateVariant(v.variant) ?? 'zh') === 'zh') {
    throw new MirrorError(EXIT.USAGE, `--variant takes one of ${TARGET_VARIANTS.join(', ')}, got "${v.variant}"`);
  }
  const opts: MirrorOptions = {
    dump: parsed.positionals[0]!,
    outDir: v.output,
    jobs: parsePositive(v.jobs, '--jobs', 1),
    namespaces: parseList(v.namespaces, '--namespaces'),
    rawNamespaces: parseList(v['raw-namespaces'], '--raw-namespaces'),
    minSize: parsePositive(v['min-size'], '--min-size', 0),
    attribution: v.attribution ? true : v['no-attribution'] ? false : null,
    images: v.images as ImageMode | undefined,
    ...(uploadBase !== undefined ? { uploadBase } : {}),
    // One spelling per variant (zh-TW, zh-Hant-TW → zh-tw): the report's options and the run's
    // fingerprint hold it, and an update spelled otherwise converted every page again.
    variant: v.variant !== undefined ? validateVariant(v.variant) : null,
    frontMatter: v['front-matter'] ?? false,
    expandTemplates: !v['no-templates'],
    resume: v.resume ?? false,
  };
  if (v.quiet) opts.progress = null;
  // For tests and experiments: another converter module, as "path#export".
  const converter = process.env.WIKIMARK_CONVERTER;
  if (converter) {
    const [module, exportName] = converter.split('#');
    opts.converter = { module: path.resolve(module!), exportName: exportName || 'convertPage' };
  }
  return opts;
}

/**
 * More workers than cores: each one starts its own copy of the converter, so they only add start-up
 * time and memory (the sample dump took 77 s with --jobs 64 on 2 cores instead of 2 s, both at load 7–30). A note, not
 * a limit: the count is still the user's (tests use -j 2 for the parallel paths on any machine).
 */
export function jobsNote(jobs: number | undefined, cores: number): string | null {
  if (jobs === undefined || jobs <= cores) return null;
  return `--jobs ${jobs} is more than the ${cores} core${cores === 1 ? '' : 's'} here; conversion keeps a core busy per worker, so the extra workers only cost start-up time and memory`;
}

export async function runConvert(argv: string[]): Promise<number> {
  let opts: MirrorOptions | null;
  try {
    opts = parseConvertArgs(argv);
  } catch (err) {
    process.stderr.write(`wikimark convert: ${(err as Error).message}\nTry '${selfCommand()} convert --help'.\n`);
    return (err as MirrorError).exitCode ?? EXIT.USAGE;
  }
  if (!opts) {
    process.stdout.write(CONVERT_HELP);
    return EXIT.OK;
  }
  tolerateClosedStdout('convert', EXIT.OUTPUT);
  const tooMany = jobsNote(opts.jobs, defaultJobs());
  if (tooMany && opts.progress !== null) process.stderr.write(`wikimark convert: note: ${tooMany}\n`);
  const controller = new AbortController();
  let signals = 0;
  const onSignal = (sig: NodeJS.Signals) => {
    signals++;
    if (signals > 1) process.exit(EXIT.INTERRUPTED);
    process.stderr.write(`\nwikimark convert: ${sig} received, saving the checkpoint…\n`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const result = await runMirror({ ...opts, signal: controller.signal });
    if (result.message) process.stderr.write(`wikimark convert: ${result.message}\n`);
    if (opts.outDir) {
      const out = path.resolve(opts.outDir);
      process.stdout.write(`Mirror written to ${out} — start with ${path.join(out, 'REPORT.md')} and index.tsv, or read it in a browser: ${selfCommand()} serve ${shellWord(out)}\n`);
    }
    return result.exitCode;
  } catch (err) {
    if (err instanceof MirrorError) {
      process.stderr.write(`wikimark convert: ${err.message}\n`);
      // An interrupted run (this one, or one found in OUTDIR): the exact command that continues it.
      if (err.resumable) {
        // Right after `convert`: appended after a `--` it would be read as a file name.
        const dashDash = argv.indexOf('--');
        const options = dashDash < 0 ? argv : argv.slice(0, dashDash);
        const args = options.includes('--resume') ? argv : ['--resume', ...argv];
        process.stderr.write(`to continue: ${selfCommand()} convert ${args.map(shellWord).join(' ')}\n`);
      }
      return err.exitCode;
    }
    process.stderr.write(`wikimark convert: internal error: ${(err as Error).stack ?? err}\n`);
    return EXIT.INTERNAL;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
