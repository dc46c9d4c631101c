/**
 * The reader's HTTP server: `/` home, `/search?q=`, and every Markdown file of the mirror at its
 * own path (`/Page/<file>.md`), so the mirror's relative links (`../Page/X.md`) work unchanged.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { MATHS_ASSETS_PREFIX, mathsAsset } from './maths-assets.js';
import { MEDIA_HEADERS, mediaType } from './media-files.js';
import { MirrorState } from './mirror-state.js';
import { resolveMirrorPath } from './safe-path.js';
import { badRequestView, fileHref, homeView, markdownView, messageView, notFoundView, searchView } from './views.js';
import { leadsTo, redirectTarget, stubTarget } from './redirect-stubs.js';
import { escapeHtml } from './sanitize-html.js';
import { idRequest, idRequestTitle, positiveInt, randomPage, randomPageFolder, type IdRequest } from './special-pages.js';
import { heldRevision, runIndexFacts, runIndexFile } from './page-ids.js';
import { askedVariant } from './variant-view.js';
import type { Variant } from '../variants/codes.js';
import { variantAddress } from './variant-address.js';
import { hasTitleVariants, otherSpellings } from '../mirror/variant-links.js';
import { decodedAddress, isVariantPath, titleAddress, type TitleFound } from './title-address.js';
import { headingSlug } from './render-markdown.js';
import { searchAddress, wikiUrlTarget } from './wiki-urls.js';
import type { BackgroundIndex, IndexStatus } from './background-index.js';
import { answerClientError } from './raw-request-line.js';

export interface ReaderOptions {
  outDir: string;
  port: number;
  host: string;
  /** Drop the full-text index and build it again from nothing. */
  reindex?: boolean;
  /** Called as the background indexer commits each batch. */
  progress?: ((status: IndexStatus) => void) | null;
  /** Test hooks: files per indexing batch; a build that waits for step() before each batch. */
  indexBatchSize?: number;
  indexGated?: boolean;
  /** With indexGated: batches run before the first wait. */
  indexSteps?: number;
  /** Test hook: each search waits in the search worker for (await indexer()).searcher.step(). */
  searchGated?: boolean;
}

export interface RunningReader {
  url: string;
  port: number;
  /** The full-text indexer of the mirror as it is now (a new one after the mirror changes). */
  indexer(): Promise<BackgroundIndex>;
  /** Resolves once index.tsv has been read (title search complete). */
  titlesLoaded(): Promise<void>;
  /** Stops the server; the indexer stops after its current batch, which is kept. */
  close(): Promise<void>;
}

/**
 * Pages may show remote images (upload.wikimedia.org) and the mirror's own (`--upload-base
 * images/`), and load KaTeX's stylesheet and fonts from the reader, but run no script and load
 * nothing else (no data: pictures: the renderer refuses them), and no other site may frame them.
 */
const SECURITY_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; img-src 'self' https:; style-src 'self' 'unsafe-inline'; font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

function send(res: http.ServerResponse, status: number, type: string, body: string, head: boolean): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...SECURITY_HEADERS });
  res.end(head ? undefined : body);
}

