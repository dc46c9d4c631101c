/**
 * The parts of a ship's box (`{{Infobox ship image}}`, `…career`, `…characteristics`), which
 * src/transform/ship-infobox.ts joins into one box. zhwiki's part templates are not stored
 * (chinapedia/wikipedia.zh.mediawiki has none of the five, nor the corpus): the zh labels and the
 * two section headings (艦歷, 技術數據) are guesses in the wiki's usual ship wording, listed in
 * docs/quality.md. enwiki's parts head the career "History" and the rest "General
 * characteristics"; `Hide header` (a second career block) drops the heading.
 */
import type { InfoboxRow } from '../../ast/nodes.js';
import { text } from '../../ast/nodes.js';
import type { TemplateCall } from '../types.js';
import type { InfoboxTemplate } from './infobox-templates.js';

function arg(call: TemplateCall, folded: string): string {
  return [...call.args].find(([k]) => k.trim().toLowerCase().replace(/_/g, ' ') === folded)?.[1].trim() ?? '';
}

/** The part's heading row; `Header caption` (characteristics: "as built") follows it, as enwiki's does. */
function headingRow(heading: string): (call: TemplateCall) => InfoboxRow[] {
  return (call) => {
    if (arg(call, 'hide header')) return [];
    const caption = arg(call, 'header caption');
    return [{ label: null, value: [text(caption ? `${heading} ${caption}` : heading)], header: true }];
  };
}

const IMAGE: InfoboxTemplate = { captions: { 'ship image': 'ship caption' }, hidden: ['ship image size', 'ship image alt'] };

/** Layout parameters of the career part: the flag beside the country, the header switch. */
const CAREER_HIDDEN = ['hide header', 'ship flag', 'ship badge'];

const ZH_CAREER: Readonly<Record<string, string>> = {
  'ship name': '艦名', 'ship namesake': '命名來源', 'ship owner': '擁有者', 'ship operator': '營運者',
  'ship registry': '船籍港', 'ship route': '航線', 'ship ordered': '訂購', 'ship awarded': '簽約',
  'ship builder': '建造者', 'ship original cost': '造價', 'ship yard number': '船廠編號',
  'ship way number': '船台編號', 'ship laid down': '動工', 'ship launched': '下水', 'ship sponsor': '擲瓶者',
  'ship christened': '命名', 'ship completed': '完工', 'ship acquired': '取得', 'ship commissioned': '服役',
  'ship recommissioned': '再服役', 'ship decommissioned': '除役', 'ship maiden voyage': '處女航',
  'ship in service': '服役期間', 'ship out of service': '停止服役', 'ship renamed': '改名',
  'ship reclassified': '重新分類', 'ship refit': '改裝', 'ship struck': '除籍', 'ship reinstated': '恢復',
  'ship homeport': '母港', 'ship identification': '識別', 'ship motto': '格言', 'ship nickname': '綽號',
  'ship honours': '榮譽', 'ship honors': '榮譽', 'ship captured': '被俘', 'ship fate': '結局',
  'ship status': '現況', 'ship notes': '備註', 'ship class': '艦級',
};

const ZH_CHARACTERISTICS: Readonly<Record<string, string>> = {
  'ship class': '艦級', 'ship type': '艦種', 'ship tonnage': '噸位', 'ship displacement': '排水量',
  'ship tons burthen': '載重噸', 'ship length': '全長', 'ship beam': '全寬', 'ship height': '高度',
  'ship draft': '吃水', 'ship draught': '吃水', 'ship depth': '型深', 'ship hold depth': '艙深',
  'ship decks': '甲板', 'ship ramps': '跳板', 'ship ice class': '冰級', 'ship sail plan': '帆裝',
  'ship power': '動力', 'ship propulsion': '推進', 'ship speed': '速度', 'ship range': '續航距離',
  'ship endurance': '自持力', 'ship test depth': '測試深度', 'ship boats': '艦載艇',
  'ship capacity': '容量', 'ship troops': '運兵', 'ship complement': '乘員', 'ship crew': '船員',
  'ship sensors': '感測器', 'ship ew': '電子戰系統', 'ship armament': '武裝', 'ship armour': '裝甲',
  'ship armor': '裝甲', 'ship aircraft': '艦載機', 'ship aircraft facilities': '航空設施', 'ship notes': '備註',
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

function parts(career: Record<string, string>, characteristics: Record<string, string>, headings: [string, string]): Record<string, InfoboxTemplate> {
  return {
    'infobox ship image': IMAGE,
    'infobox ship career': {
      labels: career, hidden: CAREER_HIDDEN, headings: ['ship country'], positionalRows: headingRow(headings[0]),
    },
    'infobox ship characteristics': {
      labels: characteristics, hidden: ['hide header', 'header caption'], positionalRows: headingRow(headings[1]),
    },
  };
}

export const ZH_SHIP_PARTS = parts({ ...ZH_CAREER }, { ...ZH_CHARACTERISTICS }, ['艦歷', '技術數據']);
export const EN_SHIP_PARTS = parts(englishLabels(ZH_CAREER), englishLabels(ZH_CHARACTERISTICS), ['History', 'General characteristics']);
