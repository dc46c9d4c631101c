/**
 * Row labels for infobox parameters whose names are English identifiers (`birth_date`): what
 * the zh and ja infobox templates print for them (table in infobox-labels-zh-ja.ts), the uk ones
 * (infobox-labels-uk.ts). Other languages, and names not listed, get the parameter name
 * humanised ("birth_date" → "Birth date").
 */
import type { UiLang } from '../util.js';
import { ukLabel } from './infobox-labels-uk.js';
import { LICENCE, squash, zhJaLabels } from './infobox-labels-zh-ja.js';

/** "birth_date" → "Birth date", "Years1" → "Years". */
function humanise(name: string): string {
  let s = '';
  for (let i = 0; i < name.length; i++) {
    const c = name[i]!;
    s += c === '_' ? ' ' : c;
  }
  s = s.trim();
  // `label2`, `image1`, `Титул 2`: the number only counts repeated rows. After a dash or an
  // upper-case code it is part of the name (`ISO 639-3`, `ISO 639`).
  let e = s.length;
  while (e > 1 && s.charCodeAt(e - 1) >= 48 && s.charCodeAt(e - 1) <= 57) e--;
  const before = s.charCodeAt(e - 1);
  const head = s.slice(0, e).trim();
  if (e < s.length && before !== 45 && (before !== 32 || head !== head.toUpperCase())) s = head;
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/** The label a reader sees for parameter `name` in the page language. */
export function infoboxLabel(name: string, lang: UiLang): string {
  // Language boxes number their codes by standard part: iso1 = ISO 639-1, iso3 = ISO 639-3.
  const iso = /^iso ?([1-6])$/i.exec(name.trim());
  if (iso) return `ISO 639-${iso[1]}`;
  // Disease boxes: ICD10 / ICD9 are two classifications (the number is no repeat count).
  const icd = /^icd ?(9|10|11)$/i.exec(name.trim());
  if (icd) return `ICD-${icd[1]}`;
  // Drugbox: `legal_US`, `pregnancy_AU`, `licence_US` — one status per country.
  const regional = /^(legal|pregnancy|licen[cs]e)[ _]([A-Z]{2})$/i.exec(name.trim());
  if (regional) {
    const kind = regional[1]!.toLowerCase();
    const l = kind === 'legal' ? zhJaLabels('legalstatus') : kind === 'pregnancy' ? zhJaLabels('pregnancycategory') : LICENCE;
    const word = lang === 'zh' ? l?.zh : lang === 'ja' ? l?.ja : l?.en ?? humanise(`${regional[1]} status`);
    if (word) return `${word}（${regional[2]!.toUpperCase()}）`;
  }
  const key = squash(name);
  if (lang === 'uk') {
    const uk = ukLabel(key);
    if (uk) return uk;
  }
  const known = zhJaLabels(key);
  if (known) {
    if (lang === 'zh') return known.zh;
    if (lang === 'ja') return known.ja;
    if (known.en) return known.en;
  }
  return humanise(name);
}
