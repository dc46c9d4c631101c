/** Command-line helpers shared by the commands: one-line messages for what went wrong. */

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
