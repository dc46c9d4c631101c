/**
 * `wikimark serve OUTDIR [--port N] [--host H] [--reindex]`: browse and search a mirror in a web
 * browser. Exported as `runServe(argv)`; argv excludes the `serve` word itself.
 */
import { parseArgs } from 'node:util';
import { EXIT } from './exit.js';
import { argsError } from './args.js';
import { startReader } from '../reader/server.js';
import { ReaderError } from '../reader/mirror-state.js';

export const SERVE_HELP = `Usage: wikimark serve OUTDIR [options]

Serve a mirror written by 'wikimark convert' to a web browser: pages rendered as HTML with working
links and footnotes, a home page, and search over titles and full text.

Options:
  -p, --port N      port to listen on (default 8080; 0 picks a free one)
      --host H      address to listen on (default 127.0.0.1: this computer only)
      --reindex     rebuild the full-text index even if it looks current
  -q, --quiet       no progress output while indexing
  -h, --help        this help

The full-text index is OUTDIR/.wikimark/search.sqlite. It is built on the first serve and rebuilt
when the mirror changes (index.tsv rewritten by a new convert run). Queries of three or more
characters use the index; shorter ones (common in Chinese) scan the whole table. Maths ($…$) is
shown as its TeX source. Ctrl-C stops the server.

Exit codes:
  0  stopped with Ctrl-C (or SIGTERM)
  2  bad command line
  3  OUTDIR is not a Wikimark mirror
  4  the port cannot be used
`;

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
    process.stderr.write(`wikimark serve: ${argsError(err)}\nTry 'wikimark serve --help'.\n`);
    return EXIT.USAGE;
  }
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(SERVE_HELP);
    return EXIT.OK;
  }
  const usage = (message: string) => {
    process.stderr.write(`wikimark serve: ${message}\nTry 'wikimark serve --help'.\n`);
    return EXIT.USAGE;
  };
  if (parsed.positionals.length !== 1) return usage(parsed.positionals.length ? `one OUTDIR expected, got ${parsed.positionals.length}` : 'missing OUTDIR');
  if (!/^\d+$/.test(v.port!) || Number(v.port) > 65535) return usage(`--port takes a number from 0 to 65535, got "${v.port}"`);

  // On a terminal the progress line rewrites itself; in a log only the final count is written.
  const progress = v.quiet
    ? null
    : (done: number, total: number) => {
        if (process.stderr.isTTY) process.stderr.write(`\rindexing for search: ${done}/${total} pages${done === total ? '\n' : ''}`);
        else if (done === total) process.stderr.write(`indexed ${total} pages for search\n`);
      };
  let reader;
  try {
    reader = await startReader({ outDir: parsed.positionals[0]!, port: Number(v.port), host: v.host!, reindex: v.reindex, progress });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (err instanceof ReaderError) {
      process.stderr.write(`wikimark serve: ${e.message}\n`);
      return EXIT.NO_INPUT;
    }
    if (e.code === 'EADDRINUSE' || e.code === 'EACCES' || e.code === 'EADDRNOTAVAIL') {
      process.stderr.write(`wikimark serve: cannot listen on ${v.host}:${v.port} (${e.code})\n`);
      return EXIT.OUTPUT;
    }
    throw err;
  }
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
