/** How the mirror fails: exit codes (the project's shared ones) and the error types. */
import { fileURLToPath } from 'node:url';
import { EXIT as CLI_EXIT } from '../cli/exit.js';

/** Exit codes of `wikimark convert` (the project's shared codes, src/cli/exit.ts). */
export const EXIT = {
  OK: CLI_EXIT.OK,
  /** Finished, but the dump was truncated or pages failed to convert. */
  TRUNCATED: CLI_EXIT.INPUT_ERRORS,
  USAGE: CLI_EXIT.USAGE,
  /** The input cannot be read, is not a dump, or is invalid XML. */
  INPUT: CLI_EXIT.NO_INPUT,
  /** The output directory cannot be used. */
  OUTPUT: CLI_EXIT.OUTPUT,
  INTERNAL: CLI_EXIT.INTERNAL,
  /** The conversion workers could not be started (or none was left that could). */
  WORKERS: CLI_EXIT.WORKERS,
  INTERRUPTED: CLI_EXIT.INTERRUPTED,
} as const;

export class MirrorError extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
    /** The run in OUTDIR was stopped (now, or before) and `--resume` continues it. */
    readonly resumable = false,
  ) {
    super(message);
    this.name = 'MirrorError';
  }
}

/** Raised where work stops because of Ctrl-C / SIGTERM. */
export class Interrupted extends Error {}

/**
 * An error as one line: its message and where it was thrown, the first frame of its stack outside
 * Node's own code, e.g. `bad TZ (at /x/wrapper.mjs:3:9)`. Runs in the workers too (so this module
 * stays light). A place that says nothing useful is replaced by `fallback.instead`: no frame at all
 * (on Node 20 a module that does not compile has only node: frames) or one in `fallback.ownFile`
 * (the worker's own code that loaded the converter).
 */
export function errorWithPlace(err: unknown, fallback?: { ownFile: string; instead: string }): string {
  if (!(err instanceof Error)) return String(err);
  const message = (err.message || err.name).split('\n')[0]!;
  const where = placeOf(err.stack ?? '');
  if (fallback && (where === null || where.file === fallback.ownFile)) return `${message} (in ${fallback.instead})`;
  return where ? `${message} (at ${where.file}:${where.line}:${where.column})` : message;
}

/** `at fn (FILE:L:C)` or `at FILE:L:C`; FILE may hold spaces and parentheses, or be a file: URL. */
const FRAME = /\((.+):(\d+):(\d+)\)$|at (.+):(\d+):(\d+)$/;

function placeOf(stack: string): { file: string; line: string; column: string } | null {
  for (const text of stack.split('\n')) {
    if (!/^\s+at /.test(text)) continue;
    const m = FRAME.exec(text);
    if (!m) continue;
    const file = m[1] ?? m[4]!;
    if (file.startsWith('node:')) continue;
    return { file: file.startsWith('file:') ? fileURLToPath(file) : file, line: m[2] ?? m[5]!, column: m[3] ?? m[6]! };
  }
  return null;
}
