/**
 * ukwiki award templates. On the wiki each shows a ribbon or badge image linked to the award's
 * article, the award's name as its tooltip; we show that link with the name as text, and the
 * year when the call gives one: `{{Орден Леніна|1949}}` → [[Орден Леніна]] (1949).
 *
 * - Orders and medals (`{{Орден …}}`, `{{Медаль «За працю»}}`) and honorary titles
 *   (`{{Народний артист УРСР}}`, `{{Заслужений діяч мистецтв УРСР}}`) are named like their
 *   article; a qualifier in brackets is part of the target but not shown
 *   (`{{Орден Держави (Україна)}}` → [[Орден Держави (Україна)|Орден Держави]]).
 * - A class of an order (`{{Кавалер ордена Почесного легіону}}`) links the order
 *   ([[Орден Почесного легіону]]) under the class's name.
 * - Prizes whose template name is dated (`{{Премія Тараса Шевченка (до 1992)|1974}}`) link
 *   the prize's article.
 */
import type { Inline } from '../../ast/nodes.js';
import type { HandlerEntry, PatternEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateHandler, TemplateResult } from '../types.js';
import { inlineResult, plain, pos, text, wikiLink } from '../util.js';

function withYear(ctx: TemplateContext, call: TemplateCall, out: Inline[]): TemplateResult {
  const year = plain(ctx, pos(call, 1));
  if (/^\d{4}$/.test(year)) out.push(text(` (${year})`));
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

export const AWARD_PATTERNS: PatternEntry[] = [
  { family: 'award', prefix: 'Орден ', langs: ['uk'], handler: award },
  { family: 'award', prefix: 'Медаль ', langs: ['uk'], handler: award },
  { family: 'award', prefix: 'Кавалер ордена ', langs: ['uk'], handler: orderClass },
  { family: 'award', prefix: 'Народний артист ', langs: ['uk'], handler: award },
  { family: 'award', prefix: 'Народна артистка ', langs: ['uk'], handler: award },
  { family: 'award', prefix: 'Заслужений діяч ', langs: ['uk'], handler: award },
  { family: 'award', prefix: 'Заслужений артист ', langs: ['uk'], handler: award },
];

export const AWARD_ENTRIES: HandlerEntry[] = [
  { family: 'award', names: ['Державна премія СРСР', 'Ленінська премія', 'Сталінська премія', 'Герой України', 'Герой Радянського Союзу', 'Герой Соціалістичної Праці'], langs: ['uk'], handler: award },
  { family: 'award', names: ['Премія Тараса Шевченка (до 1992)'], langs: ['uk'], handler: awardAt('Шевченківська премія', 'Премія Тараса Шевченка') },
];
