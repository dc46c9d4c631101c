/**
 * zhwiki infobox templates of the page kinds read in session 23 (docs/quality.md, "Session 23: zh
 * templates, third round"): venues and stadiums (Infobox venue), parks (Infobox park), Korean names (Infobox Korean name) and a species' conservation status
 * (Taxobox, Speciesbox). Keys are folded names (foldParam).
 */
import type { TemplateCall } from '../types.js';
import { foldParam } from '../util.js';
import { toDms } from './coord.js';
import type { InfoboxTemplate } from './infobox-templates.js';
import { KOREAN_LABELS, labelled } from './infobox-templates-zh2.js';

/**
 * Infobox venue, labels as its labelN give them (the template read; 山下球場 printed "Built",
 * "Demolished", "Seating capacity", "Tenants", "Dimensions" and a row "Native name lang | en").
 * `native_name` stands under the heading (its subheader); `tenants` and `website` are data under
 * the headers 客戶 and 網站, shown here as rows so labelled.
 */
const ZH_VENUE: InfoboxTemplate = {
  labels: labelled([
    ['native name|nickname', ''], ['fullname', '全名'], ['former names|formernames|othernames', '曾用名'],
    ['country|city|address', '地址'], ['location', '位置'], ['coordinates|latitude', '坐標'], ['publictransit', '公共交通'], ['parking', '停車'],
    ['owner', '所有者'], ['tenant', '租借者'], ['operator', '營運者'], ['designation', '紀念'], ['type', '類型'], ['genre', '体裁'],
    ['seating type', '座椅类别'], ['suites', '包间'], ['capacity|seating capacity', '座位数'], ['record attendance', '觀眾紀錄'],
    ['dimensions', '場地大小'], ['field shape', '場地形狀'], ['acreage', '英畝'], ['surface', '表面'], ['scoreboard', '計分板'],
    ['screens', '屏幕'], ['currentuse', '現用途'], ['production', '演出'], ['broke ground', '動工'], ['built', '完工'],
    ['opened', '啟用'], ['renovated', '翻修'], ['expanded', '擴建'], ['closed', '關閉'], ['reopened', '重開'], ['demolished', '拆除'],
    ['rebuilt', '重建'], ['yearsactive', '活跃年代'], ['cost|construction cost', '建築费用'], ['architect', '建築師'], ['builder', '承建者'],
    ['project manager', '项目经理'], ['structural engineer', '建築工程師'], ['services engineer', '服務工程師'],
    ['general contractor', '總承包商'], ['main contractors', '主承包商'], ['tenants', '客戶'], ['website|homepage|url', '網站'],
  ]),
  hidden: [
    'native name lang', 'image upright', 'logo size', 'map size', 'pushpin map', 'pushpin label', 'pushpin label position', 'pushpin mapsize',
    'pushpin relief', 'embedded', 'nrhp', 'stadium name', 'centre name', 'longitude',
  ],
  // `caption2 = {{{image_caption|{{{caption|}}}}}}`: the usual caption keys (caption, image caption …) serve.
  captions: { 'logo image': 'logo caption', 'image map': 'map caption' },
  // `above = {{{name|{{{stadium_name|{{{centre_name|}}}}}}}}}`.
  title: (call) => (given(call, ['name']) ? null : given(call, ['stadium_name', 'stadium name', 'centre_name', 'centre name']) || null),
  printed: (f, v, call) => {
    // data3 = {{br separated entries|country|city|address}}: one 地址 row, where the first of them is written.
    if (ADDRESS.includes(f)) {
      const first = [...call.args].find(([k, x]) => ADDRESS.includes(foldParam(k)) && x.trim());
      if (!first || foldParam(first[0]) !== f) return '';
      return ADDRESS.map((k) => given(call, [k])).filter(Boolean).join('<br />');
    }
    // data5 = {{{coordinates}}}{{Coord|{{{latitude}}}|{{{longitude}}}|format=dms}}: latitude and longitude one 坐標 row.
    if (f === 'latitude') {
      const lat = Number(v.trim());
      const lon = Number(given(call, ['longitude']));
      const both = v.trim() !== '' && given(call, ['longitude']) !== '' && Number.isFinite(lat) && Number.isFinite(lon);
      return both ? `${toDms(lat, 'N', 'S')} ${toDms(lon, 'E', 'W')}` : `${v.trim()} ${given(call, ['longitude'])}`.trim();
    }
    return v;
  },
};
const ADDRESS = ['country', 'city', 'address'];
const PARK_VISITORS = ['visitation num', '年游客数', '年遊客數', 'visitors'];

