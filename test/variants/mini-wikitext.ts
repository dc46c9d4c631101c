/**
 * A deliberately small wikitext reader for the variant tests, standing in for the real parser:
 * `-{…}-` (nested) → VariantMarkup, `[[…]]` links and files, `'''`/`''`, a few HTML tags, entities.
 * Only what the language-converter cases use; not a general parser.
 */
import type { Block, Document, Inline } from '../../src/ast/nodes.js';
import { decodeEntities } from '../../src/site/entities.js';

/** Index just past the `}-` closing the `-{` at `start`, or -1. */
export function closeOfVariant(s: string, start: number): number {
  let depth = 0;
  for (let i = start; i < s.length - 1; i++) {
    if (s[i] === '-' && s[i + 1] === '{') {
      depth++;
      i++;
    } else if (s[i] === '}' && s[i + 1] === '-') {
      depth--;
      i++;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

export function miniInline(s: string): Inline[] {
  const out: Inline[] = [];
  let buf = '';
  const flush = (): void => {
    if (buf) out.push({ type: 'text', value: decodeEntities(buf) });
    buf = '';
  };
  let i = 0;
  while (i < s.length) {
    if (s.startsWith('-{', i)) {
      const end = closeOfVariant(s, i);
      if (end > 0) {
        flush();
        out.push({ type: 'variant', raw: s.slice(i + 2, end - 2) });
        i = end;
        continue;
      }
    }
    if (s.startsWith('<!--', i)) {
      const end = s.indexOf('-->', i);
      i = end < 0 ? s.length : end + 3;
      continue;
    }
    if (s.startsWith('[[', i)) {
      const end = s.indexOf(']]', i);
      if (end > 0) {
        flush();
        const inner = s.slice(i + 2, end);
        const parts = inner.split('|');
        const target = parts[0]!.trim();
        if (/^(file|image|文件):/i.test(target)) {
          out.push({ type: 'image', file: target.replace(/^[^:]*:/, ''), alt: '', caption: miniInline(parts.length > 1 ? parts[parts.length - 1]! : ''), link: null, format: 'thumb', width: null, height: null, align: null });
        } else if (!/^category:/i.test(target)) {
          out.push({ type: 'wikiLink', title: target, ns: 0, fragment: null, interwiki: null, children: miniInline(parts.length > 1 ? parts.slice(1).join('|') : target) });
        }
        i = end + 2;
        continue;
      }
    }
    const quotes = /^'''|^''/.exec(s.slice(i, i + 3));
    if (quotes) {
      const q = quotes[0];
      const end = s.indexOf(q, i + q.length);
      if (end > 0) {
        flush();
        const children = miniInline(s.slice(i + q.length, end));
        out.push(q.length === 3 ? { type: 'strong', children } : { type: 'emphasis', children });
        i = end + q.length;
        continue;
      }
    }
    const tag = /^<(span|code|b|i)((?:\s+[a-z]+="[^"]*")*)\s*>/.exec(s.slice(i));
    if (tag) {
      const close = `</${tag[1]}>`;
      const end = s.indexOf(close, i + tag[0].length);
      if (end > 0) {
        flush();
        const body = s.slice(i + tag[0].length, end);
        if (tag[1] === 'code') out.push({ type: 'inlineCode', value: body });
        else {
          const attrs: Record<string, string> = {};
          for (const m of tag[2]!.matchAll(/([a-z]+)="([^"]*)"/g)) attrs[m[1]!] = decodeEntities(m[2]!);
          out.push({ type: 'htmlInline', tag: tag[1]!, attrs, children: miniInline(body) });
        }
        i = end + close.length;
        continue;
      }
    }
    const other = /^<\/?[a-z]+(?:\s[^>]*)?\/?>/.exec(s.slice(i));
    if (other) {
      // Tags the reader does not see (the real parser keeps their meaning; here only text counts).
      i += other[0].length;
      continue;
    }
    buf += s[i];
    i++;
  }
  flush();
  return out;
}

/** `;term:def` → [term, def], splitting at the first colon outside `-{…}-` and links. */
function splitDefinition(line: string): [string, string | null] {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    if (line.startsWith('-{', i) || line.startsWith('[[', i)) {
      depth++;
      i++;
    } else if ((line.startsWith('}-', i) || line.startsWith(']]', i)) && depth > 0) {
      depth--;
      i++;
    } else if (line[i] === ':' && depth === 0) return [line.slice(0, i), line.slice(i + 1)];
  }
  return [line, null];
}

/**
 * Paragraphs split at blank lines; `==h==` headings; `<pre>` literal; list markers dropped;
 * `;term:def` split. Behaviour switches are removed and returned.
 */
export function miniDocument(src: string): { doc: Document; switches: string[] } {
  const children: Block[] = [];
  const switches: string[] = [];
  let para: string[] = [];
  const flush = (): void => {
    if (para.length) children.push({ type: 'paragraph', children: miniInline(para.join('\n')) });
    para = [];
  };
  const text = src.replace(/__([A-Z]+)__/g, (_m, name: string) => {
    switches.push(name);
    return '';
  });
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const pre = /^<pre>(.*?)<\/pre>$/.exec(line);
    const heading = /^(={1,6})(.+)\1\s*$/.exec(line);
    if (pre) {
      flush();
      children.push({ type: 'codeBlock', lang: null, value: pre[1]! });
    } else if (heading) {
      flush();
      children.push({ type: 'heading', level: heading[1]!.length as 1, children: miniInline(heading[2]!.trim()) });
    } else if (line.trim() === '') flush();
    else if (line.startsWith(';')) {
      flush();
      const [term, def] = splitDefinition(line.slice(1));
      para.push(term);
      flush();
      if (def !== null) para.push(def);
      flush();
    } else para.push(line.replace(/^[*#:]+\s*/, ''));
  }
  flush();
  return { doc: { type: 'document', children }, switches };
}
