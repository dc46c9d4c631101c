/**
 * Award templates. ukwiki's each show a ribbon or badge image linked to the award's article,
 * the award's name as its tooltip; we show that link with the name as text, and the
 * year when the call gives one: `{{Орден Леніна|1949}}` → [[Орден Леніна]] (1949).
 *
 * - Orders and medals (`{{Орден …}}`, `{{Медаль «За працю»}}`) and honorary titles
 *   (`{{Народний артист УРСР}}`, `{{Заслужений діяч мистецтв УРСР}}`) are named like their
 *   article; a qualifier in brackets is part of the target but not shown
 *   (`{{Орден Держави (Україна)}}` → [[Орден Держави (Україна)|Орден Держави]]).
 * - A class of an order (`{{Кавалер ордена Почесного легіону}}`) links the order
 *   ([[Орден Почесного легіону]]) under the class's name.
 * - Prizes whose template name is dated (`{{Премія Тараса Шевченка (до 1992)|1974}}`) link
 *   the prize's article; so does the undated one.
 * - `{{НобелівськаПремія|з літератури|2004}}` names the prize's field first and the year second
 *   (uk 0148 Єлінек): [[Нобелівська премія з літератури]] (2004).
 *
 * jawiki `{{Awards|award=[[小学館漫画賞]]児童部門|year=1993|title=[[ワン・モア・ジャンプ]]}}` (ja 0120
 * 赤石路代, the infobox's 受賞 row, which was lost with it): the prize, the year and the work,
 * written "小学館漫画賞児童部門（1993年）『ワン・モア・ジャンプ』" (our layout: jawiki's template
 * text was not found).
 */
import type { Inline } from '../../ast/nodes.js';
import type { HandlerEntry, PatternEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateHandler, TemplateResult } from '../types.js';
import { arg, inline, inlineOrDrop, inlineResult, plain, pos, text, wikiLink } from '../util.js';

/**
 * `out`, then in brackets the year the call gives in its positional argument `at`, whatever it
 * holds: a year with a note (`1990 (спільно)`) or a span is still the award's date.
 */
function withYear(ctx: TemplateContext, call: TemplateCall, out: Inline[], at = 1): TemplateResult {
  const year = inline(ctx, pos(call, at));
  if (year.length) out.push(text(' ('), ...year, text(')'));
  return inlineResult(out);
}

/** The award's article is named like the template. */
function award(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const name = call.name.trim();
  return withYear(ctx, call, [wikiLink(ctx, name, [text(name.replace(/\s*\([^)]*\)$/, ''))])]);
}

/** `Кавалер ордена X` → the order's article `Орден X`, shown under the class's name. */
function orderClass(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const name = call.name.trim();
  const at = name.indexOf(' ордена ');
  const target = at > 0 ? 'Орден ' + name.slice(at + ' ордена '.length) : name;
  return withYear(ctx, call, [wikiLink(ctx, target, [text(name)])]);
}

/** A fixed article for a template whose name is not the article's. */
function awardAt(target: string, shown: string): TemplateHandler {
  return (call, ctx) => withYear(ctx, call, [wikiLink(ctx, target, [text(shown)])]);
}

/** `{{НобелівськаПремія|field|year}}`: the field completes the article's name. */
function nobel(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const field = plain(ctx, pos(call, 1)).trim();
  const name = field ? `Нобелівська премія ${field}` : 'Нобелівська премія';
  return withYear(ctx, call, [wikiLink(ctx, name, [text(name)])], 2);
}

/** jawiki `{{Awards|award=|year=|title=}}`: "award（year年）『title』", each part only when given. */
function jaAward(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const out: Inline[] = inline(ctx, arg(call, ['award', '1']));
  const year = plain(ctx, arg(call, ['year', '2'])).trim();
  if (year) out.push(text(/^\d+$/.test(year) ? `（${year}年）` : `（${year}）`));
  const title = inline(ctx, arg(call, ['title', '3']));
  if (title.length) out.push(text('『'), ...title, text('』'));
  return inlineOrDrop(out);
}

export const AWARD_PATTERNS: PatternEntry[] = [
  { family: 'award', prefix: 'Орден ', langs: ['uk'], handler: award },
  { family: 'award', prefix: 'Медаль ', langs: ['uk'], handler: award },
  { family: 'award', prefix: 'Кавалер ордена ', langs: ['uk'], handler: orderClass },
  { family: 'award', prefix: 'Народний артист ', langs: ['uk'], handler: award },
  { family: 'award', prefix: 'Народна артистка ', langs: ['uk'], handler: award },
  { family: 'award', prefix: 'Заслужений діяч ', langs: ['uk'], handler: award },
  { family: 'award', prefix: 'Заслужений артист ', langs: ['uk'], handler: award },
  { family: 'award', prefix: 'Заслужений художник ', langs: ['uk'], handler: award },
];

export const AWARD_ENTRIES: HandlerEntry[] = [
  { family: 'award', names: ['Державна премія СРСР', 'Ленінська премія', 'Сталінська премія', 'Герой України', 'Герой Радянського Союзу', 'Герой Соціалістичної Праці'], langs: ['uk'], handler: award },
  // In infobox award rows (uk 0122 Коркушко, 0052 Мороз); the second was dropped as a navbox by name.
  { family: 'award', names: ['Державна премія УРСР у галузі науки і техніки', 'Державна премія України в галузі науки і техніки', 'Золотий письменник України'], langs: ['uk'], handler: award },
  { family: 'award', names: ['НобелівськаПремія'], langs: ['uk'], handler: nobel },
  { family: 'award', names: ['Awards'], langs: ['ja'], handler: jaAward },
  { family: 'award', names: ['Премія Тараса Шевченка (до 1992)', 'Премія Тараса Шевченка'], langs: ['uk'], handler: awardAt('Шевченківська премія', 'Премія Тараса Шевченка') },
];
