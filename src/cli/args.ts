/** Command-line helpers shared by the commands: one-line messages for what went wrong. */
import path from 'node:path';

/**
 * node:util parseArgs errors as one short line: "unknown option '--bogus'" instead of its advice
 * about positionals after '--', and no three-line explanation for a value starting with '-'.
 */
export function argsError(err: unknown): string {
  const e = err as { code?: string; message?: string };
  const message = e.message ?? String(err);
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const m = /^Unknown option '([^']*)'/.exec(message);
    if (m) return `unknown option '${m[1]}'`;
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const ambiguous = /^Option '([^']*)' argument is ambiguous/.exec(message);
    if (ambiguous) {
      const flag = ambiguous[1]!.replace(/^-\w, /, '').replace(/ <value>$/, '');
      return `option '${flag}' takes a value; for a value starting with '-' write ${flag}=VALUE`;
    }
    const missing = /^Option '([^']*)' argument missing/.exec(message);
    if (missing) return `option '${missing[1]!.replace(/^-\w, /, '').replace(/ <value>$/, '')}' needs a value`;
  }
  return message.split('\n')[0]!;
}

/** "ENOENT: no such file or directory, open 'x'" → "no such file or directory (ENOENT)". */
export function ioReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const m = /^E[A-Z]+: ([^,]+)/.exec(e.message ?? '');
  if (m && e.code) return `${m[1]} (${e.code})`;
  return e.code ?? e.message ?? String(err);
}

/**
 * Standard output that a reader may close early (`| head -1`): a closed pipe (EPIPE) is no error
 * and must not surface as an unhandled 'error' event with a stack trace; any other write failure
 * (a full disk) is one line and exit 4, as for `wikimark page`.
 */
export function tolerateClosedStdout(command: string, outputExitCode: number): void {
  if (process.stdout.listenerCount('error') > 0) return;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') return;
    process.stderr.write(`wikimark ${command}: cannot write standard output: ${ioReason(err)}\n`);
    process.exitCode = outputExitCode;
  });
}

/**
 * How the user started us, for the commands we print for them to run next: `wikimark` when
 * installed globally, `npx wikimark` under npx or from a project's node_modules (an npm script,
 * node_modules/.bin/wikimark: a bare `wikimark` is not on the user's PATH there),
 * `node dist/src/cli/main.js` in a clone (the README's demo), where a bare `wikimark` is no
 * command at all.
 */
export function selfCommand(): string {
  if (process.env.npm_command === 'exec') return 'npx wikimark';
  // argv[1] is the path as run, symlinks kept: node_modules/.bin/wikimark, not the file it links to.
  const script = process.argv[1] ?? '';
  if (script.split(/[\\/]/).includes('node_modules')) return 'npx wikimark';
  if (path.basename(script) !== 'main.js') return 'wikimark';
  const relative = path.relative(process.cwd(), script);
  return `node ${shellWord(relative.startsWith('..') ? script : relative)}`;
}

/** A word for a POSIX shell: as it is when it is safe, else single-quoted. */
export function shellWord(s: string): string {
  return /^[\w@%+=:,./-]+$/u.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
