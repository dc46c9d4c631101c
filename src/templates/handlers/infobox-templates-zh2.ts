/**
 * zhwiki infobox templates of the page kinds read in session 22 (docs/quality.md, "Session 22"):
 * a place's or thing's Chinese names (Infobox Chinese), temples (Infobox Buddhist temple, Infobox
 * Tibetan Buddhist monastery and the Infobox religious building they wrap), airports,
 * universities, programming languages and Japanese towns (日本町村). Keys are folded names (foldParam).
 */
import type { TemplateCall } from '../types.js';
import type { InfoboxTemplate } from './infobox-templates.js';

/**
 * Infobox Chinese, labels as its part Infobox Chinese/Chinese gives them (the template read): the
 * written forms, then the romanisations of the collapsed 标音 box. Where that box prints a
 * romanisation under a language heading ("粤语" then "耶魯拼音"), the label here carries the
 * language too, as the box's own short form does for `y` under `showflag=jyp` ("粤语耶鲁拼音"):
 * the rows stand without their headings. The second to fifth names (`t2`, `p2` …) read as the
 * first, each block printed only when its `cN`, `tN`, `pN` or `sN` is given and headed by
 * `altname` (`altname3` …), else 汉语别称 (㈠ when a third follows, ㈡ ㈢ ㈣ for the others).
 * Infobox Chinese passes its part no `phagspa` or `gd`, and the part's `tp` row is `data3v`, a
 * typo: none of the three is ever printed.
 */
const CHINESE_LABELS: Readonly<Record<string, string>> = {
    c: '汉语', t: '-{zh-cn:繁体字;zh-tw:正體字;zh-hk:繁體字}-', s: '简化字', phagspa: '八思巴文', psp: '郵政式拼音', l: '字面意思',
    p: '汉语拼音', tp: '通用拼音', w: '威妥瑪拼音', mi: '國際音標', myr: '耶魯拼音', gr: '國語羅馬字', mps: '注音第二式', bpmf: '注音符號',
    xej: '小儿经', 'zh dungan': '东干语', sic: '四川话拼音', lj: '南京官话拼音',
    poj: '白話字', tl: '台語羅馬字拼音', tps: '方音符號', puj: '潮语白话字', teo: '潮州話拼音', buc: '閩東語平話字', hhbuc: '莆仙語平話字',
    mblmc: '閩北語羅馬字', wuu: '吴语拉丁化', lmz: '上海话拼音', hsn: '湘语国际音标',
    j: '粵拼', ci: '粤语国际音标', y: '粤语耶鲁拼音', gd: '广州话拼音', toi: '台山話粤拼', gan: '贛語白話字',
    h: '客家话拼音', thk: '台灣客家語拼音', phfs: '客語白話字', mc: '中古汉语', emc: '早期中古汉语', lmc: '晚期中古汉语',
};

/**
 * The Korean and Japanese names' rows, as the parts Infobox Chinese/Korean and Infobox
 * Chinese/Japanese label them (both read), under their headers; the romanisations of their 标音
 * boxes (文观部式, 改良平文式 …) stand as rows.
 */
export const KOREAN_LABELS: Readonly<Record<string, string>> = { hangul: '諺文', hanja: '汉字', lk: '字面意思', rr: '文观部式', mr: '马-赖式' };
const JAPANESE_LABELS: Readonly<Record<string, string>> = {
  kanji: '日语原文', shinjitai: '日语原文', kyujitai: '舊字體', kana: '現代假名遣', hiragana: '現代假名遣', romaji: '日语罗马字', revhep: '改良平文式',
  tradhep: '传统平文式', kunrei: '训令式罗马字', nihon: '日本式罗马字', kanahist: '歷史假名遣', romajihist: '日语罗马字', revhephist: '改良平文式',
  tradhephist: '传统平文式', kunreihist: '训令式罗马字', nihonhist: '日本式罗马字',
};
const KOREAN_HEADING = '-{zh-cn:朝鲜语;zh-sg:韩语;zh-tw:韓語}-名稱';

