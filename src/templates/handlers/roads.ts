/**
 * Road names: zhwiki `{{Jct|country=TWN|PH|61|NH|3}}` → "台61線、國道3號", what the wiki writes
 * beside each shield. The junction tables around them (`{{TWNinttop}}`, `{{TWNint}}`,
 * `{{台灣公路設施}}`, `{{Jctbtm}}`) are table syntax and live in templates/wikitext.ts.
 */
import type { Inline } from '../../ast/nodes.js';
import type { HandlerEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateResult } from '../types.js';
import { isPositional, text, wikiLink } from '../util.js';

/** Branch letters of Taiwanese route numbers: 1b is 台1乙線. */
const BRANCH: Record<string, string> = { a: '甲', b: '乙', c: '丙', d: '丁', e: '戊' };

/** Taiwanese city-road codes by the city's one-character abbreviation ("中83線" for Taichung). */
const CITY_ROAD: Record<string, string> = { TRTC: '中' };

const ROUTE_NUMBER = /^(\d+)([a-e]?)$/i;

/** One (type, number) pair of a TWN call as the wiki names it, or null for an unknown type. */
function taiwanRoute(ctx: TemplateContext, type: string, num: string): Inline | null {
  const m = ROUTE_NUMBER.exec(num);
  if (!m) return null;
  const n = m[1]!;
  const branch = m[2] ? BRANCH[m[2].toLowerCase()] ?? '' : '';
  const t = type.toUpperCase();
  // Provincial highways have articles "台N線"; a branch is a section of its trunk's article.
  if (t === 'PH') return wikiLink(ctx, branch ? `台${n}線#${branch}線` : `台${n}線`, [text(`台${n}${branch}線`)]);
  if (t === 'NH') return text(`國道${n}號${branch ? branch + '線' : ''}`);
  if (t === 'CR') return text(`縣道${n}${branch ? branch + '線' : '號'}`);
  const city = CITY_ROAD[t];
  if (city) return text(`${city}${n}${branch}線`);
  return null;
}

export function jct(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const country = (call.args.get('country') ?? '').trim().toUpperCase();
  if (country !== 'TWN') return { kind: 'drop' };
  const values: string[] = [];
  for (const [k, v] of call.args) if (isPositional(k)) values[Number(k) - 1] = v.trim();
  const out: Inline[] = [];
  for (let i = 0; i + 1 < values.length; i += 2) {
    const route = taiwanRoute(ctx, values[i] ?? '', values[i + 1] ?? '');
    if (!route) continue;
    if (out.length) out.push(text('、'));
    out.push(route);
  }
  return out.length ? { kind: 'inline', nodes: out } : { kind: 'drop' };
}

export const ROAD_ENTRIES: HandlerEntry[] = [{ family: 'roads', names: ['Jct'], langs: ['zh'], handler: jct }];
