/**
 * The Markdown writer: a document tree → GitHub-Flavoured Markdown.
 *
 * Choices (see also the module comments of inline.ts, block.ts, table.ts, attrs.ts):
 * - Line breaks are `<br>` (followed by a newline inside paragraphs): it works in every reader,
 *   in table cells and in headings, where trailing spaces or `\` do not.
 * - Definition lists (`;` `:`) are HTML `<dl>` — GitHub indents `<dd>` like MediaWiki does, and
 *   readers count their items; content needing Markdown goes between blank lines in the tag.
 * - Tables are pipe tables only when exact, else HTML (cells with footnotes keep Markdown).
 * - HTML attributes: MediaWiki's per-element list, minus what GitHub strips (style, class, …).
 */
import type { Document } from '../ast/nodes.js';
import { MdWriter } from './block.js';
import { encodeDestination, escapeText, F_LABEL, F_LINE } from './escape.js';
import { attributionWords, categoryWords } from './labels.js';
import { isSafeUrl } from './attrs.js';
import { type MarkdownOptions, resolveOptions, type FrontMatter } from './types.js';

export type { MarkdownOptions } from './types.js';

export function writeMarkdown(doc: Document, options?: MarkdownOptions): string {
  const opts = resolveOptions(options);
  const w = new MdWriter(opts);
  if (opts.frontMatter) w.out.push(frontMatter(opts.frontMatter));
  if (opts.attribution) {
    const a = opts.attribution;
    const [before, after] = attributionWords(a.lang ?? opts.lang);
    w.line(`> ${before}${linkTo(a.title, a.url)}${after}`);
    w.lastKind = 'quote';
  }
  w.blocks(doc.children);
  w.flushDeferred();
  if (opts.categories.length) {
    const [label, sep] = categoryWords(opts.lang);
    const links = opts.categories.map((c) => linkTo(c.name, c.href));
    w.startBlock('p');
    w.line(`**${label}**${sep}${links.join(' · ')}`);
    w.lastKind = 'p';
  }
  const s = w.out.join('');
  return s === '' ? '' : s;
}

function linkTo(text: string, href: string | null | undefined): string {
  const label = escapeText(text, F_LINE | F_LABEL, false).text;
  if (!href || !isSafeUrl(href)) return label;
  return `[${label.charCodeAt(0) === 94 ? '\\' + label : label}](${encodeDestination(href)})`;
}

/** A YAML double-quoted scalar: JSON's escapes plus the characters YAML refuses raw. */
export function yamlString(s: string): string {
  const wellFormed = s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  return JSON.stringify(wellFormed).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

function frontMatter(f: FrontMatter): string {
  let out = `---\ntitle: ${yamlString(f.title)}\nsource: ${yamlString(f.source)}\n`;
  if (f.categories.length === 0) out += 'categories: []\n';
  else {
    out += 'categories:\n';
    for (const c of f.categories) out += `  - ${yamlString(c)}\n`;
  }
  return out + '---\n\n';
}
