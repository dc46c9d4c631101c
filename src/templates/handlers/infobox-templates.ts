/**
 * What particular infobox templates show that their parameter names do not say: a title built
 * from codes (`{{Infobox Taiwan Highway|Type=ph|Num=10b}}` is headed 台10乙線), labels for
 * parameters named in English on zhwiki (`SpeedHigh` → 速限), and codes that are no rows at all.
 * Keys are folded names (foldParam: lower case, `_` as space) of the template and its parameters.
 */
import type { TemplateCall } from '../types.js';
import { foldParam } from '../util.js';

export interface InfoboxTemplate {
  /** The box's heading from its parameters, or null to keep the usual one. */
  title?(call: TemplateCall): string | null;
  /** Parameter → label. */
  labels?: Readonly<Record<string, string>>;
  /** Parameters the template reads for layout or codes: never rows. */
  hidden?: readonly string[];
  /** The parameter the usual heading comes from is shown as the box's first line instead. */
  nameAsSubheader?: boolean;
}

const BRANCH: Record<string, string> = { a: '甲', b: '乙', c: '丙', d: '丁', e: '戊' };

/** `Type=ph|Num=10b` → 台10乙線, `Type=nh|Num=3` → 國道3號 (the wiki's name for the route). */
function taiwanRouteName(call: TemplateCall): string | null {
  const m = /^(\d+)([a-e]?)$/i.exec((call.args.get('Num') ?? '').trim());
  if (!m) return null;
  const branch = m[2] ? BRANCH[m[2].toLowerCase()] ?? '' : '';
  const type = (call.args.get('Type') ?? '').trim().toLowerCase();
  if (type === 'ph') return `台${m[1]}${branch}線`;
  if (type === 'nh') return `國道${m[1]}號${branch ? branch + '線' : ''}`;
  return null;
}

const TEMPLATES: Readonly<Record<string, InfoboxTemplate>> = {
  'infobox taiwan highway': {
    title: taiwanRouteName,
    nameAsSubheader: true,
    labels: { speedhigh: '速限', junc: '主要交流道', allocation: '共線', section: '支線' },
    hidden: ['type', 'num', 'lastext'],
  },
};

const NUMBERED = /^(.*?)\d+$/;

export function infoboxTemplate(name: string): InfoboxTemplate | null {
  return TEMPLATES[foldParam(name)] ?? null;
}

/** The template's own label for a parameter (`section1` reads as `section`), or null. */
export function templateLabel(t: InfoboxTemplate | null, folded: string): string | null {
  if (!t?.labels) return null;
  const direct = t.labels[folded];
  if (direct !== undefined) return direct;
  const m = NUMBERED.exec(folded);
  return m ? t.labels[m[1]!] ?? null : null;
}

export function isHidden(t: InfoboxTemplate | null, folded: string): boolean {
  return t?.hidden?.includes(folded) ?? false;
}
