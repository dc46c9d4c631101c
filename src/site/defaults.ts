/**
 * Built-in site descriptions for the languages we ship (zh, en, ja, ko, uk). A dump's siteinfo
 * overrides names and case rules; aliases are not in siteinfo, so they always come from here.
 */
import type { CaseRule, NamespaceInfo, SiteConfig } from './types.js';
import { defaultUploads, givenUploads, isWikimediaUrl } from './uploads.js';
import { CORE_ONLY_PREFIXES, LANGUAGE_PROJECTS, WIKIMEDIA_PREFIXES } from './interwiki-map.js';

/** MediaWiki's canonical namespace names. */
export const CANONICAL: Record<number, string> = {
  [-2]: 'Media',
  [-1]: 'Special',
  0: '',
  1: 'Talk',
  2: 'User',
  3: 'User talk',
  4: 'Project',
  5: 'Project talk',
  6: 'File',
  7: 'File talk',
  8: 'MediaWiki',
  9: 'MediaWiki talk',
  10: 'Template',
  11: 'Template talk',
  12: 'Help',
  13: 'Help talk',
  14: 'Category',
  15: 'Category talk',
  100: 'Portal',
  101: 'Portal talk',
  118: 'Draft',
  119: 'Draft talk',
  710: 'TimedText',
  711: 'TimedText talk',
  828: 'Module',
  829: 'Module talk',
};

/**
 * Namespaces whose number each wiki gives its own meaning ($wgExtraNamespaces): 100 is Portal on
 * Wikipedias but Appendix on en.wiktionary, Портал on uk.wikipedia, 118 Draft or Reconstruction.
 * Core namespaces and those of extensions deployed everywhere (TimedText 710, Module 828) have
 * fixed canonical names.
 */
const WIKI_DEFINED = new Set([100, 101, 118, 119]);

/**
 * The canonical name of a namespace the siteinfo names `local`. MediaWiki's canonical name of an
 * extra namespace is the name the wiki configures for it, whatever its script (Портал on ukwiki,
 * Portal‐ノート on jawiki): English "Portal" works only where the wiki adds it as an alias.
 */
function canonicalName(id: number, local: string): string {
  const ours = CANONICAL[id];
  return ours === undefined || WIKI_DEFINED.has(id) ? local.replace(/_/g, ' ') : ours;
}

/** Aliases every wiki accepts. */
const UNIVERSAL_ALIASES: Record<string, number> = { Image: 6, 'Image talk': 7 };

interface LanguageDefaults {
  siteName: string;
  /** Local names that differ from the canonical ones. */
  names: Record<number, string>;
  aliases: Record<string, number>;
  linkTrail: RegExp | null;
  redirectWords: string[];
}

const WIKIPEDIA_EN_NAMES: Record<number, string> = { 4: 'Wikipedia', 5: 'Wikipedia talk' };

