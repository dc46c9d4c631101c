/**
 * `wikimark page` as users run it on what they have at hand: files that are not one page of
 * wikitext (a dump, a compressed or binary file, one too large to read whole) are refused with
 * the command to use instead, UTF-16 is decoded with a warning,
 * a byte order mark is dropped, text that is not UTF-8 is converted with a warning.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import fs from 'node:fs';
import path from 'node:path';
import { REPO, SAMPLE, tmpDir } from '../mirror/helpers.js';
import { MAX_PAGE_BYTES } from '../../src/cli/page-input.js';
import { shellWord } from '../../src/cli/args.js';

const CLI = path.join(REPO, 'dist', 'src', 'cli', 'main.js');

/** Run from the clone's root as `node dist/src/cli/main.js`, which is how the messages name the command. */
function page(args: string[], input?: string | Buffer) {
  const env = { ...process.env };
  delete env.npm_command; // set by npx, which makes the messages say `npx wikimark`
  return spawnSync(process.execPath, [CLI, 'page', ...args], { input, encoding: 'utf8', cwd: REPO, env });
}

test('page: empty input is a blank page (exit 0, nothing written), not a binary file', () => {
  const r = page(['-', '-q'], '');
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  assert.equal(r.stdout, '');
  const file = path.join(tmpDir('page-empty'), 'empty.wikitext');
  fs.writeFileSync(file, '');
  const f = page([file, '-q']);
  assert.equal(f.status, 0);
  assert.equal(f.stderr, '');
});

test('page: an XML dump is refused (exit 3) with the convert command to use instead', () => {
  const r = page([SAMPLE]);
  assert.equal(r.status, 3);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, `wikimark page: ${SAMPLE} is a MediaWiki XML dump, not one page of wikitext (for a dump use: node dist/src/cli/main.js convert ${SAMPLE} -o OUTDIR)\n`);
  const piped = page(['-'], fs.readFileSync(SAMPLE));
  assert.equal(piped.status, 3);
  assert.match(piped.stderr, /^wikimark page: standard input is a MediaWiki XML dump, .*\(for a dump use: node dist\/src\/cli\/main\.js convert - -o OUTDIR\)\n$/);
});

test('page: compressed and binary input is refused (exit 3), nothing on stdout', () => {
  const dir = tmpDir('page-input');
  try {
    const gz = path.join(dir, 'page.wikitext.gz');
    fs.writeFileSync(gz, gzipSync("'''x'''"));
    const r = page([gz]);
    assert.equal(r.status, 3);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, `wikimark page: ${gz} is gzip-compressed, not wikitext: decompress it first (gzip -dc ${gz} | node dist/src/cli/main.js page -); if it is a dump: node dist/src/cli/main.js convert ${gz} -o OUTDIR\n`);
    // Named as a dump is: only the convert command helps (decompressed, page would refuse it as a dump).
    const dump = path.join(dir, 'zhwiki-latest-pages-articles.xml.gz');
    fs.writeFileSync(dump, gzipSync(fs.readFileSync(SAMPLE)));
    const d = page([dump]);
    assert.equal(d.status, 3);
    assert.equal(d.stderr, `wikimark page: ${dump} is a gzip-compressed XML file, by its name a MediaWiki dump, not one page of wikitext (for a dump use: node dist/src/cli/main.js convert ${dump} -o OUTDIR)\n`);
    const bin = page(['-'], Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]));
    assert.equal(bin.status, 3);
    assert.equal(bin.stdout, '');
    assert.equal(bin.stderr, 'wikimark page: standard input is a binary file (it holds runs of NUL bytes), not wikitext\n');
    const utf16 = page(['-'], Buffer.from('== Heading ==\nsome text', 'utf16le'));
    assert.equal(utf16.status, 3, 'UTF-16 without a byte order mark is half zero bytes');
    assert.equal(utf16.stderr, 'wikimark page: standard input is not wikitext: at least a tenth of its bytes are NUL (UTF-16 without a byte order mark? save it as UTF-8)\n');
    // A page with a stray NUL is still a page (MediaWiki's parser tests feed such input).
    const stray = page(['-'], Buffer.from("[http://example.com/ x]\u0000 '''y'''"));
    assert.equal(stray.status, 0, stray.stderr);
    assert.equal(stray.stdout, '[x](http://example.com/) **y**\n');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('page: a file too large to read whole is refused in one line (exit 3), after the dump check', () => {
  const dir = tmpDir('page-large');
  try {
    // Sparse: only the first 64 KB are written, so the test costs no disk and reads no more than that.
    const big = path.join(dir, 'huge.wikitext');
    fs.writeFileSync(big, 'x'.repeat(64 * 1024));
    fs.truncateSync(big, MAX_PAGE_BYTES + 1);
    const r = page([big]);
    assert.equal(r.status, 3);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, new RegExp(`^wikimark page: ${big} is 512 MB; one page of wikitext is read whole, and at most 512 MB fits\n$`));
    // A large dump is still named as a dump, not as merely large.
    const dump = path.join(dir, 'huge.xml');
    fs.writeFileSync(dump, '<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/">\n');
    fs.truncateSync(dump, MAX_PAGE_BYTES + 1);
    const d = page([dump]);
    assert.equal(d.status, 3);
    assert.match(d.stderr, /is a MediaWiki XML dump, not one page of wikitext/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('page: UTF-16 text (a byte order mark FF FE or FE FF) is decoded, with a warning', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("== 标题 ==\n'''x'''\n", 'utf16le')]);
  const r = page(['-'], le);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '## 标题\n\n**x**\n');
  assert.equal(r.stderr, 'wikimark page: warning: standard input is UTF-16 (little-endian, by its byte order mark); decoded as such (save it as UTF-8 to silence this)\n');
  const be = Buffer.from(le).swap16();
  const rb = page(['-', '-q'], be);
  assert.equal(rb.status, 0, rb.stderr);
  assert.equal(rb.stdout, '## 标题\n\n**x**\n');
  assert.equal(rb.stderr, '');
});

