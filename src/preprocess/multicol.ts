/**
 * `{{multicol}} … | … {{multicol-end}}`: the multicol templates open and close a layout table
 * (`{|`, `|}`), and editors often break columns with a bare `|` line (a new table cell) instead of
 * `{{multicol-break}}`. We drop the templates, so such a line would show as text: inside the
 * templates' span, a page-level line that starts a cell of that table is taken out and the
 * columns follow one another, each from a new paragraph. Lines of tables nested inside are left alone.
 */
import type { SiteConfig } from '../site/types.js';
import { callTitle } from './expand-titles.js';
import { phpTrim } from './functions/php.js';
import type { PPNode } from './tree.js';

/** 'open' / 'close' for a call of a multicol template written plainly (`{{Multicol}}`), else null. */
export function multicolCall(site: SiteConfig, title: readonly PPNode[]): 'open' | 'close' | null {
  if (title.length !== 1 || title[0]!.type !== 'text') return null;
  const raw = title[0]!.value;
  // Cheap reject before resolving the title: most calls are something else.
  if (raw.length > 60 || !MULTICOL.test(raw)) return null;
  const t = callTitle(site, phpTrim(raw));
  if (!t || t.ns !== 10 || t.interwiki !== null) return null;
  const name = t.text.toLowerCase();
  return name === 'multicol' ? 'open' : name === 'multicol-end' ? 'close' : null;
}

const MULTICOL = /multicol/i;

/** Tracks the open multicol spans and the tables nested in them, over the page's text in order. */
export class ColumnBreaks {
  private open = 0;
  private nestedTables = 0;

  get active(): boolean {
    return this.open > 0;
  }

  enter(): void {
    this.open++;
  }

  leave(): void {
    if (this.open > 0) this.open--;
    if (this.open === 0) this.nestedTables = 0;
  }

  /**
   * Page text inside a span with its column-break lines replaced: `|` alone → an empty line,
   * `| text` → an empty line, then the text. `atLineStart`: the text begins a line.
   */
  rewrite(text: string, atLineStart: boolean): string {
    if (this.open === 0) return text;
    let out = '';
    let start = 0;
    let lineStart = atLineStart;
    while (start <= text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const line = text.slice(start, end);
      out += lineStart ? this.line(line) : line;
      if (end === text.length) break;
      out += '\n';
      start = end + 1;
      lineStart = true;
    }
    return out;
  }

  private line(line: string): string {
    const c0 = line.charCodeAt(0);
    if (c0 === 0x7b && line.charCodeAt(1) === 0x7c) {
      this.nestedTables++;
      return line;
    }
    if (c0 !== 0x7c) return line;
    const c1 = line.charCodeAt(1);
    if (c1 === 0x7d) {
      if (this.nestedTables > 0) this.nestedTables--;
      return line;
    }
    // `|-` rows, `|+` captions and `||` cells belong to some table's markup we do not touch.
    if (this.nestedTables > 0 || c1 === 0x2d || c1 === 0x2b || c1 === 0x7c) return line;
    const rest = line.slice(1).trim();
    // A cell with attributes (`| width=50% | text`) is not a plain column break: left as written.
    if (rest.indexOf('|') >= 0) return line;
    return rest === '' ? '' : '\n' + rest;
  }
}
