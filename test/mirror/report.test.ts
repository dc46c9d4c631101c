/**
 * REPORT.md and report.json on a dump made to fill every section: more than 100 unhandled
 * templates (only the top 100 listed, by uses), pages per namespace, fallback pages, throughput.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { EXIT, runMirror } from '../../src/mirror/run.js';
import type { Report } from '../../src/mirror/report.js';
import { optionFlags, reportMarkdown } from '../../src/mirror/report-markdown.js';
import { miniDump, pageXml, tmpDir } from './helpers.js';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

const FAKE = { module: new URL('./fake-converter.js', import.meta.url).href, exportName: 'convertPage' };

/** The rows of the Markdown table under `## heading`. */
function tableUnder(md: string, heading: string): string[][] {
  const at = md.indexOf(`\n## ${heading}\n`);
  assert.ok(at >= 0, `section ${heading}`);
  const lines = md.slice(at).split('\n').slice(3);
  const rows: string[][] = [];
  for (const l of lines) {
    if (!l.startsWith('|')) {
      if (rows.length) break;
      continue;
    }
    rows.push(l.slice(2, -2).split(' | '));
  }
  return rows.slice(2); // header and rule
}

/** Markdown to HTML as GitHub reads it: CommonMark with the GFM extensions (tables, autolinks, …). */
function readBack(md: string): string {
  return micromark(md, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

/**
 * Dollar signs not escaped by a backslash (`\\$` is an escaped backslash, then a bare `$`) and
 * not inside a code span (GitHub reads no maths there).
 */
function unescapedDollars(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '$') n++;
    else if (line[i] === '`') {
      let j = i;
      while (line[j] === '`') j++;
      const fence = line.slice(i, j);
      const close = line.indexOf(fence, j);
      if (close >= 0) i = close + fence.length - 1;
      else i = j - 1;
    }
  }
  return n;
}

test('REPORT.md: top 100 unhandled templates by uses, pages per namespace, fallback pages, throughput', async () => {
  let xml = '';
  let id = 1;
  // 模板i is used i+1 times, on one page; 共用 90 times, on three pages.
  for (let i = 0; i < 120; i++) xml += pageXml(id++, `条目${i}`, `正文${i}。` + `{{模板${i}}}`.repeat(i + 1) + (i < 3 ? '{{共用}}'.repeat(30) : ''));
  xml += pageXml(id++, '表格页', '{|\n| 甲 || 乙\n|}\n');
  xml += pageXml(id++, 'Category:分类', '分类说明。', { ns: 14 });
  xml += pageXml(id++, 'Wikipedia:方针', '方针。', { ns: 4 });
  const dump = path.join(tmpDir('report-dump'), 'dump.xml');
  fs.writeFileSync(dump, miniDump(xml).replace('<namespace key="10"', '<namespace key="4" case="first-letter">Wikipedia</namespace>\n      <namespace key="10"'));
  const out = tmpDir('report');
  const result = await runMirror({ dump, outDir: out, jobs: 2, converter: FAKE, progress: null, log: () => {}, namespaces: [0, 4, 14] });
  assert.equal(result.exitCode, EXIT.OK);
  const md = fs.readFileSync(path.join(out, 'REPORT.md'), 'utf8');
  const json = JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8'));

  const templates = tableUnder(md, 'Top unhandled templates');
  assert.equal(templates.length, 100);
  assert.deepEqual(templates[0], ['模板119', '120', '1']);
  assert.deepEqual(templates[99], ['模板21', '22', '1']);
  assert.deepEqual(templates.find((r) => r[0] === '共用'), ['共用', '90', '3']);
  assert.ok(!templates.some((r) => r[0] === '模板20'), 'the 101st is not listed');
  // after the 30 templates with more uses; before 模板89 (also 90 uses): ties go by name
  assert.equal(templates.findIndex((r) => r[0] === '共用'), 30, 'ordered by uses');
  assert.deepEqual(templates[31], ['模板89', '90', '1']);
  assert.equal(json.unhandledTemplates.length, 100);

  assert.deepEqual(tableUnder(md, 'Pages per namespace'), [['0 (main)', '121', '0', '121'], ['4 (Wikipedia)', '1', '0', '1'], ['14 (Category)', '1', '0', '1']]);
  assert.deepEqual(json.pagesPerNamespace, { 0: 121, 4: 1, 14: 1 });
  assert.deepEqual(tableUnder(md, 'Pages that needed the fallback path'), [['表格页', 'table']]);
  assert.equal(json.fallbackPages.count, 1);

  const run = new Map(tableUnder(md, 'This run').map((r) => [r[0], r[1]]));
  assert.match(run.get('conversion throughput')!, /^\d+ pages\/s, [\d.]+ MB\/s of wikitext$/);
  assert.match(run.get('elapsed')!, /^[\d.]+ s \(index [\d.]+ s, convert [\d.]+ s, assemble [\d.]+ s\)$/);
  assert.equal(run.get('pages converted in this run'), '123');
  assert.equal(json.run.convertedThisRun, 123);
  assert.ok(json.run.pagesPerSecond > 0 && json.run.megabytesPerSecond >= 0);
  assert.equal(json.run.pagesPerSecond, Math.round(123 / Math.max(json.run.convertSeconds, 0.001)));
});