const ZH_CHINESE_NAME: InfoboxTemplate = {
  labels: { ...CHINESE_LABELS, ...KOREAN_LABELS, ...JAPANESE_LABELS },
  // Ranks follow the template's parts: Chinese names 0–4, Korean 10–12, Japanese 20.
  block: (f, call) => {
    const given = (k: string): boolean => !!call.args.get(k)?.trim();
    if (f === 'name1') return false;
    if (KOREAN_LABELS[f] !== undefined) {
      // Infobox Chinese/Korean is called only `#if:{{{hanja}}}{{{hangul}}}`.
      return given('hangul') || given('hanja') ? { key: 'ko', heading: KOREAN_HEADING, rank: 10 } : false;
    }
    if (JAPANESE_LABELS[f] !== undefined) {
      if (!['kanji', 'kana', 'hiragana', 'kyujitai', 'shinjitai'].some(given)) return false;
      // `kanji={{{kanji|{{{shinjitai}}}}}}`, `kana={{{kana|{{{hiragana}}}}}}`: the second shows only without the first.
      if ((f === 'shinjitai' && given('kanji')) || (f === 'hiragana' && given('kana'))) return false;
      return { key: 'ja', heading: '日语名称', rank: 20 };
    }
    if (CHINESE_LABELS[f] !== undefined) {
      // The first name's block is headed only in a child box or beside another language's name
      // (`chinese_header` in the template: `{{{name1|汉语名称}}}` then, so a given empty name1 heads nothing).
      const heading = call.args.has('name1') ? call.args.get('name1')!.trim() : '汉语名称';
      return firstNameHeaded(call) ? { key: '1', heading, rank: 0 } : { key: '1', heading: '', rank: 0 };
    }
    const m = /^(.+?)([2-5])$/.exec(f);
    if (!m) return null;
    const n = Number(m[2]);
    if (KOREAN_LABELS[m[1]!] !== undefined && n <= 3) {
      // hangul2/hanja2 and hangul3/hanja3: the 別稱 blocks, each its own part.
      if (!given(`hangul${n}`) && !given(`hanja${n}`)) return false;
      const mark = n === 3 ? '㈡' : given('hangul3') || given('hanja3') ? '㈠' : '';
      return { key: `ko${n}`, heading: `-{zh-cn:朝鲜语;zh-sg:韩语;zh-tw:韓語}-別稱${mark}`, rank: 9 + n };
    }
    if (CHINESE_LABELS[m[1]!] === undefined) return null;
    if (!['c', 't', 'p', 's'].some((k) => given(`${k}${n}`))) return false;
    const own = call.args.get(n === 2 ? 'altname' : `altname${n}`);
    const third = given('c3') || given('t3');
    return { key: String(n), heading: own ?? `汉语别称${n === 2 ? (third ? '㈠' : '') : '㈡㈢㈣'[n - 3]}`, rank: n - 1 };
  },
  hidden: [
    'showflag', 'hide', 'order', 'float', 'collapse', 'child', 'picsize', 'picalt', 'pictooltip', 'altname', 'altname3', 'altname4', 'altname5',
  ],
  hiddenPattern: /^(tp|phagspa|phagspa latin|gd)[2-5]?$/,
  captions: { pic: 'piccap', pic2: 'piccap2' },
};

/** Infobox Chinese's names in other languages: beside any of them the Chinese block has a heading. */
const OTHER_LANGUAGE_NAMES = [
  'hangul', 'hanja', 'kana', 'kanji', 'hiragana', 'kyujitai', 'shinjitai', 'tam', 'hin', 'san', 'pli', 'tgl', 'msa', 'mnc', 'mon',
  'mong', 'por', 'rus', 'tha', 'tib', 'qn', 'uig', 'vie', 'chuhan', 'chunom', 'hn', 'zha', 'sawndip', 'zha_old', 'dungan-xej', 'dungan',
  ...Array.from({ length: 11 }, (_, i) => `lang${i + 1}`),
];

function firstNameHeaded(call: TemplateCall): boolean {
  const given = (k: string): boolean => !!call.args.get(k)?.trim();
  if (call.args.get('child')?.trim() === 'yes') return true;
  return ['c', 't', 's'].some(given) && OTHER_LANGUAGE_NAMES.some(given);
}

/**
 * Infobox religious building, labels as its labelN give them when `religious_affiliation` is not
 * Buddhist or Shinto (the template read; those two relabel some rows, see the temple box below).
 */
