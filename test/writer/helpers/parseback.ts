/**
 * Parse-back: render Markdown with markdown-it (+footnote) and micromark (+GFM) and read what a
 * person sees — headings, list items, table cells, footnote markers and definitions, links,
 * bold and italic spans, images, visible text.
 */
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

const mdit = new MarkdownIt({ html: true }).use(footnote);

export function renderMarkdownIt(md: string): string {
  return mdit.render(md);
}

export function renderMicromark(md: string): string {
  return micromark(md, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
}

export interface Signature {
  headings: string[];
  items: number;
  dt: number;
  dd: number;
  cells: number;
  fnRefs: number;
  fnDefs: string[];
  links: string[];
  strong: string[];
  em: string[];
  images: string[];
  text: string;
}

const ENT: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENT[e] ?? m;
  });
}

function uri(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}

const squash = (s: string): string => s.replace(/\s+/g, '');

/** Read an HTML rendering the way a reader's eye does. */
export function signature(htmlText: string): Signature {
  const sig: Signature = { headings: [], items: 0, dt: 0, dd: 0, cells: 0, fnRefs: 0, fnDefs: [], links: [], strong: [], em: [], images: [], text: '' };
  const re = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)|</g;
  let text = '';
  let inFootnotes = 0;
  let skip = 0; // inside a footnote marker or back-reference
  let defText: string | null = null;
  let defDepth = 0;
  const open: Array<{ tag: string; start: number; kind: string }> = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(htmlText))) {
    if (m[4] !== undefined || m[0] === '<') {
      const v = m[4] !== undefined ? decode(m[4]) : '<';
      if (skip) continue;
      if (defText !== null) defText += v;
      else if (!inFootnotes) text += v;
      continue;
    }
    if (m[2] === undefined) continue; // comment
    const closing = m[1] === '/';
    const tag = m[2].toLowerCase();
    const attrs = m[3] ?? '';
    if (!closing) {
      const href = /\bhref="([^"]*)"/.exec(attrs)?.[1];
      if (tag === 'section' && /footnotes/.test(attrs)) inFootnotes++;
      else if (tag === 'li' && inFootnotes) {
        if (defDepth++ === 0) defText = '';
      }
      else if (/^h[1-6]$/.test(tag) && !/footnote-label/.test(attrs)) open.push({ tag, start: text.length, kind: 'h' + tag[1] });
      else if (tag === 'h2') skip++, open.push({ tag, start: 0, kind: 'skip' });
      else if (tag === 'li') sig.items++;
      else if (tag === 'dt') sig.dt++;
      else if (tag === 'dd') sig.dd++;
      else if (tag === 'td' || tag === 'th') sig.cells++;
      else if (tag === 'a' && href !== undefined && (/data-footnote-ref/.test(attrs) || /^#fn\d/.test(href) && !/backref/.test(attrs))) {
        sig.fnRefs++;
        skip++;
        open.push({ tag, start: 0, kind: 'skip' });
      } else if (tag === 'a' && (/backref/.test(attrs))) {
        skip++;
        open.push({ tag, start: 0, kind: 'skip' });
      } else if (tag === 'a' && href !== undefined) open.push({ tag, start: text.length, kind: 'a:' + uri(decode(href)) });
      else if (tag === 'strong' || tag === 'b') open.push({ tag, start: text.length, kind: 'strong' });
      else if (tag === 'em' || tag === 'i') open.push({ tag, start: text.length, kind: 'em' });
      else if (tag === 'img') sig.images.push(decode(/\bsrc="([^"]*)"/.exec(attrs)?.[1] ?? ''));
      if (tag === 'br' && !skip) {
        if (defText !== null) defText += '\n';
        else if (!inFootnotes) text += '\n';
      }
      continue;
    }
    if (tag === 'section' && inFootnotes) inFootnotes--;
    else if (tag === 'li' && inFootnotes && --defDepth === 0 && defText !== null) {
      sig.fnDefs.push(squash(defText));
      defText = null;
    }
    for (let k = open.length - 1; k >= 0; k--) {
      if (open[k]!.tag !== tag) continue;
      const o = open.splice(k, 1)[0]!;
      const inner = squash(text.slice(o.start));
      if (o.kind === 'skip') skip--;
      else if (o.kind === 'strong') sig.strong.push(inner);
      else if (o.kind === 'em') sig.em.push(inner);
      else if (o.kind.startsWith('a:')) sig.links.push(`${o.kind.slice(2)} ${inner}`);
      else if (o.kind.startsWith('h')) sig.headings.push(`${o.kind.slice(1)} ${inner}`);
      break;
    }
  }
  sig.text = squash(text);
  return sig;
}

/** Both renderings of a Markdown text, read back. */
export function parseBack(md: string): { markdownIt: Signature; micromark: Signature } {
  return { markdownIt: signature(renderMarkdownIt(md)), micromark: signature(renderMicromark(md)) };
}
