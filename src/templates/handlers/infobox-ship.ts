/**
 * The parts of a ship's box (`{{Infobox ship image}}`, `…career`, `…characteristics`), which
 * src/transform/ship-infobox.ts joins into one box. zhwiki's part templates are not stored
 * (chinapedia/wikipedia.zh.mediawiki has only their redirects and the career part's doc), but its
 * one-template `{{Infobox ship}}` is, and labels the same `Ship …` parameters: its labels and its two
 * headings (-{zh-tw:艦歷;zh-cn:经历}-, -{zh-tw:性能諸元;zh-cn:性能参数}-) are used; the rest are
 * guesses, listed in docs/quality.md. enwiki's parts head the career "History" and the rest
 * "General characteristics"; `Hide header` (a second career block) drops the heading.
 */
import type { Inline, InfoboxRow } from '../../ast/nodes.js';
import type { HandlerEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateResult } from '../types.js';
import type { InfoboxTemplate } from './infobox-templates.js';

function arg(call: TemplateCall, folded: string): string {
  return [...call.args].find(([k]) => k.trim().toLowerCase().replace(/_/g, ' ') === folded)?.[1].trim() ?? '';
}

/**
 * The part's heading row; `Header caption` (characteristics: "as built") follows it, as enwiki's
 * does. The heading and the caption are wikitext (zh's heading is a `-{…}-` variant pair).
 */
function headingRow(heading: string): (call: TemplateCall, ctx: TemplateContext) => InfoboxRow[] {
  return (call, ctx) => {
    if (arg(call, 'hide header')) return [];
    const caption = arg(call, 'header caption');
    return [{ label: null, value: ctx.parseInline(caption ? `${heading} ${caption}` : heading), header: true }];
  };
}

const IMAGE: InfoboxTemplate = { captions: { 'ship image': 'ship caption' }, hidden: ['ship image size', 'ship image alt'] };

/** Layout parameters of the career part: the flag beside the country, the header switch. */
const CAREER_HIDDEN = ['hide header', 'ship flag'];

/**
 * zhwiki's Infobox ship prints one row of each pair, `{{{Ship depth|{{{Ship draft|}}}}}}`,
 * `{{{Ship honours|{{{Ship honors|}}}}}}`: the second only when the first is not given.
 */
const ZH_FALLBACKS: Readonly<Record<string, string>> = { 'ship draft': 'ship depth', 'ship honors': 'ship honours' };

function zhFallback(folded: string, call: TemplateCall): false | null {
  const first = ZH_FALLBACKS[folded.toLowerCase()];
  return first !== undefined && [...call.args.keys()].some((k) => k.trim().toLowerCase().replace(/_/g, ' ') === first) ? false : null;
}

// Read from zhwiki's own one-template `Template:Infobox ship` (chinapedia/wikipedia.zh.mediawiki
// `Template/Infobox ship.wikitext`), which labels the same `Ship …` parameters as the parts: 艦級,
// 命名來源, 訂購時間, 船東, 建造廠, 安放龍骨, 下水, 洗禮, 購得, 服役, 除役, 重新服役, 再度除役, 改名, 改級,
// 改裝, 虜獲, 除籍, 修復, 結局, 母港, 座右铭, 暱稱, 榮譽與獲獎, 象徵, 附註 (and 國籍, parts() below). The
// others are guesses (docs/quality.md, Session 24), among them three that template gets wrong: `Ship in service` / `out of service` left in
// English, `Ship awarded` (a contract) as 獲獎 (a prize), `Ship armor` as 水線裝甲 beside `Ship armour` 裝甲.
const ZH_CAREER: Readonly<Record<string, string>> = {
  'ship name': '艦名', 'ship namesake': '命名來源', 'ship owner': '船東', 'ship operator': '營運者',
  'ship registry': '船籍港', 'ship route': '航線', 'ship ordered': '訂購時間', 'ship awarded': '簽約',
  'ship builder': '建造廠', 'ship original cost': '造價', 'ship yard number': '船廠編號',
  'ship way number': '船台編號', 'ship laid down': '安放龍骨', 'ship launched': '下水', 'ship sponsor': '擲瓶者',
  'ship christened': '洗禮', 'ship completed': '完工', 'ship acquired': '取得', 'ship purchased': '購得',
  'ship commissioned': '服役', 'ship recommissioned': '重新服役', 'ship decommissioned': '除役',
  'ship decommissioned 2': '再度除役', 'ship maiden voyage': '處女航',
  'ship in service': '服役期間', 'ship out of service': '停止服役', 'ship renamed': '改名',
  'ship reclassified': '改級', 'ship refit': '改裝', 'ship struck': '除籍', 'ship reinstated': '修復',
  'ship homeport': '母港', 'ship identification': '識別', 'ship motto': '座右铭', 'ship nickname': '暱稱',
  'ship honours': '榮譽與獲獎', 'ship honors': '榮譽與獲獎', 'ship captured': '虜獲', 'ship fate': '結局',
  'ship status': '現況', 'ship notes': '附註', 'ship class': '艦級', 'ship badge': '象徵',
};

