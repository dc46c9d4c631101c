/**
 * zhwiki templates of sportspeople's pages (docs/quality.md, "Session 23"): the medal table
 * written into an infobox's `medaltemplates=` (`{{MedalTableTop}}`, `{{MedalCountry}}`,
 * `{{MedalSport}}`, `{{MedalCompetition}}`, `{{MedalGold}}` …, `{{MedalBottom}}`) and `{{weight}}`.
 *
 * The medal templates are rows of a small table on the wiki (Template:Medal read): a country,
 * sport or competition row spans the table in bold ("代表 日本"), a medal row is the medal's icon
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

/** Template:Medal's first argument → the medal's word (the icon's alt text), or a heading kind. */
const MEDALS: Readonly<Record<string, string>> = {
  gold: '金牌', g: '金牌', silver: '銀牌', s: '銀牌', bronze: '銅牌', b: '銅牌',
  winner: '冠軍', w: '冠軍', 'runner-up': '亞軍', runnerup: '亞軍', ru: '亞軍',
  first: '第一名', '1st': '第一名', second: '第二名', '2nd': '第二名', third: '第三名', '3rd': '第三名',
  disqualified: '取消資格', dq: '取消資格',
};

/** Template:MedalCompetition's names of the commonest games (its `#switch`, read) → their article. */
const COMPETITIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(olympics?|olympiad|olympic games|oly|og|奧林匹克運動會|奧運會?|奥林匹克运动会|奥运会?)$/i, '奧林匹克運動會'],
  [/^(commonwealth( games)?|com|英聯邦運動會|大英國協運動會|英联邦运动会)$/i, '英聯邦運動會'],
  [/^(asian games|asiad|ag|亞洲運動會|亞運會?|亚洲运动会|亚运会?)$/i, '亞洲運動會'],
  [/^(goodwill( games)?|good|友好運動會|友好运动会)$/i, '友好運動會'],
];

// Each call stands on its own line of the value, and an infobox value keeps its line breaks.
const line = (nodes: Inline[]): TemplateResult => (nodes.length ? inlineResult(nodes) : DROP);
const bold = (nodes: Inline[]): Inline[] => (nodes.length ? [{ type: 'strong', children: nodes }] : []);

/** A medal row: the medal's word, then the event and the class, as the table's three cells. */
function medalRow(medal: string, event: string | undefined, detail: string | undefined, ctx: TemplateContext): TemplateResult {
  const out: Inline[] = [text(medal)];
  for (const v of [event, detail]) {
    const nodes = inline(ctx, v);
    if (nodes.length) out.push(text(' · '), ...nodes);
  }
  return line(out);
}

function medalOf(word: string) {
  return (call: TemplateCall, ctx: TemplateContext): TemplateResult => medalRow(word, pos(call, 1), pos(call, 2), ctx);
}

function competitionName(call: TemplateCall, ctx: TemplateContext): Inline[] {
  const raw = plain(ctx, pos(call, 1)).trim();
  const known = COMPETITIONS.find(([re]) => re.test(raw));
  return known ? [wikiLink(ctx, known[1])] : inline(ctx, pos(call, 1));
}

/** `{{Medal|Gold|event|class}}`, `{{Medal|Country|X}}`, `{{Medal|Olympics}}` … (Template:Medal's switch). */
function medal(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const kind = plain(ctx, pos(call, 1)).trim().toLowerCase();
  if (MEDALS[kind]) return medalRow(MEDALS[kind]!, pos(call, 2), pos(call, 3), ctx);
  if (kind === 'country') return line(bold([text('代表 '), ...inline(ctx, pos(call, 2))]));
  if (kind === 'olympics' || kind === 'olympic') return line(bold([wikiLink(ctx, '奧林匹克運動會')]));
  if (kind === 'worldchampionships') return line(bold([text('世界錦標賽')]));
  if (kind === 'europeanchampionships') return line(bold([text('歐洲錦標賽')]));
  if (['competition', 'comp', 'sport', 'team'].includes(kind)) return line(bold(inline(ctx, pos(call, 2))));
  return DROP;
}

/** `{{weight|kg=128}}` → "128 kg（282 lb）", as `{{height}}` is a convert call. */
function weight(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const kg = arg(call, ['kg']);
  const lb = arg(call, ['lb', 'lbs', 'pounds']);
  const args = new Map<string, string>();
  if (kg?.trim()) args.set('1', kg.trim()).set('2', 'kg').set('3', 'lb').set('4', '0');
  else if (lb?.trim()) args.set('1', lb.trim()).set('2', 'lb').set('3', 'kg').set('4', '0');
  else return DROP;
  args.set('abbr', 'on');
  return convert({ ...call, args }, ctx);
}

export const ZH_SPORTS_ENTRIES: HandlerEntry[] = [
  { family: 'misc', names: ['MedalTableTop', 'MedalTop', 'MedalBottom'], langs: ['zh'], handler: () => DROP },
  { family: 'misc', names: ['MedalCountry'], langs: ['zh'], handler: (c, ctx) => line(bold([text('代表 '), ...inline(ctx, pos(c, 1))])) },
  { family: 'misc', names: ['MedalSport'], langs: ['zh'], handler: (c, ctx) => line(bold(inline(ctx, pos(c, 1)))) },
  { family: 'misc', names: ['MedalCompetition', 'MedalComp'], langs: ['zh'], handler: (c, ctx) => line(bold(competitionName(c, ctx))) },
  { family: 'misc', names: ['MedalGold'], langs: ['zh'], handler: medalOf('金牌') },
  { family: 'misc', names: ['MedalSilver'], langs: ['zh'], handler: medalOf('銀牌') },
  { family: 'misc', names: ['MedalBronze'], langs: ['zh'], handler: medalOf('銅牌') },
  { family: 'misc', names: ['Medal'], langs: ['zh'], handler: medal },
  { family: 'misc', names: ['Weight', '体重', '體重'], langs: ['zh'], handler: weight },
];