test('REPORT.md: a redirect whose target is not in the dump is named as such, loops as loops', async () => {
  let xml = '';
  xml += pageXml(1, '正文', '正文。');
  xml += pageXml(2, '甲', '#REDIRECT [[不在]]', { redirect: '不在' });
  xml += pageXml(3, '乙', '#REDIRECT [[丙]]', { redirect: '丙' });
  xml += pageXml(4, '丙', '#REDIRECT [[乙]]', { redirect: '乙' });
  xml += pageXml(5, '丁', '#REDIRECT [[正文]]', { redirect: '正文' });
  const dump = path.join(tmpDir('report-redirects'), 'dump.xml');
  fs.writeFileSync(dump, miniDump(xml));
  const out = tmpDir('report-redirects-out');
  const result = await runMirror({ dump, outDir: out, jobs: 1, converter: FAKE, progress: null, log: () => {} });
  assert.equal(result.exitCode, EXIT.OK);
  const md = fs.readFileSync(path.join(out, 'REPORT.md'), 'utf8');
  assert.match(md, /\n4 redirects: 0 double \(followed\), 1 to pages not in the dump \(their stubs link to the live wiki\), 2 loops, 0 chains too long\.\n/);
  const rows = tableUnder(md, 'Redirects');
  assert.deepEqual(rows.find((r) => r[0] === '甲'), ['甲', 'target not in the dump', '甲 → 不在']);
  assert.equal(rows.find((r) => r[0] === '乙')?.[1], 'loop');
  assert.equal(rows.length, 3, 'the good redirect is not listed');
});

/**
 * A dump with a page and a broken redirect in the main namespace and, in Wikipedia: (4, declared in
 * its siteinfo), two pages and a broken redirect, plus `extra` pages: the namespace accounting's fixture.
 */
function projectNamespaceDump(name: string, extra = ''): string {
  let xml = '';
  xml += pageXml(1, '正文', '正文。');
  xml += pageXml(2, '甲', '#REDIRECT [[不在]]', { redirect: '不在' });
  xml += pageXml(3, 'Wikipedia:方针', '方针。', { ns: 4 });
  xml += pageXml(4, 'Wikipedia:捷径', '#REDIRECT [[Wikipedia:不在]]', { ns: 4, redirect: 'Wikipedia:不在' });
  xml += pageXml(5, 'Wikipedia:另一个', '另一个。', { ns: 4 });
  const dump = path.join(tmpDir(name), 'dump.xml');
  fs.writeFileSync(dump, miniDump(xml + extra).replace('<namespace key="10"', '<namespace key="4" case="first-letter">Wikipedia</namespace>\n      <namespace key="10"'));
  return dump;
}

