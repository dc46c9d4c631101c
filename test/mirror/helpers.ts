/** Shared test helpers: where the shared data and the repo live. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setInfo, setState, type DB } from '../../src/index/db.js';
import type { ConverterRef } from '../../src/mirror/types.js';

/** Repository root (tests run from dist/test/…). */
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const SHARED =
  process.env.WIKIMARK_SHARED ??
  [path.resolve(REPO, '..', 'shared'), path.resolve(REPO, '..', '..', 'shared')].find((d) => fs.existsSync(d)) ??
  path.resolve(REPO, '..', 'shared');
export const DUMPS = path.join(SHARED, 'dumps');
export const SAMPLE = path.join(REPO, 'sample', 'zhwiki-sample.xml');

export function hasShared(): boolean {
  return fs.existsSync(path.join(DUMPS, 'jawiki-truncated.xml'));
}

export function tmpDir(prefix: string): string {
  return fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', `wikimark-${prefix}-`));
}

/** A minimal export around the given <page> elements. */
export function miniDump(pages: string, lang = 'zh'): string {
  return `<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="${lang}">
  <siteinfo>
    <sitename>Wikipedia</sitename>
    <dbname>${lang}wiki</dbname>
    <base>https://${lang}.wikipedia.org/wiki/Main</base>
    <generator>MediaWiki 1.42</generator>
    <case>first-letter</case>
    <namespaces>
      <namespace key="0" case="first-letter" />
      <namespace key="10" case="first-letter">Template</namespace>
      <namespace key="14" case="first-letter">Category</namespace>
    </namespaces>
  </siteinfo>
${pages}</mediawiki>
`;
}

export function pageXml(id: number, title: string, text: string, opts: { ns?: number; redirect?: string; rev?: number; timestamp?: string } = {}): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return `  <page>
    <title>${esc(title)}</title>
    <ns>${opts.ns ?? 0}</ns>
    <id>${id}</id>
${opts.redirect ? `    <redirect title="${esc(opts.redirect)}" />\n` : ''}    <revision>
      <id>${opts.rev ?? id * 10}</id>
      <timestamp>${opts.timestamp ?? `2024-01-0${(id % 9) + 1}T00:00:00Z`}</timestamp>
      <contributor><username>T</username><id>1</id></contributor>
      <model>wikitext</model>
      <format>text/x-wiki</format>
      <text bytes="${Buffer.byteLength(text)}" xml:space="preserve">${esc(text)}</text>
      <sha1>abc${id}</sha1>
    </revision>
  </page>
`;
}

/**
 * A converter of `build` (test only), in `file`: the fake converter's page with a line naming the
 * build. Rewritten in place for another build, which keeps the options' fingerprint of old (same
 * file name, same export) and changes the build's code.
 */
export function converterOfBuild(file: string, build: string): ConverterRef {
  const fake = new URL('./fake-converter.js', import.meta.url).href;
  fs.writeFileSync(
    file,
    `import { convertPage as fake } from ${JSON.stringify(fake)};
export function convertPage(text, options) {
  const result = fake(text, options);
  return { ...result, markdown: result.markdown + '\\n<!-- ${build} -->\\n' };
}
`,
  );
  return { module: pathToFileURL(file).href, exportName: 'convertPage' };
}

/**
 * Test set-up: a mirror's checkpoint rewritten as made under `fingerprint` (another build's, other
 * options'): every `done` row and the state's fingerprint, and the plan too unless `plan` is false.
 */
export function checkpointUnder(db: DB, fingerprint: string, plan = true): void {
  db.prepare('UPDATE done SET fingerprint = ?').run(fingerprint);
  setState(db, 'fingerprint', fingerprint);
  if (plan) setInfo(db, 'plan', fingerprint);
}
