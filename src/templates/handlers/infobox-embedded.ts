/**
 * Embedded infobox parts (`{{Chembox Identifiers}}` inside `Section1=`, `{{Infobox X|embed=yes}}`
 * inside `module=`) return a span standing for their rows; the enclosing infobox finds those
 * nodes in its parsed parameter values (same objects, kept in a WeakMap) and splices the rows in.
 */
import type { InfoboxRow, Inline } from '../../ast/nodes.js';
import type { TemplateResult } from '../types.js';
import { mergeText, text, type UiLang } from '../util.js';

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

/**
 * Rows as one line, shown if an embedded part ends up outside any infobox. The labels' and values'
 * nodes are kept, not flattened to text: a label held in `-{…}-` (Infobox Chinese's 繁体字) was
 * lost that way ("汉语名称；：乙").
 */
function rowsInline(rows: InfoboxRow[], lang: UiLang): Inline[] {
  const cjk = lang === 'zh' || lang === 'ja';
  const out: Inline[] = [];
  for (const r of rows) {
    if (out.length) out.push(text(cjk ? '；' : '; '));
    if (r.label) out.push(...r.label, text(cjk ? '：' : ': '));
    out.push(...r.value);
  }
  return mergeText(out);
}

/**
 * The node standing for embedded rows. A span rather than a text node: the parser re-creates
 * text nodes when it merges runs, but passes other nodes through as they are.
 */
export function carrier(rows: InfoboxRow[], lang: UiLang): TemplateResult {
  const node: Inline = { type: 'htmlInline', tag: 'span', attrs: {}, children: rowsInline(rows, lang) };
  EMBEDDED.set(node, rows);
  return { kind: 'inline', nodes: [node] };
}