test('REPORT.md accounts for every page of the dump: namespaces not converted are counted, and their redirects are not said to have stubs', async () => {
  // Session 21's audit: the ja dump's REPORT.md said 238 pages in the dump, 189 Markdown pages and
  // 15 stubs, and named no namespace but 0; "23 redirects … (their stubs link to the live wiki)"
  // while 10 of them, in Wikipedia:, had no stub.
  const dump = projectNamespaceDump('report-namespaces');
  const out = tmpDir('report-namespaces-out');
  const result = await runMirror({ dump, outDir: out, jobs: 1, converter: FAKE, progress: null, log: () => {} });
  assert.equal(result.exitCode, EXIT.OK);
  const md = fs.readFileSync(path.join(out, 'REPORT.md'), 'utf8');
  const json = JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8'));
  const summary = new Map(tableUnder(md, 'Summary').map((r) => [r[0], r[1]]));
  assert.equal(summary.get('pages in the dump'), '5');
  assert.equal(summary.get('pages of namespaces not converted (no file: see Pages per namespace)'), '3');
  assert.deepEqual([summary.get('Markdown pages'), summary.get('redirect stubs')], ['1', '1']);
  assert.deepEqual(tableUnder(md, 'Pages per namespace'), [['0 (main)', '2', '1', '1'], ['4 (Wikipedia)', '3', '1', '0']]);
  assert.deepEqual(json.dumpPagesPerNamespace, { 0: { pages: 2, redirects: 1 }, 4: { pages: 3, redirects: 1 } });
  assert.equal(json.pagesOfOtherNamespaces, 3);
  assert.match(md, /\n2 redirects: 0 double \(followed\), 2 to pages not in the dump \(the stubs of 1 link to the live wiki; one has no stub, its namespace not being converted\), 0 loops, 0 chains too long\.\n/);
  assert.equal(json.redirects.brokenWithStub, 1);
  // With the namespace converted, nothing is left out: no such row, and every broken redirect has its stub.
  const all = tmpDir('report-namespaces-all');
  const withNs4 = await runMirror({ dump, outDir: all, jobs: 1, converter: FAKE, progress: null, log: () => {}, namespaces: [0, 4, 14] });
  const md4 = fs.readFileSync(path.join(all, 'REPORT.md'), 'utf8');
  assert.equal(withNs4.report.pagesOfOtherNamespaces, 0);
  assert.ok(!md4.includes('pages of namespaces not converted'));
  assert.match(md4, /2 to pages not in the dump \(their stubs link to the live wiki\)/);
  assert.deepEqual(tableUnder(md4, 'Pages per namespace'), [['0 (main)', '2', '1', '1'], ['4 (Wikipedia)', '3', '1', '2']]);
});

test('REPORT.md accounts for --raw-namespaces: raw files per namespace, their redirects counted as having no file, the broken line saying why', async () => {
  // Session 21's review: with --raw-namespaces 4,12 the ja dump's report counted 189 + 15 + 22 of
  // 238 pages (the 12 Wikipedia: redirects nowhere), showed 0 converted and no raw files for 4 and
  // 12, and said of 10 redirects "their namespace not being converted" though it was kept raw.
  const dump = projectNamespaceDump('report-raw', pageXml(6, 'Wikipedia:指向', '#REDIRECT [[Wikipedia:方针]]', { ns: 4, redirect: 'Wikipedia:方针' }));
  const out = tmpDir('report-raw-out');
  const result = await runMirror({ dump, outDir: out, jobs: 1, converter: FAKE, progress: null, log: () => {}, rawNamespaces: [4] });
  assert.equal(result.exitCode, EXIT.OK);
  const md = fs.readFileSync(path.join(out, 'REPORT.md'), 'utf8');
  const r = result.report;
  const summary = new Map(tableUnder(md, 'Summary').map((row) => [row[0], row[1]]));
  assert.equal(summary.get('pages in the dump'), '6');
  assert.equal(summary.get('redirects of namespaces kept as raw wikitext (no file: only their pages are kept)'), '2');
  assert.deepEqual([summary.get('Markdown pages'), summary.get('redirect stubs'), summary.get('raw wikitext files')], ['1', '1', '2']);
  assert.ok(!md.includes('pages of namespaces not converted'));
  assert.deepEqual(tableUnder(md, 'Pages per namespace'), [['0 (main)', '2', '1', '1', '0'], ['4 (Wikipedia)', '4', '2', '0', '2']]);
  assert.deepEqual(r.rawPerNamespace, { 4: 2 });
  assert.equal(r.redirectsOfRawNamespaces, 2);
  assert.equal(r.pagesOfOtherNamespaces, 0);
  assert.equal(r.files.pages + r.files.redirects + r.files.raw + r.redirectsOfRawNamespaces! + r.pagesOfOtherNamespaces!, r.pagesInDump);
  assert.match(md, /\n3 redirects: 0 double \(followed\), 2 to pages not in the dump \(the stubs of 1 link to the live wiki; one has no stub, its namespace being kept as raw wikitext, which writes no redirect files\), 0 loops, 0 chains too long\.\n/);
  assert.equal(r.redirects.brokenInRaw, 1);
  // Without --raw-namespaces the table keeps its four columns (checked above) and no such row shows.
});

