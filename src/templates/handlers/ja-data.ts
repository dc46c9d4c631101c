/**
 * jawiki templates whose figures live in data pages we do not have (no dump carries
 * `Template:人口統計/NN` or the member table of `Template:衆議院小選挙区当選者`). What the call
 * itself determines is shown; figures are never made up.
 *
 * - `{{人口統計|code=01000|name=北海道|image=Demography01000.svg}}`: on the wiki, the census
 *   chart image (one file holding both charts, the area against all Japan and the age/sex
 *   pyramid) with its two titles and colour legends, then a bar chart of census totals read
 *   from `Template:人口統計/<prefecture>`. We show the image with its titles and legends; the
 *   census totals are left out. Without `image=` (the documented way to hide the chart) only
 *   the totals would remain, so the call drops.
 * - `{{衆議院小選挙区当選者|北海道第1区}}`: the district's current member, looked up in a table
 *   inside the template. Dropped.
 */
import type { Block, Inline, Table, TableCell, TableRow } from '../../ast/nodes.js';
import type { HandlerEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateResult } from '../types.js';
import { arg, DROP, imageFrom, plain, text, textCell } from '../util.js';

function row(cells: TableCell[]): TableRow {
  return { type: 'tableRow', attrs: {}, cells };
}

/** `{{人口統計}}`: the distribution chart with its titles and legends. */
function populationStatistics(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const file = arg(call, ['image']);
  if (!file) return DROP;
  const name = plain(ctx, arg(call, ['name'])) || ctx.title;
  const byArea = `${name}と全国の年齢別人口分布（2005年）`;
  const bySex = `${name}の年齢・男女別人口分布（2005年）`;
  const image = imageFrom(ctx, file);
  if (!image) return DROP;
  image.alt = `${byArea}、${bySex}`;
  image.format = 'frameless';
  const legend: Table = {
    type: 'table',
    attrs: {},
    caption: null,
    rows: [
      row([textCell([text(byArea)], true), textCell([text(bySex)], true)]),
      row([textCell([text(`■紫色 ― ${name}　■緑色 ― 日本全国`)], false), textCell([text('■青色 ― 男性　■赤色 ― 女性')], false)]),
    ],
  };
  const out: Block[] = [{ type: 'paragraph', children: [image] }, legend];
  return { kind: 'block', nodes: out };
}

export const JA_DATA_ENTRIES: HandlerEntry[] = [
  { family: 'data', names: ['人口統計'], langs: ['ja'], handler: populationStatistics },
  { family: 'data', names: ['衆議院小選挙区当選者'], langs: ['ja'], handler: () => DROP },
];
