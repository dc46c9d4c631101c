/**
 * Nothing is hard-coded to one wiki: a language with no built-in tables (Esperanto), its local
 * namespace names, its own article URL, and a case-sensitive wiki (Wiktionary's rule) all come
 * from <siteinfo>.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { EXIT, MirrorError, runMirror } from '../../src/mirror/run.js';
import { pageXml, tmpDir } from './helpers.js';
import { siteFromInfo } from '../../src/dump/site.js';
import { namespaceFolder } from '../../src/mirror/filenames.js';
import { checkLinks, listFiles } from './tree.js';

const FAKE = { module: new URL('./fake-converter.js', import.meta.url).href, exportName: 'convertPage' };

function dump(lang: string, dbname: string, base: string, caseRule: string, names: Record<number, string>, pages: string): string {
  const ns = Object.entries(names).map(([k, n]) => `      <namespace key="${k}" case="${caseRule}">${n}</namespace>`).join('\n');
  return `<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="${lang}">
  <siteinfo>
    <sitename>Vikipedio</sitename>
    <dbname>${dbname}</dbname>
    <base>${base}</base>
    <generator>MediaWiki 1.42</generator>
    <case>${caseRule}</case>
    <namespaces>
      <namespace key="0" case="${caseRule}" />
${ns}
    </namespaces>
  </siteinfo>
${pages}</mediawiki>
`;
}

async function mirror(xml: string, namespaces?: number[]): Promise<string> {
  const dir = tmpDir('siteinfo');
  const file = path.join(dir, 'dump.xml');
  fs.writeFileSync(file, xml);
  const out = path.join(dir, 'out');
  const result = await runMirror({ dump: file, outDir: out, jobs: 1, converter: FAKE, progress: null, log: () => {}, ...(namespaces ? { namespaces } : {}) });
  assert.equal(result.exitCode, EXIT.OK);
  return out;
}

test('a wiki without built-in tables: local namespace names, its own URL, first-letter case', async () => {
  const out = await mirror(
    dump('eo', 'eowiki', 'https://eo.wikipedia.org/wiki/Vikipedio:Ĉefpaĝo', 'first-letter', { 10: 'Ŝablono', 14: 'Kategorio' },
      pageXml(1, 'Besto', 'Besto estas vivaĵo. Vidu [[hundo]] kaj [[Kato]].\n[[Kategorio:Biologio|Besto]]') +
      pageXml(2, 'Hundo', 'Hundo estas [[besto]].\n[[Kategorio:Biologio]]') +
      pageXml(3, 'Kategorio:Biologio', 'La scienco pri vivo.', { ns: 14 })),
  );
  const read = (f: string) => fs.readFileSync(path.join(out, f), 'utf8');
  assert.deepEqual(listFiles(out).filter((f) => f.endsWith('.md') && f.includes('/')), ['Category/Biologio.md', 'Page/Besto.md', 'Page/Hundo.md']);
  // [[hundo]] → Hundo (first-letter case); a missing page → the wiki's own live URL.
  assert.match(read('Page/Besto.md'), /\[hundo\]\(\.\.\/Page\/Hundo\.md\) kaj \[Kato\]\(https:\/\/eo\.wikipedia\.org\/wiki\/Kato\)/);
  // Kategorio: is recognised as the category namespace; the category file lists both members
  // (headings in English: there are no built-in eo labels).
  assert.equal(read('Category/Biologio.md'), '# Kategorio:Biologio\n\nLa scienco pri vivo.\n\n## Pages\n\n- [Besto](../Page/Besto.md)\n- [Hundo](../Page/Hundo.md)\n');
  checkLinks(out);
});

test('a case-sensitive wiki: apple and Apple are different pages with different files', async () => {
  const out = await mirror(
    dump('en', 'enwiktionary', 'https://en.wiktionary.org/wiki/Wiktionary:Main_Page', 'case-sensitive', { 14: 'Category' },
      pageXml(1, 'apple', 'A fruit. See [[Apple]] and [[apple#Etymology]].') + pageXml(2, 'Apple', 'The company. See [[apple]].')),
  );
  const files = listFiles(out).filter((f) => f.startsWith('Page/'));
  assert.equal(files.length, 2);
  assert.ok(files.includes('Page/apple.md'));
  const company = files.find((f) => f !== 'Page/apple.md')!;
  assert.match(company, /^Page\/Apple~[0-9a-f]{8}\.md$/);
  assert.match(fs.readFileSync(path.join(out, 'Page/apple.md'), 'utf8'), new RegExp(`\\[Apple\\]\\(\\.\\./${company.replace('.', '\\.')}\\)`));
  assert.match(fs.readFileSync(path.join(out, company), 'utf8'), /\[apple\]\(\.\.\/Page\/apple\.md\)/);
  checkLinks(out);
});

test('namespace 100 is what the siteinfo says: Appendix on a Wiktionary, not Wikipedia\'s Portal', async () => {
  // Session 25's audit: en.wiktionary's Appendix:Words was written to Portal/Words.md, and
  // [[Portal:Old]] (a main-namespace title there) was read as Appendix:Old.
  const out = await mirror(
    dump('en', 'enwiktionary', 'https://en.wiktionary.org/wiki/Wiktionary:Main_Page', 'case-sensitive',
      { 14: 'Category', 100: 'Appendix', 101: 'Appendix talk', 118: 'Reconstruction', 119: 'Reconstruction talk' },
      pageXml(1, 'apple', 'See [[Appendix:Words]], [[Portal:Old]] and [[Reconstruction:Proto]].') +
      pageXml(2, 'Appendix:Words', 'Words. [[apple]]', { ns: 100 }) +
      pageXml(3, 'Portal:Old', 'An old portal word.') +
      pageXml(4, 'Reconstruction:Proto', 'Proto.', { ns: 118 })),
    [0, 100, 118],
  );
  assert.deepEqual(listFiles(out).filter((f) => f.endsWith('.md') && f.includes('/')),
    ['Appendix/Words.md', 'Page/Portal%3AOld.md', 'Page/apple.md', 'Reconstruction/Proto.md']);
  assert.equal(fs.readFileSync(path.join(out, 'Page/apple.md'), 'utf8'),
    '# apple\n\nSee [Appendix:Words](../Appendix/Words.md), [Portal:Old](../Page/Portal%253AOld.md) and [Reconstruction:Proto](../Reconstruction/Proto.md).\n');
  checkLinks(out);
});

function wikipedia(lang: string, names: Record<number, string>) {
  return siteFromInfo({ siteName: 'W', dbName: `${lang}wiki`, base: `https://${lang}.wikipedia.org/wiki/X`, generator: 'MediaWiki 1.42', case: 'first-letter', lang, schemaVersion: '0.11',
    namespaces: Object.entries(names).map(([id, name]) => ({ id: Number(id), name, case: 'first-letter' as const })) });
}

test('an extra namespace (100, 101, 118, 119) of a dump has the siteinfo\'s name only, whatever its script', () => {
  // MediaWiki's canonical name of an extra namespace is the name the wiki configures
  // ($wgExtraNamespaces); English Portal is an alias only where a wiki adds it, and ukwiki does not.
  const uk = wikipedia('uk', { 100: 'Портал', 101: 'Обговорення порталу' });
  assert.deepEqual([namespaceFolder(uk, 100), namespaceFolder(uk, 101)], ['ns100', 'ns101']);
  assert.deepEqual(['портал', 'portal', 'portal talk', 'draft'].map((k) => uk.namespaceLookup.get(k)), [100, undefined, undefined, undefined]);
  // Accented Latin is no "other script": li's Euverlèk portaol is 101, Portal talk is no namespace.
  const li = wikipedia('li', { 100: 'Portaol', 101: 'Euverlèk portaol' });
  assert.deepEqual([namespaceFolder(li, 100), namespaceFolder(li, 101)], ['Portaol', 'ns101']);
  assert.deepEqual(['euverlèk portaol', 'portal', 'portal talk'].map((k) => li.namespaceLookup.get(k)), [101, undefined, undefined]);
  // es and de both call 100 Portal; their 101 is named as each wiki names it.
  const es = wikipedia('es', { 100: 'Portal', 101: 'Portal discusión' });
  const de = wikipedia('de', { 100: 'Portal', 101: 'Portal Diskussion' });
  assert.deepEqual([namespaceFolder(es, 101), namespaceFolder(de, 101)], ['ns101', 'Portal_Diskussion']);
  assert.deepEqual([es.namespaceLookup.get('portal talk'), es.namespaceLookup.get('portal discusión'), es.namespaceLookup.get('portal')], [undefined, 101, 100]);
  // frwiki has no 118: [[Draft:X]] is a main-namespace title there.
  const fr = wikipedia('fr', { 100: 'Portail', 101: 'Discussion Portail' });
  assert.deepEqual([fr.namespaceLookup.get('draft'), fr.namespaceLookup.get('portail'), namespaceFolder(fr, 100)], [undefined, 100, 'Portail']);
  // Fixed canonical names stay: jawiki's モジュール is Module, and its Portal‐ノート keeps no Portal talk.
  const ja = wikipedia('ja', { 100: 'Portal', 101: 'Portal‐ノート', 828: 'モジュール' });
  assert.deepEqual([namespaceFolder(ja, 100), namespaceFolder(ja, 828), ja.namespaceLookup.get('module'), ja.namespaceLookup.get('portal talk')], ['Portal', 'Module', 828, undefined]);
});

test('a dump of another wiki into a mirror is refused before anything changes; the same wiki updates as before', async () => {
  const eo = dump('eo', 'eowiki', 'https://eo.wikipedia.org/wiki/Vikipedio:Ĉefpaĝo', 'first-letter', { 14: 'Kategorio' }, pageXml(1, 'Besto', 'Besto estas vivaĵo.'));
  const out = await mirror(eo);
  const before = listFiles(out).map((f) => [f, fs.readFileSync(path.join(out, f), 'utf8')]);
  const other = path.join(path.dirname(out), 'other.xml');
  fs.writeFileSync(other, dump('io', 'iowiki', 'https://io.wikipedia.org/wiki/Frontispico', 'first-letter', { 14: 'Kategorio' }, pageXml(7, 'Kato', 'Kato.')));
  const run = (file: string) => runMirror({ dump: file, outDir: out, jobs: 1, converter: FAKE, progress: null, log: () => {} });
  await assert.rejects(run(other), (err: unknown) => {
    assert.ok(err instanceof MirrorError && err.exitCode === EXIT.OUTPUT);
    assert.equal(err.message, `${out} holds a mirror of another wiki — Vikipedio (eowiki), https://eo.wikipedia.org/wiki/ — and this dump is of Vikipedio (iowiki), https://io.wikipedia.org/wiki/; an update would replace every page. Choose another directory, or delete ${out} to start over`);
    return true;
  });
  assert.deepEqual(listFiles(out).map((f) => [f, fs.readFileSync(path.join(out, f), 'utf8')]), before, 'the mirror is as it was');
  // Not left looking like an interrupted run: the next run of the right dump needs no --resume.
  const again = await run(path.join(path.dirname(out), 'dump.xml'));
  assert.equal(again.exitCode, EXIT.OK);
  assert.equal(again.report.run.convertedThisRun, 0);
});
