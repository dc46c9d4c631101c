/**
 * `{{convert|10|km|mi}}` for the common units: zh `10公里（6.2英里）` (`10 km（6.2 mi）` with
 * abbr=on), en `10 kilometres (6.2 mi)`, ja `10 km（6.2 mi）`. Ranges (`10|-|20`, `to`, `and`,
 * `x`), explicit precision (`|0`), `sigfig=`, `abbr=`, `disp=or/x/b/output only/flip`, `adj=on`,
 * several output units (`mi nmi`) and the combined `ft in` output.
 */
import type { HandlerEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateResult } from '../types.js';
import { arg, DROP, inlineResult, plain, text, uiLang, type UiLang } from '../util.js';
import { findUnit, type Unit } from './units.js';

function parseNumber(s: string): number | null {
  let t = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44) continue; // thousands separator
    if (c === 0x2212) t += '-';
    else t += s[i];
  }
  if (t === '' || t === '-' || t === '+') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

function decimals(s: string): number {
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** Digits with thousands separators (the input side keeps what the editor wrote, normalised). */
function group(n: number, places: number, lang: UiLang): string {
  const fixed = Math.abs(n).toFixed(Math.max(0, places));
  const dot = fixed.indexOf('.');
  const int = dot < 0 ? fixed : fixed.slice(0, dot);
  const frac = dot < 0 ? '' : fixed.slice(dot);
  let out = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += lang === 'uk' ? '\u00a0' : ',';
    out += int[i];
  }
  const sign = n < 0 && Number(fixed) !== 0 ? '−' : '';
  return sign + out + (lang === 'uk' ? frac.replace('.', ',') : frac);
}

/** Round to `places` decimals (negative: to tens, hundreds …) and print. */
function rounded(v: number, places: number, lang: UiLang): string {
  if (places >= 0) return group(v, places, lang);
  const f = Math.pow(10, -places);
  return group(Math.round(v / f) * f, 0, lang);
}

const LOG2 = Math.log10(2);

/**
 * Convert's default precision: the input's decimals, shifted by how much larger the output
 * number is than the input, and at least two significant figures for small results.
 */
function defaultPlaces(inText: string, inValue: number, outValue: number): number {
  let places = decimals(inText);
  if (inValue !== 0 && outValue !== 0) places += Math.floor(Math.log10(Math.abs(inValue / outValue)) + LOG2);
  if (places < 0 && decimals(inText) === 0) {
    // Never round away digits the input itself has (8848 m → 29,029 ft, not 29,030).
    places = 0;
  }
  const abs = Math.abs(outValue);
  if (abs > 0 && abs < 10) {
    const needed = 1 - Math.floor(Math.log10(abs));
    if (places < needed) places = needed;
  }
  return places;
}

function toBase(u: Unit, v: number): number {
  return v * u.factor + (u.offset ?? 0);
}

function fromBase(u: Unit, base: number): number {
  return (base - (u.offset ?? 0)) / u.factor;
}

interface Options {
  abbrIn: boolean;
  abbrOut: boolean;
  places: number | null;
  sigfig: number | null;
  disp: string;
  adj: boolean;
}

function unitName(u: Unit, value: number, abbr: boolean, lang: UiLang, adj: boolean): string {
  if (abbr || lang === 'ja' || lang === 'uk' || lang === 'ko') return u.sym;
  if (lang === 'zh') return u.zh;
  if (adj) return u.en;
  return Math.abs(value) === 1 ? u.en : u.enPlural ?? u.en + 's';
}

/** "10 km", "10公里", "10-kilometre": value and unit joined the way each language writes them. */
function withUnit(num: string, u: Unit, value: number, abbr: boolean, lang: UiLang, adj: boolean): string {
  const name = unitName(u, value, abbr, lang, adj);
  if (u.sym === '°C' || u.sym === '°F' || u.sym === '°' || u.sym === '%' || u.sym === '′' || u.sym === '″') {
    if (abbr || (lang !== 'en' && lang !== 'zh')) return num + u.sym;
  }
  if (lang === 'zh' && !abbr) return num + name;
  if (adj && lang === 'en') return `${num}-${name}`;
  return `${num} ${name}`;
}

