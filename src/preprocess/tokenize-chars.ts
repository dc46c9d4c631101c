/**
 * Character codes the preprocessor's tokenizer reacts to, and the table that tells its literal
 * scan where to stop. For the first 32 characters of a run (tokenize.ts's SHORT_RUN) the scan
 * reads one `charCodeAt` per character and tests one bit, so the characters that matter in the
 * current state are chosen by a mask, not by branches; past that, the rest of the run is searched
 * by a regular expression whose character class is built from the same table and mask.
 */

export const LF = 10;
export const BANG = 33;
export const DASH = 45;
export const SLASH = 47;
export const LT = 60;
export const EQ = 61;
export const GT = 62;
export const LBRACKET = 91;
export const RBRACKET = 93;
export const LBRACE = 123;
export const PIPE = 124;
export const RBRACE = 125;

// Bits of the scan table; the tokenizer state ORs together the ones its open piece needs.
/** `[`, `{`, `<` and newline stop the scan in every state. */
export const STOP_ALWAYS = 1;
/** `-` may open `-{` (only with variant brackets). */
export const STOP_DASH = 2;
/** `}` may close a template, argument or `-{ … }-`. */
export const STOP_RBRACE = 4;
/** `]` may close `[[ … ]]`. */
export const STOP_RBRACKET = 8;
/** `|` splits the parts of a template or argument. */
export const STOP_PIPE = 16;
/** `=` splits a part's name from its value. */
export const STOP_EQ = 32;

/** For each ASCII code, the stop bit it belongs to (0: never stops the scan). */
export const SCAN_STOPS = new Uint8Array(128);
SCAN_STOPS[LBRACKET] = STOP_ALWAYS;
SCAN_STOPS[LBRACE] = STOP_ALWAYS;
SCAN_STOPS[LT] = STOP_ALWAYS;
SCAN_STOPS[LF] = STOP_ALWAYS;
SCAN_STOPS[DASH] = STOP_DASH;
SCAN_STOPS[RBRACE] = STOP_RBRACE;
SCAN_STOPS[RBRACKET] = STOP_RBRACKET;
SCAN_STOPS[PIPE] = STOP_PIPE;
SCAN_STOPS[EQ] = STOP_EQ;

/** PCRE `\s`: space, \t, \n, \v, \f, \r (what MediaWiki's tag patterns accept as whitespace). */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Space or tab: the blanks a comment alone on its line may have around it. */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}
