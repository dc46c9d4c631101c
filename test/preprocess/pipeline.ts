/**
 * What a reader sees: Markdown rendered by markdown-it (with footnotes and inline HTML, as
 * ../shared/tools/wikiscore/ptscore.mjs renders it), and a signature of an HTML fragment the way
 * ptscore compares: visible text, link labels, bold and italic spans, counts of headings, list
 * items, table cells and pre blocks.
 */
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { decodeEntities } from '../../src/site/entities.js';

const md = new MarkdownIt({ html: true }).use(footnote);
export const renderMarkdown = (markdown: string): string => md.render(markdown);

export interface Signature {
  text: string;
  links: string;
  bold: string;
  italic: string;
  counts: string;
}

const plain = (s: string): string => decodeEntities(s.replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ')).replace(/\s+/g, '');

/** What a reader sees in an HTML fragment. */
export function signature(htmlIn: string): Signature {
  const html = htmlIn
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<span class="mw-editsection">[\s\S]*?<\/span><\/span>/g, '')
    .replace(/<(style|script)\b[\s\S]*?<\/\1>/gi, '');
  const all = (re: RegExp, group: number) => [...html.matchAll(re)].map((m) => plain(m[group]!)).filter(Boolean).join('\u0001');
  const count = (re: RegExp) => (html.match(re) ?? []).length;
  return {
    text: plain(html),
    links: all(/<a\b[^>]*>([\s\S]*?)<\/a>/gi, 1),
    bold: all(/<(b|strong)\b[^>]*>([\s\S]*?)<\/\1>/gi, 2),
    italic: all(/<(i|em)\b[^>]*>([\s\S]*?)<\/\1>/gi, 2),
    counts: [count(/<h[1-6]\b/gi), count(/<li\b/gi) + count(/<d[dt]\b/gi), count(/<t[dh]\b/gi), count(/<pre\b/gi)].join(','),
  };
}

/** The criteria on which two signatures differ (empty when a reader sees the same). */
export function differences(expected: Signature, got: Signature): string[] {
  return (Object.keys(expected) as Array<keyof Signature>).filter((k) => expected[k] !== got[k]);
}