function formatOut(base: number[], inTexts: string[], inValues: number[], u: Unit, o: Options, lang: UiLang, sep: string): string {
  if (u.combo) {
    // ft in / st lb: whole big units and the rounded rest.
    const [big, small] = u.combo;
    return base
      .map((b) => {
        const totalSmall = Math.round(fromBase(small, b));
        const per = Math.round(big.factor / small.factor);
        const whole = Math.floor(totalSmall / per);
        const rest = totalSmall - whole * per;
        return `${withUnit(String(whole), big, whole, o.abbrOut, lang, false)} ${withUnit(String(rest), small, rest, o.abbrOut, lang, false)}`;
      })
      .join(sep);
  }
  const values = base.map((b) => fromBase(u, b));
  // A range shares one precision (the finest any of its values needs): "6.2–12.4 mi".
  let shared = -Infinity;
  if (!o.sigfig && o.places === null) {
    values.forEach((v, i) => {
      shared = Math.max(shared, defaultPlaces(inTexts[i] ?? inTexts[0]!, inValues[i] ?? inValues[0]!, v));
    });
  }
  const nums = values.map((v) => {
    if (o.sigfig) {
      const mag = v === 0 ? 0 : Math.floor(Math.log10(Math.abs(v)));
      return rounded(v, o.sigfig - 1 - mag, lang);
    }
    return rounded(v, o.places ?? shared, lang);
  });
  const last = values[values.length - 1]!;
  return withUnit(nums.join(sep), u, last, o.abbrOut, lang, false);
}

const RANGE_WORDS: Record<string, Record<UiLang, string>> = {
  '-': { zh: '–', ja: '–', en: '–', uk: '–', ko: '–' },
  '–': { zh: '–', ja: '–', en: '–', uk: '–', ko: '–' },
  to: { zh: '至', ja: '–', en: ' to ', uk: ' до ', ko: '~' },
  'to(-)': { zh: '至', ja: '–', en: ' to ', uk: ' до ', ko: '~' },
  and: { zh: '和', ja: 'と', en: ' and ', uk: ' і ', ko: ' 및 ' },
  or: { zh: '或', ja: 'または', en: ' or ', uk: ' або ', ko: ' 또는 ' },
  x: { zh: '×', ja: '×', en: ' × ', uk: ' × ', ko: ' × ' },
  '×': { zh: '×', ja: '×', en: ' × ', uk: ' × ', ko: ' × ' },
  by: { zh: '×', ja: '×', en: ' by ', uk: ' на ', ko: ' × ' },
  '+/-': { zh: '±', ja: '±', en: ' ± ', uk: ' ± ', ko: ' ± ' },
  '±': { zh: '±', ja: '±', en: ' ± ', uk: ' ± ', ko: ' ± ' },
};

const PAREN: Record<UiLang, [string, string]> = { zh: ['（', '）'], ja: ['（', '）'], en: [' (', ')'], uk: [' (', ')'], ko: [' (', ')'] };
const OR_WORD: Record<UiLang, string> = { zh: '或', ja: 'または', en: ' or ', uk: ' або ', ko: ' 또는 ' };

function positional(call: TemplateCall, ctx: TemplateContext): string[] {
  const out: string[] = [];
  for (let i = 1; i <= 12; i++) {
    const v = call.args.get(String(i));
    if (v === undefined) break;
    out.push(plain(ctx, v));
  }
  return out;
}

