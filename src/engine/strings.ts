/**
 * A copy of `s` that does not keep the string it was sliced from alive: V8 slices share their
 * parent, so a short key kept by a cache that outlives the page would hold on to the page's whole
 * text. Strings under 13 characters are never slices in V8, so they are returned as they are.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/**
 * `s.charCodeAt(i)` for hot loops over strings of every kind. A `s.charCodeAt(i)` site that has
 * met more than four string representations (flat one- and two-byte, slices, ropes, internalised,
 * thin) goes megamorphic, and TurboFan then looks the method up through the stub cache at every
 * call, once per character (LoadICTrampoline_Megamorphic before each inlined charCodeAt in
 * escapeString's optimised code, `--print-opt-code`). Here the method is read from
 * String.prototype itself, a load that only ever meets that one object, so TurboFan knows the
 * target, checks that `s` is a string and reads the character inline.
 *
 * The rule: a loop that reads a string character by character, where the strings come in mixed
 * kinds (text of the tree: slices of the page, joined runs, two-byte CJK), uses codeAt; a one-off
 * read (the character after a match, a `\r\n` pair, one look behind) keeps `s.charCodeAt(i)`,
 * whose cost at one call does not matter.
 */
export function codeAt(s: string, i: number): number {
  return String.prototype.charCodeAt.call(s, i);
}
