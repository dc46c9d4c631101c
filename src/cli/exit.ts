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
  INTERRUPTED: 130,
} as const;