export function convert(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const lang = uiLang(ctx);
  const p = positional(call, ctx);
  // value (sep value)* unit
  const inTexts: string[] = [];
  const inValues: number[] = [];
  let i = 0;
  let rangeWord = '';
  for (;;) {
    const n = p[i] !== undefined ? parseNumber(p[i]!) : null;
    if (n === null) break;
    inTexts.push(p[i]!.replace(/,/g, ''));
    inValues.push(n);
    i++;
    const w = p[i] !== undefined ? RANGE_WORDS[p[i]!] : undefined;
    if (w && p[i + 1] !== undefined && parseNumber(p[i + 1]!) !== null) {
      rangeWord = w[lang];
      i++;
      continue;
    }
    break;
  }
  if (!inValues.length) return DROP;
  const inUnit = p[i] !== undefined ? findUnit(p[i]!) : null;
  if (!inUnit) {
    // Unknown unit: show what was written.
    return inlineResult([text(`${inTexts.join(rangeWord || '–')} ${p[i] ?? ''}`.trim())]);
  }
  i++;
  // Output units (space-separated list allowed), then an optional precision.
  let outUnits: Unit[] = [];
  const outCode = p[i];
  if (outCode !== undefined && outCode !== '' && parseNumber(outCode) === null) {
    const whole = findUnit(outCode);
    if (whole) outUnits = [whole];
    else for (const code of outCode.split(' ')) {
      const u = findUnit(code);
      if (u) outUnits.push(u);
    }
    i++;
  }
  if (!outUnits.length) {
    const d = findUnit(inUnit.defaultOut);
    if (d) outUnits = [d];
  }
  outUnits = outUnits.filter((u) => u.dim === inUnit.dim);
  const precisionArg = p[i] !== undefined ? parseNumber(p[i]!) : null;

  const abbr = (arg(call, ['abbr']) ?? '').toLowerCase();
  const o: Options = {
    // en: name in, symbol out by default; zh: names both sides; abbr=on: symbols both sides.
    abbrIn: abbr === 'on' || abbr === 'in' || abbr === 'values',
    abbrOut: lang === 'zh' ? abbr === 'on' || abbr === 'out' : abbr !== 'off' && abbr !== 'in',
    places: precisionArg,
    sigfig: parseNumber(arg(call, ['sigfig']) ?? '') ?? null,
    disp: (arg(call, ['disp']) ?? '').toLowerCase(),
    adj: (arg(call, ['adj']) ?? '').toLowerCase() === 'on',
  };

  const inValuesForm = inTexts.map((t, k) => group(inValues[k]!, decimals(t), lang));
  const last = inValues[inValues.length - 1]!;
  const inText = withUnit(inValuesForm.join(rangeWord || '–'), inUnit, last, o.abbrIn, lang, o.adj);
  if (!outUnits.length || o.disp === 'number') return inlineResult([text(inText)]);

  const base = inValues.map((v) => toBase(inUnit, v));
  const sep = rangeWord || '–';
  const outs = outUnits.map((u) => formatOut(base, inTexts, inValues, u, o, lang, sep));
  const outText = outs.join(lang === 'zh' || lang === 'ja' ? '；' : '; ');
  switch (o.disp) {
    case 'output only':
    case 'out':
      return inlineResult([text(outText)]);
    case 'or':
      return inlineResult([text(inText + OR_WORD[lang] + outText)]);
    case 'x': {
      const l = arg(call, ['5']) ?? ' ';
      return inlineResult([text(inText + l + outText)]);
    }
    case 'b':
    case 'flip': {
      if (o.disp === 'flip') {
        const [open, close] = PAREN[lang];
        return inlineResult([text(outText + open + inText + close)]);
      }
      break;
    }
    default:
      break;
  }
  const [open, close] = PAREN[lang];
  return inlineResult([text(inText + open + outText + close)]);
}

export const CONVERT_ENTRIES: HandlerEntry[] = [
  { family: 'convert', names: ['Convert', 'Cvt', 'Convert/2', '转换', '轉換', '換算', 'Convert2'], handler: convert },
];