/**
 * Infobox park, labels as its labelN give them (the template read; 山下公园 printed "Coords" and
 * "Created"). Where a label depends on which name is given (建成 for `created`, 開放 for `opened`,
 * 營運者 / 管理者 …) each name has its own here. Names and other names stand under the heading.
 */
const ZH_PARK: InfoboxTemplate = {
  labels: labelled([
    ['alt name|other name|原名|native name', ''], ['分類|分类|type', '類型'], ['銘牌|铭牌|motto', '銘牌'], ['地点|地點|location', '位置'],
    ['nearest city', '最近城市'], ['nearest town', 'Nearest town'], ['坐标|座標|坐標|coordinates|coords', '-{zh-hans:坐标; zh-hant:座標;}-'],
    ['面积|面積|area', '面積'], ['海拔高度|elevation', '海拔高度'], ['前身|former', '前身'], ['认可|認可|authorized', '認可'],
    ['建成|created', '建成'], ['设立时间|設立時間|established', '建立'], ['designated', '指定'], ['落成|opening', '落成'], ['开放|opened', '開放'],
    ['關閉|关闭|closed', '關閉'], ['建立者|founder', '創辦人'], ['建筑师|设计者|設計者|建築師|designer', '設計者'], ['別名|别名|etymology', '別名'],
    ['持有人|owner', '持有人'], ['行政管理者|administrator', '行政管理者'], ['管理者|manager', '管理者'], ['营运者|營運者|operator', '營運者'],
    ['visitation num|年游客数|年遊客數|visitors', '訪客數'], ['开放时间|開放時間|open', '开放时间'], ['狀態|状态|status', '狀態'],
    ['獲獎|获奖|awards', '獲獎'], ['营地|營地|camp sites', '營地'], ['paths', '小徑'], ['hiking trails', '健行步道'], ['terrain', '地域'],
    ['habitat', '棲息地'], ['水域|water', '水域'], ['vegetation', '植被'], ['plants', '植物'], ['物種|物种|species', '物種'],
    ['群体|群體|collections', '群體'], ['指定|designation', '指定'], ['騷亂|骚乱|disturbance', '騷亂'], ['预算|預算|budget', '預算'],
    ['停车场|停車場|parking|parking lot', '停車場'], ['交通方式|transport', '連接交通'], ['publictransit', '公共交通'], ['facilities', '設施'],
    ['other info', '其他資訊'], ['官方网站|官方網站|website|url', '網站'],
  ]),
  // label77 = {{{free_label}}} over data77 = {{{备注|{{{備註|{{{free_data}}}}}}}}}.
  callLabels: (call): Record<string, string> => {
    const label = given(call, ['free_label', 'free label']);
    return { 'free data': label, 备注: label, 備註: label };
  },
  printed: (f, v, call) => {
    // data28: the count, then （{{{visitation_year}}}年）.
    if (PARK_VISITORS.includes(f)) {
      const year = given(call, ['visitation_year', 'visitation year']);
      return year ? `${v.trim()}（${year}年）` : v;
    }
    // data79: `[{{{url}}} 官方網站]` only without a website.
    if (f === 'url') return given(call, ['官方网站', '官方網站', 'website']) ? '' : `[${v.trim()} 官方網站]`;
    return v;
  },
  hidden: [
    'photo width', 'image size', '圖片大小', '图片大小', 'upright', 'native name lang', 'child', 'embed', 'map size', 'map alt', 'map relief', 'relief',
    'location map', 'map type', '地圖', '地图', 'locmapin', 'mapframe', 'map label', 'map width', 'photo alt', 'image alt',
    'visitation year', 'free label',
  ],
  captions: { photo: 'photo caption', image: 'image caption', 圖片: '圖片說明', 图片: '图片说明' },
};

/**
 * Template:Taxobox/species's wording of IUCN categories (read): version 3.1, then the words 2.3
 * changes or adds. A code of neither list prints '''''无效状况''''' as the template's #default.
 */
