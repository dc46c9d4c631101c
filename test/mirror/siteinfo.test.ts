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

test('a Wikipedia in another script keeps Portal as the canonical name of its 100', () => {
  const uk = siteFromInfo({ siteName: 'Вікіпедія', dbName: 'ukwiki', base: 'https://uk.wikipedia.org/wiki/Головна_сторінка', generator: 'MediaWiki 1.42', case: 'first-letter', lang: 'uk', schemaVersion: '0.11',
    namespaces: [{ id: 100, name: 'Портал', case: 'first-letter' }, { id: 101, name: 'Обговорення порталу', case: 'first-letter' }] });
  assert.equal(namespaceFolder(uk, 100), 'Portal');
  assert.equal(uk.namespaceLookup.get('portal'), 100);
  assert.equal(uk.namespaceLookup.get('портал'), 100);
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