const RELIGIOUS_BUILDING_LABELS: Readonly<Record<string, string>> = {
  location: '位置', locale: '位置', address: '位置', 'religious affiliation': '宗教', 宗教: '宗教', deity: '供奉', rite: '宗教礼仪',
  sect: '教派', denomination: '教派', tradition: '教派', festivals: '节日', district: '區', territory: '领地', prefecture: '地方行政区',
  state: '州', province: '省', region: '地区', country: '国家', administration: '行政', 'consecration year': '开光',
  'functional status': '状态', 'heritage designation': '传统称号', ownership: '所有者', 'governing body': '管理机构',
  leadership: '领导', website: '官方网站', architect: '建筑师', 'architecture type': '建筑类型', 'architecture style': '建筑风格',
  'founded by': '建立者', 'funded by': '资助者', 'general contractor': '总承包商', established: '建立', groundbreaking: '奠基',
  completed: '竣工', 'year completed': '竣工', 'construction cost': '建设成本', materials: '建筑材料', 'facade direction': '正立面朝向',
  capacity: '容納人數', length: '長度', width: '寬度', 'interior area': '内部面积', 'height max': '最高高度', 'site area': '场地面积',
  'elevation m': '海拔', inscriptions: '碑铭',
};

/** `religious_affiliation` values under which Infobox religious building relabels rows for a Buddhist building. */
const BUDDHIST = new Set(['佛教', '漢傳佛教', '汉传佛教', '藏傳佛教', '藏传佛教', '日本佛教', '禪', '禅', '上座部佛教', '禪宗', '禅宗']);

/**
 * Infobox religious building's labels that follow `religious_affiliation` (its `{{#switch:}}`es,
 * read): for a Buddhist building `venerated`/`deity` 本尊, `sect`/`denomination` 宗派, `mountain`
 * 山号 (not for 日本佛教), `founded` 开山, `closed` 废寺日期, `founder` 開基; for a Shinto one
 * `deity` 主祭神; otherwise 供奉, 教派, 建立, 拆毁日期, 主保圣人. With no affiliation the
 * denomination is still 宗派: the switch lists an empty case beside 佛教.
 */
function religiousLabels(call: TemplateCall): Record<string, string> {
  const raw = ['religious_affiliation', 'religious affiliation', '宗教'].map((k) => call.args.get(k)?.trim()).find((v) => v !== undefined) ?? '';
  const affiliation = /^\[\[([^\]|]+)\]\]$/.exec(raw)?.[1] ?? raw;
  if (BUDDHIST.has(affiliation)) {
    return {
      deity: '本尊', venerated: '本尊', sect: '宗派', denomination: '宗派', founded: '开山', established: '开山', closed: '废寺日期', founder: '開基',
      ...(affiliation === '日本佛教' ? {} : { mountain: '山号' }),
    };
  }
  const sect = affiliation === '' ? '宗派' : '教派';
  return {
    deity: affiliation === '神道' ? '主祭神' : '供奉', venerated: '供奉', sect, denomination: sect, founded: '建立', closed: '拆毁日期', founder: '主保圣人',
  };
}

/**
 * Infobox religious building's parameters a wrapper does not pass on: never printed, whatever
 * the call gives (the wrapper's own parameters are the only ones it reads).
 */
function notPassed(passed: string): string[] {
  const own = [
    ...Object.keys(RELIGIOUS_BUILDING_LABELS), 'mountain', 'venerated', 'founder', 'founded', 'closed', 'abbot', 'roshi', 'rinpoche',
    'people', 'director', 'imam', 'chairman', 'spokesperson', 'archbishop', 'bishop', 'archdeacon', 'patron', 'temple', 'monastery',
  ];
  const kept = new Set(passed.split('|'));
  return own.filter((k) => !kept.has(k));
}

/** Coordinates in parts, which neither temple template reads: the `coordinates` row is the position. */
const COORD_PARTS = ['latd', 'latm', 'lats', 'latns', 'longd', 'longm', 'longs', 'longew'];