test('REPORT.md: the options the mirror was made with, pages left out by --min-size, standard input by name', async () => {
  let xml = '';
  xml += pageXml(1, '长条目', '这是一个足够长的条目正文，超过二十个字符，所以会被转换成页面。');
  xml += pageXml(2, '短条目', '太短。');
  xml += pageXml(3, '另一个短条目', '也短。');
  xml += pageXml(4, '跳转', '#REDIRECT [[短条目]]', { redirect: '短条目' });
  const dump = path.join(tmpDir('report-options'), 'dump.xml');
  fs.writeFileSync(dump, miniDump(xml));
  const out = tmpDir('report-options-out');
  const result = await runMirror({ dump, outDir: out, jobs: 1, converter: FAKE, progress: null, log: () => {}, minSize: 20, variant: 'zh-tw', images: 'link', attribution: false });
  assert.equal(result.exitCode, EXIT.OK);
  const md = fs.readFileSync(path.join(out, 'REPORT.md'), 'utf8');
  const json = JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8'));
  assert.match(md, /\nOptions: `--min-size 20 --variant zh-tw --images link --no-attribution`\n/);
  assert.deepEqual(json.options, { namespaces: [0, 14], rawNamespaces: [], minSize: 20, variant: 'zh-tw', images: 'link', attribution: false, frontMatter: false, expandTemplates: true });
  const summary = new Map(tableUnder(md, 'Summary').map((r) => [r[0], r[1]]));
  assert.equal(summary.get('Markdown pages'), '1');
  assert.equal(summary.get('pages left out as shorter than 20 characters (--min-size)'), '2');
  assert.equal(json.skippedShort, 2);
  // A mirror made with the defaults says so; one read from standard input names it in words.
  assert.match(reportMarkdown({ ...result.report, dump: '-', options: { ...json.options, minSize: 0, variant: null, images: 'embed', attribution: true } }), /^# Wikimark mirror report\n\nDump: standard input \(Wikipedia, zh, [^)]*\)\n\nOptions: defaults\n/);
  assert.doesNotMatch(reportMarkdown({ ...result.report, options: { ...json.options, minSize: 0 } }), /--min-size\)/);
});

test('optionFlags: the defaults in any order read as defaults; attribution is the default on zh only', () => {
  const defaults = { namespaces: [14, 0], rawNamespaces: [], minSize: 0, variant: null, images: 'embed' as const, attribution: true, frontMatter: false, expandTemplates: true };
  assert.equal(optionFlags(defaults, 'zh'), 'defaults');
  assert.equal(optionFlags({ ...defaults, namespaces: [0] }, 'zh'), '`--namespaces 0`');
  assert.equal(optionFlags(defaults, 'ja'), '`--attribution`');
  assert.equal(optionFlags({ ...defaults, attribution: false }, 'ja'), 'defaults');
});

/** Titles GitHub would make links of (GFM autolink literals), each read back as text. */
const AUTOLINKABLE = ['www.example.org', 'WWW.Example.org/a_b', 'see https://ja.wikipedia.org/wiki/%E3%81%82', 'HTTP://x.org', '(ftp://x.org/f)', '_www.x.org_', 'x@example.org', 'mailto:a.b+c@mail.example.com|x'];

