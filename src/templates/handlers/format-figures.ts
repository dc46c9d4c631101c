/**
 * Figures and formulas among the formatting templates: `{{val}}` (Module:Val's figure, uncertainty,
 * power and unit), zhwiki's `{{化學式}}`, `{{To USD}}` and `{{US$}}` — handlers that build their text
 * from parts rather than pass an argument through (split from format.ts).
 */
import type { Inline } from '../../ast/nodes.js';
import type { HandlerEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateResult } from '../types.js';
import { arg, DROP, inline, inlineResult, plain, pos, text, wikiLink } from '../util.js';
import { parseTitle } from '../../site/titles.js';
import { evaluateExpression } from '../../preprocess/functions/expr.js';
import { formatNum } from '../../preprocess/functions/strings.js';

const sup = (v: string): Inline => ({ type: 'htmlInline', tag: 'sup', attrs: {}, children: [text(v)] });
const sub = (v: string): Inline => ({ type: 'htmlInline', tag: 'sub', attrs: {}, children: [text(v)] });
/** Units Module:Val sets against the figure without a space. */
const TIGHT_UNIT = /^(?:%|°|′|″|‰)/;

/**
 * `{{val|6.941|u=[[原子質量單位|u]]}}` → "6.941 u" (Module:Val, which enwiki and zhwiki share): the
 * figure; its uncertainty — "(4)" written on, `±0.04`, or `+0.04|-0.03` as a raised and lowered
 * pair; `e=` as ×10 to that power; then the unit after a no-break space (`ul=`, a unit code the
 * module links, unlinked), `up=` / `upl=` after a slash. Only the figure was kept (锂's atomic mass lost its u).
 * A minus is U+2212 as the module prints it (`{{val|-1.5}}` → −1.5); `p=` goes before the figure
 * and `s=` after it (and its uncertainty and power), before the unit; a unit code with a power
 * (`u=m2`, `u=s-1`, `up=s2`), as the module's unit table writes such codes, raises it: m², s⁻¹.
 */
function val(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  // A minus of a number only (`{{val|-}}` is no number: kept as written).
  const figure = plain(ctx, pos(call, 1)).replace(/^-(?=\.?\d)/, '−');
  if (!figure) return DROP;
  const out: Inline[] = [text(figure)];
  const u1 = plain(ctx, pos(call, 2));
  const u2 = plain(ctx, pos(call, 3));
  if (u1 && u2) out.push(sup('+' + u1.replace(/^\+/, '')), sub('−' + u2.replace(/^[-−]/, '')));
  else if (u1) out.push(text(u1.startsWith('(') ? u1 : `±${u1.replace(/^±/, '')}`));
  const e = plain(ctx, arg(call, ['e']));
  if (e) {
    // A ± or +/− uncertainty is the figure's, so the power applies to both: "(1.23±0.04)×10⁻⁵"
    // (it read "1.23±0.04×10⁻⁵", an uncertainty 10⁵ times too small); "1.23(4)" is one token.
    if (out.length > 1 && !u1.startsWith('(')) out.splice(0, out.length, text('('), ...out, text(')'));
    out.push(text('×10'), sup(e.replace(/^-/, '−')));
  }
  const unit = (written: string, linked: string): Inline[] => {
    const w = arg(call, [written]);
    if (w?.trim()) return UNIT_CODE.test(w.trim()) ? unitCode(w.trim()) : inline(ctx, w);
    const l = plain(ctx, arg(call, [linked]));
    // Module:Val links a code through its unit table (`ul=m` → Metre), which we lack: the code unlinked.
    return l ? unitCode(l) : [];
  };
  const suffix = plain(ctx, arg(call, ['s']));
  const prefix = plain(ctx, arg(call, ['p']));
  if (suffix) out.push(text(suffix));
  if (prefix) out.unshift(text(prefix));
  const u = unit('u', 'ul');
  if (u.length) {
    const shown = u.map((n) => (n.type === 'text' ? n.value : '')).join('');
    out.push(...(TIGHT_UNIT.test(shown) ? u : [text('\u00a0'), ...u]));
  }
  const per = unit('up', 'upl');
  if (per.length) out.push(text('/'), ...per);
  return inlineResult(out);
}

/** A unit written as a code (letters, a power, `/` and `.` between parts), no markup. */
const UNIT_CODE = /^[A-Za-zµμΩÅ°]+-?\d*(?:[/.][A-Za-zµμΩÅ°]+-?\d*)*$/;

/**
 * A unit symbol whose power a code may carry: an SI unit or a common other one, with an SI prefix.
 * Module:Val raises a power only for codes in its unit table (not stored here); this stands in for
 * it, so a formula given as a unit (`u=CO2`) keeps its digit as written.
 */
const POWERED_UNIT = /^(?:da|[YZEPTGMkhdcmµμunpfazy])?(?:m|g|s|A|K|mol|cd|Hz|N|Pa|J|W|C|V|F|Ω|S|Wb|T|H|L|l|eV|bar|Da|u|pc|ly|au|AU|ha|min|h|d|t|Bq|Gy|Sv|kat|lm|lx|rad|sr|in|ft|yd|mi|nmi)$/;

