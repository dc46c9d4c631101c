/**
 * Flag templates. `{{flag|Japan}}` and the country-code templates (`{{USA}}`, `{{JPN}}`) show a
 * flag and the country's name: we keep the name, linked. `{{flagicon|…}}` shows only the flag
 * picture, which carries no text: dropped. When the page source has the wiki's own
 * `Template:Country data <X>` page (a dump, `--templates`), its link and name win over the
 * built-in table (call.countryData, preprocess/country-data.ts): they are what the wiki shows.
 */
import type { Inline } from '../../ast/nodes.js';
import type { HandlerEntry } from '../entry.js';
import type { CountryData, TemplateCall, TemplateContext, TemplateHandler, TemplateResult, TemplateTraits } from '../types.js';
import { COUNTRY_TABLE } from '../countries.js';
import { parseTitle } from '../../site/titles.js';
import { arg, DROP, inline, inlineResult, plain, pos, text, uiLang, wikiLink, type UiLang } from '../util.js';

interface Country {
  zh: string;
  ja: string;
  en: string;
  uk: string;
}

const COUNTRIES = new Map<string, Country>();
for (const line of COUNTRY_TABLE.split('\n')) {
  if (!line) continue;
  const [codes, zh, ja, en, uk] = line.split('|') as [string, string, string, string, string];
  const c: Country = { zh, ja, en, uk };
  for (const code of codes.split(',')) COUNTRIES.set(code.toLowerCase(), c);
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

function countryName(key: string, lang: UiLang): string | null {
  const c = COUNTRIES.get(key.trim().toLowerCase());
  if (!c) return null;
  return lang === 'ko' ? c.en : c[lang];
}

/**
 * A country argument as flag templates show it: a code or English name → the local name, linked;
 * a name already in the wiki's language (or an unknown code, usually a name) linked as written.
 */
export function countryLink(ctx: TemplateContext, raw: string, label?: string): Inline[] {
  const key = plain(ctx, raw);
  const name = isAscii(key) ? countryName(key, uiLang(ctx)) : null;
  if (name) return [wikiLink(ctx, name, label ? inline(ctx, label) : undefined)];
  const shown = inline(ctx, label ?? raw);
  if (shown.length === 1 && shown[0]!.type === 'text') return [wikiLink(ctx, key, shown)];
  return shown;
}

/**
 * The data page's link, shown as its name (the alias itself when the page gives no name). An alias
 * that is no article title (`[[中国]]`, a bar, a `Category:` that would categorise on the wiki)
 * gives the name alone, with a warning.
 */
function dataLink(ctx: TemplateContext, data: CountryData, offset: number): Inline[] {
  const label = data.name ? inline(ctx, data.name) : undefined;
  const t = parseTitle(ctx.site, data.link);
  if (t && t.ns !== 6 && t.ns !== 14) return [wikiLink(ctx, data.link, label)];
  ctx.warn({ code: 'template-data', message: `country data alias "${data.link}" is no article title: shown unlinked`, offset });
  return label && label.length ? label : [text(data.link)];
}

/**
 * A country as `{{flag}}` shows it: the data page's link and name when the source has the page
 * (`data`), else the built-in table's name for a code or English name, linked.
 */
export function countryShown(ctx: TemplateContext, raw: string, data: CountryData | null | undefined, offset: number): Inline[] {
  return data ? dataLink(ctx, data, offset) : countryLink(ctx, raw);
}

/** `{{flag|Japan}}` / `{{flagcountry|JPN}}` → the country's name, linked. */
function flag(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const raw = pos(call, 1);
  if (!raw) return DROP;
  if (call.countryData) return inlineResult(dataLink(ctx, call.countryData, call.offset));
  // zhwiki has a country data page for `HKSAR` (its `{{HKSAR}}` is `{{flag|HKSAR}}`): Hong Kong.
  const code = ctx.site.lang === 'zh' && raw.trim().toUpperCase() === 'HKSAR' ? 'HKG' : raw;
  return inlineResult(countryLink(ctx, code, arg(call, ['name', '3'])));
}

/**
 * `{{flagu|Japan}}`: the flag and the name, unlinked (zhwiki's Flagu/core prints the data page's
 * `{{{name}}}` after the picture, where Flag/core and Flagcountry/core link it): the name as text.
 */
function flagu(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const raw = pos(call, 1);
  if (!raw) return DROP;
  if (call.countryData) return inlineResult(call.countryData.name ? inline(ctx, call.countryData.name) : [text(call.countryData.link)]);
  const own = arg(call, ['name']);
  if (own) return inlineResult(inline(ctx, own));
  const key = plain(ctx, raw);
  const name = isAscii(key) ? countryName(key, uiLang(ctx)) : null;
  return inlineResult(name ? [text(name)] : inline(ctx, raw));
}

/** `{{USA}}`, `{{JPN}}`, `{{ROC-TW}}`: the name for the code the template is called by. */
function countryTemplate(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  if (call.countryData) return inlineResult(dataLink(ctx, call.countryData, call.offset));
  const name = countryName(call.name, uiLang(ctx));
  return name ? inlineResult([wikiLink(ctx, name)]) : DROP;
}

/**
 * The country templates (`{{USA}}`, `{{JPN}}`, `{{RUSold}}`): every three-letter code of the table
 * with its `-XX` forms (`ROC-TW` among them) and `old`/`imp` forms, plus the few names listed first.
 * Other two-letter codes stay flag arguments only: as template names they collide with language
 * icons (`{{de}}`) and table words (`{{no}}`).
 */
// Listed by hand: `{{TW}}` and `{{UK}}`, the two-letter names taken as country templates; the
// Soviet-era `{{USSR}}`, `{{URSR}}`, `{{ZUNR}}` of ukwiki's person boxes; jawiki's `{{SADR}}`
// (Western Sahara's republic in a list of states). `{{EU}}` is not among them: on jawiki that name
// is the Union's navbox; its flag template is `{{EUR}}`. jawiki's `{{NLD1581}}` is the Dutch
// Republic (ja 0033: Spinoza's birthplace read "・アムステルダム").
const CODE_TEMPLATES: string[] = ['TW', 'UK', 'USSR', 'URSR', 'ZUNR', 'SADR', 'NLD1581'];
for (const line of COUNTRY_TABLE.split('\n')) {
  const codes = line.split('|')[0];
  if (!codes) continue;
  for (const code of codes.split(',')) if (/^[A-Z]{3}$|^[A-Z]{3}-[A-Z]{2,3}$|^[A-Z]{3}(old|imp)$/.test(code)) CODE_TEMPLATES.push(code);
}

/** zhwiki country-template names that stand for a code of the table. */
const ZH_CODE_ALIASES: Readonly<Record<string, string>> = { JAP: 'JPN', HKSAR: 'HKG', SWI: 'CHE' };

const dropIcon: TemplateHandler = () => DROP;

/** `{{flag|X|variant|name=…}}` reads `Template:Country data X` (zhwiki's Flag, Flagcountry, Flagu). */
const FLAG_DATA: TemplateTraits = {
  countryKey: (call) => {
    const key = pos(call, 1);
    // zhwiki's Flag passes `name={{{name|}}}` only: a third positional argument names nothing.
    return key ? { key, variant: arg(call, ['variant', '2']) ?? '', name: arg(call, ['name']) ?? '' } : null;
  },
};
/** `{{CHN}}` reads `Template:Country data CHN` (on zhwiki a redirect to China's page). */
const CODE_DATA: TemplateTraits = { countryKey: (call) => ({ key: call.name, variant: '', name: '' }) };
/** `{{JAP}}`, `{{SWI}}` redirect to `{{JPN}}`, `{{CHE}}`; `{{HKSAR}}` is `{{flag|HKSAR}}`. */
const ZH_CODE_DATA: TemplateTraits = {
  countryKey: (call) => {
    const name = call.name.trim().toUpperCase();
    return { key: name === 'HKSAR' ? name : ZH_CODE_ALIASES[name] ?? call.name, variant: '', name: '' };
  },
};

export const FLAG_ENTRIES: HandlerEntry[] = [
  { family: 'flag', names: ['Flag', 'Flagcountry', 'Flag country', 'Flagdeco with name', '国旗', '國旗', 'Прапор країни'], handler: flag, traits: FLAG_DATA },
  { family: 'flag', names: ['Flagu'], handler: flagu, traits: FLAG_DATA },
  {
    family: 'flag',
    names: ['Flagicon', 'Flag icon', 'Flagdeco', 'Flagicon image', 'Flagathlete icon', 'Flagge', '旗帜', '旗幟', 'Прапорець', 'Прапорець20', 'Flagicon2'],
    handler: dropIcon,
  },
  { family: 'flag', names: CODE_TEMPLATES, handler: countryTemplate, traits: CODE_DATA },
  // ukwiki's `{{RU-KGD}}` is the Kaliningrad region beside Russia among Poland's neighbours (uk 0373:
  // "Росія (…)" had lost it); no other wiki's use of the name is known.
  { family: 'flag', names: ['RU-KGD'], langs: ['uk'], handler: countryTemplate, traits: CODE_DATA },
  // zhwiki's `{{JAP}}` redirects to `{{JPN}}`, `{{SWI}}` to `{{CHE}}`; `{{HKSAR}}` is `{{flag|HKSAR}}`, Hong
  // Kong (香取号训练巡洋舰's 擁有國, 香港國際機場's location, SAKURA (歌手)'s 出生地點 read nothing).
  { family: 'flag', names: ['JAP', 'HKSAR', 'SWI'], langs: ['zh'], traits: ZH_CODE_DATA, handler: (call, ctx) => countryTemplate({ ...call, name: ZH_CODE_ALIASES[call.name.trim().toUpperCase()] ?? call.name }, ctx) },
];
