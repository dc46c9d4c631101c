/**
 * REPORT.md: the report (report.ts) as GitHub-Flavoured Markdown for a reader of the mirror, and the
 * options as the command-line flags that give them. Text from the dump is shown verbatim (text,
 * codeSpan): GitHub must make no markup, link or emoji of it.
 */
import { BAD_PAGES_LISTED, BAD_PAGES_SHOWN, describeProblem } from './bad-pages.js';
import type { FeedMode } from './convert-feed.js';
import type { Report, ReportOptions, RunTimings } from './report.js';
import { DEFAULT_NAMESPACES, defaultAttribution } from './types.js';
import { escapeString, F_LINE, F_TABLE } from '../writer/escape.js';
import { shellWord } from '../cli/args.js';

/**
 * Text from the dump (titles, template names, messages quoting them) as GitHub shows it verbatim:
 * the writer's own escaping, on one line (`$…$` would be maths, `*`, `_`, `[`, `<` markup, a
 * trailing backslash would escape the cell's `|`, a newline would end the row), and no link made
 * of it (notLinked).
 */
function text(s: string, inTable = false): string {
  // An e-mail address is linked by GitHub whatever escapes or entities it holds (cmark-gfm finds
  // them in the text after those are read), and an emoji shortcode (`:x:`) becomes the emoji the
  // same way, so text holding either is shown as code.
  if (EMAIL_LIKE.test(s) || SHORTCODE_LIKE.test(s)) return inTable ? codeSpan(s).replace(/\|/g, '\\|') : codeSpan(s);
  return notLinked(escapeString(s, inTable ? F_LINE | F_TABLE : F_LINE, false));
}

/** Something GitHub would link as an e-mail address (a little more than it does: the cost is a code span). */
const EMAIL_LIKE = /[A-Za-z0-9._+-]@[A-Za-z0-9._-]*\.[A-Za-z0-9_-]/;

/** Something GitHub would show as an emoji (`:x:`, `:+1:`; any such word, named emoji or not). */
const SHORTCODE_LIKE = /:[a-z0-9_+-]+:/;

/**
 * Escaped text in which GFM's autolink literals start no link (`http://`, `https://`, `ftp://`,
 * `www.`, in any case: what GitHub's cmark-gfm or micromark link): a backslash before the
 * scheme's `:` or the dot after `www`, which every CommonMark reader drops, so a reader sees the
 * same text. A bare URL in a report is a title or a template's name, not an address to follow.
 */
function notLinked(escaped: string): string {
  return escaped.replace(AUTOLINK_START, (m, scheme: string | undefined) => (scheme ? scheme + '\\://' : m.slice(0, 3) + '\\.'));
}

const AUTOLINK_START = /(https?|ftp):\/\/|www\./gi;

/**
 * A code span holding `s` whatever backticks it has (CommonMark: a longer fence, spaces inside).
 * A space goes inside each end when `s` starts or ends with a backtick, and also when it starts
 * and ends with a space: CommonMark takes one space off each end then (unless all are spaces).
 */