test('page: a UTF-8 byte order mark is dropped, so a first-line heading stays a heading', () => {
  const r = page(['-'], Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('== 标题 ==\n正文\n')]));
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '## 标题\n\n正文\n');
});

test('page: text that is not UTF-8 converts with one warning (none with -q)', () => {
  const latin1 = Buffer.from("caf\xe9 '''x'''\n", 'latin1');
  const r = page(['-'], latin1);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, 'caf\ufffd **x**\n');
  assert.match(r.stderr, /^wikimark page: warning: standard input is not valid UTF-8; undecodable bytes were replaced with U\+FFFD/);
  assert.equal(page(['-', '-q'], latin1).stderr, '');
});

test('page: usage errors say where the options are described', () => {
  const r = page(['--images', 'inline'], 'x');
  assert.equal(r.status, 2);
  assert.equal(r.stderr, "wikimark page: --images must be embed, link or drop, not 'inline'\nTry 'node dist/src/cli/main.js page --help'.\n");
});

test('page --help and wikimark --help describe exit 3 as page meets it: input missing or not wikitext', () => {
  const help = page(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /\nExit codes: 0 done .* 3 the input is missing or is not\nwikitext \(a dump: use 'wikimark convert'/);
  const main = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
  assert.match(main.stdout, /\n {2}3 {2}input could not be used \(missing file; for convert not a dump or invalid XML; for page\n {5}not wikitext/);
});

test('page: a Chinese variant given as --lang is refused (exit 2) with the --variant to use', () => {
  for (const [given, variant] of [['zh-tw', 'zh-tw'], ['zh-Hant-TW', 'zh-tw'], ['zh-hans', 'zh-hans']] as const) {
    const r = page(['-', '--lang', given], '[[数学]]');
    assert.equal(r.status, 2, given);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, new RegExp(`^wikimark page: --lang ${given} names a Chinese script variant, not a wiki: use --lang zh --variant ${variant}\\n`));
  }
  // Chinese-language wikis that are wikis of their own stay accepted.
  for (const lang of ['zh', 'zh-yue', 'zh-classical', 'zh-min-nan']) {
    const r = page(['-', '-q', '--lang', lang], '[[数学]]');
    assert.equal(r.status, 0, lang);
    assert.match(r.stdout, new RegExp(`https://${lang}\\.wikipedia\\.org/wiki/数学`));
  }
});

test('page: a bad flag value is reported before the input is read (a missing file is not what stops it)', () => {
  const missing = path.join(tmpDir('page-flag-first'), 'absent.wikitext');
  const lang = page([missing, '--lang', 'zh/x']);
  assert.equal(lang.status, 2);
  assert.match(lang.stderr, /^wikimark page: --lang takes a wiki language code/);
  // No wiki code has digits or more than three parts.
  for (const junk of ['en-1', 'zh-x-y-z', 'abcdefgh-123456789']) assert.equal(page([missing, '--lang', junk]).status, 2, junk);
  const base = page([missing, '--upload-base', 'javascript:alert(1)']);
  assert.equal(base.status, 2);
  assert.match(base.stderr, /^wikimark page: --upload-base takes a URL/);
});

test('page with no FILE on a terminal says it reads the terminal (it seemed to hang); piped input gets no such line', (t) => {
  // A terminal for stdin: util-linux script(1) runs the command on a pseudo-terminal.
  const probe = spawnSync('script', ['-qc', 'true', '/dev/null']);
  if (probe.error || probe.status !== 0) return t.skip('script(1) is not available');
  const command = `${shellWord(process.execPath)} ${shellWord(CLI)} page`;
  // script's own stdin is an empty pipe: util-linux script then sends the terminal's end of input,
  // so the command does not wait (/dev/null is only script's typescript file). A hang would end at
  // the time limit and fail on the status.
  const r = spawnSync('script', ['-qc', command, '/dev/null'], { encoding: 'utf8', cwd: REPO, input: '', timeout: 20_000, killSignal: 'SIGKILL' });
  assert.equal(r.error, undefined);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /wikimark page: reading wikitext from the terminal; end it with Ctrl-D/);
  const piped = page([], '[[数学]]');
  assert.equal(piped.status, 0);
  assert.doesNotMatch(piped.stderr, /from the terminal/);
});

