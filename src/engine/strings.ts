/**
 * A copy of `s` that does not keep the string it was sliced from alive: V8 slices share their
 * parent, so a short key kept by a cache that outlives the page would hold on to the page's whole
 * text. Strings under 13 characters are never slices in V8, so they are returned as they are.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
