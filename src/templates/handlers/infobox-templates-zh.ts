/**
 * zhwiki's infobox templates (infobox-templates.ts): what each shows that its parameter names do
 * not say — a title built from codes, zh labels for parameters named in English, foot lines built
 * from several parameters, codes that are no rows. Keys are folded template names.
 */
import type { Inline, InfoboxRow } from '../../ast/nodes.js';
import type { TemplateCall, TemplateContext } from '../types.js';
import { arg, join, text } from '../util.js';
import { KIT_KEY } from './infobox-keys.js';
import type { InfoboxTemplate } from './infobox-templates.js';

const BRANCH: Record<string, string> = { a: '甲', b: '乙', c: '丙', d: '丁', e: '戊' };

/** `Type=ph|Num=10b` → 台10乙線, `Type=nh|Num=3` → 國道3號 (the wiki's name for the route). */
function taiwanRouteName(call: TemplateCall): string | null {
  const m = /^(\d+)([a-e]?)$/i.exec((call.args.get('Num') ?? '').trim());
  if (!m) return null;
  const branch = m[2] ? BRANCH[m[2].toLowerCase()] ?? '' : '';
  const type = (call.args.get('Type') ?? '').trim().toLowerCase();
  if (type === 'ph') return `台${m[1]}${branch}線`;
  if (type === 'nh') return `國道${m[1]}號${branch ? branch + '線' : ''}`;
  return null;
}

/**
 * zhwiki Infobox award's `below`: `previous`, `main` and `next` as one line, "← 第9屆 · 金曲獎 ·
 * 第11屆 →" (an hlist of the three, arrows joined to the neighbours by no-break spaces).
 */
function awardFootLine(call: TemplateCall, ctx: TemplateContext): InfoboxRow | null {
  const parts: Inline[][] = [];
  const previous = call.args.get('previous')?.trim();
  const main = call.args.get('main')?.trim();
  const next = call.args.get('next')?.trim();
  if (previous) parts.push([text('←\u00a0'), ...ctx.parseInline(previous)]);
  if (main) parts.push(ctx.parseInline(main));
  if (next) parts.push([...ctx.parseInline(next), text('\u00a0→')]);
  if (!parts.length) return null;
  return { label: null, value: join(parts, ' · ') };
}

const PREVIOUS_ELECTION = ['上屆選舉'];
const PREVIOUS_YEAR = ['上屆年度'];
const NEXT_ELECTION = ['下屆選舉'];
const NEXT_YEAR = ['下屆年度'];

/** A neighbouring election linked, labelled "< 1971" before or "1977 >" after (else its name). */
function electionLink(ctx: TemplateContext, election: string, year: string, before: boolean): Inline[] {
  if (!election) return [];
  const label = year ? (before ? `< ${year}` : `${year} >`) : election;
  return ctx.parseInline(`[[${election}|${label}]]`);
}

/**
 * zhwiki Infobox 日本參議院選舉 (corpus/zhwiki/templates/08.wikitext): its foot row names the series,
 * [[日本參議院議員通常選舉]], between links to the previous and next elections labelled with their
 * years ("< 1971", "1977 >"); the four parameters are no rows of their own. Without a year the
 * template computes one from `year` or the current year; the election's name stands in for it here.
 */
function japaneseElectionFootLine(call: TemplateCall, ctx: TemplateContext): InfoboxRow | null {
  const previous = electionLink(ctx, arg(call, PREVIOUS_ELECTION) ?? '', arg(call, PREVIOUS_YEAR) ?? '', true);
  const next = electionLink(ctx, arg(call, NEXT_ELECTION) ?? '', arg(call, NEXT_YEAR) ?? '', false);
  if (!previous.length && !next.length) return null;
  const parts = [ctx.parseInline('[[日本參議院議員通常選舉]]')];
  if (previous.length) parts.unshift(previous);
  if (next.length) parts.push(next);
  return { label: null, value: join(parts, ' · ') };
}

