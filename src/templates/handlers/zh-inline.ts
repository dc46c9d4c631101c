/**
 * zhwiki inline templates of page kinds read in session 22 (airports, places' Chinese names):
 * `{{airport codes}}` and `{{linktext}}`, as their zhwiki sources print them.
 */
import type { Inline } from '../../ast/nodes.js';
import type { HandlerEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateResult } from '../types.js';
import { DROP, inline, inlineResult, pos, text } from '../util.js';

/**
 * The code systems of `{{airport codes|IATA|ICAO|FAA|TC|GPS|CAAC}}`, in argument order: the page
 * each label links to and the label (zhwiki Template:Airport codes; GPS and 中国民航局 are linked
 * without the word 代码, which follows the link).
 */
const AIRPORT_CODE_SYSTEMS: ReadonlyArray<readonly [string, string, string]> = [
  ['国际航空运输协会机场代码', 'IATA代码', ''],
  ['國際民航組織機場代碼', 'ICAO代码', ''],
  ['美国联邦航空管理局', 'FAA代码', ''],
  ['加拿大交通部', 'TC代码', ''],
  ['全球定位系统', 'GPS', '代码'],
  ['中国民用航空局', '中国民航局', '代码'],
];

/** `{{airport codes|HKG|VHHH}}` → "IATA代码：HKG；ICAO代码：VHHH", each system's name linked. */
function airportCodes(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const parts: Inline[][] = [];
  AIRPORT_CODE_SYSTEMS.forEach(([page, label, after], i) => {
    const code = pos(call, i + 1);
    if (!code) return;
    parts.push([...ctx.parseInline(`[[${page}|${label}]]`), text(`${after}：`), ...inline(ctx, code)]);
  });
  if (!parts.length) return DROP;
  const out: Inline[] = [];
  parts.forEach((p, i) => {
    if (i) out.push(text('；'));
    out.push(...p);
  });
  return inlineResult(out);
}

/**
 * `{{linktext|香港|國際|機場}}`: each word linked to its Wiktionary entry (`pref=` another prefix),
 * `lim=` between them, `nN=` after word N, the whole kept from script conversion (`-{…}-`), as
 * zhwiki's Template:Linktext writes it. Infobox Chinese's `t=`/`s=` are usually given this way.
 */
function linktext(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const prefix = call.args.get('pref')?.trim() || 'wikt';
  const between = call.args.get('lim') ?? '';
  let source = '';
  for (let n = 1; n <= 20; n++) {
    const word = pos(call, n);
    if (word) source += `${n > 1 ? between : ''}[[${prefix}:${word}|${word}]]`;
    source += call.args.get(`n${n}`) ?? '';
  }
  if (!source.trim()) return DROP;
  return inlineResult(ctx.parseInline(`-{${source}}-`));
}

export const ZH_INLINE_ENTRIES: HandlerEntry[] = [
  { family: 'link', names: ['Airport codes'], langs: ['zh'], handler: airportCodes },
  { family: 'link', names: ['Linktext'], langs: ['zh'], handler: linktext },
];