test('REPORT.md: titles, names and messages from the dump read back verbatim (micromark with GFM, as GitHub reads tables), no $ left for GitHub maths', async () => {
  const { describeProblem } = await import('../../src/mirror/bad-pages.js');
  const hostile = ['$x$ and $y$', '*em* _em_ **b**', '[l](http://u) [r][1]', '<b>x</b> &amp;', '`c` ~~s~~', 'a|b\\', '# h', '- x', '1. x', ':x: > q', 'end\\', ...AUTOLINKABLE];
  const hostileTitle = (i: number) => hostile[i % hostile.length]!;
  const report: Report = {
    dump: '/tmp/a`b/dump.xml',
    site: { lang: 'zh', siteName: 'Wiki *of* $x$', articleBase: 'https://zh.wikipedia.org/wiki/', namespaceNames: {} },
    options: { namespaces: [0, 14], rawNamespaces: [], minSize: 0, variant: null, images: 'embed', attribution: true, frontMatter: false, expandTemplates: true },
    pagesInDump: 3,
    skippedShort: 0,
    pagesPerNamespace: { 0: 3 },
    files: { pages: 3, categories: 0, redirects: 1, raw: 0, renamedForCase: 0 },
    redirects: { total: 1, double: 0, broken: 1, loops: 0, tooLong: 0, problems: hostile.map((t, i) => ({ id: i, title: t, status: 'broken' as const, chain: [t, hostileTitle(i + 1)] })) },
    warnings: { total: 0, pages: 0, byCode: {} },
    fallbackPages: { count: hostile.length, examples: hostile.map((t) => ({ title: t, fallbacks: ['table'] })) },
    failedPages: { count: 1, namesRefused: 0, examples: [{ title: '$a$', error: 'Error: bad *thing*\n    at x (y.js:1)' }] },
    unhandledTemplates: hostile.map((name, i) => ({ name, uses: i + 1, pages: 1 })),
    truncated: null,
    damagedPages: { count: hostile.length, examples: hostile.map((t, i) => ({ offset: i, id: i, title: t, problem: 'its title is not one MediaWiki allows; kept as written', skipped: false })), offsetsInDecompressedXml: false },
    removedFiles: 0,
    run: { startedAt: 'now', elapsedSeconds: 1, indexSeconds: 0, convertSeconds: 1, composeSeconds: 0, convertedThisRun: 3, skippedUnchanged: 0, bytesThisRun: 10, xmlBytes: 10, jobs: 1, decoder: 'js', feed: 'sequential', pagesPerSecond: 3, megabytesPerSecond: 0 },
  };
  const source = reportMarkdown(report);
  // GitHub reads $…$ as maths: no line keeps two dollar signs unescaped (the writer escapes one
  // of a pair where that is enough).
  for (const line of source.split('\n')) assert.ok(unescapedDollars(line) <= 1, line);
  // Nothing from the dump is made a link (GFM autolink literals: `http://u` of a title, the article base, …).
  const html = readBack(source);
  assert.doesNotMatch(html, /<a /);
  // Text holding an e-mail address or an emoji shortcode is shown as code (GitHub links the one
  // and draws the other whatever they are escaped with).
  const asHtml = (s: string) => {
    const h = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    return /[\w.+-]@[\w.-]*\.\w/.test(s) || /:[a-z0-9_+-]+:/.test(s) ? `<code>${h}</code>` : h;
  };
  const cells = [...html.matchAll(/<td>(.*?)<\/td>/g)].map((m) => m[1]!);
  assert.ok(cells.includes('<code>:x: &gt; q</code>'), 'the shortcode :x: is code, not an emoji');
  // The damaged pages' list (What next, above it, is a list too).
  const items = [...html.split('Pages damaged in the dump</h2>')[1]!.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]!);
  for (const t of hostile) {
    assert.ok(cells.includes(asHtml(t)), `a table cell shows ${t}`);
    assert.ok(cells.includes(asHtml(`${t} → ${hostileTitle(hostile.indexOf(t) + 1)}`)), `a redirect chain shows ${t}`);
  }
  assert.ok(cells.includes(asHtml('Error: bad *thing*     at x (y.js:1)')), 'the error on one line, as written');
  assert.deepEqual(items, report.damagedPages.examples.map((p) => asHtml(describeProblem(p))));
  assert.match(html, /<p>Dump: <code>\/tmp\/a`b\/dump.xml<\/code> \(Wiki \*of\* \$x\$, zh, <code>https:\/\/zh.wikipedia.org\/wiki\/<\/code>\)<\/p>/);
  // The address reads as written in the file too (it was `https\://`).
  assert.match(source.split('\n')[2]!, /, zh, `https:\/\/zh\.wikipedia\.org\/wiki\/`\)$/);
});

test('REPORT.md: the options line and the dump path read back as written, whatever backticks and spaces they hold', () => {
  const options: Report['options'] = { namespaces: [0, 14], rawNamespaces: [], minSize: 0, variant: null, images: 'embed', attribution: true, frontMatter: false, expandTemplates: true };
  const base = minimalReport(options);
  const codes = (md: string) => [...readBack(md).matchAll(/<code>(.*?)<\/code>/g)].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'));
  const uploadBase = 'https://up.example/a`b``c/';
  for (const dump of ['/tmp/d.xml', ' /tmp/padded dump.xml ', '`/tmp/tick`', '/tmp/a`b/d.xml']) {
    const md = reportMarkdown({ ...base, dump, options: { ...options, namespaces: [0], uploadBase } });
    // The dump, the wiki's address, then the options as shell words (one code span, not broken by the backticks).
    assert.deepEqual(codes(md).slice(0, 3), [dump, 'https://zh.wikipedia.org/wiki/', `--namespaces 0 --upload-base 'https://up.example/a\`b\`\`c/'`], md.split('\n').slice(0, 4).join('\n'));
  }
});