/**
 * zhwiki's Infobox automobile, labels as its labelN give them (概览 and 车身及底盘 sections, read in a
 * public copy of the template): `class` is the vehicle's class and `body_style` its body, rows
 * although their names sound like layout; `predecessor` is the model before (not an office's 前任).
 */
const ZH_AUTOMOBILE: InfoboxTemplate = {
  labels: {
    type: '类型', manufacturer: '制造商', aka: '别称', production: '生产日期', 'model years': '款式年份', assembly: '装配地',
    designer: '设计师', class: '车辆类别', 'body style': '車體風格', layout: '动力布局', platform: '平台', doors: '车门',
    floortype: '地板布局', chassis: '底盘', related: '相关车型',
  },
};

/**
 * zhwiki's film box (Template:电影信息框, which Infobox film redirects to; corpus template 11):
 * its labelN for the English parameter names where the shared table says something else —
 * `released` is 上映日期 (a release on disc is `issue date`, 发行日期), `country` 产地, `producer`
 * 监制 — and the 各地片名 rows, one per region (`hk_name` → 香港).
 */
const ZH_FILM: InfoboxTemplate = {
  labels: {
    producer: '监制', producers: '监制', 'producer 2': '制片', writer: '编剧', screenplay: '剧本', story: '故事', 'based on': '原著',
    music: '配乐', cinematography: '摄影', editing: '剪辑', studio: '制片商', 'production company': '制片商', runtime: '片长',
    country: '产地', website: '官方网站', released: '上映日期', 'issue date': '发行日期', budget: '预算', gross: '票房',
    'preceded by': '前作', 'followed by': '续作', 'cn name': '中国大陆', 'hk name': '香港', 'mo name': '澳门', 'tw name': '臺灣',
    'sg name': '新加坡', 'my name': '马来西亚', 'sec title': '副标题', maintheme: '主題曲', endtheme: '片尾曲', effect: '音效',
  },
  // data50–55: `-{zh;zh-hans;zh-hant|{{{hk_name}}}}-`.
  asWritten: ['cn name', 'hk name', 'mo name', 'tw name', 'sg name', 'my name'],
};

/**
 * zhwiki's Infobox rail system-route, labels as its labelN give them (the template read; zh 广三铁路
 * showed "Locale", "Begin operation"); `other_name` goes under the heading there, a row here.
 */
const ZH_RAIL_ROUTE: InfoboxTemplate = {
  labels: {
    'other name': '其他名称', locale: '營運地區', 'service type': '服務類型', type: '服務類型', network: '所屬系統', system: '所屬系統',
    status: '目前狀況', start: '起點站', end: '終點站', 'main stations': '主要車站', routes: '營運路線', linelength: '路線長度',
    tracklength: '軌道長度', speed: '最高速度', 'max speed': '最高速度', stations: '車站數目', gauge: '軌距', 'track gauge': '軌距',
    electrification: '電氣化方式', stock: '使用车辆', rollingstock: '使用车辆', open: '開通營運', 'begin operation': '開通營運',
    'stop operation': '停止營運', 'end operation': '停止營運', close: '廢除年份', ridership: '日乘客量', owner: '擁有者',
    operator: '營運者', website: '網站',
  },
};

/**
 * zhwiki's company box: zh labels for its parameters, not read from a template — zhwiki's Infobox
 * company is in no stored copy and the stored Infobox website is only a redirect. `native_name_lang` is
 * the language of the native name, which the box prints under its heading: no row.
 */
const ZH_COMPANY: InfoboxTemplate = {
  labels: {
    'traded as': '股票代號', homepage: '网址', url: '网址', 'num employees': '员工', employees: '员工', parent: '母公司',
    divisions: '部门', subsid: '子公司', subsidiaries: '子公司', 'area served': '業務範圍', locations: '營業據點數',
    services: '服务', assets: '总资产', equity: '总股本', dissolved: '結束', 'key people': '代表人物', industry: '产业',
    founder: '创立者', 'company type': '公司类型', owner: '持有者', owners: '持有者', 'country of origin': '原产地',
    location: '總部', headquarters: '總部',
    // A company's capital is its registered capital, not the shared table's 首都 (恒大集團).
    capital: '注册资本', 'market value': '市值', 'net income': '净利润', 'operating income': '营业利润', 'other name': '其他名称',
  },
  hidden: ['native name lang'],
};