function handle(state: MirrorState, req: http.IncomingMessage, res: http.ServerResponse): void {
  const html = 'text/html; charset=utf-8';
  const head = req.method === 'HEAD';
  if (req.method !== 'GET' && !head) return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed\n', false);
  const rawUrl = req.url ?? '/';
  const q = rawUrl.indexOf('?');
  const rawPath = q === -1 ? rawUrl : rawUrl.slice(0, q);
  const rawQuery = q === -1 ? '' : rawUrl.slice(q + 1);
  // `?curid=` and `?oldid=` (on /, index.php or a /wiki/ address) name a page by its ids.
  const ids = idRequest(state.site, rawPath, rawQuery);
  if (ids !== null) return answerIds(state, ids, res, head, pageQuery(state, rawPath, rawQuery), addressVariant(state, rawPath, rawQuery));
  if (rawPath === '/') {
    const reportFile = path.join(state.rootReal, 'REPORT.md');
    const report = fs.existsSync(reportFile) ? fs.readFileSync(reportFile, 'utf8') : null;
    const params = new URLSearchParams(rawQuery);
    return send(res, 200, html, homeView(state, report, askedVariant(state.summary.lang, state.summary.variant, params.get('variant'))), head);
  }
  if (rawPath.startsWith(MATHS_ASSETS_PREFIX)) {
    const asset = mathsAsset(rawPath);
    if (asset === null) return send(res, 404, html, notFoundView(state, null), head);
    res.writeHead(200, { 'Content-Type': asset.type, 'Content-Length': asset.body.length, 'Cache-Control': 'public, max-age=86400', ...SECURITY_HEADERS });
    res.end(head ? undefined : asset.body);
    return;
  }
  if (rawPath === '/search') {
    const params = new URLSearchParams(q === -1 ? '' : rawUrl.slice(q + 1));
    const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
    state.refreshIfChanged();
    // A search from a page shown in a variant (its box sends `variant=`) lists that variant's titles and text.
    const variant = askedVariant(state.summary.lang, state.summary.variant, params.get('variant'));
    void searchView(state, params.get('q') ?? '', page, { variant, targetOf: (file) => stubTarget(state, file) }).then(
      (body) => send(res, 200, html, body, head),
      (err: unknown) => fail(res, err),
    );
    return;
  }
  const random = randomPageFolder(state.titles, state.site, rawPath);
  if (random !== null) {
    const entry = random.folder === null ? null : randomPage(state.titles, random.folder);
    if (entry === null) return send(res, 404, html, messageView(state, 'No pages', `<p>This mirror has no pages in the namespace <code>${escapeHtml(random.sub)}</code>.</p>`), head);
    // A new page each time: the browser must not keep this answer.
    res.writeHead(302, { Location: fileHref(entry.file) + pageQuery(state, rawPath, rawQuery), 'Content-Length': 0, 'Cache-Control': 'no-store', ...SECURITY_HEADERS });
    res.end();
    return;
  }
  const wikiUrl = wikiUrlTarget(state.site, rawPath, rawQuery);
  if (wikiUrl?.kind === 'address') {
    // The main page in a variant (`/zh-cn/`, `/wiki/?variant=zh-cn`) is the home page in it.
    const variant = wikiUrl.location === '/' ? addressVariant(state, rawPath, rawQuery) : null;
    return redirect(res, variant ? `/?variant=${variant}` : wikiUrl.location);
  }
  if (wikiUrl?.kind === 'search') {
    // The wiki's search box opens a page its words name ("go"), else it searches.
    const words = wikiUrl.words.trim();
    const page = wikiUrl.go && words !== '' ? addressedTitle(state, `/wiki/${encodeURIComponent(words.replace(/ /g, '_'))}`) : null;
    return redirect(res, page !== null ? titleHref(state, page) : searchAddress(wikiUrl.words));
  }
  const resolved = resolveMirrorPath(state.rootReal, rawPath);
  // Browsers ask every site for an icon: no page of Not found for that, unless the mirror has one.
  if (resolved.kind === 'missing' && resolved.relative === 'favicon.ico') {
    res.writeHead(204, SECURITY_HEADERS);
    res.end();
    return;
  }
  if (resolved.kind !== 'file') {
    // A title typed or pasted instead of a file's address (title-address.ts), also one the file
    // paths refuse (`/wiki/.hack`, a backslash, a bare `%`), and one whose `?` the browser took
    // for the query (`/wiki/什么是"好"的代码?`).
    const found = addressedTitle(state, rawPath) ?? (q === -1 ? null : addressedTitle(state, `${rawPath}%3F${rawUrl.slice(q + 1)}`));
    if (found !== null) {
      return redirect(res, titleHref(state, found, pageQuery(state, rawPath, rawQuery)));
    }
    if (resolved.kind === 'bad') return send(res, 400, html, badRequestView(state), head);
    return send(res, 404, html, notFoundView(state, resolved.relative, addressVariant(state, rawPath, rawQuery)), head);
  }
  if (resolved.relative.endsWith('.md')) {
    const params = new URLSearchParams(q === -1 ? '' : rawUrl.slice(q + 1));
    const markdown = fs.readFileSync(resolved.file, 'utf8');
    const from = params.get('from');
    // One hop, as on the wiki: a stub reached through a redirect (`from=`) is shown, not followed,
    // so a loop in a hand-edited mirror (A → B → A) cannot send the browser round for ever.
    if (from === null && params.get('redirect') !== 'no') {
      const target = redirectTarget(state, resolved.relative, markdown);
      // The variant asked for goes on to the target (`/zh-cn/几何` → 几何学 in zh-cn).
      const variant = askedVariant(state.summary.lang, state.summary.variant, params.get('variant'));
      if (target !== null) return redirect(res, `${target.path}?from=${encodeURIComponent(resolved.relative)}${variant ? `&variant=${variant}` : ''}${target.hash}`);
    }
    const cameFrom = from !== null && leadsTo(state, from, resolved.relative) ? from : null;
    const extras = { notice: revisionNotice(state, resolved.relative, params), variant: askedVariant(state.summary.lang, state.summary.variant, params.get('variant')) };
    return send(res, 200, html, markdownView(state, resolved.relative, markdown, cameFrom, extras), head);
  }
  // Raw wikitext (templates, modules saved with --raw-namespaces) and the TSV indexes, as text.
  if (/\.(wikitext|tsv)$/.test(resolved.relative)) {
    return send(res, 200, 'text/plain; charset=utf-8', fs.readFileSync(resolved.file, 'utf8'), head);
  }
  const type = mediaType(resolved.relative);
  if (type !== null) return sendFile(res, resolved.file, type, head);
  return send(res, 404, html, notFoundView(state, resolved.relative, addressVariant(state, rawPath, rawQuery)), head);
}

