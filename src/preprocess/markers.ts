/**
 * Strip markers: after the preprocessor, things the main parser must not look inside (extension
 * tags, calls to built-in template handlers, dropped templates) are replaced by a marker
 * `\x7f<kind><index>\x7f` in the text, with the object kept in a side table, the way MediaWiki
 * uses its UNIQ…QINU strip markers. `\x7f` is removed from input first, so markers are unambiguous.
 */
import type { TemplateCall } from '../templates/types.js';

export const MARKER_CHAR = '\x7f';
export const MARKER_CODE = 0x7f;

export type Marker =
  /** A call the built-in template registry will render (args already expanded). */
  | { kind: 'template'; call: TemplateCall }
  /** A template that was not expanded and has no handler: dropped, leaving only scar cleanup. */
  | { kind: 'dropped'; name: string; offset: number }
  /** An extension tag: name lower case, attributes parsed, inner text raw (may contain markers). */
  | { kind: 'extension'; name: string; attrs: Record<string, string>; inner: string | null; offset: number };

/** The preprocessor's output: text for the main parser plus the marker table. */
export interface Preprocessed {
  text: string;
  markers: Marker[];
}

export class MarkerTable {
  readonly markers: Marker[] = [];

  /** Store a marker and return the text that stands for it. */
  add(marker: Marker): string {
    const i = this.markers.push(marker) - 1;
    return MARKER_CHAR + i.toString(36) + MARKER_CHAR;
  }

  /** The first `dropped` marker in a text, as written there, or null when it holds none. */
  firstDropped(text: string): string | null {
    for (let i = text.indexOf(MARKER_CHAR); i >= 0; i = text.indexOf(MARKER_CHAR, i + 1)) {
      const r = readMarker(text, i);
      if (!r) continue;
      if (this.markers[r.index]?.kind === 'dropped') return text.slice(i, r.end);
      i = r.end - 1;
    }
    return null;
  }
}

/**
 * Read a marker starting at `pos` (which holds MARKER_CHAR). Returns the marker index and the
 * position after the closing MARKER_CHAR, or null when the text there is not a marker.
 */
export function readMarker(text: string, pos: number): { index: number; end: number } | null {
  const close = text.indexOf(MARKER_CHAR, pos + 1);
  if (close < 0 || close - pos > 8) return null;
  const index = parseInt(text.slice(pos + 1, close), 36);
  return Number.isNaN(index) ? null : { index, end: close + 1 };
}

/**
 * Remove marker characters from untrusted input so they can never be forged, and NUL characters,
 * which MediaWiki strips too (its parser tests "invalid character NUL (stripped)") and which
 * CommonMark would show as U+FFFD.
 */
export function sanitizeInput(text: string): string {
  if (text.indexOf(MARKER_CHAR) >= 0) text = text.split(MARKER_CHAR).join('');
  return text.indexOf('\0') < 0 ? text : text.split('\0').join('');
}
