/** `wikimark page`: one page of wikitext → Markdown on stdout. */
import { writeFileSync } from 'node:fs';
import { isatty } from 'node:tty';
import { parseArgs } from 'node:util';
import { convertPage } from '../engine/convert.js';
import { folderPageSource } from '../engine/pagesource.js';
import { ownTemplatesOf } from '../mirror/own-templates.js';
import type { ImageMode } from '../engine/types.js';
import { DumpReader } from '../dump/reader.js';
import { siteFromInfo } from '../dump/site.js';
import { DumpError } from '../dump/types.js';
import { buildSite, hasBuiltinLanguage, siteFor } from '../site/defaults.js';
import type { SiteConfig } from '../site/types.js';
import { validUploadBase } from '../site/uploads.js';
import { validateVariant } from '../variants/index.js';
import { variantOfWiki } from '../variants/literal.js';
import { readPageInput } from './page-input.js';
import { argsError, ioReason, selfCommand } from './args.js';
import { EXIT } from './exit.js';

const HELP = `Usage: wikimark page [FILE|-] [options]

Converts one page of wikitext (FILE, or standard input when FILE is '-' or absent) to
GitHub-Flavoured Markdown on standard output. Warnings go to standard error.

Options:
  --title T             page title (for the attribution line, front matter, {{PAGENAME}})
  --lang L              wiki language: zh (default), en, ja, ko, uk, … (namespaces, link trails)
  --siteinfo DUMP       take the wiki's settings from the <siteinfo> of an XML export (.xml, .bz2,
                        .gz): address, language, namespaces, case rule; for a wiki that is not
                        a Wikipedia (links and images then point to that wiki); replaces --lang
  --attribution         print the "converted from" line at the top, as the seed mirror does
  --front-matter        print YAML front matter (title, source URL, categories)
  --images MODE         embed (default): Markdown images; link: links to the files; drop: leave out
  --upload-base URL     where images load from: URL + MediaWiki's a/ab/Name path (a relative path
                        such as images/ is used as given, relative to where the Markdown is kept);
                        default upload.wikimedia.org (Commons)
  --variant V           convert Chinese text to zh-hans, zh-hant, zh-cn, zh-tw, zh-hk, zh-mo, zh-sg, zh-my
  --templates DIR       expand templates from DIR/Name.wikitext files ('/' and ':' as %2F and %3A);
                        as in convert, a built-in handler wins on a Wikimedia wiki; elsewhere
                        (--siteinfo) the folder's template does, unless it calls Lua (#invoke)
  --prefer-templates    every template of --templates DIR wins over the built-in handlers, as on
                        a wiki whose templates are all its own (MediaWiki's parser tests)
  --missing-templates M drop (default): a template found nowhere leaves nothing;
                        link: a link to the template page, as MediaWiki shows it
  --now ISO-DATE        the clock for {{CURRENTYEAR}}, #time … (default 2026-01-01T00:00:00Z, reproducible)
  --meta FILE           write the page's metadata (categories, references, templates …) as JSON
  -q, --quiet           do not print warnings
  -h, --help            show this help

Exit codes: 0 done (warnings or not) · 2 bad command line · 3 the input is missing or is not
wikitext (a dump: use 'wikimark convert'; a compressed or binary file) · 4 output not written
`;

/** A usage error: the message, where to read more, exit 2. */
function usage(message: string): number {
  process.stderr.write(`wikimark page: ${message}\nTry '${selfCommand()} page --help'.\n`);
  return EXIT.USAGE;
}

const VARIANTS = new Set(['zh', 'zh-hans', 'zh-hant', 'zh-cn', 'zh-tw', 'zh-hk', 'zh-mo', 'zh-sg', 'zh-my']);

