/**
 * `wikimark serve OUTDIR [--port N] [--host H] [--reindex]`: browse and search a mirror in a web
 * browser. Exported as `runServe(argv)`; argv excludes the `serve` word itself.
 */
import { parseArgs } from 'node:util';
import { EXIT } from './exit.js';
import { argsError, selfCommand, tolerateClosedStdout } from './args.js';
import { startReader } from '../reader/server.js';
import { ReaderError } from '../reader/mirror-state.js';
import type { IndexStatus } from '../reader/background-index.js';
import { formatDuration } from '../mirror/progress.js';

export const SERVE_HELP = `Usage: wikimark serve OUTDIR [options]

Serve a mirror written by 'wikimark convert' to a web browser: pages rendered as HTML with working
links and footnotes, a home page, and search over titles and full text.

Options:
  -p, --port N      port to listen on (default 8080; 0 picks a free one)
      --host H      address to listen on (default 127.0.0.1: this computer only)
      --reindex     drop the full-text index and build it again from nothing
  -q, --quiet       no progress output while indexing
  -h, --help        this help

Pages and title search answer at once. The full-text index (OUTDIR/.wikimark/search.sqlite) is
built in the background, with progress on the terminal and on the search page; until it is done,
text search answers from the pages indexed so far. Stopping the server keeps what was indexed and
the next start continues; after a new convert run only changed, new and removed pages are redone.
Queries of three or more characters use the index; shorter ones (common in Chinese) scan the
pages' text and stop after 1000 hits or 3 seconds, saying how much they searched. Maths is laid
out by KaTeX on the server (no script runs in the pages, nothing is fetched from the network); a
formula KaTeX cannot read shows its TeX source. Ctrl-C stops the server.

Exit codes:
  0  stopped with Ctrl-C (or SIGTERM)
  2  bad command line
  3  OUTDIR is not a Wikimark mirror
  4  the port cannot be used
`;

/**
 * Indexing progress for the terminal: on a TTY one line rewritten in place (files, %, rate, ETA);
 * in a log a line every 10 % and the outcome.
 */
export function progressPrinter(out: NodeJS.WriteStream): (s: IndexStatus) => void {
  let lastDecile = -1;
  let ended = false;
  return (s) => {
    if (s.phase === 'building' && s.done === 0) {
      // A new pass (the mirror changed under the server): report it too.
      ended = false;
      lastDecile = -1;
    }
    if (ended) return;
    const percent = s.total > 0 ? Math.floor((s.done / s.total) * 100) : 100;
    if (s.phase === 'complete') {
      ended = true;
      const missing = s.missing > 0 ? `; ${s.missing} listed in index.tsv but not found` : '';
      const what = s.indexed === 0 && s.removed === 0 ? `full-text index up to date (${s.unchanged} pages${missing})` : `full-text index ready: ${s.indexed} pages indexed, ${s.unchanged} unchanged, ${s.removed} removed${missing}, in ${formatDuration(s.elapsedMs / 1000)}`;
      out.write(`${out.isTTY ? '\r\x1b[K' : ''}${what}\n`);
    } else if (s.phase === 'stopped' || s.phase === 'failed') {
      ended = true;
      out.write(`${out.isTTY ? '\r\x1b[K' : ''}full-text index ${s.phase === 'failed' ? `failed: ${s.error}` : `stopped at ${s.done}/${s.total} pages; the next start continues`}\n`);
    } else if (s.phase === 'building' && s.done > 0) {
      const line = `full-text index: ${s.done}/${s.total} pages (${percent} %), ${Math.round(s.rate)} pages/s${s.etaSeconds !== null ? `, ETA ${formatDuration(s.etaSeconds)}` : ''} — search answers from what is indexed`;
      if (out.isTTY) out.write(`\r\x1b[K${line}`);
      else if (Math.floor(percent / 10) > lastDecile) {
        lastDecile = Math.floor(percent / 10);
        out.write(`${line}\n`);
      }
    }
  };
}

/**
 * WIKIMARK_SERVE_TEST_PAUSE="BATCH_SIZE:BATCHES": index BATCH_SIZE files per batch and wait after
 * BATCHES batches, so the CLI tests can press Ctrl-C in the middle of a build. Not for users.
 */
function testHooks(): { indexBatchSize?: number; indexGated?: boolean; indexSteps?: number } {
  const m = /^(\d+):(\d+)$/.exec(process.env.WIKIMARK_SERVE_TEST_PAUSE ?? '');
  return m ? { indexBatchSize: Number(m[1]), indexGated: true, indexSteps: Number(m[2]) } : {};
}

export async function runServe(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        port: { type: 'string', short: 'p', default: '8080' },
        host: { type: 'string', default: '127.0.0.1' },
        reindex: { type: 'boolean', default: false },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    process.stderr.write(`wikimark serve: ${argsError(err)}\nTry '${selfCommand()} serve --help'.\n`);
    return EXIT.USAGE;
  }
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(SERVE_HELP);
    return EXIT.OK;
  }
  const usage = (message: string) => {
    process.stderr.write(`wikimark serve: ${message}\nTry '${selfCommand()} serve --help'.\n`);
    return EXIT.USAGE;
  };
  if (parsed.positionals.length !== 1) return usage(parsed.positionals.length ? `one OUTDIR expected, got ${parsed.positionals.length}` : 'missing OUTDIR');
  if (!/^\d+$/.test(v.port!) || Number(v.port) > 65535) return usage(`--port takes a number from 0 to 65535, got "${v.port}"`);

  const progress = v.quiet ? null : progressPrinter(process.stderr);
  let reader;
  try {
    reader = await startReader({ outDir: parsed.positionals[0]!, port: Number(v.port), host: v.host!, reindex: v.reindex, progress, ...testHooks() });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (err instanceof ReaderError) {
      process.stderr.write(`wikimark serve: ${e.message}\n`);
      return EXIT.NO_INPUT;
    }
    const why: Record<string, string> = {
      EADDRINUSE: 'the port is in use (EADDRINUSE); choose another with --port N, or --port 0 for any free one',
      EACCES: 'not allowed (EACCES); ports below 1024 need administrator rights, choose one above with --port N',
      EADDRNOTAVAIL: 'this computer has no such address (EADDRNOTAVAIL); check --host',
    };
    if (e.code && why[e.code]) {
      process.stderr.write(`wikimark serve: cannot listen on ${v.host}:${v.port}: ${why[e.code]}\n`);
      return EXIT.OUTPUT;
    }
    throw err;
  }
  tolerateClosedStdout('serve', EXIT.OUTPUT);
  process.stdout.write(`Serving ${parsed.positionals[0]} at ${reader.url} — open it in a browser; Ctrl-C stops.\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await reader.close();
  process.stderr.write('stopped\n');
  return EXIT.OK;
}
