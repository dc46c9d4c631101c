/**
 * Smaller families seen on real pages: collapsible-table headers (`{{hideH}}`), `{{based on}}`,
 * `{{height}}`, `{{rating}}`, video-game release dates and names (`{{vgrelease}}`, `{{vgname}}`),
 * review boxes (`{{VG Reviews}}` → an infobox), zh station links (`{{站|井口}}`), and a few
 * database links (`{{drugs.com}}`, `{{TaiBNET}}`), and jawiki expressway route signs
 * (`{{Ja Exp Route Sign|E4}}`: the sign shows its route code, which we show as a code span), and
 * the chronology rows of music infoboxes (`{{Extra chronology 2}}`).
 */
import type { Infobox, InfoboxRow, Inline } from '../../ast/nodes.js';
import type { HandlerEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateResult } from '../types.js';
import { arg, DROP, externalLink, inline, inlineOrDrop, inlineResult, isCjk, join, paragraph, plain, pos, templatePageHandler, text, uiLang, wikiLink, type UiLang } from '../util.js';
import { convert } from './convert.js';

/** `{{hideH|Head=标题}}` opens a collapsed table: keep its heading text as a bold line. */
function hideHeader(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const head = inline(ctx, arg(call, ['Head', 'head', 'title', '1']));
  return head.length ? { kind: 'block', nodes: [paragraph([{ type: 'strong', children: head }])] } : DROP;
}

/** `{{based on|work|author}}` → "work" + line break + "author" (en: "by author"). */
function basedOn(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const work = inline(ctx, pos(call, 1));
  const authors: Inline[] = [];
  for (let i = 2; i <= 5; i++) {
    const a = inline(ctx, pos(call, i));
    if (!a.length) continue;
    if (authors.length) authors.push(text(isCjk(uiLang(ctx)) ? '、' : ', '));
    authors.push(...a);
  }
  if (!work.length) return inlineOrDrop(authors);
  if (!authors.length) return inlineResult(work);
  const by = uiLang(ctx) === 'en' ? [text('by ')] : [];
  return inlineResult([...work, { type: 'break' }, ...by, ...authors]);
}

/** `{{height|m=1.83}}`, `{{height|ft=6|in=1}}` → a convert call. */
function height(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const args = new Map<string, string>();
  const m = arg(call, ['m', 'meters', 'metres']);
  const cm = arg(call, ['cm']);
  const ft = arg(call, ['ft', 'feet']);
  const inch = arg(call, ['in', 'inch', 'inches']);
  if (m) args.set('1', m).set('2', 'm').set('3', 'ftin');
  else if (cm) args.set('1', cm).set('2', 'cm').set('3', 'ftin');
  else if (ft) {
    const total = Number(ft) * 12 + Number(inch ?? 0);
    if (!Number.isFinite(total)) return DROP;
    args.set('1', String(total)).set('2', 'in').set('3', 'm').set('4', '2');
  } else return DROP;
  args.set('abbr', 'on');
  return convert({ ...call, args }, ctx);
}

/** `{{rating|4|5}}` → "4/5". */
function rating(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const score = plain(ctx, pos(call, 1));
  const of = plain(ctx, pos(call, 2)) || '5';
  return score ? inlineResult([text(`${score}/${of}`)]) : DROP;
}

const REGIONS: Record<string, { zh: string; ja: string; en: string }> = {
  NA: { zh: '北美', ja: '北米', en: 'NA' }, EU: { zh: '欧洲', ja: '欧州', en: 'EU' }, PAL: { zh: 'PAL区', ja: 'PAL', en: 'PAL' },
  JP: { zh: '日本', ja: '日本', en: 'JP' }, AU: { zh: '澳洲', ja: 'オーストラリア', en: 'AU' }, WW: { zh: '全球', ja: '世界', en: 'WW' },
  TW: { zh: '台湾', ja: '台湾', en: 'TW' }, HK: { zh: '香港', ja: '香港', en: 'HK' }, CN: { zh: '中国大陆', ja: '中国', en: 'CN' },
  CHN: { zh: '中国大陆', ja: '中国', en: 'CHN' }, KR: { zh: '韩国', ja: '韓国', en: 'KR' }, KOR: { zh: '韩国', ja: '韓国', en: 'KOR' },
  AS: { zh: '亚洲', ja: 'アジア', en: 'AS' }, UK: { zh: '英国', ja: 'イギリス', en: 'UK' }, INT: { zh: '国际', ja: '国際', en: 'INT' },
};

