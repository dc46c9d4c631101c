/**
 * The HTML shell around every page the reader serves: title, a link home, a search box. Styles are
 * inline and fonts are the reader's own (the reader works offline and fetches nothing but the
 * pages' own images); a page with maths also links KaTeX's stylesheet, which the reader serves.
 */
import { MATHS_STYLESHEET } from './maths-assets.js';
import { escapeHtml } from './sanitize-html.js';

/**
 * The pages' language as BCP 47, for the `lang` of what holds the wiki's text: a mirror converted to a Chinese variant is in
 * that variant's script and region (MediaWiki's own BCP 47 names for them), any other mirror in
 * its wiki's language. Browsers, screen readers and translators go by it, and CJK text needs it:
 * the same code point is drawn differently in Japanese, Korean, simplified and traditional Chinese.
 */
const VARIANT_BCP47: Readonly<Record<string, string>> = {
  'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant', 'zh-cn': 'zh-Hans-CN', 'zh-sg': 'zh-Hans-SG', 'zh-my': 'zh-Hans-MY',
  'zh-tw': 'zh-Hant-TW', 'zh-hk': 'zh-Hant-HK', 'zh-mo': 'zh-Hant-MO',
};

export function htmlLang(lang: string, variant: string | null): string {
  if (variant && VARIANT_BCP47[variant]) return VARIANT_BCP47[variant]!;
  return /^[a-z]{2,8}(-[a-z0-9]{1,8})*$/i.test(lang) ? lang : 'und';
}

/**
 * CJK fonts in the page language's order: a font family list is taken as written, so with the
 * simplified-Chinese fonts first, Japanese pages came out in Chinese glyph shapes (直, 骨, 曜).
 */
function cjkFonts(lang: string): string {
  const l = lang.toLowerCase();
  if (l.startsWith('ja')) return '"Hiragino Sans","Hiragino Kaku Gothic ProN","Noto Sans CJK JP","Source Han Sans JP","Yu Gothic","Meiryo"';
  if (l.startsWith('ko')) return '"Apple SD Gothic Neo","Noto Sans CJK KR","Source Han Sans KR","Malgun Gothic"';
  if (/^zh-hant-(hk|mo)/.test(l)) return '"PingFang HK","Noto Sans CJK HK","Source Han Sans HK","Microsoft JhengHei"';
  if (l.startsWith('zh-hant')) return '"PingFang TC","Noto Sans CJK TC","Source Han Sans TC","Microsoft JhengHei"';
  return '"PingFang SC","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","Hiragino Sans","Noto Sans CJK JP"';
}

/**
 * The header sits above the page's text and the text is clipped to its column: a formula may
 * move its parts far off (`\kern{-1000em}`, `\raisebox{40em}{…}`, `\rule{50em}{50em}`; KaTeX's
 * maxSize bounds only positive sizes), and must not paint over the site's name and search box
 * or widen the page. Long words wrap rather than being clipped. `contain:paint` holds what
 * `overflow:clip` does not: a `style="position:fixed"` or `absolute` box (the sanitiser keeps
 * them, as MediaWiki does) is placed and clipped within the column, not over the header.
 */
const STYLE = `
header{position:relative;z-index:1;display:flex;gap:1em;align-items:center;flex-wrap:wrap;padding:.5em 1em;border-bottom:1px solid #ccc;background:#f4f4f0}
header a.home{font-weight:bold;text-decoration:none;color:#202122}
header form{margin-left:auto;display:flex;gap:.3em;flex:0 1 20em;min-width:0}header input[type=search]{flex:1;min-width:0;width:16em;padding:.25em}
main{max-width:52em;margin:0 auto;padding:1em;overflow:clip;contain:paint;overflow-wrap:break-word}h1,h2,h3{line-height:1.3}
a{color:#0645ad}a[href^="http"]{color:#36b}
table{border-collapse:collapse;margin:1em 0;display:block;overflow-x:auto}th,td{border:1px solid #a2a9b1;padding:.2em .5em;vertical-align:top}th{background:#eaecf0}td.spans,th.spans{text-align:center}
img{max-width:100%;height:auto;font-style:italic;color:#72777d}p.captioned{font-size:90%}p.captioned img{display:block;margin-bottom:.2em}p.captioned img+br{display:none}blockquote{margin:1em 0;padding:0 1em;border-left:4px solid #ccc;color:#54595d}
pre,code{font-family:ui-monospace,Menlo,Consolas,"Noto Sans Mono CJK SC",monospace;background:#f3f3f3}pre{padding:.5em;overflow-x:auto}
.footnotes{font-size:90%;line-height:1.5}.footnotes p{margin:.2em 0}.footnote-item:target,h2:target,h3:target,h4:target{background:#eaf3ff}.result{margin:0 0 1em}.snippet{color:#444;font-size:92%}mark{background:#fe6}
.category ul,ul.columns{columns:14em;column-gap:2em}.category li,ul.columns li{break-inside:avoid}.pager{display:flex;gap:1em}.muted{color:#72777d}.notice{background:#fef6e7;border-left:4px solid #fc3;padding:.4em .8em}
.math-display{overflow-x:auto;overflow-y:hidden}.math-display .katex-display{margin:.6em 0}.math-source{color:#b32424}
`;

export interface PageParts {
  title: string;
  /** Already-safe HTML for the main column. */
  body: string;
  /** The search box's current text. */
  query?: string;
  /** Shown at the top left, e.g. "Wikipedia (zh)". */
  siteLabel: string;
  /**
   * The mirror's language as BCP 47 (htmlLang): it orders the CJK fonts, and is the `lang` of the
   * main column when that is the wiki's own text (`mainIsWikiText`). The page furniture (header,
   * search box, Not found, the report) is English, so `<html lang>` says so.
   */
  lang: string;
  /** The main column is a page of the mirror, all in the wiki's language. */
  mainIsWikiText?: boolean;
  /** The body holds maths laid out by KaTeX, which needs its stylesheet. */
  maths?: boolean;
  /** A category page: its lists of members and subcategories run in columns, as on the wiki. */
  category?: boolean;
  /** The variant the reader shows pages in (`?variant=zh-cn`): the search box sends it on, so results stay in it. */
  variant?: string | null;
}

export function pageHtml(parts: PageParts): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(parts.title)} — ${escapeHtml(parts.siteLabel)}</title>${parts.maths ? `<link rel="stylesheet" href="${MATHS_STYLESHEET}">` : ''}<style>
body{margin:0;background:#fdfdfb;color:#202122;font:16px/1.7 -apple-system,"Segoe UI","Noto Sans",${cjkFonts(parts.lang)},sans-serif}${STYLE}</style></head>
<body><header><a class="home" href="/">${escapeHtml(parts.siteLabel)}</a>
<form action="/search" method="get" role="search"><input type="search" name="q" value="${escapeHtml(parts.query ?? '')}" placeholder="Search" aria-label="Search">${parts.variant ? `<input type="hidden" name="variant" value="${escapeHtml(parts.variant)}">` : ''} <button>Search</button></form></header>
<main${parts.mainIsWikiText ? ` lang="${escapeHtml(parts.lang)}"` : ''}${parts.category ? ' class="category"' : ''}>
${parts.body}
</main></body></html>
`;
}