export const LANGUAGE_DEFAULTS: Record<string, LanguageDefaults> = {
  en: {
    siteName: 'Wikipedia',
    names: WIKIPEDIA_EN_NAMES,
    aliases: { WP: 4, WT: 5, Project: 4, 'Project talk': 5 },
    linkTrail: /^[a-z]+/,
    redirectWords: ['#REDIRECT'],
  },
  zh: {
    siteName: '维基百科',
    // zh.wikipedia prints the English names ("Category:", "File:"); the Chinese ones are aliases.
    names: { ...WIKIPEDIA_EN_NAMES, 102: 'WikiProject', 103: 'WikiProject talk' },
    aliases: {
      媒体: -2, 媒體: -2, 特殊: -1, 讨论: 1, 討論: 1, 对话: 1, 對話: 1,
      用户: 2, 用戶: 2, 使用者: 2, 用户讨论: 3, 用戶討論: 3, 使用者討論: 3, 用户对话: 3, 用戶對話: 3,
      维基百科: 4, 維基百科: 4, WP: 4, 维基百科讨论: 5, 維基百科討論: 5, WT: 5,
      文件: 6, 檔案: 6, 档案: 6, 图像: 6, 圖像: 6, 文件讨论: 7, 檔案討論: 7, 图像讨论: 7, 圖像討論: 7,
      模板: 10, 样板: 10, 樣板: 10, 模板讨论: 11, 模板討論: 11, 样板讨论: 11, 樣板討論: 11,
      帮助: 12, 幫助: 12, 帮助讨论: 13, 幫助討論: 13,
      分类: 14, 分類: 14, 分类讨论: 15, 分類討論: 15,
      主题: 100, 主題: 100, 主题讨论: 101, 主題討論: 101,
      维基专题: 102, 維基專題: 102,
      草稿: 118, 草稿讨论: 119, 草稿討論: 119,
      模块: 828, 模組: 828, 模块讨论: 829, 模組討論: 829,
    },
    linkTrail: null,
    // zh falls back to zh-hans, then zh-hant (MessagesZh_hans.php's $fallback), whose redirect word is #重新導向.
    redirectWords: ['#REDIRECT', '#重定向', '#重新導向'],
  },
  ja: {
    siteName: 'ウィキペディア',
    names: {
      [-2]: 'メディア', [-1]: '特別', 1: 'ノート', 2: '利用者', 3: '利用者‐会話', 4: 'Wikipedia', 5: 'Wikipedia‐ノート',
      6: 'ファイル', 7: 'ファイル‐ノート', 9: 'MediaWiki‐ノート', 11: 'Template‐ノート', 13: 'Help‐ノート',
      15: 'Category‐ノート', 101: 'Portal‐ノート', 102: 'プロジェクト', 103: 'プロジェクト‐ノート',
      828: 'モジュール', 829: 'モジュール‐ノート',
    },
    aliases: {
      画像: 6, '画像‐ノート': 7, カテゴリ: 14, 'カテゴリ‐ノート': 15, テンプレート: 10, 'テンプレート‐ノート': 11,
      ヘルプ: 12, 'ヘルプ‐ノート': 13, ポータル: 100, 'ポータル‐ノート': 101, 会話: 1, 利用者・トーク: 3,
      WP: 4, プロジェクト: 102, Project: 4,
    },
    linkTrail: null,
    redirectWords: ['#REDIRECT', '#転送', '#リダイレクト', '＃転送', '＃リダイレクト'],
  },
  ko: {
    siteName: '위키백과',
    names: {
      [-2]: '미디어', [-1]: '특수', 1: '토론', 2: '사용자', 3: '사용자토론', 4: '위키백과', 5: '위키백과토론',
      6: '파일', 7: '파일토론', 8: '미디어위키', 9: '미디어위키토론', 10: '틀', 11: '틀토론', 12: '도움말',
      13: '도움말토론', 14: '분류', 15: '분류토론', 100: '포털', 101: '포털토론', 828: '모듈', 829: '모듈토론',
    },
    aliases: { 그림: 6, 화일: 6, 특수기능: -1, 사용자토론: 3, 백: 4, WP: 4, 사용자: 2 },
    linkTrail: null,
    redirectWords: ['#REDIRECT', '#넘겨주기'],
  },
  uk: {
    siteName: 'Вікіпедія',
    names: {
      [-2]: 'Медіа', [-1]: 'Спеціальна', 1: 'Обговорення', 2: 'Користувач', 3: 'Обговорення користувача',
      4: 'Вікіпедія', 5: 'Обговорення Вікіпедії', 6: 'Файл', 7: 'Обговорення файлу', 9: 'Обговорення MediaWiki',
      10: 'Шаблон', 11: 'Обговорення шаблону', 12: 'Довідка', 13: 'Обговорення довідки', 14: 'Категорія',
      15: 'Обговорення категорії', 100: 'Портал', 101: 'Обговорення порталу', 828: 'Модуль', 829: 'Обговорення модуля',
    },
    aliases: { Зображення: 6, 'Обговорення зображення': 7, ВП: 4, WP: 4 },
    linkTrail: /^[a-zабвгґдеєжзиіїйклмнопрстуфхцчшщьюяʼ’]+/,
    redirectWords: ['#REDIRECT', '#ПЕРЕНАПРАВЛЕННЯ', '#ПЕРЕНАПР'],
  },
};

