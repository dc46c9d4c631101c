/**
 * The generic `{{Infobox}}`, read through its numbered `headerN`/`labelN`/`dataN` triples
 * rather than by parameter name as the named boxes are (infobox.ts).
 */
import type { TemplateCall, TemplateContext } from '../types.js';
import { imageFrom, inline } from '../util.js';
import { embeddedRows } from './infobox-embedded.js';
import { NUMBERED_ROW } from './infobox-keys.js';
import { type Collected, hasVisible, valueNodes } from './infobox-values.js';

/** The call's value for `key`, trimmed; undefined when missing or blank. */
function given(call: TemplateCall, key: string): string | undefined {
  const v = call.args.get(key)?.trim();
  return v ? v : undefined;
}

/** The generic `{{Infobox}}`: above/title, imageN, headerN/labelN/dataN by number. */
export function collectNumbered(call: TemplateCall, ctx: TemplateContext): Collected {
  const out: Collected = { title: null, images: [], rows: [] };
  const title = given(call, 'above') ?? given(call, 'title');
  if (title) out.title = inline(ctx, title);
  for (const k of ['image', 'image1', 'image2', 'image3']) {
    const v = given(call, k);
    if (!v) continue;
    const capKey = k === 'image' || k === 'image1' ? given(call, 'caption') ?? given(call, 'caption1') : given(call, 'caption' + k.slice(5));
    const img = imageFrom(ctx, v, capKey ? inline(ctx, capKey) : []);
    if (img) out.images.push(img);
  }
  const sub = given(call, 'subheader') ?? given(call, 'subheader1');
  if (sub) out.rows.push({ label: null, value: inline(ctx, sub) });
  const numbers = new Set<number>();
  for (const k of call.args.keys()) {
    const m = NUMBERED_ROW.exec(k);
    if (m) numbers.add(Number(m[2]));
  }
  for (const n of [...numbers].sort((a, b) => a - b)) {
    const header = given(call, `header${n}`);
    if (header) {
      out.rows.push({ label: null, value: inline(ctx, header), header: true });
      continue;
    }
    const data = given(call, `data${n}`);
    if (!data) continue;
    const value = valueNodes(ctx, data);
    const embedded = embeddedRows(value);
    if (embedded) {
      out.rows.push(...embedded);
      continue;
    }
    if (!hasVisible(value)) continue;
    const label = given(call, `label${n}`);
    out.rows.push({ label: label ? inline(ctx, label) : null, value });
  }
  const below = given(call, 'below');
  if (below) out.rows.push({ label: null, value: inline(ctx, below) });
  return out;
}
