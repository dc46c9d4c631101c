/**
 * zhwiki templates of sportspeople's pages (docs/quality.md, "Session 23"): the medal table
 * written into an infobox's `medaltemplates=` (`{{MedalTableTop}}`, `{{MedalCountry}}`,
 * `{{MedalSport}}`, `{{MedalCompetition}}`, `{{MedalGold}}` …, `{{MedalBottom}}`) and `{{weight}}`.
 *
 * The medal templates are rows of a small table on the wiki (Template:Medal read): a country,
 * sport or competition row spans the table in bold ("代表日本"), a medal row is the medal's icon
 * (its text "金牌 - 第一名"), the event and the class. All of them were dropped, so 山下泰裕's box
 * had no medal record at all. Here each row is a line of the value: headings bold, a medal row
 * "金牌 · 1984 洛杉磯 · 無限制級". The table's top (its heading 獎牌記錄, the infobox's row label
 * for `medaltemplates`) and bottom print nothing of their own.
 */
import type { Inline } from '../../ast/nodes.js';
import type { HandlerEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateResult } from '../types.js';
import { arg, DROP, inline, inlineResult, plain, pos, text, wikiLink } from '../util.js';
import { convert } from './convert.js';
import { medalCompetition } from './medal-competitions.js';

/**
 * Template:Medal's first argument → the medal cell's word (the icon's alt text; 冠軍, 亞軍,
 * Playoffs and 取消資格 are bold text there). Its #switch is case-sensitive: these spellings only.
 */
const MEDALS: Readonly<Record<string, string>> = {
  Gold: '金牌', G: '金牌', Silver: '銀牌', S: '銀牌', Bronze: '銅牌', B: '銅牌',
  First: '第一名', '1st': '第一名', Second: '第二名', '2nd': '第二名', Third: '第三名', '3rd': '第三名',
};
const BOLD_MEDALS: Readonly<Record<string, string>> = {
  Winner: '冠軍', W: '冠軍', 'Runner-up': '亞軍', Runnerup: '亞軍', RU: '亞軍', Playoffs: 'Playoffs', PO: 'Playoffs', Disqualified: '取消資格', DQ: '取消資格',
};

// Each call is a row of the table (its own `|-` on the wiki): written on its own line of the value,
// that line break separates it; written after another call on the same line, a break does.
const line = (nodes: Inline[], call: TemplateCall): TemplateResult =>
  nodes.length ? inlineResult(call.lineStart ? nodes : [{ type: 'break' }, ...nodes]) : DROP;
const bold = (nodes: Inline[]): Inline[] => (nodes.length ? [{ type: 'strong', children: nodes }] : []);

/** A medal row: the medal cell, then the event and the class, as the table's three cells. */
function medalRow(medal: Inline[], cells: ReadonlyArray<string | undefined>, call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const out: Inline[] = [...medal];
  for (const v of cells) {
    const nodes = inline(ctx, v);
    if (nodes.length) out.push(...(out.length ? [text(' · ')] : []), ...nodes);
  }
  return line(out, call);
}

function medalOf(word: string) {
  return (call: TemplateCall, ctx: TemplateContext): TemplateResult => medalRow([text(word)], [pos(call, 1), pos(call, 2)], call, ctx);
}

function competitionName(call: TemplateCall, ctx: TemplateContext): Inline[] {
  const known = medalCompetition(pos(call, 1) ?? '');
  return known ? [wikiLink(ctx, known[0], [text(known[1])])] : inline(ctx, pos(call, 1));
}

/**
 * `{{Medal|Gold|event|class}}`, `{{Medal|Country|X}}`, `{{Medal|Olympics}}` … (Template:Medal's
 * three switches, read): a heading kind spans the row; any other first argument is a medal row,
 * its medal cell blank when the kind is unknown (the #default), the event and class still printed.
 */
function medal(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const kind = plain(ctx, pos(call, 1)).trim();
  const headed = (nodes: Inline[]): TemplateResult => line(bold(nodes), call);
  switch (kind) {
    case 'Competition': case 'Comp': case 'Sport': case 'Team': return headed(inline(ctx, pos(call, 2)));
    case 'Olympics': case 'Olympic': return headed([wikiLink(ctx, '奧林匹克運動會')]);
    case 'WorldChampionships': return headed([text('世界錦標賽')]);
    case 'EuropeanChampionships': return headed([text('歐洲錦標賽')]);
    case 'Country': return headed([text('代表 '), ...inline(ctx, pos(call, 2))]);
    case 'Independent': return headed([text('Competed as an '), ...inline(ctx, pos(call, 2))]);
    case 'TrueSpirit': case 'PdC': return medalRow(bold([wikiLink(ctx, '皮埃爾·德·顧拜旦獎章')]), [pos(call, 2)], call, ctx);
  }
  const word = MEDALS[kind] !== undefined ? [text(MEDALS[kind]!)] : BOLD_MEDALS[kind] !== undefined ? bold([text(BOLD_MEDALS[kind]!)]) : [];
  return medalRow(word, [pos(call, 2), pos(call, 3)], call, ctx);
}

/**
 * `{{weight|kg=128}}` → "128 kg（282 lb）", as `{{height}}` is a convert call; `lb=`, `st=` too. A
 * value that is no plain number (`kg=約70`, `kg=[[七十]]`) is kept as written with its unit rather
 * than dropped (zhwiki's template is not stored: the form is a guess).
 */
function weight(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const units: ReadonlyArray<readonly [string[], string, string]> = [[['kg'], 'kg', 'lb'], [['lb', 'lbs', 'pounds'], 'lb', 'kg'], [['st'], 'st', 'kg']];
  for (const [names, unit, to] of units) {
    const v = arg(call, names)?.trim();
    if (!v) continue;
    if (!/^\d+(\.\d+)?$/.test(v)) return inlineResult([...inline(ctx, v), text(` ${unit}`)]);
    const args = new Map([['1', v], ['2', unit], ['3', to], ['4', '0'], ['abbr', 'on']]);
    return convert({ ...call, args }, ctx);
  }
  return DROP;
}

export const ZH_SPORTS_ENTRIES: HandlerEntry[] = [
  { family: 'misc', names: ['MedalTableTop', 'MedalTop', 'MedalBottom'], langs: ['zh'], handler: () => DROP },
  { family: 'misc', names: ['MedalCountry'], langs: ['zh'], handler: (c, ctx) => line(bold([text('代表'), ...inline(ctx, pos(c, 1))]), c) },
  { family: 'misc', names: ['MedalSport'], langs: ['zh'], handler: (c, ctx) => line(bold(inline(ctx, pos(c, 1))), c) },
  { family: 'misc', names: ['MedalCompetition', 'MedalComp'], langs: ['zh'], handler: (c, ctx) => line(bold(competitionName(c, ctx)), c) },
  { family: 'misc', names: ['MedalGold'], langs: ['zh'], handler: medalOf('金牌') },
  { family: 'misc', names: ['MedalSilver'], langs: ['zh'], handler: medalOf('銀牌') },
  { family: 'misc', names: ['MedalBronze'], langs: ['zh'], handler: medalOf('銅牌') },
  { family: 'misc', names: ['Medal'], langs: ['zh'], handler: medal },
  { family: 'misc', names: ['Weight', '体重', '體重'], langs: ['zh'], handler: weight },
];