/**
 * Wikipedia language editions (interlanguage prefixes): the prefixes of the Wikimedia interwiki
 * map that name a language (links.ts knows the few whose wiki has another name, `gsw` → als).
 */
export const LANGUAGE_CODES = (
  'aa ab ace ady af ak als alt am ami an ang anp ar arc ary arz as ast atj av avk awa ay az azb ba ban bar bat-smg bbc bcl be ' +
  'be-tarask be-x-old bg bh bi bjn blk bm bn bo bpy br bs bug bxr ca cbk-zam cdo ce ceb ch cho chr chy ckb co cr crh cs csb cu cv cy ' +
  'da dag de din diq dsb dty dv dz ee el eml en eo es et eu ext fa fat ff fi fiu-vro fj fo fon fr frp frr fur fy ga gag gan gcr gd gl ' +
  'glk gn gom gor got gpe gu guc gur guw gv ha hak haw he hi hif ho hr hsb ht hu hy hyw hz ia id ie ig ii ik ilo inh io is it iu ja jam ' +
  'jbo jv ka kaa kab kbd kbp kcg kg ki kj kk kl km kn ko koi kr krc ks ksh ku kv kw ky la lad lb lbe lez lfn lg li lij lld lmo ln lo ' +
  'lrc lt ltg lv mad mai map-bms mdf mg mh mhr mi min mk ml mn mni mnw mr mrj ms mt mus mwl my myv mzn na nah nap nds nds-nl ne new ng ' +
  'nia nl nn no nov nqo nrm nso nv ny oc olo om or os pa pag pam pap pcd pcm pdc pfl pi pih pl pms pnb pnt ps pt pwn qu rm rmy rn ro ' +
  'roa-rup roa-tara ru rue rw sa sah sat sc scn sco sd se sg sh shi shn si simple sk skr sl sm smn sn so sq sr srn ss st stq su sv sw ' +
  'szl szy ta tay tcy te tet tg th ti tk tl tly tn to tpi tr trv ts tt tum tw ty tyv udm ug uk ur uz ve vec vep vi vls vo wa war wo wuu ' +
  'xal xh xmf yi yo yue za zea zgh zh zh-classical zh-min-nan zh-yue zu ' +
  // Language prefixes of the Wikimedia map this list lacked until session 16: editions opened
  // since, and long-standing aliases of older editions (mo, nb, gsw, nan; links.ts EDITION_HOSTS).
  'ann bdr bew btm dga dtp egl gsw iba igl kge knc kus lzh mo mos nan nb nr nup rki rsk rup sgs shy syl tdd tig vro ' +
  // dumpInterwiki.php's language aliases that MediaWiki has a name for (interlanguage links, to zh).
  'zh-cn zh-tw'
).split(' ');

/**
 * Interwiki prefixes other than language editions on a Wikimedia wiki: the sister projects in the
 * wiki's own language (LANGUAGE_PROJECTS) and every prefix of the Wikimedia map
 * (interwiki-map.ts). A wiki elsewhere also has core's defaults (CORE_ONLY_PREFIXES).
 */
export const PROJECT_PREFIXES: readonly string[] = [...Object.keys(LANGUAGE_PROJECTS), ...WIKIMEDIA_PREFIXES];