function region(code: string, lang: UiLang): string {
  const r = REGIONS[code.toUpperCase()];
  if (!r) return code;
  return lang === 'zh' ? r.zh : lang === 'ja' ? r.ja : r.en;
}

/** `{{vgrelease|NA|2006年11月14日|EU|…}}` → one "北美：date" line per region. */
function vgrelease(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const lang = uiLang(ctx);
  const out: Inline[] = [];
  for (let i = 1; i < 40; i += 2) {
    const code = plain(ctx, pos(call, i));
    const date = inline(ctx, pos(call, i + 1));
    if (!code && !date.length) break;
    if (out.length) out.push({ type: 'break' });
    if (code) out.push(text(region(code, lang) + (isCjk(lang) ? '：' : ': ')));
    out.push(...date);
  }
  return inlineOrDrop(out);
}

const VG_NAME_LABELS: Array<{ key: string; zh: string }> = [
  { key: 'en', zh: '英语' }, { key: 'ja', zh: '日语' }, { key: 'cn', zh: '中国大陆' }, { key: 'tw', zh: '台湾' },
  { key: 'hk', zh: '香港' }, { key: 'mo', zh: '澳门' }, { key: 'sg', zh: '新加坡' }, { key: 'my', zh: '马来西亚' }, { key: 'kr', zh: '韩语' },
];

/**
 * zh `{{vgname|名称|en=…|cn=…|tw=…}}` → "**名称**（英语：…；中国大陆：…；台湾：…）". It opens the
 * lead in place of the bold title, so the name is bold; the regional and Japanese/Korean names
 * are each that region's own spelling, shown as written in every variant (`-{…}-`), so the
 * mainland title is not turned into the Taiwan one by the page's conversion rules.
 */
function vgname(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const first = inline(ctx, pos(call, 1) ?? arg(call, ['name']));
  const name: Inline[] = first.length ? [{ type: 'strong', children: first }] : [];
  const parts: Inline[] = [];
  for (const l of VG_NAME_LABELS) {
    const raw = arg(call, [l.key])?.trim();
    const v = !raw ? [] : l.key === 'en' || raw.includes('-{') || raw.includes('}-') ? inline(ctx, raw) : ctx.parseInline(`-{${raw}}-`);
    if (!v.length) continue;
    if (parts.length) parts.push(text('；'));
    parts.push(text(l.zh + '：'), ...v);
  }
  if (!parts.length) return inlineOrDrop(name);
  return inlineResult([...name, text('（'), ...parts, text('）')]);
}

const REVIEWERS: Record<string, string> = {
  MC: 'Metacritic', GR: 'GameRankings', OC: 'OpenCritic', IGN: 'IGN', GSpot: 'GameSpot', GSpy: 'GameSpy', '1UP': '1UP.com',
  EGM: 'Electronic Gaming Monthly', EuroG: 'Eurogamer', Fam: 'Fami通', GI: 'Game Informer', GT: 'GameTrailers',
  PCGUS: 'PC Gamer (US)', PCGUK: 'PC Gamer (UK)', Edge: 'Edge', GRadar: 'GamesRadar+', Poly: 'Polygon', Destruct: 'Destructoid',
  NLife: 'Nintendo Life', NP: 'Nintendo Power', OXM: 'Official Xbox Magazine', PSM: 'PlayStation: The Official Magazine',
  X360: 'Xbox 360 Magazine', GamePro: 'GamePro', AllGame: 'AllGame', TouchArcade: 'TouchArcade', PCZone: 'PC Zone',
};

const REVIEW_TITLE: Record<UiLang, string> = { zh: '评价', ja: '評価', en: 'Reception', uk: 'Оцінки', ko: '평가' };
const REVIEW_SKIP = new Set(['state', 'width', 'align', 'title', 'subtitle', 'na', 'bgcolor', 'italic']);

/** `{{VG Reviews|MC=88%|IGN=8.8/10}}` → an infobox of publication → score. */
function reviews(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const rows: InfoboxRow[] = [];
  for (const [k, v] of call.args) {
    if (!v.trim() || REVIEW_SKIP.has(k.toLowerCase())) continue;
    const value = inline(ctx, v);
    if (!value.length) continue;
    rows.push({ label: [text(REVIEWERS[k] ?? k)], value });
  }
  if (!rows.length) return DROP;
  const title = arg(call, ['title']);
  const box: Infobox = { type: 'infobox', name: call.name, title: title ? inline(ctx, title) : [text(REVIEW_TITLE[uiLang(ctx)])], images: [], rows };
  return { kind: 'block', nodes: [box] };
}

