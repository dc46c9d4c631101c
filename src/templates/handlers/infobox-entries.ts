/**
 * Which templates are infoboxes: the names and name patterns read by infobox.ts, and the Chembox
 * sections (`{{Chembox Identifiers}}` …) whose rows join the Chembox they sit in under a heading.
 */
import type { HandlerEntry, PatternEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateResult } from '../types.js';
import { text, uiLang } from '../util.js';
import { carrier } from './infobox-embedded.js';
import { BILATERAL_DATA, infoboxTemplate } from './infobox-templates.js';
import { collectNamed, infobox } from './infobox.js';
import { SHIP_BOUND_ENTRY } from './infobox-ship.js';

/** `{{Chembox Identifiers|CASNo=…}}` inside a Chembox `SectionN=`: rows under a header. */
const SECTION_TITLES: Record<string, { zh: string; ja: string; en: string }> = {
  identifiers: { zh: '识别', ja: '識別情報', en: 'Identifiers' },
  properties: { zh: '性质', ja: '特性', en: 'Properties' },
  hazards: { zh: '危险性', ja: '危険性', en: 'Hazards' },
  related: { zh: '相关物质', ja: '関連物質', en: 'Related compounds' },
  pharmacology: { zh: '药理学', ja: '薬理学', en: 'Pharmacology' },
  thermochemistry: { zh: '热化学', ja: '熱化学', en: 'Thermochemistry' },
  structure: { zh: '结构', ja: '構造', en: 'Structure' },
  explosive: { zh: '爆炸性', ja: '爆発性', en: 'Explosive data' },
};

function chemboxSection(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const lang = uiLang(ctx);
  const c = collectNamed(call, ctx, lang, infoboxTemplate(call.name, ctx.site.lang));
  if (!c.rows.length) return { kind: 'drop' };
  const kind = call.name.trim().toLowerCase().slice('chembox '.length);
  const t = SECTION_TITLES[kind];
  const title = t ? (lang === 'zh' ? t.zh : lang === 'ja' ? t.ja : t.en) : call.name.slice(8);
  return carrier([{ label: null, value: [text(title)], header: true }, ...c.rows], lang);
}

const INFOBOX_NAMES = [
  'Infobox', 'Taxobox', 'Speciesbox', 'Automatic taxobox', 'Subspeciesbox', 'Infraspeciesbox', 'Chembox', 'Chembox new',
  'Drugbox', 'Drugbox2', 'Elementbox', '基础资料', '基礎資料', '資訊框', '信息框', 'Картка', 'Особа', 'Письменник', 'Таксобокс',
  'Науковець', 'Музикант', 'Художник', 'НП України', 'Населений пункт України', 'Актор', '世界の市',
];

export const INFOBOX_ENTRIES: HandlerEntry[] = [
  { family: 'infobox', names: INFOBOX_NAMES, handler: infobox },
  // zhwiki's redirect to Infobox 日本的町村; no other wiki is known to have it.
  { family: 'infobox', names: ['日本町村'], langs: ['zh'], handler: infobox },
  // zhwiki `{{Chinese|t=…|s=…}}` redirects to Infobox Chinese (香港中文大學); it read as an inline {{zh}}.
  { family: 'infobox', names: ['Chinese'], langs: ['zh'], handler: (call, ctx) => infobox({ ...call, name: 'Infobox Chinese' }, ctx) },
  // Its two countries are read from the wiki's `Template:Country data …` pages when the source has them.
  { family: 'infobox', names: ['Infobox bilateral relations'], handler: infobox, traits: BILATERAL_DATA },
  // `{{Infobox ship begin}}` / `{{Infobox ship end}}`: where one ship's box ends, on every wiki.
  SHIP_BOUND_ENTRY,
];

export const INFOBOX_PATTERNS: PatternEntry[] = [
  { family: 'infobox', prefix: 'Chembox ', handler: chemboxSection },
  { family: 'infobox', prefix: 'Infobox', handler: infobox },
  { family: 'infobox', prefix: '信息框', handler: infobox },
  { family: 'infobox', prefix: '資訊框', handler: infobox },
  { family: 'infobox', prefix: '资讯框', handler: infobox },
  { family: 'infobox', suffix: '信息框', handler: infobox },
  { family: 'infobox', suffix: '資訊框', handler: infobox },
  { family: 'infobox', suffix: '资讯框', handler: infobox },
  { family: 'infobox', suffix: '信息欄', handler: infobox },
  { family: 'infobox', prefix: '基礎情報', handler: infobox },
  { family: 'infobox', prefix: '基础资料', handler: infobox },
  { family: 'infobox', prefix: 'Картка', handler: infobox },
  { family: 'infobox', prefix: 'Taxobox', handler: infobox },
];
