/**
 * Built-in conversion groups for `{{NoteTA|G1=…}}` when the dump's `Module:CGroup/*` pages are not
 * available: short lists of the terms that differ by region and that the base table deliberately
 * leaves alone (they are ambiguous outside their field). The lists live in `group-data/`.
 */
import { ANIME, GAMES, MOVIE, MUSIC, SEGA, SHOW } from './group-data/culture.js';
import { CHEMISTRY, IT, MATH, MEDICINE, PHYSICS } from './group-data/science.js';
import { COUNTRY, FOOD, MILITARY, TRANSPORT } from './group-data/society.js';
import { FA_CUP, FOOTBALL, LEEDS_UNITED, PREMIER_LEAGUE, SPORTS } from './group-data/sports.js';

/** Group name (as zh.wikipedia names its group pages) → entries. */
const GROUPS: Record<string, string> = {
  IT,
  Math: MATH,
  Physics: PHYSICS,
  Chemistry: CHEMISTRY,
  Medicine: MEDICINE,
  Country: COUNTRY,
  Transport: TRANSPORT,
  Military: MILITARY,
  Food: FOOD,
  Movie: MOVIE,
  Show: SHOW,
  Music: MUSIC,
  Games: GAMES,
  Sega: SEGA,
  Anime: ANIME,
  Sports: SPORTS,
  足球: FOOTBALL,
  英超: PREMIER_LEAGUE,
  FAcup: FA_CUP,
  列斯聯: LEEDS_UNITED,
};

/** Other names editors use for the same groups (compared lower-cased). */
const ALIASES: Record<string, string> = {
  it: 'IT', computer: 'IT', computing: 'IT', 電腦: 'IT', 电脑: 'IT', 資訊科技: 'IT', 信息技术: 'IT',
  math: 'Math', mathematics: 'Math', 数学: 'Math', 數學: 'Math',
  physics: 'Physics', 物理: 'Physics', 物理學: 'Physics', 物理学: 'Physics',
  chemistry: 'Chemistry', 化学: 'Chemistry', 化學: 'Chemistry',
  medicine: 'Medicine', medical: 'Medicine', 医学: 'Medicine', 醫學: 'Medicine',
  country: 'Country', countryname: 'Country', 'country name': 'Country', 国家: 'Country', 國家: 'Country', 地名: 'Country',
  transport: 'Transport', traffic: 'Transport', 交通: 'Transport',
  military: 'Military', 军事: 'Military', 軍事: 'Military',
  food: 'Food', 食物: 'Food', 饮食: 'Food', 飲食: 'Food',
  movie: 'Movie', film: 'Movie', 电影: 'Movie', 電影: 'Movie',
  show: 'Show', tv: 'Show', television: 'Show', 电视: 'Show', 電視: 'Show',
  music: 'Music', 音乐: 'Music', 音樂: 'Music',
  games: 'Games', game: 'Games', videogame: 'Games', 'video game': 'Games', 游戏: 'Games', 遊戲: 'Games', 电子游戏: 'Games', 電子遊戲: 'Games',
  sega: 'Sega', 世嘉: 'Sega',
  anime: 'Anime', animation: 'Anime', acg: 'Anime', acgn: 'Anime', 动漫: 'Anime', 動漫: 'Anime', 动画: 'Anime', 動畫: 'Anime',
  sports: 'Sports', sport: 'Sports', 体育: 'Sports', 體育: 'Sports',
  football: '足球', soccer: '足球',
  英格兰足球超级联赛: '英超', 'premier league': '英超', epl: '英超',
  'fa cup': 'FAcup', 足总杯: 'FAcup', 足總盃: 'FAcup',
  列斯联: '列斯聯', 利兹联: '列斯聯', 'leeds united': '列斯聯', leeds: '列斯聯',
};

/** Rules (`zh-cn:…; zh-tw:…; zh-hk:…;`) of a built-in group, or null when the group is not built in. */
export function builtinGroupRules(name: string): string[] | null {
  const trimmed = name.trim();
  const key = GROUPS[trimmed] !== undefined ? trimmed : ALIASES[trimmed.toLowerCase()];
  if (key === undefined || GROUPS[key] === undefined) return null;
  let rules = parsed.get(key);
  if (!rules) parsed.set(key, (rules = parseList(GROUPS[key]!)));
  return rules;
}

/** Parsed lists, kept: the same rule strings come back page after page (cheap cache lookups later). */
const parsed = new Map<string, string[]>();

function parseList(list: string): string[] {
  const rules: string[] = [];
  for (const raw of list.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (line.includes(':')) {
      rules.push(line);
      continue;
    }
    const [cn, tw, hk] = line.split(/\s+/);
    if (!cn || !tw) continue;
    rules.push(`zh-cn:${cn}; zh-tw:${tw}; zh-hk:${hk ?? tw};`);
  }
  return rules;
}

/** Names of the built-in groups (for docs and tests). */
export const BUILTIN_GROUPS: readonly string[] = Object.keys(GROUPS);
