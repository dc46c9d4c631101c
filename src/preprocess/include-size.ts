/**
 * The post-expand include size of one page's expansion (Parser::incrementIncludeSize): every
 * brace's resulting text counts — a template's, a parser function's, a variable's, a built-in
 * handler's arguments. Split out of expand.ts, which omits a call this refuses.
 */
export class IncludeSizeBudget {
  /** Bytes counted so far. */
  size = 0;
  /** Calls omitted so far (a Country data read holding one is not used). */
  omitted = 0;

  constructor(readonly max: number) {}

  /**
   * A text that would take the size past the limit is not counted (the caller omits it), so
   * only that call is lost and later calls that fit still show. Doubling templates stay
   * bounded: an omitted call leaves a few bytes, and the node-count limit caps the walk.
   */
  fits(bytes: number): boolean {
    if (this.size + bytes > this.max) return false;
    this.size += bytes;
    return true;
  }

  /**
   * fits() for a text: UTF-8 takes at least one byte per UTF-16 unit, so a text longer than the
   * room left fails without being measured, and the bytes measured in all stay within the limit.
   */
  fitsText(text: string): boolean {
    if (text.length === 0) return true;
    if (this.size + text.length > this.max) return false;
    return this.fits(Buffer.byteLength(text, 'utf8'));
  }
}
