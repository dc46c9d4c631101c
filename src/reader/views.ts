/** The reader's pages as HTML: home, a mirror page, search results, not found. */
import { escapeHtml } from './sanitize-html.js';
import { decodeEntities } from '../site/entities.js';
import { renderPage } from './render-markdown.js';
import { readFrontMatter } from './front-matter.js';
import { splitQuery, type TextResults } from './full-text-search.js';
import type { MirrorState } from './mirror-state.js';
import type { TitleEntry } from './mirror-titles.js';
import type { IndexStatus } from './background-index.js';
import { formatDuration } from '../mirror/progress.js';
import { liveUrl, parseTitle } from '../site/titles.js';
import { isVariantPath } from './title-address.js';
import { mediaType } from './media-files.js';
import { carryVariant, convertHtmlText, convertSnippet } from './variant-view.js';
import { createConverter } from '../variants/converter.js';
import { VARIANT_NAMES, type Variant } from '../variants/codes.js';
import { htmlLang, pageHtml } from './page-template.js';

export const PAGE_SIZE = 20;
/** Home page lists stop here; the rest is reached through search and category pages. */
const HOME_LIST_LIMIT = 200;

/** URL of a mirror file: each segment percent-encoded, as the mirror's own relative links are. */
export function fileHref(file: string): string {
  return `/${file.split('/').map(encodeURIComponent).join('/')}`;
}

/** The search's address; a variant the pages are shown in goes on with it (`&variant=zh-cn`). */
const searchHref = (q: string, page = 1, variant: Variant | null = null) => `/search?q=${encodeURIComponent(q)}${page > 1 ? `&page=${page}` : ''}${variant ? `&variant=${variant}` : ''}`;

/** How a search shows the mirror's text in the variant asked for (`?variant=`), or as held (null). */
interface Shown {
  /** The title or text in that variant. */
  text: (s: string) => string;
  /** A page's address in that variant. */
  href: (file: string) => string;
}

function shownIn(variant: Variant | null): Shown {
  if (variant === null) return { text: (s) => s, href: fileHref };
  return { text: createConverter(variant), href: (file) => `${fileHref(file)}?variant=${variant}` };
}

/** Where a redirect stub leads: a page of the mirror (its file) and section, or a title outside it (file null). */
export interface StubTarget {
  shownTitle: string;
  file: string | null;
  /** The section of the page (`歷史` of 几何学#歷史), or ''. */
  section: string;
}

