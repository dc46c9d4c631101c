/** How the mirror fails: exit codes (the project's shared ones) and the error types. */
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
