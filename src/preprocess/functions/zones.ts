/**
 * Time zones for `#time`, `#timel` and the LOCAL* magic words: UTC, fixed offsets, the common
 * abbreviations PHP accepts, and IANA names through the runtime's own time-zone data (Intl).
 */

export interface Zone {
  /** What PHP prints for `e`. */
  name: string;
  /** What PHP prints for `T`. */
  abbrev(ms: number): string;
  /** Offset from UTC in seconds at an instant. */
  offsetAt(ms: number): number;
}

function fixedZone(name: string, seconds: number, abbrev?: string): Zone {
  const label = abbrev ?? formatOffset(seconds, true);
  return { name, abbrev: () => label, offsetAt: () => seconds };
}

export const UTC: Zone = fixedZone('UTC', 0, 'UTC');

/** `+05:30` (colon) or `+0530`. */
export function formatOffset(seconds: number, colon: boolean): string {
  const sign = seconds < 0 ? '-' : '+';
  const abs = Math.abs(seconds);
  const h = String(Math.floor(abs / 3600)).padStart(2, '0');
  const m = String(Math.floor((abs % 3600) / 60)).padStart(2, '0');
  return colon ? `${sign}${h}:${m}` : `${sign}${h}${m}`;
}

const ABBREVIATIONS: Record<string, number> = {
  utc: 0, gmt: 0, z: 0, ut: 0, wet: 0, bst: 3600, cet: 3600, cest: 7200, met: 3600, eet: 7200, eest: 10800,
  msk: 10800, est: -18000, edt: -14400, cst: -21600, cdt: -18000, mst: -25200, mdt: -21600, pst: -28800,
  pdt: -25200, akst: -32400, hst: -36000, jst: 32400, kst: 32400, hkt: 28800, awst: 28800, acst: 34200,
  aest: 36000, aedt: 39600, nzst: 43200, nzdt: 46800,
};

const ianaCache = new Map<string, Zone | null>();

function ianaZone(name: string): Zone | null {
  const cached = ianaCache.get(name);
  if (cached !== undefined) return cached;
  let zone: Zone | null = null;
  try {
    const fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: name, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric', era: 'short',
    });
    const canonical = fmt.resolvedOptions().timeZone;
    const abbrevFmt = new Intl.DateTimeFormat('en-US', { timeZone: name, timeZoneName: 'short' });
    const offsetAt = (ms: number): number => {
      const parts: Record<string, string> = {};
      for (const p of fmt.formatToParts(new Date(ms))) parts[p.type] = p.value;
      let year = Number(parts.year);
      if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
      const local = Date.UTC(year, Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
      const whole = ms - (((ms % 1000) + 1000) % 1000);
      return Math.round((local - whole) / 1000);
    };
    zone = {
      name: canonical,
      offsetAt,
      abbrev: (ms) => {
        const part = abbrevFmt.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? '';
        return /^[A-Z]{2,5}$/.test(part) ? part : formatOffset(offsetAt(ms), true);
      },
    };
  } catch {
    zone = null;
  }
  ianaCache.set(name, zone);
  return zone;
}

/** A zone by name as `#time` input may give it ("UTC", "Europe/Paris", "+05:30", "EST"); null if unknown. */
export function zoneByName(raw: string): Zone | null {
  const lower = raw.toLowerCase();
  if (lower === 'utc' || lower === 'z' || lower === 'gmt') return UTC;
  const abbrev = ABBREVIATIONS[lower];
  if (abbrev !== undefined) return fixedZone(raw.toUpperCase(), abbrev, raw.toUpperCase());
  const off = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(raw);
  if (off) {
    const seconds = (Number(off[2]) * 3600 + Number(off[3] ?? 0) * 60) * (off[1] === '-' ? -1 : 1);
    return fixedZone(formatOffset(seconds, true), seconds);
  }
  if (raw.includes('/')) return ianaZone(raw);
  return null;
}

/** Broken-down wall-clock time of an instant in a zone. */
export interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday. */
  weekday: number;
  offset: number;
}

export function wallTime(ms: number, zone: Zone): WallTime {
  const offset = zone.offsetAt(ms);
  const d = new Date(ms + offset * 1000);
  return {
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(),
    minute: d.getUTCMinutes(), second: d.getUTCSeconds(), weekday: d.getUTCDay(), offset,
  };
}

/** The instant of a wall-clock time in a zone (months and days may overflow, as in PHP). */
export function instantOf(year: number, month: number, day: number, hour: number, minute: number, second: number, zone: Zone): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  const local = d.getTime();
  let ms = local - zone.offsetAt(local) * 1000;
  ms = local - zone.offsetAt(ms) * 1000;
  return ms;
}