/** A link label of the mirror's Markdown as text, its backslash escapes and entities read in one pass (`外部\*甲\_1` is 外部*甲_1, `\&amp;` is &amp;). */
export function labelText(label: string): string {
  return label.replace(/\\([!-/:-@[-`{-~])|&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/g, (m, escaped: string | undefined) => escaped ?? decodeEntities(m));
}

/**
 * Titles are the wiki's text: the list says so in its `lang`, inside the English furniture. A
 * redirect names its target when `targetOf` knows it, so two redirects a `--variant` mirror shows
 * alike (几何 and 幾何, both 幾何 on zh-tw) are told apart, or, leading to the same page, listed once.
 */
function titleList(entries: TitleEntry[], lang: string, columns = false, shown: Shown = shownIn(null), targetOf: (file: string) => StubTarget | null = () => null): string {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const e of entries) {
    const target = e.kind === 'redirect' ? targetOf(e.file) : null;
    const title = shown.text(e.shownTitle);
    const named = target === null ? '' : `${target.shownTitle}${target.section ? `#${target.section}` : ''}`;
    // Only redirects known to lead to the same place fold; one whose target is unknown is kept.
    if (target !== null) {
      const key = `${title}\t${target.file ?? ''}\t${named}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    const note = e.kind !== 'redirect' ? '' : target ? ` <span class="muted">(redirect to ${escapeHtml(shown.text(named))}${target.file === null ? ', not followed here' : ''})</span>` : ' <span class="muted">(redirect)</span>';
    items.push(`<li><a href="${escapeHtml(shown.href(e.file))}">${escapeHtml(title)}</a>${note}</li>`);
  }
  return `<ul lang="${escapeHtml(lang)}"${columns ? ' class="columns"' : ''}>\n${items.join('\n')}\n</ul>`;
}

function listSection(heading: string, list: { count: number; first: TitleEntry[] }, lang: string, shown: Shown = shownIn(null)): string {
  if (list.count === 0) return '';
  const more = list.count > list.first.length ? `<p class="muted">First ${list.first.length} of ${list.count}; search to find the rest.</p>` : '';
  return `<h2>${escapeHtml(heading)}</h2>\n${titleList(list.first, lang, true, shown)}\n${more}`;
}

/** Shown while a big index.tsv is still being read: title search and lists are incomplete. */
function titlesNotice(state: MirrorState): string {
  return state.titles.loaded ? '' : `<p class="notice">Reading the list of titles: ${state.titles.size} so far; title search and these lists are incomplete until it is done.</p>\n`;
}

/**
 * The home page; in a variant (`/zh-cn/`, `/?variant=zh-cn`) its lists of titles are shown in it,
 * as pages are, and their links and the random page carry it on. The run's report is the
 * converter's record of the dump's pages and is left as the mirror holds it.
 */
export function homeView(state: MirrorState, reportMarkdown: string | null, variant: Variant | null = null): string {
  const s = state.summary;
  const report = reportMarkdown ? renderPage(reportMarkdown) : null;
  const shown = shownIn(variant);
  const lang = variant ? htmlLang('zh', variant) : state.htmlLang;
  const note = variant ? `<p class="muted variant-note">${escapeHtml(VARIANT_NAMES[variant] ?? variant)} (<code>${variant}</code>): titles converted by the reader from this mirror's (<code>${escapeHtml(state.summary.variant ?? 'zh')}</code>); <a href="/?variant=zh">as the mirror holds them</a>.</p>\n` : '';
  const body = `<h1>${escapeHtml(state.siteLabel)}</h1>
<p>${s.pages} pages, ${s.categories} categories, ${s.redirects} redirects. Type in the search box to find titles and text, or open <a href="/wiki/Special:Random${variant ? `?variant=${variant}` : ''}">a random page</a>.</p>
${note}${titlesNotice(state)}${listSection('Pages', state.titles.ofKind('page', HOME_LIST_LIMIT), lang, shown)}
${listSection('Categories', state.titles.ofKind('category', HOME_LIST_LIMIT), lang, shown)}
${report ? `<hr>\n${report.html}` : ''}`;
  return pageHtml({ title: 'Home', body, siteLabel: state.siteLabel, lang, maths: report?.maths ?? false, variant });
}

/** What a page is shown with besides its text (server.ts). */
export interface PageExtras {
  /** A line above the text, as HTML (an `oldid` the mirror does not hold). */
  notice?: string | null;
  /** The variant the page is shown in, converted by the reader (variant-view.ts), or null. */
  variant?: Variant | null;
}

/** `redirectedFrom`: the stub of the redirect the reader came through (server.ts), named under the title as on the wiki. */
export function markdownView(state: MirrorState, file: string, markdown: string, redirectedFrom: string | null = null, extras: PageExtras = {}): string {
  const entry = state.titles.titleOfFile(file);
  // The --front-matter block is not the page's text; its title stands in while index.tsv is still being read.
  const fm = readFrontMatter(markdown);
  if (fm) markdown = markdown.slice(fm.end);
  const title = entry?.shownTitle ?? fm?.title ?? file.replace(/^.*\//, '').replace(/\.md$/, '');
  const stub = redirectedFrom === null ? undefined : state.titles.titleOfFile(redirectedFrom);
  // In a variant the stub's link keeps it too (carryVariant below skips a link with a query).
  const stay = extras.variant ? `?redirect=no&amp;variant=${extras.variant}` : '?redirect=no';
  const from = stub ? `<p class="muted redirected">(Redirected from <a href="${escapeHtml(fileHref(redirectedFrom!))}${stay}">${escapeHtml(stub.shownTitle)}</a>)</p>\n` : '';
  const { html: body, maths } = renderPage(markdown);
  // Category pages and redirect stubs carry their own "# Title"; articles start with the text.
  const variant = extras.variant ?? null;
  const note = (extras.notice ? `<p class="notice">${extras.notice}</p>\n` : '') + (variant ? variantNote(state, file, variant) : '');
  let page = /^# /.test(markdown) ? afterFirstHeading(body, from + note) : `<h1>${escapeHtml(title)}</h1>\n${from}${note}${body}`;
  if (variant === null) return pageHtml({ title, body: page, siteLabel: state.siteLabel, lang: state.htmlLang, mainIsWikiText: true, maths, category: entry?.kind === 'category' });
  page = carryVariant(convertHtmlText(page, variant), variant);
  const shown = createConverter(variant)(title);
  return pageHtml({ title: shown, body: page, siteLabel: state.siteLabel, lang: htmlLang('zh', variant), mainIsWikiText: true, maths, category: entry?.kind === 'category', variant });
}

/** The line saying a page is the reader's conversion, with a link to the text the mirror holds (`?variant=zh`: as it is). */
function variantNote(state: MirrorState, file: string, variant: Variant): string {
  const held = state.summary.variant ?? 'zh';
  return `<p class="muted variant-note">${escapeHtml(VARIANT_NAMES[variant] ?? variant)} (<code>${variant}</code>): converted by the reader from this mirror's text (<code>${escapeHtml(held)}</code>); <a href="${escapeHtml(fileHref(file))}?variant=zh">the text as the mirror holds it</a>.</p>\n`;
}

/** `html` with `insert` after its first `</h1>` line. */
function afterFirstHeading(html: string, insert: string): string {
  const end = html.indexOf('</h1>\n');
  return end === -1 ? html : html.slice(0, end + 6) + insert + html.slice(end + 6);
}

/** A best guess at the title a missing file would have had, to offer as a search. */
export function titleGuess(relative: string): string {
  // Only the folder goes: an address such as Page/C/C++.md stands for the title C/C++. An upload
  // (images/a/ab/Foo_logo.svg, uploads.ts) is its file name: the a/ab/ folders are a hash.
  const name = relative.replace(relative.startsWith('images/') ? /^.*\// : /^[^/]*\//, '').replace(/\.(md|wikitext)$/, '').replace(/~[0-9a-f]{8}$/, '');
  return name.replace(/%([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/**
 * The 404 page. In a variant (`/zh-cn/X`, `?variant=zh-cn`) the titles it names are shown in it,
 * as a page's text is (the address asked for, in <code>, and the links' targets are as asked), and
 * its search and search box carry the variant on.
 */
export function notFoundView(state: MirrorState, relative: string | null, variant: Variant | null = null): string {
  const guess = relative ? titleGuess(relative) : '';
  const live = relative ? liveLink(state, relative) : null;
  // Only the titles: the English around them is no text of the wiki (zh-tw's table would turn its “” into 「」).
  const shown = shownIn(variant).text;
  const body = `<h1>Not found</h1>
<p>This mirror has no page ${relative ? `<code>${escapeHtml(relative)}</code>` : 'at that address'}.</p>
${guess ? `<p><a href="${escapeHtml(searchHref(guess, 1, variant))}">Search for “${escapeHtml(shown(guess))}”</a></p>` : ''}
${live ? `<p>Or read <a href="${escapeHtml(live.url)}">“${escapeHtml(shown(live.title))}” on the live wiki</a>, as the mirror's own links to pages it lacks do.</p>` : ''}`;
  return pageHtml({ title: 'Not found', body, query: guess, siteLabel: state.siteLabel, lang: state.htmlLang, variant });
}

/**
 * The live wiki's page for a missing page address (`Page/X.md`, `Category/X`, `wiki/Category:X`,
 * `zh-tw/X`), its title read as the wiki reads it; null for other files (uploads, raw wikitext)
 * and for what is no title.
 */
function liveLink(state: MirrorState, relative: string): { title: string; url: string } | null {
  const slash = relative.indexOf('/');
  if (slash <= 0) return null;
  const folder = relative.slice(0, slash);
  // A title address names a title, whatever it ends in (`/wiki/File:X.png`); a folder's file
  // ending like an upload or raw wikitext is that file.
  const titleAddress = folder === 'wiki' || isVariantPath(state.site, folder);
  if (!titleAddress && (/\.(wikitext|tsv)$/.test(relative) || mediaType(relative) !== null)) return null;
  const guess = titleGuess(relative);
  const prefix = titleAddress ? '' : state.titles.prefixOfFolder(folder);
  if (!guess || prefix === undefined) return null;
  const title = parseTitle(state.site, prefix + guess);
  if (title === null || title.interwiki !== null || title.full === '') return null;
  return { title: title.full, url: liveUrl(state.site, title.full, title.fragment) };
}

/** A page of the reader's own saying something (a 404 with its reason): `body` is HTML; in a variant, its search box sends it on. */
export function messageView(state: MirrorState, heading: string, body: string, variant: Variant | null = null): string {
  return pageHtml({ title: heading, body: `<h1>${escapeHtml(heading)}</h1>\n${body}`, siteLabel: state.siteLabel, lang: state.htmlLang, variant });
}

/** An address no page can have (`..`, a hidden folder, a folder, broken %-encoding): a 400 page with the way back. */
export function badRequestView(state: MirrorState): string {
  const body = `<h1>Bad address</h1>
<p>Pages of this mirror are at addresses such as <code>/Page/Title.md</code>; this one cannot name a page (it leaves the mirror, names a hidden file or a folder, or is not valid %-encoding).</p>
<p><a href="/">Go to the home page</a> or search for a title above.</p>`;
  return pageHtml({ title: 'Bad address', body, siteLabel: state.siteLabel, lang: state.htmlLang });
}

/** What a reader must know about the full-text index before trusting its results; null when complete. */
export function indexNotice(status: IndexStatus | null): string | null {
  if (!status || status.phase === 'starting') return 'The full-text index is starting; only titles are searched for now.';
  if (status.phase === 'complete') return null;
  if (status.phase === 'failed') return `The full-text index could not be built (${status.error ?? 'unknown error'}); only titles are searched.`;
  const percent = status.total > 0 ? Math.min(99, Math.floor((status.done / status.total) * 100)) : 0;
  const eta = status.etaSeconds !== null && status.done > 0 ? `, about ${formatDuration(status.etaSeconds)} left` : '';
  const stopped = status.phase === 'stopped' ? ' (stopped; it continues on the next start)' : '';
  return `Full-text index: ${percent} % built (${status.done} of ${status.total} pages${eta})${stopped} — text results so far are partial.`;
}

/** The last page of results for `total` hits (1 when there are none). */
const lastPage = (total: number) => Math.max(1, Math.ceil(total / PAGE_SIZE));

function countLine(text: TextResults, from: number, complete: boolean): string {
  // A page past the last (an old link, a hand-edited ?page=) shows no range such as "121–120".
  const past = text.hits.length === 0 && from > 0 && text.total > 0;
  const shown = past ? `, none on page ${from / PAGE_SIZE + 1} (the last${text.exact ? '' : ' found so far'} is page ${lastPage(text.total)})` : text.total > PAGE_SIZE ? `, ${from + 1}–${from + text.hits.length} shown` : '';
  if (text.exact) return `${text.total} page${text.total === 1 ? '' : 's'}${shown}${complete ? '' : ' so far'}`;
  // A short term (under three characters) stopped scanning early: say how far it got.
  const where = text.scanned < 1 ? ` in the first ${Math.max(1, Math.floor(text.scanned * 100))} % of pages` : '';
  return `at least ${text.total} page${text.total === 1 ? '' : 's'}${where}${shown} — terms under three characters are searched by scanning; longer terms use the index`;
}

/** Longer queries are cut: enough for any title, and LIKE scans stay cheap. */
const MAX_QUERY_LENGTH = 200;
/** Title hits listed on a search's first page. */
const TITLE_HITS = 50;
/** The last page of text results searched; a later ?page= is answered as past the end. */
const MAX_PAGE = 1000;

/** What a search page is shown with besides its query (server.ts). */
export interface SearchExtras {
  /** The variant the reader shows pages in (`?variant=`, askedVariant), or null: titles, snippets and links follow it. */
  variant?: Variant | null;
  /** The page a redirect stub leads to, named beside it in the title results. */
  targetOf?: (file: string) => StubTarget | null;
}

export async function searchView(state: MirrorState, query: string, page: number, extras: SearchExtras = {}): Promise<string> {
  const q = query.trim().slice(0, MAX_QUERY_LENGTH);
  const variant = extras.variant ?? null;
  const shown = shownIn(variant);
  const lang = variant ? htmlLang('zh', variant) : state.htmlLang;
  let body = `<h1>Search</h1>`;
  // Quotes alone (`"`, `""`) are no words: the hint, not "0 pages".
  if (splitQuery(q).length > 0) {
    if (page === 1) {
      // A quoted phrase is one title's words: "Київська Русь" lists the title Київська Русь.
      const titleHits = state.titles.search(/^"[^"]+"$/.test(q) ? q.slice(1, -1) : q, TITLE_HITS + 1);
      const more = titleHits.length > TITLE_HITS ? `<p class="muted">More titles contain this: the first ${TITLE_HITS} are shown (whole titles, then titles beginning with it, then titles containing it elsewhere, shortest first in each); add to the words to narrow it.</p>\n` : '';
      body += `<h2>Titles</h2>\n${titlesNotice(state)}${titleHits.length ? titleList(titleHits.slice(0, TITLE_HITS), lang, false, shown, extras.targetOf) : '<p class="muted">No title contains this.</p>'}\n${more}`;
    }
    const index = state.index;
    body += `\n<h2>Text</h2>\n`;
    const failed = state.indexFailure ? ({ phase: 'failed', error: state.indexFailure } as IndexStatus) : null;
    const notice = indexNotice(index?.status ?? failed);
    if (notice) body += `<p class="notice">${escapeHtml(notice)}</p>\n`;
    let text: TextResults = { total: 0, hits: [], exact: true, scanned: 1 };
    const from = (page - 1) * PAGE_SIZE;
    try {
      if (index?.searcher) {
        // Pages past MAX_PAGE are not searched (the offset would be the cost) but still named as
        // asked: "none on page 99999", not a silent page 1000.
        text = await index.searcher.search(q, state.summary.lang, Math.min(page, MAX_PAGE), PAGE_SIZE, state.summary.variant);
        if (page > MAX_PAGE) text = { ...text, hits: [] };
        body += `<p class="muted">${countLine(text, from, index.complete)}</p>\n`;
      }
    } catch (err) {
      // The mirror changed under a running search (its worker was stopped), or the index is unreadable.
      body += `<p class="notice">Text search is not available right now (${escapeHtml(err instanceof Error ? err.message : String(err))}); try again.</p>\n`;
    }
    body += text.hits
      .map((h) => `<div class="result" lang="${escapeHtml(lang)}"><a href="${escapeHtml(shown.href(h.file))}">${escapeHtml(shown.text(h.title))}</a><div class="snippet">${variant ? convertSnippet(h.snippet, variant) : h.snippet}</div></div>`)
      .join('\n');
    // Past the last page, "previous" leads to the last page that has results (page 1, with its
    // title hits, when the text has none), not to another empty one.
    const prevPage = text.hits.length === 0 ? Math.min(page - 1, lastPage(text.total)) : page - 1;
    const prev = page > 1 ? `<a rel="prev" href="${escapeHtml(searchHref(q, prevPage, variant))}">← previous</a>` : '';
    const next = from + text.hits.length < text.total ? `<a rel="next" href="${escapeHtml(searchHref(q, page + 1, variant))}">next →</a>` : '';
    if (prev || next) body += `\n<nav class="pager">${prev}${next}</nav>`;
  } else {
    body += `\n<p class="muted">Type a title or words of the text in the box above: pages holding every word are listed, and "words in quotes" are looked for as one phrase.</p>`;
  }
  return pageHtml({ title: q ? `Search: ${q}` : 'Search', body, query: q, siteLabel: state.siteLabel, lang: state.htmlLang, variant });
}