/** `m2` → m², `s-1` → s⁻¹ (raised, U+2212), `km/h` as written; a power only on a known unit (POWERED_UNIT). */
function unitCode(code: string): Inline[] {
  const out: Inline[] = [];
  for (const part of code.split(/([/.])/)) {
    const m = /^(\D+?)(-?\d+)$/.exec(part);
    if (m && UNIT_CODE.test(part) && POWERED_UNIT.test(m[1]!)) out.push(text(m[1]!), sup(m[2]!.replace('-', '−')));
    else if (part) out.push(text(part));
  }
  return out;
}

/**
 * zhwiki `{{化學式|H|2|O}}` (Module:Chemicals formula): the parts run together, a count lowered
 * ("H<sub>2</sub>O"), a closing charge raised, all linked to `link=`'s page when given. 锂 writes `{{化學式|鋰}}`, "化學符號为鋰"; it was
 * dropped, leaving "化學符號为，".
 */
function chemFormula(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const parts: string[] = [];
  for (let i = 1; pos(call, i) !== undefined; i++) parts.push(plain(ctx, pos(call, i)));
  const out: Inline[] = [];
  parts.forEach((p, i) => {
    if (!p) return;
    if (/^\d+$/.test(p) && i > 0) out.push(sub(p));
    else if (i === parts.length - 1 && i > 0 && /^\d*[+\-−]$/.test(p)) out.push(sup(p.replace('-', '−')));
    else out.push(text(p));
  });
  if (!out.length) return DROP;
  // `link=` names the page the formula links to (the template passes `link={{{link|nolink}}}`).
  const link = plain(ctx, arg(call, ['link']));
  // A target that is no title (`link=<script>…`) leaves the formula unlinked, its counts still lowered.
  return inlineResult(link && link !== 'nolink' && parseTitle(ctx.site, link) ? [wikiLink(ctx, link, out)] : out);
}

/** The currency of each World Bank country code `{{To USD}}` is called with. */
const CURRENCY: Record<string, string> = {
  IND: 'INR', JPN: 'JPY', CHN: 'CNY', GBR: 'GBP', KOR: 'KRW', RUS: 'RUB', BRA: 'BRL', MEX: 'MXN', CAN: 'CAD', AUS: 'AUD',
  EMU: 'EUR', FRA: 'EUR', DEU: 'EUR', ITA: 'EUR', ESP: 'EUR', NLD: 'EUR', TUR: 'TRY', IDN: 'IDR', PAK: 'PKR', NGA: 'NGN',
  EGY: 'EGP', ZAF: 'ZAR', ARG: 'ARS', THA: 'THB', PHL: 'PHP', VNM: 'VND', IRN: 'IRR', SAU: 'SAR', CHE: 'CHF', SWE: 'SEK',
  NOR: 'NOK', DNK: 'DKK', POL: 'PLN', UKR: 'UAH', HKG: 'HKD', SGP: 'SGD', MYS: 'MYR', BGD: 'BDT', ISR: 'ILS', NZL: 'NZD',
};

/**
 * `{{To USD|158.9|IND}}` converts an amount of a country's currency to US dollars at a yearly
 * exchange rate kept in data templates (`To USD/data/…`) that no dump carries, and shows only the
 * figure. Left empty, ja 0065's table of box-office takings in billions of US$ had a blank cell;
 * we cannot convert, so the amount stands in its own currency, named by its ISO code
 * ("158.9 INR"), which no reader takes for dollars.
 */
function toUsd(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const amount = plain(ctx, pos(call, 1));
  if (!amount) return DROP;
  const country = plain(ctx, pos(call, 2)).toUpperCase();
  const currency = CURRENCY[country];
  return inlineResult([text(currency ? `${amount}\u00a0${currency}` : country ? `${amount}\u00a0(${country})` : amount)]);
}

/**
 * zhwiki `{{US$|14億}}` (`{{USD}}` redirects there; Template:US$ and Template:Ifnumber read): the
 * amount, digits grouped when `#expr` takes it for a number (Ifnumber's test, whose branches are
 * trimmed), then 美元, linked with `link=yes`. A year (`year=` or the second argument) adds a note
 * in today's dollars from the Inflation templates, which no store holds: left out, as a dump
 * without them leaves it (its `#ifexpr` holds a dropped template and prints nothing).
 */
function usDollars(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const amount = (call.args.get('1') ?? '').trim();
  let shown = amount;
  try {
    evaluateExpression(amount + '*0');
    shown = formatNum(amount, ctx.site.lang);
  } catch {
    // No number: shown as written.
  }
  const unit = call.args.get('link')?.trim() === 'yes' ? wikiLink(ctx, '美元', [text('美元')]) : text('美元');
  return inlineResult([...inline(ctx, shown), unit]);
}

export const FIGURE_ENTRIES: HandlerEntry[] = [
  { family: 'format', names: ['Val'], handler: val },
  { family: 'format', names: ['化學式', '化学式'], langs: ['zh'], handler: chemFormula },
  // Without its exchange-rate data; a dump carrying the template (and its data) converts.
  { family: 'format', names: ['To USD'], handler: toUsd, traits: { fallbackOnly: true } },
  // A stand-in for the page when the dump has none; a dump's own (with its Inflation templates) wins.
  { family: 'format', names: ['US$', 'USD'], langs: ['zh'], handler: usDollars, traits: { fallbackOnly: true } },
];