export async function runPage(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        title: { type: 'string' },
        lang: { type: 'string', default: 'zh' },
        siteinfo: { type: 'string' },
        attribution: { type: 'boolean', default: false },
        'front-matter': { type: 'boolean', default: false },
        images: { type: 'string', default: 'embed' },
        'upload-base': { type: 'string' },
        variant: { type: 'string' },
        templates: { type: 'string' },
        meta: { type: 'string' },
        now: { type: 'string' },
        'missing-templates': { type: 'string', default: 'drop' },
        'prefer-templates': { type: 'boolean', default: false },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    return usage(argsError(err));
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(HELP);
    return EXIT.OK;
  }
  if (positionals.length > 1) {
    return usage('one input file at most (use convert for dumps)');
  }
  const images = values.images as ImageMode;
  if (!['embed', 'link', 'drop'].includes(images)) {
    return usage(`--images must be embed, link or drop, not '${values.images}'`);
  }
  // BCP 47 spellings (zh-Hant-TW) are accepted as MediaWiki accepts them, and passed on as internal codes.
  const variant = values.variant ? validateVariant(values.variant) : null;
  if (values.variant && !variant) {
    return usage(`unknown variant '${values.variant}' (one of ${[...VARIANTS].join(', ')})`);
  }

  const missing = values['missing-templates'];
  if (missing !== 'drop' && missing !== 'link') {
    return usage(`--missing-templates must be drop or link, not '${missing}'`);
  }
  let now: Date | undefined;
  if (values.now) {
    now = new Date(values.now);
    if (Number.isNaN(now.getTime())) {
      return usage(`--now must be an ISO date such as 2024-05-01T00:00:00Z, not '${values.now}'`);
    }
  }

  // Checked before the input is read: a slip in a flag should not wait for all of standard input.
  const lang = values.lang!;
  // Wiki codes are not BCP 47: zh-classical's second part has nine letters; none has digits or more
  // than three parts (zh-min-nan, be-x-old).
  if (!/^[a-z]{2,8}(-[a-z]{1,9}){0,2}$/i.test(lang)) {
    return usage(`--lang takes a wiki language code such as zh, en, ja, ko, uk, fr or zh-yue, got "${lang}"`);
  }
  // zh-tw is no wiki (zh.wikipedia serves every script); taken as one, links went to
  // https://zh-tw.wikipedia.org and the text stayed unconverted. The user meant --variant.
  const variantAsLang = lang.toLowerCase() === 'zh' ? null : validateVariant(lang);
  if (variantAsLang) {
    return usage(`--lang ${lang} names a Chinese script variant, not a wiki: use --lang zh --variant ${variantAsLang}`);
  }
  const uploadBase = values['upload-base'];
  if (uploadBase !== undefined && !validUploadBase(uploadBase)) {
    return usage(`--upload-base takes a URL (https://…) or a relative path (images/), got "${uploadBase}"`);
  }

  const file = positionals[0] ?? '-';
  const inputName = file === '-' ? 'standard input' : file;
  // With no FILE (or `-`) on a terminal the command would seem to hang: say what it waits for. isatty(0),
  // not process.stdin.isTTY: creating process.stdin makes a pipe on fd 0 non-blocking, and the
  // whole-input read below then fails with EAGAIN.
  if (file === '-' && isatty(0) && !values.quiet) {
    process.stderr.write(`wikimark page: reading wikitext from the terminal; end it with Ctrl-D (Ctrl-Z, Enter on Windows), or give a FILE\n`);
  }
  const input = readPageInput(file);
  if ('ioError' in input) {
    process.stderr.write(`wikimark page: cannot read ${inputName}: ${input.ioError}\n`);
    return EXIT.NO_INPUT;
  }
  if ('error' in input) {
    process.stderr.write(`wikimark page: ${inputName} ${input.error}\n`);
    return EXIT.NO_INPUT;
  }
  if (input.warning && !values.quiet) process.stderr.write(`wikimark page: warning: ${inputName} ${input.warning}\n`);
  const wikitext = input.text;

  // Any wiki language works; only the listed ones have their own namespace names and link trail.
  if (!hasBuiltinLanguage(lang) && !values.quiet && values.siteinfo === undefined) {
    process.stderr.write(`wikimark page: note: no built-in settings for '${lang}': English namespace names and link trail are used; links point to https://${lang.toLowerCase()}.wikipedia.org/wiki/\n`);
  }
  let site: SiteConfig;
  if (values.siteinfo !== undefined) {
    try {
      site = await siteOfExport(values.siteinfo, uploadBase);
    } catch (err) {
      const reason = err instanceof DumpError ? err.message : ioReason(err);
      process.stderr.write(`wikimark page: cannot read the siteinfo of ${values.siteinfo}: ${reason}\n`);
      return EXIT.NO_INPUT;
    }
  } else site = uploadBase === undefined ? siteFor(lang) : buildSite({ lang, uploadBase });
  // Scripts are converted on Chinese wikis only. The flag is dropped elsewhere, not only noted: on a
  // wiki with variants of its own (sr, kk, …) the engine applied the Chinese tables to the body
  // (计算机 → 計算機 on a Serbian page), which MediaWiki never does there.
  const wikiVariant = variantOfWiki(site.lang, variant);
  if (variant && variant !== 'zh' && !wikiVariant && !values.quiet) {
    process.stderr.write(`wikimark page: note: --variant ${values.variant} has no effect on a '${site.lang}' wiki: scripts are converted on Chinese wikis only (--lang zh)\n`);
  }
  let templates = null;
  if (values.templates) {
    try {
      templates = folderPageSource(site, values.templates);
    } catch (err) {
      process.stderr.write(`wikimark page: cannot read templates from ${values.templates}: ${ioReason(err)}\n`);
      return EXIT.NO_INPUT;
    }
  }

  const result = convertPage(wikitext, {
    site,
    title: values.title,
    attribution: values.attribution,
    frontMatter: values['front-matter'],
    images,
    variant: wikiVariant,
    templates,
    now,
    // The rule of `convert` (own-templates.ts), so that page previews what the mirror writes: on a
    // Wikimedia wiki the built-in handlers win; elsewhere the folder's text does, except where it
    // calls Lua (`#invoke`), which the engine does not run — zhwiki's {{化學式}} is
    // `{{#invoke:Chemicals|formula}}`, and as folder text it dropped 甲烷's formula.
    // `--prefer-templates` keeps the folder's text first everywhere: MediaWiki's parser tests define
    // their own {{bullet}}, {{pre}} … which the built-in handlers of the same names would replace.
    expansion: {
      preferExpansion: values['prefer-templates'] && templates ? 'all' : ownTemplatesOf(site, templates),
      missingTemplates: missing,
    },
  });
  // A reader that stops early (`| head`) is no error; a full disk is: one line, exit 4, no stack.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') return;
    process.stderr.write(`wikimark page: cannot write standard output: ${ioReason(err)}\n`);
    process.exitCode = EXIT.OUTPUT;
  });
  process.stdout.write(result.markdown);
  if (!values.quiet) {
    const where = values.title ?? (file === '-' ? 'stdin' : file);
    for (const w of result.warnings) {
      process.stderr.write(`wikimark page: warning: ${where}${w.offset !== undefined ? `@${w.offset}` : ''}: ${w.message}\n`);
    }
  }
  if (values.meta) {
    try {
      writeFileSync(values.meta, JSON.stringify(result.meta, null, 2) + '\n');
    } catch (err) {
      process.stderr.write(`wikimark page: cannot write ${values.meta}: ${ioReason(err)}\n`);
      return EXIT.OUTPUT;
    }
  }
  return EXIT.OK;
}

/** The site of an XML export, read from its header only (the pages are not read). */
async function siteOfExport(file: string, uploadBase: string | undefined): Promise<SiteConfig> {
  const reader = await DumpReader.open(file);
  try {
    return siteFromInfo(reader.siteInfo, { uploadBase });
  } finally {
    await reader.close();
  }
}