test('page --templates: the rule of convert — handlers win on a Wikimedia wiki; elsewhere the folder, unless it calls Lua', () => {
  const dir = tmpDir('page-own-templates');
  try {
    // zhwiki's {{化學式}} is an #invoke of Module:Chemicals, which the engine does not run: the handler writes it.
    fs.writeFileSync(path.join(dir, '化學式.wikitext'), '<includeonly>{{#invoke:Chemicals|formula}}</includeonly>');
    // Templates of the folder's own without #invoke, although `Small` and `Flag` have handlers.
    fs.writeFileSync(path.join(dir, 'Small.wikitext'), 'own:{{{1}}}');
    fs.writeFileSync(path.join(dir, 'Flag.wikitext'), '<includeonly>flag:{{{name|{{{1}}}}}}</includeonly>');
    // An #invoke behind a safesubst: parameter, the way zhwiki's {{Convert}} opens.
    fs.writeFileSync(path.join(dir, 'Convert.wikitext'), '<includeonly>{{{{{♥|safesubst:}}}#invoke:convert|convert}}</includeonly>');
    const run = (input: string, ...args: string[]) => spawnSync(process.execPath, [CLI, 'page', '-', '-q', ...args, '--templates', dir], { input, encoding: 'utf8', cwd: REPO, timeout: 60_000, killSignal: 'SIGKILL' });
    // zh.wikipedia.org: what convert writes from a zhwiki dump holding the same templates.
    const zh = run("'''甲烷'''（化學式：'''{{化學式|C|H|4}}'''）{{small|x}}{{flag|Qing Dynasty|name=大清}}长{{convert|10|km|mi}}", '--lang', 'zh');
    assert.equal(zh.status, 0, zh.stderr);
    assert.equal(zh.stdout.trim(), '**甲烷**（化學式：**CH<sub>4</sub>**）<small>x</small>[大清](https://zh.wikipedia.org/wiki/Qing_Dynasty)长10公里（6.2英里）');
    // A company wiki (its siteinfo): its own templates win; the #invoke wrapper keeps the handler.
    const own = run('{{Small|x}} {{Flag|Qing Dynasty|name=大清}} {{Convert|10|km|mi}}', '--siteinfo', path.join(REPO, 'test', 'fixtures', 'company-wiki.xml'));
    assert.equal(own.status, 0, own.stderr);
    assert.equal(own.stdout.trim(), 'own:x flag:大清 10 kilometres (6.2 mi)');
    // --prefer-templates: every folder template wins, on zh too (MediaWiki's parser tests define
    // their own {{bullet}}, {{pre}} …); the Lua-only one then expands to its unrun #invoke.
    const all = run('{{small|x}} {{flag|Qing Dynasty|name=大清}}', '--lang', 'zh', '--prefer-templates');
    assert.equal(all.status, 0, all.stderr);
    assert.equal(all.stdout.trim(), 'own:x flag:大清');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("page: the page's own warnings are 'wikimark page: warning:' lines like every other line page prints, and -q drops them", () => {
  const dir = tmpDir('page-warnings');
  try {
    fs.writeFileSync(path.join(dir, 'A.wikitext'), '{{a}}');
    const r = page(['-', '--title', 'T', '--templates', dir], '{{a}}');
    assert.equal(r.status, 0);
    assert.equal(r.stderr, 'wikimark page: warning: T@0: Template loop detected: [[Template:A]]\n');
    assert.equal(page(['-', '-q', '--templates', dir], '{{a}}').stderr, '');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('page: --variant on a wiki that is not Chinese says it has no effect (it did nothing without a word)', () => {
  const r = page(['-', '--lang', 'ja', '--variant', 'zh-tw'], '[[数学]]');
  assert.equal(r.status, 0);
  assert.equal(r.stderr, "wikimark page: note: --variant zh-tw has no effect on a 'ja' wiki: scripts are converted on Chinese wikis only (--lang zh)\n");
  assert.equal(page(['-', '--lang', 'ja', '--variant', 'zh-tw', '-q'], '[[数学]]').stderr, '');
  // On zh the variant applies, and there is nothing to say.
  const zh = page(['-', '--variant', 'zh-tw'], '数学');
  assert.equal(zh.stderr, '');
  assert.equal(zh.stdout.trim(), '數學');
});

test('page: on a wiki with variants of its own (sr, kk), or a Chinese-language wiki with no converter (zh-yue, zh-classical), --variant zh-tw converts nothing, as the note says', () => {
  for (const lang of ['sr', 'kk', 'zh-yue', 'zh-classical']) {
    const r = page(['-', '--lang', lang, '--variant', 'zh-tw'], '计算机');
    assert.equal(r.status, 0);
    assert.equal(r.stdout.trim(), '计算机', `${lang}: no Chinese table applied`);
    assert.match(r.stderr, new RegExp(`note: --variant zh-tw has no effect on a '${lang}' wiki`));
  }
});