/** zh `{{站|井口}}` → [[井口站|井口]]. */
function station(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const name = plain(ctx, pos(call, 1));
  if (!name) return DROP;
  const suffix = plain(ctx, pos(call, 2));
  return inlineResult([wikiLink(ctx, `${name}站${suffix ? ` (${suffix})` : ''}`, [text(name)])]);
}

/**
 * What zhwiki's {{drugs.com}} shows for each section of the site (its `#switch` on the lower-cased
 * first argument; the bare site, `{{drugs.com||page}}` or `{{drugs.com|parent|page}}`, shows the
 * page's name; a code outside the switch, `drug` included, shows nothing: it has no #default).
 * Other wikis keep "Drugs.com": their labels were not read.
 */
const DRUGS_COM_ZH: Readonly<Record<string, string>> = {
  cdi: '消费者药物信息', cons: 'Micromedex详细消费者药物信息', 'drug-class': '药物分类', class: '药物分类',
  'drug-interactions': '药物相互作用', interactions: '药物相互作用', enc: '医学百科', international: '国际药品名称',
  monograph: 'Monograph', mmx: 'Drugs.com归档', mtm: 'Multum消费者信息', npp: 'MedFacts天然产品', ppa: '专业药物信息',
  pregnancy: '妊娠及哺乳用药', pro: 'FDA专业药物信息', sfx: '副作用', uk: '英国药物信息', vet: '药物兽用信息',
};

function drugsCom(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const kind = plain(ctx, pos(call, 1)).trim().toLowerCase();
  const page = plain(ctx, pos(call, 2)).trim();
  if (!page) return DROP;
  const bare = kind === '' || kind === 'parent';
  const path = bare || kind === 'drug' ? page : `${kind}/${page}`;
  if (uiLang(ctx) !== 'zh') return inlineResult([externalLink(`https://www.drugs.com/${path}.html`, [text('Drugs.com')])]);
  const label = bare ? page : Object.hasOwn(DRUGS_COM_ZH, kind) ? DRUGS_COM_ZH[kind] : undefined;
  if (label === undefined) return DROP;
  return inlineResult([externalLink(`https://www.drugs.com/${path}.html`, [text(label)])]);
}

function taibnet(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const id = plain(ctx, arg(call, ['id']));
  const label: Inline[] = [text('臺灣物種名錄 TaiBNET')];
  const zhName = plain(ctx, arg(call, ['zh']));
  const binomial = plain(ctx, arg(call, ['binomial']));
  const about = [zhName, binomial].filter(Boolean).join(' ');
  const link = id ? externalLink(`https://taibnet.sinica.edu.tw/chi/taibnet_species_detail.php?name_code=${id}`, label) : label[0]!;
  return inlineResult(about ? [link, text(`：${about}`)] : [link]);
}

/**
 * `{{Ja Exp Route Sign|E4A}}` → `E4A` as a code span: the sign is a boxed badge, and pages set
 * signs right against each other or against the road's link (`{{…|E20}}{{…|E68}}[[中央自動車道]]`),
 * which a box keeps apart where plain text would run together.
 */
function routeSign(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const code = plain(ctx, pos(call, 1));
  return /^[A-Z]{1,2}\d{1,3}[A-Z]?$/.test(code) ? inlineResult([{ type: 'inlineCode', value: code }]) : DROP;
}

const CHRONOLOGY: Record<UiLang, string> = { zh: '年表', ja: '年表', en: 'chronology', uk: 'хронологія', ko: '연표' };

/**
 * `{{Extra chronology 2|Artist=…|Type=single|Last single=…|This single=…|Next single=…}}` (in an
 * infobox's Misc field, ja イエスタデイ): the heading "{Artist} 年表", then the previous, this and
 * next release in order, joined by arrows — the wiki's three-cell row, as one line.
 */
function chronology(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const lang = uiLang(ctx);
  const find = (prefix: string) => {
    for (const [k, v] of call.args) if (k.trim().toLowerCase().startsWith(prefix) && v.trim()) return inline(ctx, v);
    return [];
  };
  const last = find('last ');
  const self = find('this ');
  const next = find('next ');
  if (!last.length && !self.length && !next.length) return DROP;
  const artist = inline(ctx, arg(call, ['Artist', 'artist']));
  const out: Inline[] = [];
  if (artist.length) out.push({ type: 'strong', children: [...artist, text(` ${CHRONOLOGY[lang]}`)] }, { type: 'break' });
  // The call bolds this release itself ('''イエスタデイ''').
  const parts = [last, self, next].filter((p) => p.length);
  out.push(...join(parts, ' → '));
  return inlineResult(out);
}

