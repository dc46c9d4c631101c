/**
 * `wikimark serve` end to end: a real mirror of the sample dump, the server on a free port, and
 * the pages a reader would open: home, articles and their links, footnotes, categories, search
 * (titles across simplified/traditional, full text with 2- and 4-character Chinese queries),
 * a missing page, and attempts to read files outside the mirror.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startReader, type RunningReader } from '../../src/reader/server.js';
import { SEARCH_DB } from '../../src/reader/search-index.js';
import type { IndexStatus } from '../../src/reader/background-index.js';
import { MATHS_STYLESHEET } from '../../src/reader/maths-assets.js';
import { rawGet, removeMirror, sampleMirror, searchPath } from './helpers.js';

let out = '';
let reader: RunningReader;
let port = 0;
const progress: IndexStatus[] = [];

before(async () => {
  out = await sampleMirror();
  reader = await startReader({ outDir: out, port: 0, host: '127.0.0.1', progress: (s) => progress.push(s) });
  await (await reader.indexer()).whenFinished();
  await reader.titlesLoaded();
  port = reader.port;
});

after(async () => {
  await reader?.close();
  if (out) removeMirror(out);
});

const get = (p: string) => rawGet(port, p);
const href = (file: string) => `/${file.split('/').map(encodeURIComponent).join('/')}`;

/** Resolve a link found in a page against that page's URL path, as a browser does. */
function follow(fromPath: string, link: string): string {
  const u = new URL(link, `http://x${fromPath}`);
  return u.pathname;
}

test('the search index is built on first serve, with progress', () => {
  assert.ok(fs.existsSync(path.join(out, SEARCH_DB)));
  const last = progress.at(-1)!;
  // 19 pages + 14 categories; redirects are not indexed.
  assert.deepEqual([last.phase, last.done, last.total, last.indexed, last.unchanged, last.removed], ['complete', 33, 33, 33, 0, 0]);
  assert.deepEqual([progress[0]!.phase, progress[0]!.done, progress[0]!.total], ['building', 0, 0]); // 'ready'
  assert.deepEqual([progress[1]!.phase, progress[1]!.done, progress[1]!.total], ['building', 0, 33]); // counted
});

test('home: site, counts, page and category lists, the report', async () => {
  const res = await get('/');
  assert.equal(res.status, 200);
  assert.match(res.headers['content-type'] ?? '', /^text\/html; charset=utf-8/);
  assert.match(String(res.headers['content-security-policy']), /default-src 'none'/);
  // Nothing the reader renders is a data: picture (render-markdown.ts, sanitize-html.ts refuse
  // them), and no other site may frame the reader's pages (clickjacking).
  assert.match(String(res.headers['content-security-policy']), /img-src 'self' https:;/);
  assert.match(String(res.headers['content-security-policy']), /frame-ancestors 'none'/);
  // English furniture; the title lists are the wiki's text.
  assert.match(res.body, /^<!DOCTYPE html>\n<html lang="en"><head>/);
  assert.match(res.body, /\n<main>\n<h1>/);
  assert.match(res.body, /<h2>Pages<\/h2>\n<ul lang="zh" class="columns">\n<li><a href=/);
  assert.match(res.body, /<h1>Wikipedia \(zh\)<\/h1>/);
  assert.match(res.body, /19 pages, 14 categories, 9 redirects/);
  assert.ok(res.body.includes(`<a href="${href('Page/数学.md')}">数学</a>`));
  assert.ok(res.body.includes(`<a href="${href('Category/面食.md')}">Category:面食</a>`));
  assert.match(res.body, /<form action="\/search"/);
  assert.match(res.body, /<h1 id="wikimark-mirror-report">Wikimark mirror report<\/h1>/);
});