export interface SiteInit {
  lang: string;
  siteName?: string;
  articleBase?: string;
  /** Where every file is (hashed layout); without it the rule of uploads.ts defaultUploads applies. */
  uploadBase?: string;
  case?: CaseRule;
  /** id → local name, as read from siteinfo; missing ids fall back to the language defaults. */
  namespaces?: Array<{ id: number; name: string; case?: CaseRule }>;
}

/** Build a SiteConfig from a language code, optionally overridden by a dump's siteinfo. */
export function buildSite(init: SiteInit): SiteConfig {
  const lang = init.lang.toLowerCase();
  const defs = LANGUAGE_DEFAULTS[lang] ?? LANGUAGE_DEFAULTS[lang.split('-')[0]!] ?? LANGUAGE_DEFAULTS.en!;
  const caseRule: CaseRule = init.case ?? 'first-letter';
  const namespaces = new Map<number, NamespaceInfo>();
  for (const [id, canonical] of Object.entries(CANONICAL)) {
    const n = Number(id);
    namespaces.set(n, { id: n, canonical, name: defs.names[n] ?? canonical, case: caseRule });
  }
  // A siteinfo lists every namespace of its wiki: an extra one it lacks (118 on frwiki) is none.
  const given = init.namespaces ?? [];
  if (given.length > 0) for (const id of WIKI_DEFINED) if (!given.some((ns) => ns.id === id)) namespaces.delete(id);
  for (const ns of given) {
    const canonical = canonicalName(ns.id, ns.name);
    namespaces.set(ns.id, { id: ns.id, canonical, name: ns.name, case: ns.case ?? caseRule });
  }
  const lookup = new Map<string, number>();
  const add = (name: string, id: number) => {
    const key = name.replace(/_/g, ' ').trim().toLowerCase();
    if (key && !lookup.has(key)) lookup.set(key, id);
  };
  for (const ns of namespaces.values()) add(ns.name, ns.id);
  for (const ns of namespaces.values()) add(ns.canonical, ns.id);
  for (const [name, id] of Object.entries(defs.aliases)) add(name, id);
  for (const [name, id] of Object.entries(UNIVERSAL_ALIASES)) add(name, id);
  // "Wikipedia" is the project namespace on every Wikipedia.
  add('Wikipedia', 4);

  const host = `${lang}.wikipedia.org`;
  const articleBase = init.articleBase ?? `https://${host}/wiki/`;

  const languages = new Set(LANGUAGE_CODES);
  const interwiki = new Set([...LANGUAGE_CODES, ...PROJECT_PREFIXES]);
  if (!isWikimediaUrl(articleBase)) for (const prefix of CORE_ONLY_PREFIXES) interwiki.add(prefix);
  // A prefix that is also a namespace name is a namespace, never an interwiki.
  for (const key of lookup.keys()) interwiki.delete(key);

  const uploads = init.uploadBase !== undefined ? givenUploads(init.uploadBase) : defaultUploads(articleBase);
  return {
    lang,
    siteName: init.siteName ?? defs.siteName,
    articleBase,
    uploadBase: uploads.uploadBase,
    localUploadBase: uploads.localUploadBase,
    uploadLayout: uploads.uploadLayout,
    case: caseRule,
    namespaces,
    namespaceLookup: lookup,
    linkTrail: defs.linkTrail,
    interwiki,
    languages,
    redirectWords: defs.redirectWords,
  };
}

/** Whether `lang` (or its base, `zh` for `zh-yue`) has built-in namespace names and link trail. */
export function hasBuiltinLanguage(lang: string): boolean {
  const l = lang.toLowerCase();
  return Object.hasOwn(LANGUAGE_DEFAULTS, l) || Object.hasOwn(LANGUAGE_DEFAULTS, l.split('-')[0]!);
}

const cache = new Map<string, SiteConfig>();

/** The built-in site for a language code (cached). */
export function siteFor(lang: string): SiteConfig {
  let site = cache.get(lang);
  if (!site) {
    site = buildSite({ lang });
    cache.set(lang, site);
  }
  return site;
}
