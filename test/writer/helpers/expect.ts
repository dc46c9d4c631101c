/** What a reader should see for a document tree: the same shape as parseback.ts's Signature. */
import type { Block, Document, Inline } from '../../../src/ast/nodes.js';
import { texToInlines } from '../../../src/writer/math-label.js';
import type { Signature } from './parseback.js';

const squash = (s: string): string => s.replace(/\s+/g, '');

function uri(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}

export function expectedSignature(d: Document): Signature & { defs: Map<string, string> } {
  const sig = { headings: [] as string[], items: 0, dt: 0, dd: 0, cells: 0, fnRefs: 0, fnDefs: [] as string[], links: [] as string[], strong: [] as string[], em: [] as string[], images: [] as string[], text: '', defs: new Map<string, string>() };
  let text = '';
  const used = new Set<string>();

  const inl = (nodes: readonly Inline[], inLink = false): string => {
    let out = '';
    for (const n of nodes) {
      switch (n.type) {
        case 'text':
          out += n.value;
          break;
        case 'strong':
        case 'emphasis': {
          const s = inl(n.children, inLink);
          if (squash(s) !== '') (n.type === 'strong' ? sig.strong : sig.em).push(squash(s));
          out += s;
          break;
        }
        case 'wikiLink':
        case 'externalLink': {
          const s = inl(n.children, true);
          const href = n.type === 'wikiLink' ? n.href! : n.url;
          sig.links.push(`${uri(href)} ${squash(s)}`);
          out += s;
          break;
        }
        case 'inlineCode':
          out += n.value;
          break;
        case 'math': {
          // In link text: simple formulas as Unicode text, others as their TeX in code.
          const plain = inLink && !n.chem ? texToInlines(n.value) : null;
          if (plain) out += inl(plain, true);
          else out += inLink ? n.value.trim() : '$' + n.value + '$';
          break;
        }
        case 'htmlInline':
          out += inl(n.children, inLink);
          break;
        case 'footnoteRef':
          if (n.label) {
            sig.fnRefs++;
            used.add(n.label);
          }
          break;
        default:
          break;
      }
    }
    return out;
  };

  const blocks = (list: readonly Block[]): void => {
    for (const b of list) {
      switch (b.type) {
        case 'paragraph':
          text += inl(b.children);
          break;
        case 'heading': {
          const s = inl(b.children);
          sig.headings.push(`${b.level} ${squash(s)}`);
          text += s;
          break;
        }
        case 'list':
          for (const item of b.items) {
            sig.items++;
            blocks(item.children);
          }
          break;
        case 'definitionList':
          for (const item of b.items) {
            if (item.type === 'definitionTerm') {
              sig.dt++;
              text += inl(item.children);
            } else {
              sig.dd++;
              blocks(item.children);
            }
          }
          break;
        case 'blockquote':
        case 'htmlBlock':
          blocks(b.children);
          break;
        case 'codeBlock':
          text += b.value;
          break;
        case 'table':
          if (b.caption) text += inl(b.caption);
          for (const r of b.rows) {
            for (const c of r.cells) {
              sig.cells++;
              blocks(c.children);
            }
          }
          break;
        case 'references':
          for (const def of b.list ?? []) {
            const saved = text;
            text = '';
            blocks(def.children);
            sig.defs.set(def.label, squash(text) || def.name || def.label);
            text = saved;
          }
          break;
        default:
          break;
      }
    }
  };
  blocks(d.children);
  sig.text = squash(text);
  sig.fnDefs = [...used].map((l) => sig.defs.get(l) ?? '').sort();
  return sig;
}
