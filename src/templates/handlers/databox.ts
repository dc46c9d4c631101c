/**
 * Whether a call of a template with no handler of its own carries facts worth showing as an
 * infobox (see preprocess/databox.ts for the layout test made before expansion). Five or more
 * named, non-empty parameters, few of them numbered (`t1=…|n1=…` are rows of a list), and
 * most values words rather than bare numbers or layout keywords (a location map's
 * `BSize=2000|OTop=950`, a climate table's `Jan high C=8.1`, which a key/value table would only
 * turn into a column of numbers without their meaning).
 */
import type { TemplateCall } from '../types.js';
import { isPositional } from '../util.js';

const MIN_FACTS = 5;
const LAYOUT_VALUE = /^(?:[-+−]?[\d.,]+\s*(?:px|%)?|left|right|center|centre|none|yes|no|y|n|так|ні|是|否|はい|いいえ)$/i;

export function carriesFacts(call: TemplateCall): boolean {
  let named = 0;
  let numbered = 0;
  let layout = 0;
  for (const [key, raw] of call.args) {
    const value = raw.trim();
    if (value === '' || isPositional(key)) continue;
    named++;
    const last = key.charCodeAt(key.length - 1);
    if (last >= 48 && last <= 57) numbered++;
    if (LAYOUT_VALUE.test(value)) layout++;
  }
  return named >= MIN_FACTS && numbered * 3 <= named && layout * 2 < named;
}