/** zhwiki's templates by folded name (its bilateral-relations box, shaped as enwiki's, is in infobox-templates.ts). */
export const ZH_TEMPLATES: Readonly<Record<string, InfoboxTemplate>> = {
  'infobox taiwan highway': {
    title: taiwanRouteName,
    nameAsSubheader: true,
    labels: { speedhigh: '速限', junc: '主要交流道', allocation: '共線', section: '支線' },
    hidden: ['type', 'num', 'lastext'],
    // Lengths are given as bare kilometre figures (`Length = 21.130`, the text says 21.130公里).
    units: { length: '公里' },
  },
  // Labels as the template's own labelN give them (corpus/zhwiki/templates/03.wikitext).
  'infobox china county': {
    title: (call) => call.args.get('county')?.trim() || null,
    hidden: ['county', 'web title'],
    linkText: ['web', 'web title'],
    labels: { division: '乡级行政区数', town: '镇数', township: '乡数', subdistrict: '街道数', officer: '现任区长' },
    // data43–49, 61, 68–69: areas in 平方千米, population_total in 万人 (pop as written), GDP in 元人民币.
    units: {
      'area total': '平方千米', 'area urban district': '平方千米', 'area urban': '平方千米', 'area builtup': '平方千米',
      'area land': '平方千米', 'area water': '平方千米', 'area sea': '平方千米', 'population total': '万人', gdp: '元人民币', gdppc: '元人民币',
    },
  },
  // Labels as the template's labelN give them (corpus/zhwiki/templates/05.wikitext: data7 is
  // venue, else location, else site; data9 the presenter under 主办单位); previous / main / next
  // are its foot line.
  'infobox award': {
    labels: {
      venue: '场馆', location: '地点', site: '场地', country: '国家或地区', 頒發國家: '国家或地区', presenter: '主办单位',
      'awarded by': '颁发单位', 頒發單位: '颁发单位', network: '電視網路', runtime: '时长', ratings: '收视', viewership: '收视',
      'most awards': '获奖最多', 'most wins': '获奖最多', 'most nominations': '提名最多',
    },
    hidden: ['previous', 'main', 'next'],
    belowRow: awardFootLine,
  },
  'infobox 日本參議院選舉': { hidden: ['上屆選舉', '上屆年度', '下屆選舉', '下屆年度'], belowRow: japaneseElectionFootLine },
  // zhwiki's Chembox MolarMass row prints the unit after the figure: "{{{value}}} g·mol⁻¹" (zh 0027).
  'chembox properties': { units: { molarmass: ' g·mol⁻¹' } },
  'infobox automobile': ZH_AUTOMOBILE,
  'infobox film': ZH_FILM,
  电影信息框: ZH_FILM,
  電影信息框: ZH_FILM,
  'infobox company': ZH_COMPANY,
  // A person's names in other scripts, written into the box's `module =` (zh 香取慎吾's 藝人 box):
  // always a child box; labels as its labelN give them (the template read).
  'infobox name module': {
    child: true,
    hidden: ['title', 'first', 'show headers'],
    // data15–21 wrap each region's word in `-{zh;zh-hans;zh-hant|…}-`, data26 the kyūjitai in `-{…}-`.
    asWritten: ['putonghua', 'taiwan', 'cantonese', 'hongkong', 'macau', 'singapore', 'malaysia', 'kyujitai'],
    labels: {
      original: '原文名', traditional: '繁体字', fanti: '繁体字', simplified: '简化字', jianti: '简化字', chinese: '汉语', pinyin: '汉语拼音',
      jyutping: '粤拼', poj: '闽南语白话字', putonghua: '中国大陆', taiwan: '台湾', cantonese: '港澳', hongkong: '香港', macau: '澳门',
      singapore: '新加坡', malaysia: '马来西亚', japanese: '日语原文', kana: '假名', romaji: '平文式罗马字', kyujitai: '日语旧字体',
      hangul: '谚文', hanja: '汉字', rr: '文观部式', mr: '马-赖式', chuquocngu: '国语字', 'han nom': '汉喃', translation: '字面意思',
    },
  },
  'infobox rail system route': ZH_RAIL_ROUTE,
  // The party's colour only draws the heading's border (the zh template's `above` reads colorcode and
  // its Chinese aliases): no row (大不列颠共产党 showed "Colorcode | red").
  'infobox political party': { hidden: ['colorcode', '党代表色', '黨代表色', '色彩編碼'] },
  // zhwiki's element box (锂), a wikitext template a dump expands; without it, `number` is the
  // atomic number, not the shared table's 届数 (an election's).
  elementbox: {
    labels: { number: '原子序数', symbol: '符号', enname: '英文名' },
    captions: { 'image name': 'image name comment', 'image name 2': 'image name 2 comment' },
  },
  // A program's box (F-Droid): the screenshot's `caption`, labels for what the shared table lacks,
  // `collapsible` a display switch (it read "Collapsible | yes").
  'infobox software': {
    labels: {
      'programming language': '编程语言', 'operating system': '操作系统', platform: '平台', license: '许可协议',
      'latest release version': '当前版本', 'latest release date': '当前版本发布日期', 'latest preview version': '预览版本',
      author: '原作者', released: '首次发布', repo: '源代码库', 'language count': '语言数量', size: '大小', discontinued: '停止开发',
    },
    hidden: ['collapsible', 'screenshot size', 'logo size'],
    captions: { screenshot: 'caption', logo: 'logo caption' },
  },
  // The animanga header's names in other scripts, as its Chinese-named aliases (日文名稱, 羅馬字 …) label them (FAIRY TAIL (動畫)).
  'infobox animanga/headerofja': { labels: { japanese: '日文名稱', english: '英文名稱', romaji: '羅馬字', kana: '假名', genre: '類型' } },
  // A battle's box (淞滬戰鬥): `conflict` names it; each side's combatant, commander, strength and
  // losses under the zh module's labels (they read "Conflict", "Combatant", "Commander").
  'infobox military conflict': {
    title: (call) => call.args.get('conflict')?.trim() || null,
    hidden: ['conflict'],
    labels: {
      combatant: '参战方', commander: '指挥官与领导者', units: '参战部队', strength: '兵力', casualties: '伤亡与损失', partof: '所属', territory: '领土变更',
      // A side's further groups, `combatant1a` … `combatant3e` (the template's own keys), read "Combatant1a".
      ...Object.fromEntries(['1', '2', '3'].flatMap((n) => [...'abcde'].map((x) => [`combatant${n}${x}`, '参战方']))),
    },
  },
  // An emperor's box (宋仁宗): 名称 heads it, 姓名 is his own name, a row; 图说 captions the portrait.
  'emperorcn box': { labels: { 姓名: '姓名' }, captions: { 图像: '图说', 圖像: '圖說' } },
  // An album's `Type` (專輯, EP, 精選輯) is not its genre: both read 类型 (大丈夫 (張宇專輯)).
  'album infobox': { labels: { type: '专辑类型' } },
  'infobox album': { labels: { type: '专辑类型' } },
  // The kit the club box draws (zh 广东华南虎足球俱乐部): no rows there, facts in other boxes (`body1` of a settlement).
  'football club infobox': { hiddenPattern: KIT_KEY },
  'infobox football club': { hiddenPattern: KIT_KEY },
  // 日本車站資訊's operator colour and heading text colour (`公司色 = green`, zh 北12條車站).
  日本車站資訊: { hidden: ['公司色', '文字色'] },
};