test('an article: title, table, footnotes, heading anchors; its links lead to pages', async () => {
  const pagePath = href('Page/数学.md');
  const res = await get(pagePath);
  assert.equal(res.status, 200);
  assert.match(res.body, /<title>数学 — Wikipedia \(zh\)<\/title>/);
  assert.match(res.body, /\n<main lang="zh">\n<h1>数学<\/h1>/);
  assert.match(res.body, /<a class="home" href="\/">/);
  assert.match(res.body, /<td>研究对象<\/td>/);
  assert.match(res.body, /<sup class="footnote-ref"><a href="#fn2" id="fnref2">\[2\]<\/a><\/sup>/);
  // The second citation of note 1 reads [1], as on GitHub (markdown-it-footnote alone writes [1:1]).
  assert.match(res.body, /<sup class="footnote-ref"><a href="#fn1" id="fnref1:1">\[1\]<\/a><\/sup>/);
  // Under its heading (footnote-places.test.ts), not in a list at the page's end.
  assert.match(res.body, /<h2 id="注释">注释<\/h2>\n<section class="footnotes">\n<ol class="footnotes-list">\n<li id="fn2" class="footnote-item" value="2"><p>统计学是否属于数学，学界看法不一。/);
  assert.match(res.body, /<h2 id="著名公式">著名公式<\/h2>/);
  assert.ok(!res.body.includes('$a^2 + b^2 = c^2$'), 'maths is laid out (serve-maths.test.ts), not left as TeX');
  const links = [...res.body.matchAll(/<a href="(\.\.\/[^"#]+)(?:#[^"]*)?">([^<]*)<\/a>/g)].map((m) => [m[1]!, m[2]!] as const);
  assert.ok(links.length >= 8, `relative links: ${links.length}`);
  for (const [link, label] of links) {
    const target = await get(follow(pagePath, link));
    assert.equal(target.status, 200, `${label} → ${link}`);
  }
  const algebra = await get(follow(pagePath, '../Page/%E4%BB%A3%E6%95%B0.md'));
  assert.match(algebra.body, /<h1>代数<\/h1>/);
});

test('a file name with %XX in it is reached through its doubly-encoded link', async () => {
  const category = await get(href('Category/文件名测试.md'));
  assert.equal(category.status, 200);
  assert.ok(category.body.includes('href="../Page/%2541ux.md"'));
  const aux = await get(follow(href('Category/文件名测试.md'), '../Page/%2541ux.md'));
  assert.equal(aux.status, 200);
  assert.match(aux.body, /<h1>Aux<\/h1>/);
});

test('a category page lists its members as working links', async () => {
  const res = await get(href('Category/面食.md'));
  assert.equal(res.status, 200);
  assert.match(res.body, /<main lang="zh" class="category">\n<h1>Category:面食<\/h1>/);
  for (const member of ['拉面', '面条', '𰻝𰻝面']) {
    const link = `../Page/${encodeURIComponent(member)}.md`;
    assert.ok(res.body.includes(`href="${link}"`), member);
    assert.equal((await get(follow(href('Category/面食.md'), link))).status, 200, member);
  }
});

test('a page with maths: formulas laid out (inline and display), the stylesheet linked', async () => {
  const res = await get(href('Page/数学.md'));
  assert.equal(res.status, 200);
  assert.ok(res.body.includes(`<link rel="stylesheet" href="${MATHS_STYLESHEET}">`));
  assert.match(res.body, /勾股定理写作 <span class="katex">.*<annotation encoding="application\/x-tex">a\^2 \+ b\^2 = c\^2<\/annotation>/);
  assert.match(res.body, /<div class="math-display"><span class="katex-display">/);
  assert.ok(!res.body.includes('$$'), 'no TeX delimiters left');
  const csp = String(res.headers['content-security-policy']);
  assert.match(csp, /style-src 'self' 'unsafe-inline'/);
  assert.match(csp, /font-src 'self'/);
  assert.match(csp, /default-src 'none'/);
  assert.doesNotMatch(csp, /script-src/);
});

test('a page without maths does not load the stylesheet', async () => {
  const res = await get('/');
  assert.equal(res.status, 200);
  assert.ok(!res.body.includes(MATHS_STYLESHEET));
});

test('the home page links the stylesheet when REPORT.md holds maths', async () => {
  const report = path.join(out, 'REPORT.md');
  const saved = fs.readFileSync(report, 'utf8');
  try {
    fs.writeFileSync(report, saved + '\nPages with maths: formulas such as $x^2$ are laid out.\n');
    const res = await get('/');
    assert.equal(res.status, 200);
    assert.ok(res.body.includes(`<link rel="stylesheet" href="${MATHS_STYLESHEET}">`));
    assert.match(res.body, /formulas such as <span class="katex">/);
  } finally {
    fs.writeFileSync(report, saved);
  }
});

test('a redirect takes the reader to its target (at its section), which names the redirect; the stub itself on request', async () => {
  // 幾何 → 几何 → 几何学 (a double redirect: the stub links to the final page).
  const res = await get(href('Page/幾何.md'));
  assert.equal(res.status, 302);
  assert.equal(res.headers.location, `${href('Page/几何学.md')}?from=${encodeURIComponent('Page/幾何.md')}`);
  const target = await get(res.headers.location!);
  assert.equal(target.status, 200);
  assert.match(target.body, /<h1>几何学<\/h1>\n<p class="muted redirected">\(Redirected from <a href="\/Page\/%E5%B9%BE%E4%BD%95\.md\?redirect=no">幾何<\/a>\)<\/p>/);
  const section = await get(href('Page/几何学的历史.md'));
  assert.equal(section.headers.location, `${href('Page/几何学.md')}?from=${encodeURIComponent('Page/几何学的历史.md')}#${encodeURIComponent('历史')}`);
  // A category redirect.
  const cat = await get(href('Category/旧分类.md'));
  assert.equal(cat.status, 302);
  assert.match((await get(cat.headers.location!)).body, /<h1>Category:数学<\/h1>\n<p class="muted redirected">\(Redirected from <a href="[^"]+">Category:旧分类<\/a>\)<\/p>/);
  // The stub on request, linking to its target.
  const stub = await get(`${href('Page/幾何.md')}?redirect=no`);
  assert.equal(stub.status, 200);
  assert.ok(stub.body.includes(`href="../Page/${encodeURIComponent('几何学')}.md"`));
  // Targets outside the mirror (broken, a loop) leave the stub as it is; ?from= naming no redirect names nothing.
  for (const t of ['失效重定向', '循环甲']) assert.equal((await get(href(`Page/${t}.md`))).status, 200, t);
  assert.doesNotMatch((await get(`${href('Page/几何学.md')}?from=${encodeURIComponent('Page/数学.md')}`)).body, /Redirected from/);
});

test('a redirect reached through another is shown, not followed: a hand-edited loop or chain ends after one hop', async () => {
  // The converter writes 循环甲 ⇄ 循环乙 with links to the live wiki; a hand-edited mirror may link them to each other.
  const a = path.join(out, 'Page/循环甲.md');
  const b = path.join(out, 'Page/循环乙.md');
  const saved = [fs.readFileSync(a, 'utf8'), fs.readFileSync(b, 'utf8')];
  try {
    fs.writeFileSync(a, '# 循环甲\n\n重定向至 [循环乙](../Page/循环乙.md)\n');
    fs.writeFileSync(b, '# 循环乙\n\n重定向至 [循环甲](../Page/循环甲.md)\n');
    const first = await get(href('Page/循环甲.md'));
    assert.equal(first.status, 302);
    assert.equal(first.headers.location, `${href('Page/循环乙.md')}?from=${encodeURIComponent('Page/循环甲.md')}`);
    const second = await get(first.headers.location!);
    assert.equal(second.status, 200);
    assert.match(second.body, /<h1[^>]*>循环乙<\/h1>\n<p class="muted redirected">\(Redirected from <a href="[^"]+">循环甲<\/a>\)<\/p>/);
    // A chain: 几何 → 幾何 → 几何学 by hand stops at 幾何.
    const chain = await get(`${href('Page/幾何.md')}?from=${encodeURIComponent('Page/循环乙.md')}`);
    assert.equal(chain.status, 200);
    assert.match(chain.body, /<h1[^>]*>幾何<\/h1>/);
    assert.doesNotMatch(chain.body, /Redirected from/, '循环乙 does not lead to 幾何');
  } finally {
    fs.writeFileSync(a, saved[0]!);
    fs.writeFileSync(b, saved[1]!);
  }
});

test('?from= names a redirect only when that redirect leads to the page', async () => {
  const named = (body: string) => /Redirected from <a[^>]*>([^<]*)<\/a>/.exec(body)?.[1] ?? null;
  assert.equal(named((await get(`${href('Page/几何学.md')}?from=${encodeURIComponent('Page/幾何.md')}`)).body), '幾何');
  // 幾何 is a redirect, but to 几何学, not to 数学; 数学 is no redirect; the others name no stub of the mirror.
  for (const from of ['Page/幾何.md', 'Page/数学.md', 'Page/失效重定向.md', '../secret.md', 'Page/../Page/幾何.md', '']) {
    const res = await get(`${href('Page/数学.md')}?from=${encodeURIComponent(from)}`);
    assert.equal(res.status, 200, from);
    assert.equal(named(res.body), null, from);
  }
});

test('title search: traditional query finds simplified titles; exact match first', async () => {
  const res = await get(searchPath('幾何'));
  assert.equal(res.status, 200);
  const titles = res.body.slice(res.body.indexOf('<h2>Titles</h2>'), res.body.indexOf('<h2>Text</h2>'));
  assert.ok(titles.includes(`<a href="${href('Page/几何学.md')}">几何学</a>`));
  assert.ok(titles.indexOf('>幾何<') < titles.indexOf('>几何学<'));
  const ascii = await get(searchPath('unix'));
  assert.ok(ascii.body.includes(`<a href="${href('Page/Unix.md')}">Unix</a>`));
  assert.ok(ascii.body.includes(`<a href="${href('Page/UNIX~1ec7eecd.md')}">UNIX</a>`));
  // Full-width letters (NFKC) match too.
  const wide = await get(searchPath('ｕｎｉｘ'));
  assert.ok(wide.body.includes(`<a href="${href('Page/Unix.md')}">Unix</a>`));
});

function textSection(body: string): string {
  return body.slice(body.indexOf('<h2>Text</h2>'));
}

test('full text, 4 characters (trigram index): hit with a highlighted snippet', async () => {
  const res = await get(searchPath('勾股定理'));
  const text = textSection(res.body);
  assert.match(text, /<p class="muted">1 page<\/p>/);
  assert.ok(text.includes(`<a href="${href('Page/数学.md')}">数学</a>`));
  assert.match(text, /<mark>勾股定理<\/mark>写作/);
});

test('full text, 2 characters (LIKE fallback): same hit; traditional spelling too', async () => {
  for (const q of ['勾股', '勾股 ']) {
    const text = textSection((await get(searchPath(q))).body);
    assert.match(text, /<p class="muted">1 page<\/p>/, q);
    assert.match(text, /<mark>勾股<\/mark>定理/, q);
  }
  // 拉麵 (traditional) is written 拉面 in the mirror.
  const noodles = textSection((await get(searchPath('拉麵'))).body);
  assert.ok(noodles.includes(`<a href="${href('Page/拉面.md')}">拉面</a>`));
});

test('full text: no hit, and several terms must all occur', async () => {
  assert.match(textSection((await get(searchPath('不存在的词语'))).body), /<p class="muted">0 pages<\/p>/);
  const both = textSection((await get(searchPath('勾股 欧拉'))).body);
  assert.match(both, /<p class="muted">1 page<\/p>/);
  assert.match(textSection((await get(searchPath('勾股 面条'))).body), /<p class="muted">0 pages<\/p>/);
});

test('results are paged 20 at a time', async () => {
  // 的 occurs in more than 20 of the sample's 33 indexed files.
  const first = await get(searchPath('的'));
  const total = Number(/<p class="muted">(\d+) pages, 1–20 shown<\/p>/.exec(textSection(first.body))?.[1]);
  assert.ok(total > 20 && total <= 40, `total ${total}`);
  const count = (body: string) => (textSection(body).match(/<div class="result" lang="zh">/g) ?? []).length;
  assert.equal(count(first.body), 20);
  assert.ok(first.body.includes(`rel="next" href="/search?q=${encodeURIComponent('的')}&amp;page=2"`));
  const second = await get(searchPath('的', 2));
  assert.equal(count(second.body), total - 20);
  assert.ok(second.body.includes('rel="prev"') && !second.body.includes('rel="next"'));
  assert.ok(!second.body.includes('<h2>Titles</h2>'), 'titles only on the first page');
});

test('a missing page is a 404 offering a search', async () => {
  const res = await get(href('Page/不存在的条目.md'));
  assert.equal(res.status, 404);
  assert.ok(res.body.includes(`<a href="/search?q=${encodeURIComponent('不存在的条目')}">`));
  // The icon every browser asks for: nothing, quietly.
  const icon = await get('/favicon.ico');
  assert.deepEqual([icon.status, icon.body], [204, '']);
});

test('a page asked for in the other script goes to the page, as on the wiki; a category too', async () => {
  const res = await get(href('Page/幾何學.md'));
  assert.equal(res.status, 302);
  assert.equal(res.headers.location, href('Page/几何学.md'));
  const cat = await get(href('Category/數學分支.md'));
  assert.equal(cat.status, 302);
  assert.equal(cat.headers.location, href('Category/数学分支.md'));
  // The spelling as written wins when it is a file (幾何 is a redirect stub of its own, which leads on).
  assert.match(String((await get(href('Page/幾何.md'))).headers.location), /\?from=Page%2F%E5%B9%BE%E4%BD%95\.md$/);
  assert.equal((await get(href('Page/不存在的條目.md'))).status, 404);
});

test('nothing outside the mirror is served: .., encoded .., absolute, hidden, symlinks', async () => {
  const outside = path.join(path.dirname(out), 'secret.md');
  fs.writeFileSync(outside, '# SECRET-OUTSIDE\n');
  fs.symlinkSync(outside, path.join(out, 'Page', 'Link-out.md'));
  fs.symlinkSync(path.dirname(out), path.join(out, 'Updir'));
  const attempts = [
    '/../secret.md',
    '/Page/../../secret.md',
    '/%2e%2e/secret.md',
    '/Page/%2E%2E/%2E%2E/secret.md',
    '/Page/..%2F..%2Fsecret.md',
    '/%2Fetc%2Fpasswd',
    '//etc/passwd',
    '/Page/..%5C..%5Csecret.md',
    '/Page/%00.md',
    '/.wikimark/search.sqlite',
    '/Page/Link-out.md',
    '/Updir/secret.md',
    '/%E0%A4%A.md',
  ];
  for (const p of attempts) {
    const res = await get(p);
    assert.ok(res.status === 400 || res.status === 404, `${p}: ${res.status}`);
    assert.ok(!res.body.includes('SECRET-OUTSIDE') && !res.body.includes('root:'), p);
    // Either way a page of the reader, with its way home (not a bare "bad path" line).
    assert.match(res.headers['content-type'] ?? '', /^text\/html; charset=utf-8/, p);
    assert.match(res.body, /<a class="home" href="\/">/, p);
    if (res.status === 400) assert.match(res.body, /<h1>Bad address<\/h1>/, p);
  }
});

test('OUTDIR may itself be a symlink: its pages and an alias inside it are served; a link to another kind of file is not; repointing it moves nothing', async () => {
  const own = await sampleMirror();
  const link = path.join(path.dirname(own), 'mirror-link');
  fs.symlinkSync(own, link);
  // An alias by relative path, one by absolute path through OUTDIR's link, one onto a text file.
  fs.symlinkSync('数学.md', path.join(own, 'Page', 'Alias.md'));
  fs.symlinkSync(path.join(link, 'Page', '数学.md'), path.join(link, 'Page', 'Through-link.md'));
  fs.writeFileSync(path.join(own, 'notes.txt'), 'NOTES-TEXT\n');
  fs.symlinkSync('../notes.txt', path.join(own, 'Page', 'Notes.md'));
  const linked = await startReader({ outDir: link, port: 0, host: '127.0.0.1' });
  try {
    const page = await rawGet(linked.port, href('Page/数学.md'));
    assert.equal(page.status, 200);
    for (const alias of ['Page/Alias.md', 'Page/Through-link.md']) {
      const res = await rawGet(linked.port, href(alias));
      assert.equal(res.status, 200, alias);
      // The same article under the alias's own heading (titles come from the address).
      const article = (body: string) => body.slice(body.indexOf('</h1>'));
      assert.ok(article(page.body).length > 1000);
      assert.equal(article(res.body), article(page.body), alias);
    }
    for (const p of ['/Page/Notes.md', '/notes.txt']) {
      const res = await rawGet(linked.port, p);
      assert.ok(res.status === 400 || res.status === 404, `${p}: ${res.status}`);
      assert.ok(!res.body.includes('NOTES-TEXT'), p);
    }
    // The link repointed to another mirror while the reader runs: pages still come from the first,
    // and so must titles, search and the report, or search would list pages that cannot be opened.
    const other = path.join(path.dirname(own), 'other-mirror');
    fs.mkdirSync(path.join(other, 'Page'), { recursive: true });
    fs.copyFileSync(path.join(own, 'report.json'), path.join(other, 'report.json'));
    fs.writeFileSync(path.join(other, 'index.tsv'), 'Elsewhere\tPage/Elsewhere.md\tpage\n');
    fs.writeFileSync(path.join(other, 'Page', 'Elsewhere.md'), '只在另一个镜像里。\n');
    fs.writeFileSync(path.join(other, 'REPORT.md'), 'OTHER-REPORT\n');
    fs.rmSync(link);
    fs.symlinkSync(other, link);
    await rawGet(linked.port, searchPath('Elsewhere')); // a search looks for a changed mirror
    await (await linked.indexer()).whenFinished();
    await linked.titlesLoaded();
    assert.equal((await rawGet(linked.port, href('Page/Elsewhere.md'))).status, 404);
    assert.ok(!(await rawGet(linked.port, searchPath('Elsewhere'))).body.includes('Page/Elsewhere.md'));
    assert.ok(!(await rawGet(linked.port, searchPath('只在另一个'))).body.includes('Page/Elsewhere.md'));
    assert.ok((await rawGet(linked.port, searchPath('勾股定理'))).body.includes(href('Page/数学.md')));
    assert.ok(!(await rawGet(linked.port, '/')).body.includes('OTHER-REPORT'));
    assert.ok(!fs.existsSync(path.join(other, SEARCH_DB)));
  } finally {
    await linked.close();
    fs.rmSync(link);
    removeMirror(own);
  }
});

test('raw HTML in a page is filtered: allowed tags kept, script and handlers dropped', async () => {
  fs.writeFileSync(
    path.join(out, 'Page', 'Html-test.md'),
    'A <span style="color:red" onclick="steal()">red</span> word.<br>\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(2)> <span style="background:url(http://e.vil)">x</span>\n\n[bad](javascript:alert(3))\n',
  );
  const res = await get('/Page/Html-test.md');
  const main = res.body.slice(res.body.indexOf('<main'));
  assert.ok(main.includes('<span style="color:red">red</span>'));
  assert.ok(main.includes('<br>'));
  assert.ok(main.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  // An image element is allowed (the writer prints them in HTML tables); its handler is not.
  assert.ok(main.includes('<img src="x">'), main);
  assert.ok(main.includes('<span>x</span>'));
  assert.ok(main.includes('<p>[bad](javascript:alert(3))</p>'), 'markdown-it refuses javascript: links');
  assert.ok(!/onclick|<script|<img src=x|href="javascript|url\(/.test(main), main);
});

test('the index is rebuilt when the mirror changes', async () => {
  fs.writeFileSync(path.join(out, 'Page', 'Fresh.md'), '新加入的页面，内容独一无二。\n');
  fs.appendFileSync(path.join(out, 'index.tsv'), 'Fresh\tPage/Fresh.md\tpage\n');
  await get(searchPath('独一无二')); // notices the change and starts a new pass
  const status = await (await reader.indexer()).whenFinished();
  assert.deepEqual([status.indexed, status.unchanged, status.removed], [1, 33, 0]); // only Fresh is read
  const res = await get(searchPath('独一无二'));
  assert.ok(textSection(res.body).includes('<a href="/Page/Fresh.md">Fresh</a>'));
  assert.ok(res.body.includes('<a href="/Page/Fresh.md">Fresh</a>'));
});

test('a port already in use fails before any index work: no worker left running, the index untouched (even with --reindex)', async () => {
  const busy = http.createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', () => resolve()));
  const busyPort = (busy.address() as AddressInfo).port;
  const db = path.join(out, SEARCH_DB);
  const before = fs.statSync(db).mtimeMs;
  const seen: IndexStatus[] = [];
  try {
    await assert.rejects(
      startReader({ outDir: out, port: busyPort, host: '127.0.0.1', reindex: true, progress: (s) => seen.push(s) }),
      (err: NodeJS.ErrnoException) => err.code === 'EADDRINUSE',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(seen, []);
    assert.ok(fs.existsSync(db));
    assert.equal(fs.statSync(db).mtimeMs, before);
  } finally {
    await new Promise<void>((resolve) => busy.close(() => resolve()));
  }
});
