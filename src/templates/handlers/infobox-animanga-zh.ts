/**
 * zhwiki's manga/anime box, written as parts (`Infobox animanga/Headerofja`, `/Manga`, `/TVAnime`,
 * …, `/Footerofja`), as jawiki's is: the header names the work (its `標題` / `title`), each media
 * part is headed by its medium, with the part's own title after a colon ("電視動畫：…"). Each part
 * was a separate box headed by the page title (FAIRY TAIL (動畫): three boxes all headed
 * "FAIRY TAIL", the series' medium nowhere), the header's English-named rows humanised.
 */
import type { HandlerEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateResult } from '../types.js';
import { isPositional } from '../util.js';
import { infobox } from './infobox.js';

const TITLE = ['標題', '标题', 'title'];

/** Part → the medium heading it (none for the header). */
const PARTS: ReadonlyArray<readonly [string, string]> = [
  ['Headerofja', ''], ['Header', ''], ['Manga', '漫畫'], ['TVAnime', '電視動畫'], ['OVA', 'OVA'], ['Movie', '動畫電影'],
  ['Novel', '小說'], ['Game', '遊戲'], ['Drama', '電視劇'], ['RadioDrama', '廣播劇'],
];

function part(medium: string) {
  return (call: TemplateCall, ctx: TemplateContext): TemplateResult => {
    let title = '';
    const args = new Map<string, string>();
    for (const [k, v] of call.args) {
      if (isPositional(k)) continue;
      if (TITLE.includes(k.trim())) {
        title ||= v.trim();
        continue;
      }
      args.set(k, v);
    }
    const heading = medium ? (title ? `${medium}：${title}` : medium) : title;
    if (heading) args.set('name', heading);
    return infobox({ ...call, args }, ctx);
  };
}

export const ZH_ANIMANGA_ENTRIES: HandlerEntry[] = [
  ...PARTS.map(([p, medium]): HandlerEntry => ({ family: 'infobox', names: [`Infobox animanga/${p}`], langs: ['zh'], handler: part(medium) })),
  // The box's foot: its closing markup and a link to the WikiProject, no facts about the work.
  { family: 'infobox', names: ['Infobox animanga/Footerofja', 'Infobox animanga/Footer'], langs: ['zh'], handler: () => ({ kind: 'drop' }) },
];