function minimalReport(options: Report['options']): Report {
  return {
    dump: '/tmp/d.xml',
    site: { lang: 'zh', siteName: 'Wiki', articleBase: 'https://zh.wikipedia.org/wiki/', namespaceNames: {} },
    options,
    pagesInDump: 0,
    skippedShort: 0,
    pagesPerNamespace: {},
    files: { pages: 0, categories: 0, redirects: 0, raw: 0, renamedForCase: 0 },
    redirects: { total: 0, double: 0, broken: 0, loops: 0, tooLong: 0, problems: [] },
    warnings: { total: 0, pages: 0, byCode: {} },
    fallbackPages: { count: 0, examples: [] },
    failedPages: { count: 0, namesRefused: 0, examples: [] },
    unhandledTemplates: [],
    truncated: null,
    damagedPages: { count: 0, examples: [], offsetsInDecompressedXml: false },
    removedFiles: 0,
    run: { startedAt: 'now', elapsedSeconds: 1, indexSeconds: 0, convertSeconds: 1, composeSeconds: 0, convertedThisRun: 0, skippedUnchanged: 0, bytesThisRun: 0, xmlBytes: 0, jobs: 1, decoder: 'js', feed: 'none', pagesPerSecond: 0, megabytesPerSecond: 0 },
  };
}

test('REPORT.md says what to do next: serve it, rerun on a complete dump when it was cut off, update with the same options', () => {
  const options: Report['options'] = { namespaces: [0, 14], rawNamespaces: [], minSize: 0, variant: 'zh-tw', images: 'embed', attribution: true, frontMatter: false, expandTemplates: true };
  const next = (report: Report) => reportMarkdown(report).split('## What next\n\n')[1]!.split('\n\n')[0]!.split('\n');
  const clean = next(minimalReport(options));
  assert.deepEqual(clean, [
    '- Read and search it in a browser: `wikimark serve OUTDIR` (OUTDIR: this folder; `wikimark`: the command that made it, such as `npx wikimark` or, in a clone, `node dist/src/cli/main.js`).',
    '- When a newer dump is out: `wikimark convert NEWER-DUMP -o OUTDIR --variant zh-tw` rewrites what changed and the pages that depend on it (keep the options as here).',
    '- To publish it (GitHub, Docusaurus, Jekyll): docs/publishing.md in the Wikimark repository.',
  ]);
  const cut = next({ ...minimalReport(options), truncated: { message: 'dump truncated at byte 9', offset: 9, lastGood: null } });
  assert.equal(cut[1], '- The dump is cut off: run `wikimark convert COMPLETE-DUMP -o OUTDIR --variant zh-tw` on a complete copy; the pages already written are kept unless they, or pages they depend on, changed.');
  const failed = next({ ...minimalReport(options), failedPages: { count: 1, namesRefused: 0, examples: [{ title: 'X', error: 'boom' }] } });
  const check = '- Check in the wiki the pages listed below as damaged in the dump (skipped, or converted from what could be read) or as failed (written as their wikitext).';
  assert.equal(failed[1], check);
  // Refused names were not written at all: a step of their own, not "written as their wikitext".
  const refused = next({ ...minimalReport(options), failedPages: { count: 2, namesRefused: 2, examples: [] } });
  assert.deepEqual(refused.slice(1, 3), [
    '- 2 files were not written because the file system refuses their names (listed below): move OUTDIR to a file system that takes them (most Linux ones take names up to 255 bytes), then run `wikimark convert DUMP -o OUTDIR --variant zh-tw` again; the run writes those files (and whatever changed).',
    clean[1],
  ]);
  const both = next({ ...minimalReport(options), failedPages: { count: 2, namesRefused: 1, examples: [] } });
  assert.equal(both[1], check);
  assert.match(both[2]!, /^- One file was not written because the file system refuses its name/);
  const damaged = next({ ...minimalReport(options), damagedPages: { count: 1, examples: [], offsetsInDecompressedXml: false } });
  assert.equal(damaged[1], check);
  // The section sits after the summary: the dump and options stay the report's first code spans.
  const md = reportMarkdown(minimalReport(options));
  assert.ok(md.indexOf('## Summary') < md.indexOf('## What next') && md.indexOf('## What next') < md.indexOf('## Pages per namespace'));
});
