/**
 * Where images load from (site/uploads.ts, site/titles.ts uploadUrl): a Wikimedia wiki's own
 * files vs Commons, any other MediaWiki through Special:FilePath, a given base absolute or
 * relative at different folder depths, and names with spaces, Unicode and URL delimiters.
 * MD5 prefixes were computed independently (Python hashlib); Example.jpg's a/a9 is the path
 * Commons really uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteFromInfo } from '../../src/dump/site.js';
import type { SiteInfo } from '../../src/dump/types.js';
import { buildSite, siteFor } from '../../src/site/defaults.js';
import { uploadUrl } from '../../src/site/titles.js';
import type { LocalFiles, SiteConfig } from '../../src/site/types.js';
import { defaultUploads, givenUploads, isRelativeBase, relativeUploadBase, validUploadBase, wikimediaUploadFolder, withUploads } from '../../src/site/uploads.js';
import { filepathFunction } from '../../src/preprocess/functions/titles.js';

function info(base: string, caseRule: 'first-letter' | 'case-sensitive' = 'first-letter', lang = 'en'): SiteInfo {
  return {
    siteName: 'W', dbName: 'w', base, generator: 'MediaWiki 1.42', case: caseRule, lang, schemaVersion: '0.11',
    namespaces: [{ id: 6, name: 'File', case: caseRule }],
  };
}

/** LocalFiles from a fixed table: name → [target name, local]. */
function files(table: Record<string, [string, boolean]>): LocalFiles {
  return { find: (name) => (table[name] ? { name: table[name]![0], local: table[name]![1] } : null) };
}

test('Wikimedia hosts → their upload.wikimedia.org folder; other hosts → none', () => {
  const cases: Array<[string, string | null]> = [
    ['zh.wikipedia.org', 'wikipedia/zh'],
    ['ja.wikipedia.org', 'wikipedia/ja'],
    ['zh.m.wikipedia.org', 'wikipedia/zh'],
    ['en.wiktionary.org', 'wiktionary/en'],
    ['de.wikibooks.org', 'wikibooks/de'],
    ['fr.wikisource.org', 'wikisource/fr'],
    ['wikisource.org', 'wikipedia/sources'],
    ['uk.wikivoyage.org', 'wikivoyage/uk'],
    ['commons.wikimedia.org', 'wikipedia/commons'],
    ['meta.wikimedia.org', 'wikipedia/meta'],
    ['species.wikimedia.org', 'wikipedia/species'],
    ['www.mediawiki.org', 'wikipedia/mediawiki'],
    ['www.wikidata.org', 'wikipedia/wikidata'],
    ['wiki.example.com', null],
    ['wikipedia.example.org', null],
    ['www.wikipedia.org', null],
    ['fandom.com', null],
  ];
  for (const [host, folder] of cases) assert.equal(wikimediaUploadFolder(host), folder, host);
});

test('a Wikimedia wiki: its own files under its folder, every other file on Commons', () => {
  const zh = siteFromInfo(info('https://zh.wikipedia.org/wiki/Wikipedia:首页', 'first-letter', 'zh'));
  assert.equal(zh.uploadBase, 'https://upload.wikimedia.org/wikipedia/commons/');
  assert.equal(zh.localUploadBase, 'https://upload.wikimedia.org/wikipedia/zh/');
  // Without an index (the `page` command) nothing is known to be local: Commons, as before.
  assert.equal(uploadUrl(zh, 'Example.jpg'), 'https://upload.wikimedia.org/wikipedia/commons/a/a9/Example.jpg');
  const mirror: SiteConfig = { ...zh, localFiles: files({ '台北101標誌.png': ['台北101標誌.png', true], 'Old logo.png': ['台北101標誌.png', true], 'Moved.jpg': ['Moved on commons.jpg', false] }) };
  assert.equal(uploadUrl(mirror, '台北101標誌.png'), 'https://upload.wikimedia.org/wikipedia/zh/f/f7/台北101標誌.png');
  assert.equal(uploadUrl(mirror, 'Example.jpg'), 'https://upload.wikimedia.org/wikipedia/commons/a/a9/Example.jpg');
  // A local file redirect: the file it leads to; one leading off the wiki: Commons, by the target name.
  assert.equal(uploadUrl(mirror, 'Old_logo.png'), 'https://upload.wikimedia.org/wikipedia/zh/f/f7/台北101標誌.png');
  assert.equal(uploadUrl(mirror, 'moved.jpg'), 'https://upload.wikimedia.org/wikipedia/commons/2/2d/Moved_on_commons.jpg');
  // The built-in sites are Wikipedias too.
  assert.equal(siteFor('ja').localUploadBase, 'https://upload.wikimedia.org/wikipedia/ja/');
  const wikt = siteFromInfo(info('https://en.wiktionary.org/wiki/Wiktionary:Main_Page'));
  assert.equal(wikt.localUploadBase, 'https://upload.wikimedia.org/wiktionary/en/');
  const commons = siteFromInfo(info('https://commons.wikimedia.org/wiki/Main_Page'));
  assert.equal(uploadUrl({ ...commons, localFiles: files({ 'Example.jpg': ['Example.jpg', true] }) }, 'Example.jpg'), 'https://upload.wikimedia.org/wikipedia/commons/a/a9/Example.jpg');
});

