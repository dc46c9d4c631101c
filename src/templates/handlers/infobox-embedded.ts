/**
 * Embedded infobox parts (`{{Chembox Identifiers}}` inside `Section1=`, `{{Infobox X|embed=yes}}`
 * inside `module=`) return a span standing for their rows; the enclosing infobox finds those
 * nodes in its parsed parameter values (same objects, kept in a WeakMap) and splices the rows in.
 */
import type { InfoboxRow, Inline } from '../../ast/nodes.js';
import { plainText } from '../../ast/nodes.js';
import type { TemplateResult } from '../types.js';
import { text, type UiLang } from '../util.js';

const EMBEDDED = new WeakMap<Inline, InfoboxRow[]>();

/** Rows carried by embedded parts inside a parsed value, or null when the value is ordinary. */
export function embeddedRows(nodes: Inline[]): InfoboxRow[] | null {
  let rows: InfoboxRow[] | null = null;
  for (const n of nodes) {
    const r = EMBEDDED.get(n);
    if (r) (rows ??= []).push(...r);
  }
  return rows;
}

/** Rows as flat text, shown if an embedded part ends up outside any infobox. */
function rowsAsText(rows: InfoboxRow[], lang: UiLang): string {
  const sep = lang === 'zh' || lang === 'ja' ? '：' : ': ';
  return rows.map((r) => (r.label ? plainText(r.label) + sep : '') + plainText(r.value)).join(lang === 'zh' || lang === 'ja' ? '；' : '; ');
}

/**
 * The node standing for embedded rows. A span rather than a text node: the parser re-creates
 * text nodes when it merges runs, but passes other nodes through as they are.
 */
export function carrier(rows: InfoboxRow[], lang: UiLang): TemplateResult {
  const node: Inline = { type: 'htmlInline', tag: 'span', attrs: {}, children: [text(rowsAsText(rows, lang))] };
  EMBEDDED.set(node, rows);
  return { kind: 'inline', nodes: [node] };
}