/**
 * Infobox Buddhist temple: Infobox religious building with `religious_affiliation = 佛教`, under
 * which that template relabels `mountain` 山号, `denomination` 宗派, `venerated` 本尊, `founded`
 * 开山, `closed` 废寺日期 and `founder` 開基 (both templates read); the abbot and teachers are
 * listed in its 领导 row as "住持：…", "老师：…", here each a row under that word. `director` is
 * passed on but never printed; what it does not pass on (`location`, `sect` …) is no row.
 */
const ZH_BUDDHIST_TEMPLE: InfoboxTemplate = {
  labels: {
    ...RELIGIOUS_BUILDING_LABELS,
    mountain: '山号', denomination: '宗派', venerated: '本尊', founded: '开山', closed: '废寺日期', founder: '開基',
    abbot: '住持', roshi: '老师', rinpoche: '仁波切', people: '导师',
  },
  hidden: [
    ...notPassed('mountain|denomination|venerated|founded|closed|founder|roshi|abbot|people|rinpoche|address|country|website'),
    ...COORD_PARTS,
  ],
};

/**
 * Infobox airport. zhwiki's template is in no stored copy (its stored page redirects to itself):
 * these labels are guesses (docs/quality.md, session 22's guesses), except the two code systems,
 * named as zhwiki's `{{airport codes}}` names them. `statN-header` labels `statN-data` (infobox-rows).
 */
const ZH_AIRPORT: InfoboxTemplate = {
  labels: {
    iata: 'IATA代码', icao: 'ICAO代码', operator: '营运者', 'city served': '服务城市', hub: '枢纽', 'focus city': '重点城市',
    'elevation m': '海拔（米）', 'elevation f': '海拔（英尺）', nativename: '', 'nativename a': '', 'nativename r': '',
    ...Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8].flatMap((n) => [
      [`r${n} number`, '跑道'], [`r${n} length m`, '长度（米）'], [`r${n} length f`, '长度（英尺）'], [`r${n} surface`, '表面'],
    ])),
  },
  hidden: ['metric elev', 'metric rwy', 'pushpin label', 'pushpin label position'],
};

/**
 * Infobox Tibetan Buddhist monastery: Infobox religious building with `religious_affiliation =
 * 藏傳佛教` (both read). Its Tibetan names are a part of rows of their own (藏文, 威利转写 …); `tc`,
 * `s`, `p`, `m`, `k` and the former `no._of_monks`, `lineage`, `colleges` are passed on to nothing,
 * nor are Infobox religious building's own names it does not map (`website`, `abbot` …).
 */
const ZH_TIBETAN_MONASTERY: InfoboxTemplate = {
  labels: {
    ...RELIGIOUS_BUILDING_LABELS,
    t: '藏文', w: '威利转写', to: '图纳德尔拼音', ipa: '国际音标', z: '藏语拼音', thdl: 'THL', e: '其他转写',
    'location country': '国家', architecture: '建筑风格', founded: '开山', established: '开山', 'date founded': '开山',
    'dedicated to': '本尊', 'head lama': '领导', sect: '宗派',
  },
  // `mather`, `children`, `tulku`, `head_mgh`: not the template's, which prints nothing for a name it does not know.
  hidden: [
    'tc', 's', 'p', 'm', 'k', 'no. of monks', 'lineage', 'colleges', 'mather', 'children', 'tulku', 'head mgh', ...COORD_PARTS,
    ...notPassed('location|country|founded|established|sect|festivals|elevation m'),
  ],
};

/** A Japanese town's or village's kind as its box reads it: `町村`, else the last character of `自治體名`. */
function townKind(call: TemplateCall): string {
  return call.args.get('町村')?.trim() || [...(call.args.get('自治體名')?.trim() ?? '')].pop() || '町';
}

/**
 * zhwiki 日本町村 (a redirect to Infobox 日本的町村, read; it fills Infobox settlement): headed by
 * 自治體名 and 町村 ("日之影" "町" → 日之影町), the Japanese name under the heading, and rows named
 * after the town's kind — 町長, 町樹, 町編號, 町役場地址 — or as Infobox settlement's slots label them.
 */
