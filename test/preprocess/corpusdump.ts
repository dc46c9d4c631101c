/**
 * A sample dump built from the shared zh corpus: the 34 real pages of
 * ../shared/corpus/zhwiki/pages as articles and the 15 real templates of
 * ../shared/corpus/zhwiki/templates in the Template namespace (titles from the file names of
 * their repo_path; the manifest's "电影信息框 (Infobox film target)" also gets the redirect
 * Template:Infobox film → Template:电影信息框 that the note describes). The ja and uk dumps have
 * no Template pages (no `<ns>10</ns>`), so they add nothing here.
 *
 * Run as a script to write the XML: `node dist/test/preprocess/corpusdump.js OUT.xml [SHARED]`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SITEINFO = `  <siteinfo>
    <sitename>Wikipedia</sitename>
    <dbname>zhwiki</dbname>
    <base>https://zh.wikipedia.org/wiki/Wikipedia:%E9%A6%96%E9%A1%B5</base>
    <generator>MediaWiki 1.42.0-wmf.1</generator>
    <case>first-letter</case>
    <namespaces>
${[
  [-2, 'Media'], [-1, 'Special'], [0, ''], [1, 'Talk'], [2, 'User'], [3, 'User talk'], [4, 'Wikipedia'], [5, 'Wikipedia talk'],
  [6, 'File'], [7, 'File talk'], [8, 'MediaWiki'], [9, 'MediaWiki talk'], [10, 'Template'], [11, 'Template talk'],
  [12, 'Help'], [13, 'Help talk'], [14, 'Category'], [15, 'Category talk'], [100, 'Portal'], [101, 'Portal talk'],
  [118, 'Draft'], [119, 'Draft talk'], [828, 'Module'], [829, 'Module talk'],
]
  .map(([k, n]) => (n === '' ? `      <namespace key="${k}" case="first-letter" />` : `      <namespace key="${k}" case="first-letter">${n}</namespace>`))
  .join('\n')}
    </namespaces>
  </siteinfo>`;

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface CorpusPage {
  title: string;
  ns: number;
  text: string;
}

function tsv(file: string): string[][] {
  return fs.readFileSync(file, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
}

/** The corpus pages and templates, in manifest order. */
export function corpusPages(shared: string): { articles: CorpusPage[]; templates: CorpusPage[] } {
  const corpus = path.join(shared, 'corpus', 'zhwiki');
  const articles = tsv(path.join(corpus, 'manifest.tsv')).map(([file, title]) => ({
    title: title!,
    ns: 0,
    text: fs.readFileSync(path.join(corpus, file!), 'utf8'),
  }));
  const templates: CorpusPage[] = [];
  for (const [file, name, repoPath] of tsv(path.join(corpus, 'templates', 'manifest.tsv'))) {
    const title = 'Template:' + path.basename(repoPath!, '.wikitext');
    templates.push({ title, ns: 10, text: fs.readFileSync(path.join(corpus, 'templates', file!), 'utf8') });
    const target = /\((.+) target\)$/.exec(name!)?.[1];
    if (target) templates.push({ title: 'Template:' + target, ns: 10, text: `#REDIRECT [[${title}]]` });
  }
  return { articles, templates };
}

export function corpusDumpXml(shared: string): string {
  const { articles, templates } = corpusPages(shared);
  const out = [
    '<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="zh">',
    SITEINFO,
  ];
  let id = 1;
  for (const p of [...articles, ...templates]) {
    const redirect = /^#REDIRECT \[\[([^\]]+)\]\]/.exec(p.text);
    out.push(
      '  <page>',
      `    <title>${escapeXml(p.title)}</title>`,
      `    <ns>${p.ns}</ns>`,
      `    <id>${id}</id>`,
      ...(redirect ? [`    <redirect title="${escapeXml(redirect[1]!)}" />`] : []),
      '    <revision>',
      `      <id>${1000 + id}</id>`,
      '      <timestamp>2024-06-01T00:00:00Z</timestamp>',
      '      <model>wikitext</model>',
      '      <format>text/x-wiki</format>',
      `      <text bytes="${Buffer.byteLength(p.text)}" xml:space="preserve">${escapeXml(p.text)}</text>`,
      '    </revision>',
      '  </page>',
    );
    id++;
  }
  out.push('</mediawiki>', '');
  return out.join('\n');
}

// Run as a script (the test runner, which also runs every file under dist/test, sets NODE_TEST_CONTEXT).
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]) && !process.env.NODE_TEST_CONTEXT) {
  const [outFile, shared = process.env.WIKIMARK_SHARED ?? '../shared'] = process.argv.slice(2);
  if (!outFile) {
    process.stderr.write('usage: node dist/test/preprocess/corpusdump.js OUT.xml [SHARED]\n');
    process.exit(2);
  }
  fs.writeFileSync(outFile, corpusDumpXml(shared));
}