/**
 * An address by page or revision id: the page it names, keeping the `oldid` asked for so the
 * page can say when the mirror holds another revision; a 404 that says why when none is known,
 * in the variant asked for (`/zh-cn/X?oldid=`, `&variant=zh-cn`) as other 404s are.
 */
function answerIds(state: MirrorState, ids: IdRequest, res: http.ServerResponse, head: boolean, query: string, variant: Variant | null): void {
  const html = 'text/html; charset=utf-8';
  const { title } = idRequestTitle(ids, runIndexFacts(state.rootReal));
  const found = title === null ? null : addressedTitle(state, `/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}`);
  if (found !== null) return redirect(res, titleHref(state, found, (ids.oldid !== null ? `?oldid=${ids.oldid}` : '') + (query && (ids.oldid !== null ? `&${query.slice(1)}` : query))));
  if (title !== null) return send(res, 404, html, notFoundView(state, `wiki/${title}`, variant), head);
  const asked = ids.curid !== null ? `page id ${ids.curid}` : `revision ${ids.oldid!}`;
  const why = runIndexFile(state.rootReal) === null
    ? 'This mirror was published without its run index (<code>.wikimark/</code>), which holds the page and revision ids; <code>index.tsv</code> has none.'
    : `No page of this mirror has that ${ids.curid !== null ? 'id' : 'revision: the mirror holds each page at its revision in the dump'}.`;
  const live = idLiveUrl(state, ids);
  // The live wiki shows the page in the variant too (index.php reads `variant=`).
  const liveHref = live && variant ? `${live}&variant=${variant}` : live;
  const body = `<p>${why}</p>\n${liveHref ? `<p>Or open <a href="${escapeHtml(liveHref)}">${escapeHtml(asked)} on the live wiki</a>.</p>` : ''}`;
  return send(res, 404, html, messageView(state, `Not found: ${asked}`, body, variant), head);
}

/** The live wiki's address for a page or revision id (its index.php beside its article path), or null. */
function idLiveUrl(state: MirrorState, ids: IdRequest): string | null {
  const base = /^(https?:\/\/[^/]+)\/wiki\/$/.exec(state.site.articleBase)?.[1];
  if (base === undefined) return null;
  return `${base}/w/index.php?${ids.curid !== null ? `curid=${ids.curid}` : `oldid=${ids.oldid!}`}`;
}

/**
 * The line a page shows when asked for a revision (`?oldid=`) other than the one the mirror holds;
 * null otherwise, and for a value that is no id (`abc`, `0`: none, as the id addresses read it).
 */
function revisionNotice(state: MirrorState, file: string, params: URLSearchParams): string | null {
  const oldid = positiveInt(params, 'oldid');
  if (oldid === null) return null;
  // Published without .wikimark/: the ids are unknown, so whether it is this revision is too.
  if (runIndexFile(state.rootReal) === null) return `Whether this is revision ${oldid} cannot be checked: this mirror was published without its run index (<code>.wikimark/</code>), which holds the revision ids. The page is shown as the mirror holds it.`;
  const entry = state.titles.titleOfFile(file);
  const held = entry ? heldRevision(state.rootReal, entry.title) : null;
  if (held !== null && held.rev === oldid) return null;
  const which = held !== null ? `revision ${held.rev} (${escapeHtml(held.ts)})` : 'one revision, its latest in the dump,';
  return `Revision ${oldid} is not in this mirror, which holds ${which} of this page: that is shown here.`;
}

/**
 * What the page an address leads to keeps of its query: `redirect=no` (`/wiki/几何?redirect=no`
 * shows the redirect itself, as on the wiki) and the variant asked for, by `?variant=` on any
 * address or a variant path (`/zh-cn/数学`), as LanguageConverter::getURLVariant reads it: the
 * page is shown in that variant (variant-view.ts). `?…` or ''.
 */
function pageQuery(state: MirrorState, rawPath: string, rawQuery: string): string {
  const params = new URLSearchParams(rawQuery);
  const stay = params.get('redirect') === 'no' ? 'redirect=no' : '';
  const variant = addressVariant(state, rawPath, rawQuery);
  const query = [stay, variant ? `variant=${variant}` : ''].filter(Boolean).join('&');
  return query ? `?${query}` : '';
}