/** The heading of an album's track order around a song: the album's name in the wiki's words. */
const TRACKS: Record<UiLang, (album: Inline[]) => Inline[]> = {
  ja: (a) => [text('『'), ...a, text('』収録曲')],
  zh: (a) => [text('《'), ...a, text('》曲目')],
  en: (a) => [...a, text(' track listing')],
  uk: (a) => [...a, text(' — трек-лист')],
  ko: (a) => [...a, text(' 수록곡')],
};

/**
 * `{{Extra track listing|Album=…|prev_track=…|prev_no=B-5|this_track=…|track_no=B-6|next_track=…|next_no=B-7}}`
 * (in a song box's Misc field, ja 0075 イエスタデイ): where the song stands on its album — the
 * previous, this and next track, numbered, joined by arrows under the album's heading, as the
 * chronology beside it is written.
 */
function trackListing(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const lang = uiLang(ctx);
  const track = (title: string[], no: string[]): Inline[] => {
    const t = inline(ctx, arg(call, title));
    if (!t.length) return [];
    const n = plain(ctx, arg(call, no));
    return n ? [text(`${n}. `), ...t] : t;
  };
  const parts = [
    track(['prev_track', 'Last track', 'last_track'], ['prev_no', 'Last no', 'last_no']),
    track(['this_track', 'This track'], ['track_no', 'This no', 'this_no']),
    track(['next_track', 'Next track'], ['next_no', 'Next no']),
  ].filter((p) => p.length);
  if (!parts.length) return DROP;
  const album = inline(ctx, arg(call, ['Album', 'album']));
  const out: Inline[] = [];
  if (album.length) out.push({ type: 'strong', children: TRACKS[lang](album) }, { type: 'break' });
  out.push(...join(parts, ' → '));
  return inlineResult(out);
}

export const MISC_ENTRIES: HandlerEntry[] = [
  // uk `{{Періодична система хімічних елементів (велика)}}` (uk 0406, after "Нижче наведено довгий
  // варіант"): the long-form table is the template's own text (118 cells with names and links); the
  // sentence pointed at nothing, it now links the template's page, which shows the table.
  { family: 'misc', names: ['Періодична система хімічних елементів (велика)'], langs: ['uk'], handler: templatePageHandler, traits: { fallbackOnly: true } },
  { family: 'misc', names: ['HideH', 'Hidden begin/zh', 'Hidden top', 'Collapse top', 'Cot'], handler: hideHeader },
  { family: 'misc', names: ['Based on'], handler: basedOn },
  { family: 'misc', names: ['Height', '身高'], handler: height },
  { family: 'misc', names: ['Rating', 'Rating-5', '评分', '評分'], handler: rating },
  { family: 'misc', names: ['Vgrelease', 'Video game release', 'Vgrtbl', 'Vgrelease new'], handler: vgrelease },
  { family: 'misc', names: ['Vgname'], langs: ['zh'], handler: vgname },
  // `{{作品名稱|name=''A Beautiful Mind''|hk=…|tw=…|cn=…}}` opens a film's lead in place of its bold
  // title, as {{vgname}} does a game's (zh 美丽心灵 lost its subject: "是一部美國電影"). zhwiki's
  // template is in no stored copy; its regional names are shown as {{vgname}} shows them.
  { family: 'misc', names: ['作品名稱', '作品名称'], langs: ['zh'], handler: vgname },
  { family: 'misc', names: ['VG Reviews', 'Video game reviews', 'VGReviews'], handler: reviews },
  { family: 'misc', names: ['站', '車站', '车站'], langs: ['zh'], handler: station },
  { family: 'misc', names: ['Drugs.com'], handler: drugsCom },
  { family: 'misc', names: ['TaiBNET'], handler: taibnet },
  { family: 'misc', names: ['Ja Exp Route Sign'], langs: ['ja'], handler: routeSign },
  { family: 'misc', names: ['Extra chronology 2', 'Extra chronology'], handler: chronology },
  { family: 'misc', names: ['Extra track listing', 'Extra tracklisting'], handler: trackListing },
];
