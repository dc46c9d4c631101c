/**
 * Token stream → nested inline nodes. A stack of open frames (bold, italic, inline HTML tags)
 * receives children. Misnested closes are repaired the way HTML parsers do it: the frames above
 * the one being closed are closed too and the formatting ones reopened after it. Quote frames end
 * at each line end (the resolver emits the closes); tag frames run to the end of the inline run.
 */
import type { Inline } from '../ast/nodes.js';
import { K, type Tok } from './tokens.js';
import type { BlockEscape, InlineOut } from './state.js';

interface Frame {
  /** 'b' / 'i' for apostrophes, else the HTML tag name. */
  kind: string;
  quote: boolean;
  attrs: Record<string, string> | null;
  children: InlineOut[];
}

/** Tags HTML reopens after a misnested close (its "formatting elements"). */
const FORMATTING = new Set(['b', 'i', 'u', 's', 'strike', 'em', 'strong', 'small', 'big', 'font', 'code', 'tt', 'sup', 'sub']);

function pushText(children: InlineOut[], s: string): void {
  if (s === '') return;
  const last = children[children.length - 1];
  if (last && last.type === 'text') last.value += s;
  else children.push({ type: 'text', value: s });
}

function isAllText(children: readonly InlineOut[]): boolean {
  for (const c of children) if (c.type !== 'text') return false;
  return true;
}

function frameToNodes(f: Frame): InlineOut[] {
  const children = f.children;
  switch (f.kind) {
    case 'b':
    case 'strong':
      return children.length === 0 ? [] : [{ type: 'strong', children: children as Inline[] }];
    case 'i':
    case 'em':
      return children.length === 0 ? [] : [{ type: 'emphasis', children: children as Inline[] }];
    case 'code':
    case 'tt':
      if (children.length === 0) return [];
      if (isAllText(children)) return [{ type: 'inlineCode', value: children.map((c) => (c as { value: string }).value).join('') }];
      return [{ type: 'htmlInline', tag: 'code', attrs: f.attrs ?? {}, children: children as Inline[] }];
    default: {
      const attrs = f.attrs ?? {};
      if (children.length === 0 && Object.keys(attrs).length === 0) return [];
      return [{ type: 'htmlInline', tag: f.kind, attrs, children: children as Inline[] }];
    }
  }
}

/**
 * Build nodes from resolved tokens. Block escapes can only live at the top level: open frames
 * are closed around them and reopened after.
 */
export function buildInline(toks: readonly Tok[]): InlineOut[] {
  const root: Frame = { kind: '', quote: false, attrs: null, children: [] };
  const stack: Frame[] = [root];
  let top = root;

  const closeTop = (): void => {
    const f = stack.pop()!;
    top = stack[stack.length - 1]!;
    for (const n of frameToNodes(f)) {
      if (n.type === 'text') pushText(top.children, n.value);
      else if (n.type === 'blocks') top.children.push(n);
      else top.children.push(n);
    }
  };
  const open = (kind: string, quote: boolean, attrs: Record<string, string> | null): void => {
    const f: Frame = { kind, quote, attrs, children: [] };
    stack.push(f);
    top = f;
  };
  /** Close the nearest frame matching, repairing misnesting; false when none is open. */
  const closeNamed = (kind: string, quote: boolean): boolean => {
    let at = -1;
    for (let j = stack.length - 1; j > 0; j--) {
      const f = stack[j]!;
      if (f.kind === kind && f.quote === quote) {
        at = j;
        break;
      }
    }
    if (at < 0) return false;
    const reopen: Frame[] = [];
    while (stack.length - 1 > at) {
      const f = top;
      if (f.quote || FORMATTING.has(f.kind)) reopen.push(f);
      closeTop();
    }
    closeTop();
    for (let j = reopen.length - 1; j >= 0; j--) open(reopen[j]!.kind, reopen[j]!.quote, reopen[j]!.attrs);
    return true;
  };

  for (const t of toks) {
    switch (t.k) {
      case K.Text:
        pushText(top.children, t.s);
        break;
      case K.Newline: {
        // Join lines: nothing after trailing whitespace, else the joiner chosen by the scanner.
        const last = top.children[top.children.length - 1];
        if (t.s !== '' && last && last.type === 'text' && /\s$/.test(last.value)) break;
        pushText(top.children, t.s);
        break;
      }
      case K.Node:
        top.children.push(t.node!);
        break;
      case K.TrimBefore: {
        const last = top.children[top.children.length - 1];
        if (last && last.type === 'text') {
          last.value = last.value.replace(/\s+$/, '');
          if (last.value === '') top.children.pop();
        }
        break;
      }
      case K.OpenB:
        open('b', true, null);
        break;
      case K.OpenI:
        open('i', true, null);
        break;
      case K.CloseB:
        closeNamed('b', true);
        break;
      case K.CloseI:
        closeNamed('i', true);
        break;
      case K.Both:
        if (t.n === 1) {
          open('b', true, null);
          open('i', true, null);
        } else if (t.n === 2) {
          open('i', true, null);
          open('b', true, null);
        }
        break;
      case K.Open:
        open(t.tag, false, t.attrs);
        break;
      case K.Close:
        closeNamed(t.tag, false);
        break;
      case K.Blocks: {
        const saved: Frame[] = [];
        while (stack.length > 1) {
          saved.push(top);
          closeTop();
        }
        const escape: BlockEscape = { type: 'blocks', blocks: t.blocks! };
        root.children.push(escape);
        for (let j = saved.length - 1; j >= 0; j--) open(saved[j]!.kind, saved[j]!.quote, saved[j]!.attrs);
        break;
      }
      case K.Quote:
        // Unresolved run (resolver not applied): keep the apostrophes.
        pushText(top.children, "'".repeat(t.n));
        break;
    }
  }
  while (stack.length > 1) closeTop();
  return root.children;
}