const ZH_JAPANESE_TOWN: InfoboxTemplate = {
  title: (call) => {
    const name = call.args.get('自治體名')?.trim();
    const kind = call.args.get('町村')?.trim();
    return name && kind ? name + kind : null;
  },
  labels: {
    郵遞區號: '-{zh-cn:邮政编码;zh-tw:郵遞區號;zh-hk:郵區編號;zh-sg:邮递区号;}-', 日文原名: '', 平假名: '平假名', 羅馬字拼音: '罗马字', 羅馬拼音: '罗马字', 自治體: '接鄰行政區', 外部連結: '网站', 註記: '', 電話號碼: '電話號碼',
  },
  callLabels: (call) => {
    const kind = townKind(call);
    return {
      首長: `${kind}長`, 編號: `${kind}編號`, 樹: `${kind}樹`, 花: `${kind}花`, 鳥: `${kind}鳥`, 所在地: `${kind}役場地址`,
      議員數: `${kind}議員數`, 町村章: call.args.get('圖章類型')?.trim() || `${kind}章`, 町村旗: `${kind}旗`,
    };
  },
  // Printed as Infobox settlement's slots are filled: the term's end after 首長, the prefecture before the
  // office's address, +81- and 〒 before the numbers; 魚 and 歌 only count towards the 象徵 heading.
  printed: (f, v, call) => {
    const arg = (k: string): string => call.args.get(k)?.trim() ?? '';
    if (f === '首長' && arg('卸任日期')) return `${v}<br /><small>（現任任期至：${arg('卸任日期')}）</small>`;
    if (f === '所在地') return arg('都道府縣') + v;
    if (f === '電話號碼') return `+81-${v}`;
    if (f === '郵遞區號') return `〒${v}`;
    return v;
  },
  hidden: ['自治體名', '町村', '圖像大小', '地圖大小', '支廳連結', '郡連結', '圖章類型', '卸任日期', '魚', '歌'],
  captions: { 圖像: '圖像說明' },
};

/**
 * Infobox programming language, labels as its labelN give them (the template read; 编程范型 and
 * 发行时间 by variant, as it words them); the language
 * families it heads (啟發語言, 影響語言 …) are rows under those words here. The release rows come
 * from Infobox software/simple, not read: labelled as Infobox software's are (infobox-templates-zh.ts).
 */
const PARADIGM = '-{zh-hans:编程范型;zh-hant:編程範型;}-';
const RELEASED = '-{zh-hans:发行时间;zh-tw:面市時間;zh-hk:釋出時間}-';
const ZH_PROGRAMMING_LANGUAGE: InfoboxTemplate = {
  labels: {
    paradigm: PARADIGM, paradigms: PARADIGM, family: '语言家族', designer: '設計者', designers: '設計者', developer: '實作者',
    developers: '實作者', released: RELEASED, year: RELEASED, typing: '型態系統', scope: '作用域', 'programming language': '實作語言',
    platform: '系统平台', 'operating system': '作業系統', license: '許可證', 'file ext': '文件扩展名', 'file extensions': '文件扩展名',
    'file format': '檔案格式', website: '網站', implementations: '主要實作產品', dialects: '衍生副語言', 'influenced by': '啟發語言',
    influenced: '影響語言', 'latest release version': '当前版本', 'latest release date': '当前版本发布日期', 'latest preview version': '预览版本',
  },
  hidden: ['ver layout', 'logo size', 'screenshot size', 'collapsible'],
  captions: { logo: 'logo caption', screenshot: 'screenshot caption' },
};

/** Each label of `names` → the label. */
export function labelled(groups: ReadonlyArray<readonly [string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [names, label] of groups) for (const name of names.split('|')) out[name] = label;
  return out;
}

/**
 * zhwiki Infobox University, labels as its labelN give them for each of the names (English and
 * Chinese) a row reads (the template read): `Name`, `name`, `名稱`, `名称` or `校名`, the first
 * given, heads the box, `EnglishName` stands under the heading; `董事會主持者頭銜` labels `董事會主持者` (infobox-rows). It read "師", "生", "類" as written.
 */