const CR = '[[極危物種|極危]]';
const IUCN_31: Readonly<Record<string, string>> = {
  EX: '[[绝灭]]', EW: '[[野外绝灭]]', CR, EN: '[[瀕危物種|瀕危]]', VU: '[[易危物種|易危]]', NT: '[[近危物种|近危]]',
  LC: '[[无危物种|无危]]', DD: '[[数据缺乏]]', NE: '未予评估', NR: '未确认', PE: `${CR}，可能絕滅`, PEW: `${CR}，可能野外絕滅`,
};
const IUCN_23: Readonly<Record<string, string>> = {
  ...IUCN_31, EX: '[[絕滅]]', LR: '低危', CD: '[[依賴保育]]', 'LR/CD': '[[依賴保育]]', 'LR/NT': IUCN_31.NT!, 'LR/LC': IUCN_31.LC!,
};
/** The template's system names (its switch is case-sensitive: these spellings only). */
const SYSTEMS: Readonly<Record<string, readonly [Readonly<Record<string, string>>, string]>> = {
  iucn: [IUCN_31, '3.1'], IUCN: [IUCN_31, '3.1'], 'iucn3.1': [IUCN_31, '3.1'], 'IUCN3.1': [IUCN_31, '3.1'],
  'iucn2.3': [IUCN_23, '2.3'], 'IUCN2.3': [IUCN_23, '2.3'],
};

/** The call's first given spelling of a parameter (Speciesbox takes `status system` and `status_system`). */
function given(call: TemplateCall, names: readonly string[]): string {
  for (const n of names) {
    const v = call.args.get(n)?.trim();
    if (v) return v;
  }
  return '';
}

/**
 * Taxobox / Speciesbox `status` and `status2` (山魈: `status = VU`, `status_system = iucn3.1`) as
 * Template:Taxobox/species prints them (read): the category's word, linked as it links it, then
 * （[[國際自然保護聯盟瀕危物種紅色名錄|IUCN 3.1]]） and the status reference. A code is matched in
 * upper or lower case only (`VU`, `vu`, `LR/cd`), as the switch lists them; `extinct` dates an
 * extinct species (（1914年）). Taxobox/core passes no `status_text` on for （见正文）, so it is no
 * row. Without a system the template prints the code as written.
 */
function conservationStatus(f: string, v: string, call: TemplateCall): string {
  const n = f === 'status2' ? '2' : '';
  const ref = given(call, [`status${n}_ref`, `status${n} ref`]);
  const system = SYSTEMS[given(call, [`status${n}_system`, `status${n} system`])];
  const code = v.trim();
  if (!system) return `${code}${ref}`;
  const [words, version] = system;
  const cased = code.split('/').every((p) => p === p.toUpperCase() || p === p.toLowerCase());
  let word = (cased ? words[code.toUpperCase()] : undefined) ?? "'''''无效状况'''''";
  const extinct = call.args.get('extinct')?.trim() ?? '';
  if (cased && code.toUpperCase() === 'EX' && !['', 'y', 'yes', 'true'].includes(extinct)) {
    word += /^-?\d+(\.\d+)?$/.test(extinct) ? `（${extinct}年）` : `（${extinct}）`;
  }
  return `${word}（[[國際自然保護聯盟瀕危物種紅色名錄|IUCN ${version}]]）${ref}`;
}

const ZH_TAXOBOX: InfoboxTemplate = {
  labels: { status: '保护状况', status2: '保护状况' },
  hidden: ['status system', 'status2 system', 'status text', 'status2 text', 'status ref', 'status2 ref'],
  printed: (f, v, call) => (f === 'status' || f === 'status2' ? conservationStatus(f, v, call) : v),
};

/**
 * Infobox sportsperson (its core read): `medaltemplates-title` heads the medal table in place of
 * 奖牌记录 ({{Infobox medal templates}}' default), `show-medals` only opens or collapses it.
 */
const ZH_SPORTSPERSON: InfoboxTemplate = {
  callLabels: (call): Record<string, string> => {
    const title = given(call, ['medaltemplates-title', 'medaltemplates_title']);
    return title ? { medaltemplates: title } : {};
  },
  hidden: ['medaltemplates title', 'show medals'],
};

export const ZH_TEMPLATES_THIRD: Readonly<Record<string, InfoboxTemplate>> = {
  'infobox sportsperson': ZH_SPORTSPERSON,
  // 山上王, 中世朝鲜语: "Hangul", "Hanja", "Rr", "Mr". zhwiki's Infobox Korean name is not stored:
  // its rows are labelled as Infobox Chinese/Korean (read) labels the same names, a guess.
  // Its doc page (read) makes `hanja=none` (no hanja) and `hanja=!` (hanja wanted) markers, and
  // `context=north` a switch for North Korean subjects: none of them a row.
  'infobox korean name': {
    labels: KOREAN_LABELS,
    hidden: ['context'],
    printed: (f, v) => (/^hanja/.test(f) && ['none', '!'].includes(v.trim()) ? '' : v),
  },
  'infobox venue': ZH_VENUE,
  'infobox park': ZH_PARK,
  taxobox: ZH_TAXOBOX,
  speciesbox: ZH_TAXOBOX,
  'infobox stadium': ZH_VENUE,
};
