#!/usr/bin/env node
/** `wikimark` — the command line. Each command lives in its own module; this file only dispatches. */
import { readFileSync } from 'node:fs';
import { EXIT } from './exit.js';
import { selfCommand } from './args.js';

const COMMANDS: Record<string, { summary: string; load: () => Promise<(argv: string[]) => Promise<number>> }> = {
  page: {
    summary: 'convert one page of wikitext to Markdown (stdin → stdout, like pandoc)',
    load: async () => (await import('./page.js')).runPage,
  },
  convert: {
    summary: 'convert a whole MediaWiki XML dump into a linked Markdown mirror',
    load: async () => (await import('./convert.js')).runConvert,
  },
  serve: {
    summary: 'browse and search a mirror in a web browser (a local web server)',
    load: async () => (await import('./serve.js')).runServe,
  },
};

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

const HELP = `wikimark — MediaWiki wikitext and XML dumps to GitHub-Flavoured Markdown

Usage:
  wikimark page [FILE|-] [options]        one page: wikitext in, Markdown out
  wikimark convert DUMP -o OUTDIR [opts]  a whole dump: a linked Markdown mirror
  wikimark serve OUTDIR [--port N]        read and search a mirror in a browser

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(9)} ${c.summary}`).join('\n')}

Run 'wikimark <command> --help' for the options of a command.

Options:
  -h, --help     show this help
  -V, --version  print the version

Exit codes:
  0  success
  1  finished, but the input had errors (truncated dump, unreadable pages); see the report
  2  usage error (unknown command or option, missing argument)
  3  input could not be used (missing file; for convert not a dump or invalid XML; for page
     not wikitext: a dump, a compressed or binary file; for serve OUTDIR is no mirror)
  4  output could not be written (for serve: the port cannot be used)
  70 internal error (a bug: please report it)
  71 convert: the conversion workers could not start; finished pages are saved, rerun with --resume
  130 convert interrupted (Ctrl-C); a checkpoint was written, rerun with --resume
     (serve stopped with Ctrl-C exits 0)
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    // Asked for, the help is the output; without a command it is a usage error's message, on
    // stderr, so that `wikimark > out` does not leave the help in the file (it did, exit 2).
    (command ? process.stdout : process.stderr).write(HELP);
    return command ? EXIT.OK : EXIT.USAGE;
  }
  if (command === '-V' || command === '--version') {
    process.stdout.write(`wikimark ${version()}\n`);
    return EXIT.OK;
  }
  const entry = COMMANDS[command];
  if (!entry) {
    process.stderr.write(`wikimark: unknown command '${command}' (try '${selfCommand()} --help')\n`);
    return EXIT.USAGE;
  }
  const run = await entry.load();
  return run(rest);
}

let settled = false;
main(process.argv.slice(2)).then(
  (code) => {
    settled = true;
    process.exitCode = code;
  },
  (err: unknown) => {
    settled = true;
    process.stderr.write(`wikimark: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = EXIT.INTERNAL;
  },
);
// A command whose work waits on something that never comes (a child process that quit, a stream
// that never ends) would otherwise let Node run out of events and exit 0 without a word: a damaged
// bz2 once did exactly that. Say so and exit 70 instead (an explicit process.exit keeps its code).
process.on('exit', () => {
  if (!settled && process.exitCode === undefined) {
    process.stderr.write('wikimark: internal error: stopped before finishing (please report this)\n');
    process.exitCode = EXIT.INTERNAL;
  }
});
