/**
 * A small stand-in for the preprocessor, for tests only: find every `{{template|…}}` call in a
 * page (nested ones too) and split its arguments the way MediaWiki does (top-level pipes; `=`
 * makes a named argument, trimmed; positional values untrimmed). Parser functions and magic
 * words (`{{#if:…}}`, `{{DEFAULTSORT:…}}`) are skipped.
 */
import type { TemplateCall } from '../../src/templates/types.js';

function stripComments(s: string): string {
  return s.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
}

/** Index just after the `}}` closing the `{{` at `start`, or -1. */
function matchClose(s: string, start: number): number {
  let depth = 0;
  for (let i = start; i < s.length - 1; i++) {
    if (s[i] === '{' && s[i + 1] === '{') {
      depth++;
      i++;
    } else if (s[i] === '}' && s[i + 1] === '}') {
      depth--;
      i++;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** Split at top-level `|` (outside nested `{{ }}` and `[[ ]]`). */
function splitParts(s: string): string[] {
  const parts: string[] = [];
  let braces = 0;
  let brackets = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const n = s[i + 1];
    if (c === '{' && n === '{') { braces++; i++; }
    else if (c === '}' && n === '}') { braces = Math.max(0, braces - 1); i++; }
    else if (c === '[' && n === '[') { brackets++; i++; }
    else if (c === ']' && n === ']') { brackets = Math.max(0, brackets - 1); i++; }
    else if (c === '|' && braces === 0 && brackets === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

/** Position of a top-level `=` in an argument, or -1. */
function topLevelEquals(s: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if ((c === '{' || c === '[') && s[i + 1] === c) { depth++; i++; }
    else if ((c === '}' || c === ']') && s[i + 1] === c) { depth--; i++; }
    else if (c === '=' && depth === 0) return i;
    else if (c === '<' && depth === 0) return -1; // `<ref name=x>` inside a positional value
  }
  return -1;
}

export function extractCalls(wikitext: string): TemplateCall[] {
  const out: TemplateCall[] = [];
  const text = stripComments(wikitext);
  const scan = (s: string, base: number): void => {
    for (let i = 0; i < s.length - 1; i++) {
      if (s[i] !== '{' || s[i + 1] !== '{') continue;
      if (s[i + 2] === '{' && s[i + 3] !== '{') continue; // {{{argument}}}
      const end = matchClose(s, i);
      if (end < 0) return;
      const inner = s.slice(i + 2, end - 2);
      const parts = splitParts(inner);
      const name = parts[0]!.trim();
      const isFunction = name.startsWith('#') || /^[A-Z]+:/.test(name) || name === '';
      if (!isFunction) {
        const args = new Map<string, string>();
        let n = 0;
        for (const p of parts.slice(1)) {
          const eq = topLevelEquals(p);
          if (eq >= 0) args.set(p.slice(0, eq).trim(), p.slice(eq + 1).trim());
          else args.set(String(++n), p);
        }
        const lineStart = i === 0 || s[i - 1] === '\n';
        out.push({ name: name.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()), args, offset: base + i, lineStart });
      }
      scan(inner, base + i + 2);
      i = end - 1;
    }
  };
  scan(text, 0);
  return out;
}
