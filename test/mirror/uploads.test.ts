/**
 * Image URLs in a whole mirror, through the real engine:
 * - test/fixtures/company-wiki.xml, a made-up company MediaWiki (index.php/ article path,
 *   case-sensitive titles, custom namespace 3000, subpages, a local File page): by default every
 *   file through Special:FilePath; with --upload-base images/ relative links from each folder,
 *   also with --images link; the reader serves the copied images/ folder;
 * - a small zh Wikipedia dump with File pages (ns 6): files with a page are zh-local, a file
 *   redirect leads to its target, everything else is on Commons.
 * Also the rest of what a migrating team checks: links, live-URL fallbacks, file names, categories.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { EXIT, runMirror, type MirrorOptions } from '../../src/mirror/run.js';
import { parseConvertArgs, CONVERT_HELP } from '../../src/cli/convert.js';
import { startReader } from '../../src/reader/server.js';
import { rawGet } from '../reader/helpers.js';
import { miniDump, pageXml, REPO, tmpDir } from './helpers.js';
import { usingRealEngine } from './cli.js';

const COMPANY = path.join(REPO, 'test', 'fixtures', 'company-wiki.xml');
const scratch: string[] = [];
after(() => scratch.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

async function mirror(dump: string, extra: Partial<MirrorOptions> = {}): Promise<string> {
  const dir = tmpDir('uploads');
  scratch.push(dir);
  const out = path.join(dir, 'out');
  const r = await runMirror({ dump, outDir: out, jobs: 1, progress: null, log: () => {}, ...extra });
  assert.equal(r.exitCode, EXIT.OK);
  return out;
}

const read = (out: string, file: string) => fs.readFileSync(path.join(out, file), 'utf8');
const lines = (text: string) => text.split('\n');

test('company wiki, defaults: links, live-URL fallbacks, file names, categories, images through Special:FilePath', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const out = await mirror(COMPANY, { namespaces: [0, 14, 3000] });
  const files = fs.readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md') && !f.startsWith('.')).sort();
  assert.deepEqual(files, [
    'Category/Docs.md', 'Category/Onboarding.md',
    'Page/IPhone~06ef064a.md', 'Page/Main Page.md', 'Page/Office.md', 'Page/Team%2FOnboarding%2FSetup.md', 'Page/Team%2FOnboarding.md', 'Page/iPhone.md',
    'Project_Docs/Style guide.md', 'REPORT.md',
  ]);
  const main = lines(read(out, 'Page/Main Page.md'));
  assert.equal(main[2], 'New starters read [Team/Onboarding/Setup](../Page/Team%252FOnboarding%252FSetup.md) first, then the [style guide](../Project_Docs/Style%20guide.md). The phone policy is on [iPhone](../Page/iPhone.md); the hardware list on [IPhone](../Page/IPhone~06ef064a.md). [Missing page](https://wiki.example.com/index.php/Missing_page) is not written yet.');
  assert.equal(main[4], '![The office floor](https://wiki.example.com/index.php/Special:FilePath/Office_plan.png)<br />');
  // The logo is sized 80px: an icon, written <img> with its size (writer/inline-links.ts).
  assert.equal(main[7], 'Our logo: <img src="https://wiki.example.com/index.php/Special:FilePath/Logo_ünï_(v2)&amp;co.svg" alt="Logo ünï (v2)&amp;co" width="80" />. The [staff handbook](https://wiki.example.com/index.php/Special:FilePath/Staff_handbook.pdf) as a file. Direct file URL: <https://wiki.example.com/index.php/Special:FilePath/Office_plan.png>');
  assert.equal(main[9], '- ![Desk one](https://wiki.example.com/index.php/Special:FilePath/Desk_50%25+1.jpg)<br />');
  assert.equal(main[11], '- ![The kitchen](https://wiki.example.com/index.php/Special:FilePath/Kitchen.jpg)<br />');
  assert.equal(main.at(-2), '**Categories**: [Onboarding](../Category/Onboarding.md)');
  assert.equal(lines(read(out, 'Page/iPhone.md'))[0], 'Company phones: personal use is allowed. Compare [IPhone](../Page/IPhone~06ef064a.md).');
  assert.equal(lines(read(out, 'Project_Docs/Style guide.md'))[2], '![Style example](https://wiki.example.com/index.php/Special:FilePath/Style_example.png)');
  assert.deepEqual(lines(read(out, 'Category/Onboarding.md')).slice(-8), [
    '- [Main Page](../Page/Main%20Page.md)',
    '- [Team/Onboarding](../Page/Team%252FOnboarding.md)',
    '- [Team/Onboarding/Setup](../Page/Team%252FOnboarding%252FSetup.md)',
    '',
    '## Media',
    '',
    // Without --upload-base a category's media link their description page (with the licence).
    '- [Office plan.png](https://wiki.example.com/index.php/File:Office_plan.png)',
    '',
  ]);
  // The wiki's own {{Note}} expands from the dump although a built-in handler has that name
  // (Wikipedia's {{Note}}, a footnote anchor, is dropped); URL words use the wiki's own paths.
  assert.deepEqual(lines(read(out, 'Page/Office.md')), [
    'The Example Corp Wiki office page (<https://wiki.example.com/index.php/Office>, edit: /index.php?title=Office&action=edit).',
    '',
    '**Note:** Remember the badge.',
    '',
    '| Ann |',
    '| --- |',
    '| ![Office plan](https://wiki.example.com/index.php/Special:FilePath/Office_plan.png) |',
    '',
    '[Search](https://wiki.example.com/index.php/Special:Search), [Project Docs:Missing](https://wiki.example.com/index.php/Project_Docs:Missing), [Project:About](https://wiki.example.com/index.php/Example_Corp_Wiki:About)',
    '',
  ]);
  const index = read(out, 'index.tsv');
  assert.ok(index.includes('\nTeam/Onboarding/Setup\tPage/Team%2FOnboarding%2FSetup.md\tpage\n'));
  assert.ok(index.includes('\nProject Docs:Style guide\tProject_Docs/Style guide.md\tpage\n'));
  assert.ok(!index.includes('File:Office plan.png'), 'File pages are indexed, never written');
});

test('company wiki, --upload-base images/: relative links from every folder, --images link alike; the reader serves them', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const out = await mirror(COMPANY, { namespaces: [0, 14, 3000], uploadBase: 'images/' });
  const main = lines(read(out, 'Page/Main Page.md'));
  assert.equal(main[4], '![The office floor](../images/f/f2/Office_plan.png)<br />');
  assert.equal(main[7], 'Our logo: <img src="../images/c/c2/Logo_ünï_(v2)&amp;co.svg" alt="Logo ünï (v2)&amp;co" width="80" />. The [staff handbook](../images/9/97/Staff_handbook.pdf) as a file. Direct file URL: ../images/f/f2/Office_plan.png');
  assert.equal(main[9], '- ![Desk one](../images/2/25/Desk_50%25+1.jpg)<br />');
  assert.equal(lines(read(out, 'Page/Team%2FOnboarding%2FSetup.md'))[2], '![Laptop](../images/2/25/Laptop_setup.png)<br />');
  assert.equal(lines(read(out, 'Project_Docs/Style guide.md'))[2], '![Style example](../images/e/e2/Style_example.png)');
  assert.equal(lines(read(out, 'Category/Onboarding.md')).at(-2), '- [Office plan.png](../images/f/f2/Office_plan.png)');

  const linked = await mirror(COMPANY, { namespaces: [0, 14, 3000], uploadBase: './images', images: 'link' });
  const linkedMain = lines(read(linked, 'Page/Main Page.md'));
  assert.equal(linkedMain[4], '[The office floor](../images/f/f2/Office_plan.png)');
  assert.equal(linkedMain[8], '- [Desk one](../images/2/25/Desk_50%25+1.jpg)');
  assert.equal(lines(read(linked, 'Project_Docs/Style guide.md'))[2], '[Style example.png](../images/e/e2/Style_example.png)');

  const absolute = await mirror(COMPANY, { namespaces: [0, 14, 3000], uploadBase: 'https://files.example.com/wiki' });
  assert.equal(lines(read(absolute, 'Page/Main Page.md'))[4], '![The office floor](https://files.example.com/wiki/f/f2/Office_plan.png)<br />');

  // The team copies the wiki's images/ folder into OUTDIR; `wikimark serve` shows the pages with them.
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4f70000000049454e44ae426082', 'hex');
  fs.mkdirSync(path.join(out, 'images/f/f2'), { recursive: true });
  fs.writeFileSync(path.join(out, 'images/f/f2/Office_plan.png'), png);
  fs.mkdirSync(path.join(out, 'images/2/25'), { recursive: true });
  fs.writeFileSync(path.join(out, 'images/2/25/Desk_50%+1.jpg'), 'jpeg bytes');
  fs.writeFileSync(path.join(out, 'images/.htaccess'), 'Deny from all');
  fs.writeFileSync(path.join(out, 'images/notes.txt'), 'not media');
  const reader = await startReader({ outDir: out, port: 0, host: '127.0.0.1', progress: null });
  try {
    const page = await rawGet(reader.port, '/Page/Main%20Page.md');
    assert.equal(page.status, 200);
    // A captioned picture: its caption once, the alt the writer copied from it emptied (test/reader/image-captions.test.ts).
    assert.ok(page.body.includes('<p class="captioned"><img src="../images/f/f2/Office_plan.png" alt=""><br />\nThe office floor'), 'the page shows the image by its relative path');
    assert.match(String(page.headers['content-security-policy']), /img-src 'self' https:;/);
    const followed = new URL('../images/f/f2/Office_plan.png', 'http://x/Page/Main%20Page.md').pathname;
    const img = await rawGet(reader.port, followed);
    assert.equal(img.status, 200);
    assert.equal(img.headers['content-type'], 'image/png');
    assert.equal(img.headers['content-length'], String(png.length));
    assert.match(String(img.headers['content-security-policy']), /sandbox/);
    assert.match(String(img.headers['content-security-policy']), /frame-ancestors 'none'/);
    const desk = await rawGet(reader.port, new URL('../images/2/25/Desk_50%25+1.jpg', 'http://x/Page/Main%20Page.md').pathname);
    assert.equal(desk.status, 200);
    assert.equal(desk.body, 'jpeg bytes');
    assert.equal((await rawGet(reader.port, '/images/.htaccess')).status, 400);
    assert.equal((await rawGet(reader.port, '/images/notes.txt')).status, 404);
    assert.equal((await rawGet(reader.port, '/images/f/f2/Missing.png')).status, 404);
    assert.equal((await rawGet(reader.port, '/images/../.wikimark/wikimark.sqlite')).status, 400);
  } finally {
    await reader.close();
  }
  // A later run into the same OUTDIR removes only files it wrote: the copied images stay.
  const again = await runMirror({ dump: COMPANY, outDir: out, jobs: 1, progress: null, log: () => {}, namespaces: [0, 14, 3000], uploadBase: 'images/' });
  assert.equal(again.exitCode, EXIT.OK);
  assert.ok(fs.existsSync(path.join(out, 'images/f/f2/Office_plan.png')));
});

test('a Wikimedia wiki: files whose File page is in the dump are local, file redirects followed, the rest on Commons', async (t) => {
  if (!usingRealEngine()) return t.skip('engine not built');
  const dir = tmpDir('uploads-zh');
  scratch.push(dir);
  const dump = path.join(dir, 'zhwiki.xml');
  const text = [
    '[[File:台北101標誌.png|thumb|标志]]',
    '',
    '[[文件:Old logo.png|旧标志]] [[File:Commons photo.jpg|照片]] [[File:Moved.jpg|已移动]]',
    '',
    '<gallery>',
    'File:台北101標誌.png|图库',
    'File:Example.jpg|示例',
    '</gallery>',
    '',
    '{{filepath:台北101標誌.png}} [[Media:台北101標誌.png|文件]]',
  ].join('\n');
  fs.writeFileSync(dump, miniDump([
    pageXml(1, '台北101', text),
    pageXml(2, 'File:台北101標誌.png', '非自由标志。', { ns: 6 }),
    pageXml(3, 'File:Old logo.png', '#REDIRECT [[File:台北101標誌.png]]', { ns: 6, redirect: 'File:台北101標誌.png' }),
    pageXml(4, 'File:Moved.jpg', '#REDIRECT [[File:Moved on commons.jpg]]', { ns: 6, redirect: 'File:Moved on commons.jpg' }),
  ].join('')));
  const out = await mirror(dump, { attribution: false });
  const md = lines(read(out, 'Page/台北101.md'));
  const local = 'https://upload.wikimedia.org/wikipedia/zh/f/f7/台北101標誌.png';
  assert.equal(md[0], `![标志](${local})<br />`);
  assert.equal(md[3], `![旧标志](${local}) ![照片](https://upload.wikimedia.org/wikipedia/commons/0/03/Commons_photo.jpg) ![已移动](https://upload.wikimedia.org/wikipedia/commons/2/2d/Moved_on_commons.jpg)`);
  assert.equal(md[5], `- ![图库](${local})<br />`);
  assert.equal(md[7], '- ![示例](https://upload.wikimedia.org/wikipedia/commons/a/a9/Example.jpg)<br />');
  assert.equal(md[10], `<${local}> [文件](${local})`);
  // File pages are indexed, never written.
  assert.ok(!fs.existsSync(path.join(out, 'File')));
});

test('--upload-base on the command line and in --help', () => {
  assert.equal(parseConvertArgs(['d.xml', '-o', 'out', '--upload-base', 'images/'])!.uploadBase, 'images/');
  assert.equal(parseConvertArgs(['d.xml', '-o', 'out'])!.uploadBase, undefined);
  assert.throws(() => parseConvertArgs(['d.xml', '-o', 'out', '--upload-base', 'javascript:alert(1)']), /--upload-base takes a URL/);
  assert.match(CONVERT_HELP, /^ {6}--upload-base URL {5}where images load from/m);
  const main = path.join(REPO, 'dist', 'src', 'cli', 'main.js');
  const help = spawnSync(process.execPath, [main, 'page', '--help'], { encoding: 'utf8' });
  assert.match(help.stdout, /^ {2}--upload-base URL {5}where images load from/m);
  const page = spawnSync(process.execPath, [main, 'page', '-q', '--lang', 'en', '--upload-base', 'https://wiki.example.com/images'], { input: '[[File:Office plan.png|thumb|Plan]]', encoding: 'utf8' });
  assert.equal(page.stdout, '![Plan](https://wiki.example.com/images/f/f2/Office_plan.png)<br />\nPlan\n');
  const bad = spawnSync(process.execPath, [main, 'page', '--upload-base', 'file:///etc/'], { input: 'x', encoding: 'utf8' });
  assert.equal(bad.status, 2);
});