/** The variant an address asks for, by `?variant=` or a variant path (`/zh-cn/…`, `/zh-cn`), when the reader converts to it (askedVariant); else null. */
function addressVariant(state: MirrorState, rawPath: string, rawQuery: string): Variant | null {
  const segment = /^\/([^/]*)/.exec(rawPath)?.[1] ?? '';
  const asked = new URLSearchParams(rawQuery).get('variant') ?? (isVariantPath(state.site, segment) ? segment : null);
  return askedVariant(state.summary.lang, state.summary.variant, asked);
}

/** The address of a file found by its title, at the section it named. */
function titleHref(state: MirrorState, found: TitleFound, query = ''): string {
  return fileHref(found.file) + query + (found.fragment ? `#${encodeURIComponent(sectionSlug(state, found))}` : '');
}

/**
 * The anchor of the section an address named: on a Chinese mirror the heading may be in the
 * other script (`/zh-cn/数学%23参见` on a zh-tw mirror, whose heading is 參見): the first spelling
 * whose anchor a heading of the page has, as the wiki finds a section in any variant.
 */
function sectionSlug(state: MirrorState, found: TitleFound): string {
  const slug = headingSlug(found.fragment ?? '');
  if (!hasTitleVariants(state.site.lang)) return slug;
  const resolved = resolveMirrorPath(state.rootReal, fileHref(found.file));
  if (resolved.kind !== 'file' || !resolved.relative.endsWith('.md')) return slug;
  const headings = new Set<string>();
  for (const m of fs.readFileSync(resolved.file, 'utf8').matchAll(/^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/gm)) {
    // The heading's text as the reader anchors it, near enough: link targets and marks left out.
    headings.add(headingSlug(m[1]!.replace(/\]\([^)]*\)/g, '')));
  }
  if (headings.has(slug)) return slug;
  return [found.fragment ?? '', ...otherSpellings(found.fragment ?? '')].map(headingSlug).find((s) => headings.has(s)) ?? slug;
}

/** The file (and section) an address that names no file stands for by its title, in either Chinese script. */
function addressedTitle(state: MirrorState, rawPath: string): TitleFound | null {
  const relative = decodedAddress(rawPath);
  if (relative === null) return null;
  const isFile = (file: string) => resolveMirrorPath(state.rootReal, fileHref(file)).kind === 'file';
  const checks = { isFile, isDumpPage: (title: string) => state.isDumpPage(title) };
  return titleAddress(state.titles, state.site, relative, isFile) ?? variantAddress(state.titles, state.site, relative, checks);
}

/** A page found under another address (variant-address.ts): the browser goes there. */
function redirect(res: http.ServerResponse, location: string): void {
  res.writeHead(302, { Location: location, 'Content-Length': 0, ...SECURITY_HEADERS });
  res.end();
}

function fail(res: http.ServerResponse, err: unknown): void {
  if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', `internal error: ${err instanceof Error ? err.message : String(err)}\n`, false);
  else res.destroy();
}

/** A media file of the mirror, streamed (a video need not fit in memory). */
function sendFile(res: http.ServerResponse, file: string, type: string, head: boolean): void {
  const size = fs.statSync(file).size;
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': size, ...MEDIA_HEADERS });
  if (head) {
    res.end();
    return;
  }
  const stream = fs.createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

export async function startReader(options: ReaderOptions): Promise<RunningReader> {
  const state = new MirrorState(options.outDir, { onProgress: options.progress ?? null, batchSize: options.indexBatchSize, gated: options.indexGated, steps: options.indexSteps, searchGated: options.searchGated });
  const server = http.createServer((req, res) => {
    try {
      handle(state, req, res);
    } catch (err) {
      fail(res, err);
    }
  });
  // Raw UTF-8 in an address (curl sends it as typed) is refused by the HTTP parser: read it as UTF-8.
  server.on('clientError', (err: Error, socket) => answerClientError(err, socket, SECURITY_HEADERS));
  // Listen first: a port in use must fail before any index work starts (a `--reindex` would
  // otherwise drop the index and leave a worker running for a server that never came up).
  // No request can arrive between 'listening' and load(): both run before the next I/O turn.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  try {
    state.load(options.reindex ?? false);
  } catch (err) {
    // Not a mirror (no index.tsv …): close the port again, the caller reports the error.
    await new Promise<void>((resolve) => server.close(() => resolve()));
    throw err;
  }
  const port = (server.address() as AddressInfo).port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/`,
    port,
    indexer: () => state.indexer(),
    titlesLoaded: () => state.titlesLoaded(),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          void state.close().then(resolve);
        });
        // Browsers keep connections open; without this close() would wait for them to time out.
        server.closeAllConnections();
      }),
  };
}