function codeSpan(s: string): string {
  const one = s.replace(/[\r\n]+/g, ' ');
  let longest = 0;
  for (const run of one.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const spaced = one.startsWith(' ') && one.endsWith(' ') && one.trim() !== '';
  const pad = one.startsWith('`') || one.endsWith('`') || spaced ? ' ' : '';
  return `${fence}${pad}${one}${pad}${fence}`;
}

function table(head: string[], rows: Array<Array<string | number>>): string {
  const esc = (v: string | number) => (typeof v === 'number' ? String(v) : text(v, true));
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
}

const FEED_LABEL: Record<FeedMode, string> = {
  stream: 'each worker decoding its own bz2 streams (multistream index)',
  located: 'each worker reading its pages by byte offset',
  sequential: 'the main thread decoding the dump a second time',
  none: 'nothing to convert',
};

/**
 * The options as the command-line flags that give them, defaults left out ("defaults" when all
 * are): what a reader of the report needs to know about the mirror, and what a rerun must repeat.
 */
export function optionFlags(o: ReportOptions, lang: string): string {
  const flags = optionArgs(o, lang);
  // As a shell takes them, in one code span whatever they hold (an --upload-base may hold a backtick).
  return flags.length ? codeSpan(flags.map(shellWord).join(' ')) : 'defaults';
}

/** optionFlags as command-line words (a flag, then its value as one word). */
export function optionArgs(o: ReportOptions, lang: string): string[] {
  return givenOptionArgs({ ...o, attribution: o.attribution === defaultAttribution(lang) ? undefined : o.attribution });
}

/**
 * The same words for options as a run was given them, before the wiki (and so its default
 * attribution) is known: `attribution` undefined when neither flag was given.
 */
export function givenOptionArgs(o: Omit<ReportOptions, 'attribution'> & { attribution: boolean | undefined }): string[] {
  const flags: string[] = [];
  const list = (ns: readonly number[]) => ns.join(',');
  // In any order: --namespaces 14,0 is the default too.
  const sorted = (ns: readonly number[]) => list([...ns].sort((a, b) => a - b));
  if (sorted(o.namespaces) !== sorted(DEFAULT_NAMESPACES)) flags.push('--namespaces', list(o.namespaces));
  if (o.rawNamespaces.length) flags.push('--raw-namespaces', list(o.rawNamespaces));
  if (o.minSize > 0) flags.push('--min-size', String(o.minSize));
  if (o.variant) flags.push('--variant', o.variant);
  if (o.images !== 'embed') flags.push('--images', o.images);
  if (o.uploadBase !== undefined) flags.push('--upload-base', o.uploadBase);
  if (o.attribution !== undefined) flags.push(o.attribution ? '--attribution' : '--no-attribution');
  if (o.frontMatter) flags.push('--front-matter');
  if (!o.expandTemplates) flags.push('--no-templates');
  return flags;
}

/** Rows of the run table saying which workers were lost (RunTimings.workerLosses). */
function workerLossRows(losses: NonNullable<RunTimings['workerLosses']>): Array<[string, string | number]> {
  const rows: Array<[string, string | number]> = [['conversion workers that died mid-run (replaced)', losses.died]];
  for (const place of losses.placesGivenUp) {
    rows.push([`worker place given up (no worker could be started again in it)`, `${place.reason}; went on with ${place.workersLeft} worker${place.workersLeft === 1 ? '' : 's'}`]);
  }
  return rows;
}

/**
 * What a reader of the report can do with the mirror now, as commands to run: REPORT.md is where
 * the CLI sends the user, and its figures alone leave "and now?" open. OUTDIR stands for this
 * folder (the report is read from inside it, wherever it was moved).
 */
function nextSteps(r: Report): string[] {
  const options = optionArgs(r.options, r.site.lang).map(shellWord).join(' ');
  const rerun = (dump: string) => codeSpan(`wikimark convert ${dump} -o OUTDIR${options ? ` ${options}` : ''}`);
  const steps = [
    `- Read and search it in a browser: ${codeSpan('wikimark serve OUTDIR')} (OUTDIR: this folder; ${codeSpan('wikimark')}: the command that made it, such as ${codeSpan('npx wikimark')} or, in a clone, ${codeSpan('node dist/src/cli/main.js')}).`,
  ];
  if (r.truncated) {
    steps.push(`- The dump is cut off: run ${rerun('COMPLETE-DUMP')} on a complete copy; the pages already written are kept unless they, or pages they depend on, changed.`);
  }
  const asSource = r.failedPages.count - r.failedPages.namesRefused;
  if (r.damagedPages.count || asSource) {
    steps.push('- Check in the wiki the pages listed below as damaged in the dump (skipped, or converted from what could be read) or as failed (written as their wikitext).');
  }
  if (r.failedPages.namesRefused) {
    // Not written at all: no check in the wiki helps; a file system that takes the names does.
    const n = r.failedPages.namesRefused;
    steps.push(`- ${n === 1 ? 'One file was' : `${n} files were`} not written because the file system refuses ${n === 1 ? 'its name' : 'their names'} (listed below): move OUTDIR to a file system that takes ${n === 1 ? 'it' : 'them'} (most Linux ones take names up to 255 bytes), then run ${rerun('DUMP')} again; the run writes ${n === 1 ? 'that file' : 'those files'} (and whatever changed).`);
  }
  steps.push(`- When a newer dump is out: ${rerun('NEWER-DUMP')} rewrites what changed and the pages that depend on it (keep the options as here).`);
  steps.push('- To publish it (GitHub, Docusaurus, Jekyll): docs/publishing.md in the Wikimark repository.');
  return steps;
}

/**
 * What became of the redirects whose target is not in the dump: a stub linking to the live wiki,
 * or, in a namespace not converted, nothing ("their stubs" said so of all of them before).
 */
function brokenStubs(redirects: Report['redirects']): string {
  const { broken, brokenWithStub, brokenInRaw = 0 } = redirects;
  if (brokenWithStub === undefined || brokenWithStub === broken) return 'their stubs link to the live wiki';
  const noStub = (n: number, why: string) => `${n === 1 ? 'one has' : `${n} have`} no stub, ${n === 1 ? 'its' : 'their'} namespace ${why}`;
  const other = broken - brokenWithStub - brokenInRaw;
  const rest = [
    ...(brokenInRaw ? [noStub(brokenInRaw, 'being kept as raw wikitext, which writes no redirect files')] : []),
    ...(other ? [noStub(other, 'not being converted')] : []),
  ].join('; ');
  return brokenWithStub === 0 ? rest : `the stubs of ${brokenWithStub} link to the live wiki; ${rest}`;
}

/**
 * Pages per namespace: every namespace of the dump with its pages and redirects beside the pages
 * converted, so that "pages in the dump" is accounted for; a report without the dump's counts
 * (an older build's) has the converted pages alone.
 */
function namespaceTable(r: Report, nsLabel: (ns: string) => string): string {
  const dump = r.dumpPagesPerNamespace;
  if (!dump) return table(['namespace', 'pages'], Object.entries(r.pagesPerNamespace).map(([ns, n]) => [nsLabel(ns), n]));
  const all = [...new Set([...Object.keys(dump), ...Object.keys(r.pagesPerNamespace)])].sort((a, b) => Number(a) - Number(b));
  // With --raw-namespaces, a column of the .wikitext files beside the converted pages.
  const raw = r.options.rawNamespaces.length ? r.rawPerNamespace : undefined;
  return table(
    ['namespace', 'in the dump', 'of them redirects', 'converted', ...(raw ? ['raw wikitext files'] : [])],
    all.map((ns) => [nsLabel(ns), dump[ns]?.pages ?? 0, dump[ns]?.redirects ?? 0, r.pagesPerNamespace[ns] ?? 0, ...(raw ? [raw[ns] ?? 0] : [])]),
  );
}

export function reportMarkdown(r: Report): string {
  const out: string[] = [];
  out.push(`# Wikimark mirror report`, '');
  const dump = r.dump === '-' ? 'standard input' : codeSpan(r.dump);
  // The wiki's address as code: as text its colon was escaped (`https\\://…`), which a reader of the
  // file itself, the first one a user opens, saw as written.
  out.push(`Dump: ${dump} (${text(`${r.site.siteName}, ${r.site.lang}`)}, ${codeSpan(r.site.articleBase)})`, '');
  out.push(`Options: ${optionFlags(r.options, r.site.lang)}`, '');
  if (r.truncated) {
    // The message is the CLI's line ("dump truncated at byte N …"); the heading already names the dump.
    const where = r.truncated.message.replace(/^dump truncated /, '');
    out.push(`**The dump is truncated** ${text(where)}. Every complete page before that point was converted.`, '');
  }
  if (r.damagedPages.count) {
    out.push(`**${r.damagedPages.count} page${r.damagedPages.count === 1 ? ' is' : 's are'} damaged in the dump** (listed below); every other page was converted.`, '');
  }
  out.push('## Summary', '');
  out.push(
    table(
      ['what', 'count'],
      [
        ['pages in the dump', r.pagesInDump],
        ...(r.pagesOfOtherNamespaces ? [['pages of namespaces not converted (no file: see Pages per namespace)', r.pagesOfOtherNamespaces]] : []),
        ...(r.redirectsOfRawNamespaces ? [['redirects of namespaces kept as raw wikitext (no file: only their pages are kept)', r.redirectsOfRawNamespaces]] : []),
        ['Markdown pages', r.files.pages],
        ...(r.options.minSize > 0 ? [[`pages left out as shorter than ${r.options.minSize} characters (--min-size)`, r.skippedShort]] : []),
        ['category files', r.files.categories],
        ['redirect stubs', r.files.redirects],
        ['raw wikitext files', r.files.raw],
        ['names suffixed for case-insensitive uniqueness', r.files.renamedForCase],
        ['warnings (pages with warnings)', `${r.warnings.total} (${r.warnings.pages})`],
        ['pages that needed the fallback path', r.fallbackPages.count],
        ['pages the converter failed on', r.failedPages.count],
        ['files removed (pages gone from the dump, categories left empty)', r.removedFiles - (r.removedLeftOut ?? 0)],
        ...(r.removedLeftOut ? [['files removed (pages of the dump the options now leave out)', r.removedLeftOut] as [string, number]] : []),
      ],
    ),
    '',
  );
  out.push('## What next', '', ...nextSteps(r), '');
  const nsLabel = (ns: string) => `${ns} (${ns === '0' ? 'main' : r.site.namespaceNames[ns] ?? '?'})`;
  out.push('## Pages per namespace', '', namespaceTable(r, nsLabel), '');
  out.push('## Redirects', '');
  // 'broken' in the index means the target is not in the dump; on a partial dump most such
  // targets exist on the wiki, and the stub links there, so the report says what happened.
  out.push(
    `${r.redirects.total} redirects: ${r.redirects.double} double (followed), ${r.redirects.broken} to pages not in the dump (${brokenStubs(r.redirects)}), ${r.redirects.loops} loops, ${r.redirects.tooLong} chains too long.`,
    '',
  );
  if (r.redirects.problems.length) {
    const problem = (status: string) => (status === 'broken' ? 'target not in the dump' : status);
    const shown = r.redirects.problems.slice(0, 100);
    out.push(table(['redirect', 'problem', 'chain'], shown.map((p) => [p.title, problem(p.status), p.chain.join(' → ')])), '');
    if (r.redirects.problems.length > shown.length) out.push(`… and ${r.redirects.problems.length - shown.length} more (report.json lists the first 1,000).`, '');
  }
  if (r.damagedPages.examples.length) {
    const shown = r.damagedPages.examples.slice(0, BAD_PAGES_SHOWN);
    // Each line begins "page at byte": no line-start marker to mind after the item's "- ".
    out.push('## Pages damaged in the dump', '', ...shown.map((p) => `- ${text(describeProblem(p, r.damagedPages.offsetsInDecompressedXml))}`), '');
    if (r.damagedPages.count > shown.length) out.push(`… and ${r.damagedPages.count - shown.length} more (report.json lists the first ${BAD_PAGES_LISTED.toLocaleString('en')}).`, '');
  }
  if (Object.keys(r.warnings.byCode).length) {
    out.push('## Warnings by code', '', table(['code', 'count'], Object.entries(r.warnings.byCode).sort((a, b) => b[1] - a[1])), '');
  }
  if (r.fallbackPages.examples.length) {
    out.push('## Pages that needed the fallback path', '', table(['page', 'constructs'], r.fallbackPages.examples.map((e) => [e.title, e.fallbacks.join(', ')])), '');
  }
  if (r.failedPages.examples.length) {
    const heading = r.failedPages.namesRefused ? 'Pages the converter failed on (written as source) or whose file name was refused (not written)' : 'Pages the converter failed on (written as source)';
    out.push(`## ${heading}`, '', table(['page', 'error'], r.failedPages.examples.map((e) => [e.title, e.error])), '');
  }
  out.push('## Top unhandled templates', '');
  out.push(r.unhandledTemplates.length ? table(['template', 'uses', 'pages'], r.unhandledTemplates.map((t) => [t.name, t.uses, t.pages])) : 'None.', '');
  const run = r.run;
  out.push('## This run', '');
  out.push(
    table(
      ['what', 'value'],
      [
        ['started', run.startedAt],
        ['elapsed', `${run.elapsedSeconds.toFixed(1)} s (index ${run.indexSeconds.toFixed(1)} s, convert ${run.convertSeconds.toFixed(1)} s, assemble ${run.composeSeconds.toFixed(1)} s)`],
        ['pages converted in this run', run.convertedThisRun],
        ['pages skipped (unchanged or already done)', run.skippedUnchanged],
        ...(run.dependentsRedone !== undefined ? [['unchanged pages redone: something they depend on changed (or their keys not recorded)', run.dependentsRedone] as [string, number]] : []),
        ['conversion throughput', `${run.pagesPerSecond} pages/s, ${run.megabytesPerSecond} MB/s of wikitext`],
        ['conversion workers started', run.jobs],
        ...(run.workerLosses ? workerLossRows(run.workerLosses) : []),
        ['bzip2 decoder', run.decoder],
        ['pages read by', run.indexMisfit && run.feed === 'stream' ? `${FEED_LABEL.stream}, and the main thread decoding the dump a second time for the pages the index misplaces` : FEED_LABEL[run.feed]],
        ...(run.indexMisfit ? [['multistream index', `${run.indexMisfit}`] as [string, string]] : []),
      ],
    ),
    '',
  );
  return out.join('\n');
}
