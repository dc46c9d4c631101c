/**
 * `{{coord|39|54|N|116|23|E}}` → `39°54′N 116°23′E`; decimal forms (`{{coord|39.9|116.4}}` →
 * `39.9°N 116.4°E`), `format=dms` / `format=dec`, the ja name `ウィキ座標度分秒`. Parameters
 * such as `type:city` or `region:CN` are GeoHack hints, not coordinates.
 */
import type { HandlerEntry } from '../entry.js';
import type { Inline } from '../../ast/nodes.js';
import type { TemplateCall, TemplateContext, TemplateResult } from '../types.js';
import { arg, DROP, inline, inlineResult, plain, pos, text } from '../util.js';

const HEMI = new Set(['N', 'S', 'E', 'W']);

interface Angle {
  parts: string[];
  hemi: string;
}

function isNumber(s: string): boolean {
  if (s === '') return false;
  const n = Number(s);
  return Number.isFinite(n);
}

function dms(parts: string[], hemi: string): string {
  const marks = ['°', '′', '″'];
  let s = '';
  for (let i = 0; i < parts.length && i < 3; i++) s += parts[i] + marks[i]!;
  return s + hemi;
}

/** Decimal degrees → d°m′s″ with the hemisphere letter. */
export function toDms(value: number, pos: string, neg: string): string {
  const hemi = value < 0 ? neg : pos;
  let total = Math.round(Math.abs(value) * 3600);
  const d = Math.floor(total / 3600);
  total -= d * 3600;
  const m = Math.floor(total / 60);
  const s = total - m * 60;
  return `${d}°${String(m).padStart(2, '0')}′${String(s).padStart(2, '0')}″${hemi}`;
}

function decimal(value: number, pos: string, neg: string): string {
  return `${Math.abs(value)}°${value < 0 ? neg : pos}`;
}

function fromAngle(a: Angle): number {
  let v = 0;
  for (let i = 0; i < a.parts.length; i++) v += Number(a.parts[i]) / Math.pow(60, i);
  return a.hemi === 'S' || a.hemi === 'W' ? -v : v;
}

export function coord(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const values: string[] = [];
  for (let i = 1; i <= 10; i++) {
    const v = call.args.get(String(i));
    if (v === undefined) break;
    const t = plain(ctx, v);
    if (t.includes(':') || t.includes('=')) continue; // type:city, region:CN
    values.push(t);
  }
  const format = (arg(call, ['format']) ?? '').toLowerCase();
  // Split into latitude and longitude at the hemisphere letters.
  const hemiIdx: number[] = [];
  values.forEach((v, i) => {
    if (HEMI.has(v.toUpperCase())) hemiIdx.push(i);
  });
  if (hemiIdx.length >= 2) {
    const lat: Angle = { parts: values.slice(0, hemiIdx[0]), hemi: values[hemiIdx[0]!]!.toUpperCase() };
    const lon: Angle = { parts: values.slice(hemiIdx[0]! + 1, hemiIdx[1]), hemi: values[hemiIdx[1]!]!.toUpperCase() };
    if (!lat.parts.length || !lon.parts.length || !lat.parts.every(isNumber) || !lon.parts.every(isNumber)) return DROP;
    if (format === 'dec') return inlineResult([text(`${decimal(fromAngle(lat), 'N', 'S')} ${decimal(fromAngle(lon), 'E', 'W')}`)]);
    if (format === 'dms' && lat.parts.length === 1) return inlineResult([text(`${toDms(fromAngle(lat), 'N', 'S')} ${toDms(fromAngle(lon), 'E', 'W')}`)]);
    return inlineResult([text(`${dms(lat.parts, lat.hemi)} ${dms(lon.parts, lon.hemi)}`)]);
  }
  if (values.length >= 2 && isNumber(values[0]!) && isNumber(values[1]!)) {
    const la = Number(values[0]);
    const lo = Number(values[1]);
    if (format === 'dms') return inlineResult([text(`${toDms(la, 'N', 'S')} ${toDms(lo, 'E', 'W')}`)]);
    return inlineResult([text(`${decimal(la, 'N', 'S')} ${decimal(lo, 'E', 'W')}`)]);
  }
  return DROP;
}

function sup(mark: string): Inline {
  return { type: 'htmlInline', tag: 'sup', attrs: {}, children: [text(mark)] };
}

/**
 * zh `{{RA|2|8|40.5}}` → "2<sup>h</sup> 8<sup>m</sup> 40.5<sup>s</sup>" (a star's right ascension; the
 * template prints each given part with its superscript unit, no-break spaces between).
 */
function rightAscension(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const h = inline(ctx, pos(call, 1));
  if (!h.length) return DROP;
  const out: Inline[] = [...h, sup('h')];
  for (const [n, mark] of [[2, 'm'], [3, 's']] as const) {
    const part = inline(ctx, pos(call, n));
    if (part.length) out.push(text('\u00a0'), ...part, sup(mark));
  }
  return inlineResult(out);
}

/**
 * zh `{{DEC|+58|25|25}}` → "+58° 25′ 25″" (declination): minutes and seconds are printed whenever
 * they are given, even empty, as the template's #ifeq on the parameter's default does.
 */
function declination(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const d = inline(ctx, pos(call, 1));
  if (!d.length) return DROP;
  const out: Inline[] = [...d, text('°')];
  for (const [n, mark] of [[2, '′'], [3, '″']] as const) {
    if (call.args.has(String(n))) out.push(text('\u00a0'), ...inline(ctx, pos(call, n)), text(mark));
  }
  return inlineResult(out);
}

export const COORD_ENTRIES: HandlerEntry[] = [
  { family: 'coord', names: ['RA'], langs: ['zh'], handler: rightAscension },
  { family: 'coord', names: ['DEC'], langs: ['zh'], handler: declination },
  { family: 'coord', names: ['Coord', 'Coor', 'Coor dms', 'Coor d', 'Coor dm', 'Coordinates', '坐标', '坐標', '经纬度', '經緯度', 'ウィキ座標度分秒', 'ウィキ座標2段度分秒', 'ウィキ座標', 'Координати', 'Coord2'], handler: coord },
];