const ZH_UNIVERSITY: InfoboxTemplate = {
  title: (call) => ['Name', 'name', '名稱', '名称', '校名'].map((k) => call.args.get(k)?.trim()).find((v) => v) || null,
  labels: labelled([
    ['native name|本名|外文名|原名|english name|englishname|latin name|拉丁名称|拉丁名稱|footnotes|脚注|注释|腳註|註釋', ''],
    ['other names|other name', '其他名字'], ['former names|former name|老校名|原校名|舊校名|旧校名', '老校名'],
    ['motto|mottoeng|校训|校訓', '校训'], ['zhmotto', '中译'], ['established|建校|創校', '创办时间'], ['re established|复办|復辦|复校|復校', '復辦時間'],
    ['closed|闭校|閉校', '停办时间'], ['anniversary|校庆日|校慶日', '校庆日'], ['type|類型|类型|類', '学校类型'], ['religious|宗教背景', '宗教背景'],
    ['endowment|捐款', '捐贈基金'], ['budget', '预算'], ['officer in charge|主管官员|主管官員', '主管官员'], ['chancellor|校监|校監', '校监'],
    ['chancellor2|监督|監督', '監督'], ['书记|党委书记|secretary', '党委书记'], ['president|校长|校長|vice chancellor|principal|rector', '校长'],
    ['superintendent|监管|監管', '监管'], ['dean|院长|院長', '院長'], ['director', '主管'], ['vice secretary|党委副书记|副书记', '党委副书记'],
    ['vice president|副校长|副校長', '副校长'], ['vice dean|副院长|副院長', '副院长'], ['provost|教务长|教務長', '教務長'],
    ['administrative staff', '行政人員'], ['academic staff|faculty|教师|教師|师|師', '教师人數'], ['staff|职工|職工|员工|員工|職員', '职工人數'],
    ['students|学生|學生|生|student|enrollment', '学生人數'], ['undergrad|本科生|大學部|undergraduate', '-{zh-cn:本科生;zh-tw:大學部;zh-hk:本科生;}-人數'],
    ['postgrad|研究生|研究|postgraduate', '研究生人數'], ['doctoral|博士生', '博士生人數'], ['国防生', '国防生人數'],
    ['other|其他学生|其他學生', '其他在学人员人數'], ['acceptance rate|录取率', '录取率'], ['location|地址|所在|address', '校址'],
    ['campus|校园|校區|校園|校园环境|校園環境', '校區'], ['area|面积|面積', '总面积'], ['covered area|建筑面积|建築面積', '建筑面积'],
    ['athletics', '校隊'], ['conference|体育联盟|體育聯盟', '體育聯盟'], ['colors|校色|代表色|顏色|colours', '代表色'],
    ['nickname|暱稱|昵称|代號', '昵称'], ['mascot|吉祥物', '吉祥物'], ['magazine|校刊', '校刊'], ['legal person|所屬法人|所属法人', '所屬法人'],
    ['affiliations|affiliation|隸屬|隶属|機構成員', '隶属'], ['zip|邮编|郵編', '-{zh-cn:邮政编码;zh-tw:郵遞區號;zh-hk:郵區編號;zh-sg:邮递区号}-'], ['telephone|电话号码|電話號碼', '電話號碼'],
    ['fax|傳真号码|傳真號碼', '傳真號碼'], ['website|網站|网址|网站|網|网', '網站'],
  ]),
  // A chair or head is printed only under the title given for it (its data44 / data56 `{{#if:…label|…}}`).
  hidden: ['chairman', 'head', '董事會主持者', '董事会主持者', '頭銜者', '头衔者', '名稱', '名称', '校名', '校徽大小', 'sealimage size', '圖像大小', '图像大小', 'imagesize', 'logo size', 'map size', 'pushpin map', 'pushpin label position'],
  captions: { 校徽: '校徽說明', sealimage: 'sealinfo', 'image name': 'caption', image: 'caption' },
};

export const ZH_TEMPLATES_MORE: Readonly<Record<string, InfoboxTemplate>> = {
  'infobox chinese': ZH_CHINESE_NAME,
  'infobox buddhist temple': ZH_BUDDHIST_TEMPLE,
  'infobox religious building': { labels: RELIGIOUS_BUILDING_LABELS, callLabels: religiousLabels },
  'infobox airport': ZH_AIRPORT,
  'infobox tibetan buddhist monastery': ZH_TIBETAN_MONASTERY,
  'infobox programming language': ZH_PROGRAMMING_LANGUAGE,
  'infobox university': ZH_UNIVERSITY,
  日本町村: ZH_JAPANESE_TOWN,
  'infobox 日本的町村': ZH_JAPANESE_TOWN,
};
