/**
 * How many characters `String.prototype.indexOf` reads while `run` runs (from each search's start
 * to its hit, or to the end of the string on a miss): a count, not a time, for tests that a
 * search is not repeated once per opening (quadratic) on long inputs.
 */
export function countIndexOfReads<T>(run: () => T): { result: T; read: number } {
  const indexOf = String.prototype.indexOf;
  let read = 0;
  String.prototype.indexOf = function (this: string, needle: string, from?: number): number {
    const at = indexOf.call(this, needle, from);
    read += (at < 0 ? this.length : at) - (from ?? 0);
    return at;
  };
  try {
    return { result: run(), read };
  } finally {
    String.prototype.indexOf = indexOf;
  }
}
