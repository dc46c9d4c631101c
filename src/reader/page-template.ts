/**
 * The HTML shell around every page the reader serves: title, a link home, a search box. Styles are
 * inline and fonts are the reader's own (no web fonts: the reader works offline and fetches nothing
 * but the pages' own images).
 */
import { escapeHtml } from './sanitize-html.js';

const STYLE = `
body{margin:0;background:#fdfdfb;color:#202122;font:16px/1.7 -apple-system,"Segoe UI","Noto Sans","Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Hiragino Sans","Microsoft YaHei","Noto Sans CJK JP",sans-serif}
header{display:flex;gap:1em;align-items:center;flex-wrap:wrap;padding:.5em 1em;border-bottom:1px solid #ccc;background:#f4f4f0}
header a.home{font-weight:bold;text-decoration:none;color:#202122}
header form{margin-left:auto}header input[type=search]{width:16em;padding:.25em}
main{max-width:52em;margin:0 auto;padding:1em}
a{color:#0645ad}a[href^="http"]{color:#36b}
table{border-collapse:collapse;margin:1em 0;display:block;overflow-x:auto}th,td{border:1px solid #a2a9b1;padding:.2em .5em;vertical-align:top}th{background:#eaecf0}
img{max-width:100%;height:auto}blockquote{margin:1em 0;padding:0 1em;border-left:4px solid #ccc;color:#54595d}
pre,code{font-family:ui-monospace,Menlo,Consolas,"Noto Sans Mono CJK SC",monospace;background:#f3f3f3}pre{padding:.5em;overflow-x:auto}
.footnotes{font-size:90%}.result{margin:0 0 1em}.snippet{color:#444;font-size:92%}mark{background:#fe6}
.pager{display:flex;gap:1em}.muted{color:#72777d}.notice{background:#fef6e7;border-left:4px solid #fc3;padding:.4em .8em}
`;

export interface PageParts {
  title: string;
  /** Already-safe HTML for the main column. */
  body: string;
  /** The search box's current text. */
  query?: string;
  /** Shown at the top left, e.g. "Wikipedia (zh)". */
  siteLabel: string;
}

export function pageHtml(parts: PageParts): string {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(parts.title)} — ${escapeHtml(parts.siteLabel)}</title><style>${STYLE}</style></head>
<body><header><a class="home" href="/">${escapeHtml(parts.siteLabel)}</a>
<form action="/search" method="get" role="search"><input type="search" name="q" value="${escapeHtml(parts.query ?? '')}" placeholder="Search" aria-label="Search"> <button>Search</button></form></header>
<main>
${parts.body}
</main></body></html>
`;
}