// Read likewise: 排水量, 艦長, 艦寬, 吃水, 吃水深度 (`Ship depth`, else `Ship draft`), 動力 (`Ship
// propulsion`), 速度, 航程, 耐航時間, 測試水位, 小艇, 載重容積, 船員 (`Ship complement`), 啟動時間, 部隊,
// 搜索系統, 電戰系統, 武裝, 裝甲, 艦載機, 航空設備, 附註. `Ship power` (not in that template) is 功率,
// a guess, so that it no longer reads as the propulsion's 動力.
const ZH_CHARACTERISTICS: Readonly<Record<string, string>> = {
  'ship class': '艦級', 'ship type': '艦種', 'ship tonnage': '噸位', 'ship displacement': '排水量',
  'ship tons burthen': '載重噸', 'ship length': '艦長', 'ship beam': '艦寬', 'ship height': '高度',
  'ship draft': '吃水深度', 'ship draught': '吃水', 'ship depth': '吃水深度', 'ship hold depth': '艙深',
  'ship decks': '甲板', 'ship ramps': '跳板', 'ship ice class': '冰級', 'ship sail plan': '帆裝',
  'ship power': '功率', 'ship propulsion': '動力', 'ship speed': '速度', 'ship range': '航程',
  'ship endurance': '耐航時間', 'ship test depth': '測試水位', 'ship boats': '小艇',
  'ship capacity': '載重容積', 'ship troops': '部隊', 'ship complement': '船員', 'ship crew': '船員',
  'ship time to activate': '啟動時間',
  'ship sensors': '搜索系統', 'ship ew': '電戰系統', 'ship armament': '武裝', 'ship armour': '裝甲',
  'ship armor': '裝甲', 'ship aircraft': '艦載機', 'ship aircraft facilities': '航空設備', 'ship notes': '附註',
};

/** enwiki's labels are the parameter names without "Ship" (`Ship laid down` → "Laid down"). */
function englishLabels(names: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(names)) {
    const rest = key.slice('ship '.length);
    out[key] = rest === 'ew' ? 'EW' : rest.charAt(0).toUpperCase() + rest.slice(1);
  }
  return out;
}

/**
 * `{{Infobox ship begin}}` and `{{Infobox ship end}}` show nothing themselves, but say where one
 * ship's box ends. On every wiki they leave an empty inline mark, which src/transform/ship-infobox.ts
 * reads as that boundary and then removes: an inline node, so a call inside a sentence does not
 * split its paragraph, and one that counts as content, so a line holding only the call is not
 * dropped by the parser before the transform sees it (a dropped call's paragraph is). The attribute
 * name holds a space: no page's HTML can make such a node.
 */
export const SHIP_BOUND_ATTR = 'ship bound';

export function isShipBound(n: Inline): boolean {
  return n.type === 'htmlInline' && Object.hasOwn(n.attrs, SHIP_BOUND_ATTR);
}

function shipBound(call: TemplateCall): TemplateResult {
  return { kind: 'inline', nodes: [{ type: 'htmlInline', tag: 'span', attrs: { [SHIP_BOUND_ATTR]: call.name.trim() }, children: [] }] };
}

export const SHIP_BOUND_ENTRY: HandlerEntry = { family: 'infobox', names: ['Infobox ship begin', 'Infobox ship end'], handler: shipBound };

/**
 * zh follows zhwiki's Infobox ship: `Ship country` is a 國籍 row, one row of each fallback pair.
 * en follows enwiki's parts: the country heads the rows after it (with its flag there).
 */
function parts(career: Record<string, string>, characteristics: Record<string, string>, headings: [string, string], zh: boolean): Record<string, InfoboxTemplate> {
  const block = zh ? zhFallback : undefined;
  return {
    'infobox ship image': IMAGE,
    'infobox ship career': {
      labels: career, hidden: CAREER_HIDDEN, headings: zh ? [] : ['ship country'], positionalRows: headingRow(headings[0]), ...(block && { block }),
    },
    'infobox ship characteristics': {
      labels: characteristics, hidden: ['hide header', 'header caption'], positionalRows: headingRow(headings[1]), ...(block && { block }),
    },
    'infobox ship class overview': CLASS_OVERVIEW,
  };
}

/**
 * enwiki's class overview is a part like the others: a heading row, then `Name` as a row (never the
 * box's title, which a joined box takes from its first part only). Its other labels stay the
 * parameter names on zh too: zhwiki's template is not stored (only its redirect). On every wiki
 * (SHIP_PARTS_EVERY_WIKI): ja and uk pages call the English parts as well, and there `Name`, read
 * as the box's title, was lost (the review of leftovers round 5).
 */
const CLASS_OVERVIEW: InfoboxTemplate = { labels: { name: 'Name' }, positionalRows: headingRow('Class overview') };

/** The parts looked up on a wiki whose own table has no entry for them. */
export const SHIP_PARTS_EVERY_WIKI: Readonly<Record<string, InfoboxTemplate>> = { 'infobox ship class overview': CLASS_OVERVIEW };

export const ZH_SHIP_PARTS = parts({ ...ZH_CAREER, 'ship country': '國籍' }, { ...ZH_CHARACTERISTICS }, ['-{zh-tw:艦歷;zh-cn:经历}-', '-{zh-tw:性能諸元;zh-cn:性能参数}-'], true);
export const EN_SHIP_PARTS = parts(englishLabels(ZH_CAREER), englishLabels(ZH_CHARACTERISTICS), ['History', 'General characteristics'], false);
