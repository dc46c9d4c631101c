/** Exit codes shared by every command (documented in `wikimark --help`). */
export const EXIT = {
  OK: 0,
  /** Finished, but the input had errors (truncated dump, pages that failed). */
  INPUT_ERRORS: 1,
  USAGE: 2,
  /** The input could not be read at all. */
  NO_INPUT: 3,
  /** Output could not be written. */
  OUTPUT: 4,
  /** A bug: an exception escaped. */
  INTERNAL: 70,
  /**
   * The conversion workers could not be started (their error says what failed, and where); the
   * run stopped with every page written so far kept, and `--resume` continues it. The number is
   * sysexits.h's EX_OSERR ("an operating system error … cannot fork"): here a worker cannot be
   * created, or cannot start.
   */
  WORKERS: 71,
  INTERRUPTED: 130,
} as const;
