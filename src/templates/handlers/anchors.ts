/**
 * Anchor templates: `{{anchor|A|B}}` (`{{Anchors}}`, uk `{{Якір}}`, zh `{{锚点}}`, ja `{{アンカー}}`)
 * mark places that section links (`[[#A]]`, `[[Page#B]]`) point at; `{{visible anchor|A}}` also
 * shows its first name. Each name becomes an empty span with that id, which the writer prints as
 * `<a id="…"></a>` with the same slug its links use — dropping them left those links dangling.
 */
import type { Inline } from '../../ast/nodes.js';
import type { HandlerEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateResult } from '../types.js';
import { anchorSpan, DROP, inline, inlineResult, plain, positionals } from '../util.js';

/** The anchor names of a call: its positional arguments, plain text, without empties. */
function names(call: TemplateCall, ctx: TemplateContext): string[] {
  const out: string[] = [];
  for (const v of positionals(call)) {
    const name = plain(ctx, v).trim();
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

function anchors(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const spans = names(call, ctx).map((n) => anchorSpan(n));
  return spans.length ? inlineResult(spans) : DROP;
}

function visibleAnchor(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const all = names(call, ctx);
  if (!all.length) return DROP;
  const shown: Inline[] = inline(ctx, call.args.get('text') ?? call.args.get('1'));
  return inlineResult([...all.map((n) => anchorSpan(n)), ...shown]);
}

export const ANCHOR_ENTRIES: HandlerEntry[] = [
  { family: 'anchor', names: ['Anchor', 'Anchors', 'Anchor2', 'Якір', 'Якорь', '锚点', '錨點', 'アンカー'], handler: anchors },
  { family: 'anchor', names: ['Visible anchor', 'Visible anchor/ja', 'Vanchor'], handler: visibleAnchor },
];