test('any other MediaWiki: Special:FilePath under its article path, names as the wiki spells them', () => {
  const corp = siteFromInfo(info('https://wiki.example.com/index.php/Main_Page', 'case-sensitive'));
  assert.equal(corp.localUploadBase, undefined);
  assert.equal(uploadUrl(corp, 'Office plan.png'), 'https://wiki.example.com/index.php/Special:FilePath/Office_plan.png');
  // A case-sensitive File namespace keeps a lower-case first letter.
  assert.equal(uploadUrl(corp, 'iPhone icon.png'), 'https://wiki.example.com/index.php/Special:FilePath/iPhone_icon.png');
  assert.equal(uploadUrl(corp, 'Logo ünï (v2)&co.svg'), 'https://wiki.example.com/index.php/Special:FilePath/Logo_ünï_(v2)&co.svg');
  assert.equal(uploadUrl(corp, 'Desk 50%+1.jpg'), 'https://wiki.example.com/index.php/Special:FilePath/Desk_50%25+1.jpg');
  assert.equal(uploadUrl(corp, 'a?b "c".png'), 'https://wiki.example.com/index.php/Special:FilePath/a%3Fb_%22c%22.png');
  // Short URLs (/wiki/) and the query form (?title=): the name is a query value there.
  const short = siteFromInfo(info('https://intranet.example.org/wiki/Home'));
  assert.equal(uploadUrl(short, 'office plan.png'), 'https://intranet.example.org/wiki/Special:FilePath/Office_plan.png');
  const query = siteFromInfo(info('http://intranet.local/w/index.php?title=Main_Page'));
  assert.equal(uploadUrl(query, 'A&B+C.png'), 'http://intranet.local/w/index.php?title=Special:FilePath/A%26B%2BC.png');
  assert.deepEqual(defaultUploads('https://wiki.example.com/index.php/'), { uploadBase: 'https://wiki.example.com/index.php/Special:FilePath/', uploadLayout: 'name' });
});

test('a given base: the hashed layout under it, absolute or relative to the output at any depth', () => {
  const corp = siteFromInfo(info('https://wiki.example.com/index.php/Main_Page', 'case-sensitive'));
  const abs = withUploads(corp, givenUploads('https://wiki.example.com/images'));
  assert.equal(uploadUrl(abs, 'Office plan.png'), 'https://wiki.example.com/images/f/f2/Office_plan.png');
  assert.equal(uploadUrl(abs, 'Desk 50%+1.jpg'), 'https://wiki.example.com/images/2/25/Desk_50%25+1.jpg');
  assert.equal(uploadUrl(abs, 'Logo ünï (v2)&co.svg'), 'https://wiki.example.com/images/c/c2/Logo_ünï_(v2)&co.svg');
  assert.equal(uploadUrl(abs, 'iPhone icon.png'), 'https://wiki.example.com/images/7/72/iPhone_icon.png');
  const rel = givenUploads('./images');
  assert.equal(rel.uploadBase, 'images/');
  assert.ok(isRelativeBase(rel.uploadBase));
  assert.ok(!isRelativeBase('https://x.org/'));
  assert.ok(!isRelativeBase('/images/'));
  assert.equal(uploadUrl(withUploads(corp, { ...rel, uploadBase: relativeUploadBase(rel.uploadBase, 0) }), 'Office plan.png'), 'images/f/f2/Office_plan.png');
  assert.equal(uploadUrl(withUploads(corp, { ...rel, uploadBase: relativeUploadBase(rel.uploadBase, 1) }), 'Office plan.png'), '../images/f/f2/Office_plan.png');
  assert.equal(uploadUrl(withUploads(corp, { ...rel, uploadBase: relativeUploadBase(rel.uploadBase, 2) }), 'Office plan.png'), '../../images/f/f2/Office_plan.png');
  // A given base wins over the Wikimedia rule, local files or not.
  const zh = withUploads({ ...siteFor('zh'), localFiles: files({ 'Example.jpg': ['Example.jpg', true] }) }, givenUploads('https://cdn.example.net/zh/'));
  assert.equal(uploadUrl(zh, 'Example.jpg'), 'https://cdn.example.net/zh/a/a9/Example.jpg');
  assert.equal(buildSite({ lang: 'en', uploadBase: 'files' }).uploadBase, 'files/');
});

test('{{filepath:}} follows the same rule', () => {
  const corp = siteFromInfo(info('https://wiki.example.com/index.php/Main_Page', 'case-sensitive'));
  assert.equal(filepathFunction(corp, 'Office plan.png'), 'https://wiki.example.com/index.php/Special:FilePath/Office_plan.png');
  const zh: SiteConfig = { ...siteFor('zh'), localFiles: files({ '台北101標誌.png': ['台北101標誌.png', true] }) };
  assert.equal(filepathFunction(zh, 'File:台北101標誌.png'), 'https://upload.wikimedia.org/wikipedia/zh/f/f7/台北101標誌.png');
  assert.equal(filepathFunction(zh, 'Example.jpg'), 'https://upload.wikimedia.org/wikipedia/commons/a/a9/Example.jpg');
});

test('--upload-base values: http(s) URLs and paths, nothing a link cannot hold', () => {
  for (const ok of ['images/', './images', 'https://wiki.example.com/images/', 'http://intranet/images', '/images/', '../shared/images']) assert.ok(validUploadBase(ok), ok);
  for (const bad of ['', 'javascript:alert(1)', 'file:///etc/', 'my images/', 'https://', 'a<b', 'data:x']) assert.ok(!validUploadBase(bad), bad);
});
