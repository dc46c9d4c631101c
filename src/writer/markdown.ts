/**
 * The Markdown writer: a document tree → GitHub-Flavoured Markdown that GitHub, micromark and
 * markdown-it all read the same way (checked by the parse-back and property tests).
 *
 * Choices (details in the module comments of inline.ts, block.ts, table.ts, code.ts, attrs.ts):
 * - Line breaks are `<br />` (plus a newline inside paragraphs): it works in every reader, in
 *   table cells and in headings, where trailing spaces or `\` do not. Void elements are always
 *   written self-closed (`<br />`, `<img … />`, `<hr />`, `<wbr />`): the same HTML to GitHub,
 *   and valid JSX, so MDX readers (Docusaurus's default .md format) do not reject the page.
 * - Bold/italic are always `**`/`*`; where flanking rules would refuse a delimiter (`的**《书》**的`)
 *   an empty comment `<!-- -->` stands beside it. Inner spans whose opener could close the outer
 *   one fall back to `<b>`/`<i>`.
 * - Definition lists (`;` `:`) are HTML `<dl>`: GitHub indents `<dd>` as MediaWiki does and
 *   readers count the items; content needing Markdown goes between blank lines in the tag.
 * - Tables are pipe tables only when exact, else HTML; cells with footnotes or maths keep
 *   Markdown the same way. Infoboxes are two-column pipe tables.
 * - Maths: `$…$` / `$$` when the TeX holds nothing Markdown could touch, else `$`…`$` and
 *   ```` ```math ````. Chemistry: `\ce{…}`. Inline maths glued to text gets a space before it (and
 *   `$…$` one after it before a letter or digit): GitHub renders it only after whitespace.
 * - `<u>` is written `<ins>` (GitHub's sanitizer removes `<u>`); `<center>` in HTML a centred div.
 * - HTML attributes: MediaWiki's per-element list, minus what GitHub strips (style, class, …).
 *   An inline element hidden with `style="display:none"` (sort keys) is left out: without its
 *   style GitHub would show the hidden text.
 * - Footnote markers next to each other are written `[^1] [^2]`: GitHub shows each as a bare
 *   superscript number, so `[^1][^2]` would read as note 12.
 * - Link targets: with `readableUrls`, percent-escapes of non-ASCII letters are shown as the
 *   letters; whatever would break the destination (spaces, `<>`, unbalanced parentheses, `|`, `\`) is percent-encoded.
 * - Escaping: only what a reader would misread; a zh page has a handful of backslashes.
 * - Not escaped on purpose: GFM's autolink literals (`www.example.org` in text becomes a link on
 *   GitHub; the text itself is unchanged) and emoji shortcodes.
 */
import type { Document } from '../ast/nodes.js';
import { MdWriter } from './block.js';
import { encodeDestination } from './destination.js';
import { escapeText, F_LABEL, F_LINE } from './escape.js';
import { attributionWords, categoryWords } from './labels.js';
import { referenceSectionsLast } from './reference-sections.js';
import { isSafeUrl } from './attrs.js';
import { type MarkdownOptions, resolveOptions, type FrontMatter } from './types.js';

export type { MarkdownOptions } from './types.js';

export function writeMarkdown(doc: Document, options?: MarkdownOptions): string {
  const opts = resolveOptions(options);
  const w = new MdWriter(opts);
  if (opts.frontMatter) w.out += frontMatter(opts.frontMatter);
  if (opts.attribution) {
    const a = opts.attribution;
    const [before, after] = attributionWords(a.lang ?? opts.lang);
    w.line(`> ${before}${linkTo(a.title, a.url, opts.readableUrls)}${after}`);
    w.lastKind = 'quote';
  }
  const { body, tail } = referenceSectionsLast(doc.children);
  w.blocks(body);
  w.flushDeferred();
  if (opts.categories.length) {
    const [label, sep] = categoryWords(opts.lang);
    const links = opts.categories.map((c) => linkTo(c.name, c.href, opts.readableUrls));
    w.startBlock('p');
    w.line(`**${label}**${sep}${links.join(' · ')}`);
    w.lastKind = 'p';
  }
  if (tail.length) {
    w.blocks(tail);
    w.flushDeferred();
  }
  return w.out;
}

function linkTo(text: string, href: string | null | undefined, readable: boolean): string {
  const label = escapeText(text, F_LINE | F_LABEL, false).text;
  if (!href || !isSafeUrl(href)) return label;
  return `[${label.charCodeAt(0) === 94 ? '\\' + label : label}](${encodeDestination(href, readable)})`;
}

/**
 * A YAML double-quoted scalar: JSON's escapes plus the characters YAML refuses raw, and `< > [ ]`
 * as `\u` escapes: a renderer that does not know front matter reads it as Markdown, where they
 * could open a tag or a link. No MediaWiki title holds them, so titles and categories read as
 * before; a `source` whose wiki address has an IPv6 host (`http://[::1]/wiki/X`) shows `\u005b`.
 */
export function yamlString(s: string): string {
  const wellFormed = s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  return JSON.stringify(wellFormed).replace(/[\u007f-\u009f\u2028\u2029\ufeff<>[\]]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
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
