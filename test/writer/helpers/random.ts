/** Seeded random document trees with hostile text, for the property test. */
import type { Block, Document, Inline, TableCell } from '../../../src/ast/nodes.js';
import { mulberry32 } from '../../helpers/rng.js';

const PIECES = [
  'a', 'b', 'Z', '中', '文', '数学', ' ', ' ', '*', '_', '[', ']', '<', '>', '|', '#', '$', '`', '\\', '~', '&', '!', '-', '+', '=',
  '1', '.', ')', '(', '\n', '^', ':', '"', "'", '{', '}', '&amp;', '&#123;', '《', '》', '（', '）', '，', '。', 'C++', 'x_y', '**',
  '__', '~~', '<b>', '</i>', '<!--', '-->', '1. ', '- ', '> ', '# ', '    ', '|-|', '---', '===', '```', '$$', '[^a]', '![x](y)',
  '[l](u)', '<x@y>', '\u00a0', '\u3000', '€', '→',
];
const HREFS = ['./A.md', './中文 (消歧义).md', './a(b.md', 'https://zh.wikipedia.org/wiki/X_(y)', './C++.md', '#段落'];
const MATHS = ['x^2', 'a_1+b_2', '\\frac{1}{2}', '\\{a\\}', 'E=mc^2'];
const LABELS = ['a', 'b', 'c'];

export function generator(seed: number): () => Document {
  const r = mulberry32(seed);
  const int = (n: number): number => Math.floor(r() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const str = (): string => {
    let s = '';
    for (let i = 1 + int(5); i > 0; i--) s += pick(PIECES);
    return s;
  };
  const letters = (): Inline => ({ type: 'text', value: pick(['A', '链接', 'x y', 'Q']) });

  const inline = (depth: number, inLink: boolean, inStrong: boolean, inEm: boolean): Inline => {
    const k = int(depth > 2 ? 3 : 13);
    switch (k) {
      case 0: case 1: case 2:
        return { type: 'text', value: str() };
      case 3:
        return { type: 'break' };
      case 4:
        return inStrong ? { type: 'text', value: str() } : { type: 'strong', children: inlines(depth + 1, inLink, true, inEm) };
      case 5:
        return inEm ? { type: 'text', value: str() } : { type: 'emphasis', children: inlines(depth + 1, inLink, inStrong, true) };
      case 6:
        if (inLink) return { type: 'text', value: str() };
        return { type: 'wikiLink', title: 'T', ns: 0, fragment: null, interwiki: null, href: pick(HREFS), children: [letters(), ...inlines(depth + 1, true, inStrong, inEm)] };
      case 7:
        if (inLink) return { type: 'inlineCode', value: str() };
        return { type: 'externalLink', url: 'https://e.org/p?q=' + int(100), kind: 'labelled', children: [letters(), ...inlines(depth + 1, true, inStrong, inEm)] };
      case 8:
        return { type: 'inlineCode', value: str() };
      case 9:
        return { type: 'htmlInline', tag: pick(['sup', 'sub', 's', 'small', 'span', 'kbd']), attrs: int(2) ? { title: str() } : {}, children: inlines(depth + 1, inLink, inStrong, inEm) };
      case 10:
        return { type: 'footnoteRef', group: '', name: null, children: null, label: pick(LABELS) };
      case 11:
        return { type: 'math', value: pick(MATHS), display: false, chem: false };
      default:
        return { type: 'text', value: str() };
    }
  };
  const inlines = (depth: number, inLink = false, inStrong = false, inEm = false): Inline[] => {
    const out: Inline[] = [];
    for (let i = 1 + int(4); i > 0; i--) out.push(inline(depth, inLink, inStrong, inEm));
    return out;
  };

  const cell = (header: boolean, depth: number): TableCell => ({
    type: 'tableCell', header, rowspan: int(8) === 0 ? 2 : 1, colspan: int(8) === 0 ? 2 : 1, align: pick([null, null, 'left', 'center', 'right'] as const), attrs: {},
    children: int(6) === 0 && depth < 2 ? [block(depth + 1)] : [{ type: 'paragraph', children: inlines(1) }],
  });

  const block = (depth: number): Block => {
    const k = int(depth > 2 ? 2 : 10);
    switch (k) {
      case 0: case 1:
        return { type: 'paragraph', children: inlines(0) };
      case 2:
        return { type: 'heading', level: (1 + int(6)) as 1, children: inlines(1) };
      case 3: {
        const items = [];
        for (let i = 1 + int(3); i > 0; i--) {
          const children: Block[] = [];
          for (let j = int(3); j > 0; j--) children.push(block(depth + 1));
          items.push({ type: 'listItem' as const, children });
        }
        return { type: 'list', ordered: r() < 0.4, start: 1, items };
      }
      case 4:
        return { type: 'blockquote', children: [block(depth + 1), ...(int(2) ? [block(depth + 1)] : [])] };
      case 5: {
        const items: Array<{ type: 'definitionTerm'; children: Inline[] } | { type: 'definitionDescription'; children: Block[] }> = [];
        for (let i = 1 + int(3); i > 0; i--) {
          items.push(int(2) ? { type: 'definitionTerm', children: inlines(1) } : { type: 'definitionDescription', children: [block(depth + 1)] });
        }
        return { type: 'definitionList', items };
      }
      case 6: {
        const cols = 1 + int(3);
        const rows = [];
        for (let i = 1 + int(3); i > 0; i--) {
          const cells: TableCell[] = [];
          for (let j = 0; j < cols; j++) cells.push(cell(rows.length === 0 && int(4) !== 0, depth));
          rows.push({ type: 'tableRow' as const, attrs: {}, cells });
        }
        return { type: 'table', attrs: {}, caption: int(3) === 0 ? inlines(1) : null, rows };
      }
      case 7:
        return { type: 'codeBlock', lang: pick([null, 'js', 'a b']), value: str() + '\n' + str() };
      case 8:
        return { type: 'thematicBreak' };
      default:
        return { type: 'paragraph', children: inlines(0) };
    }
  };

  return (): Document => {
    const children: Block[] = [];
    for (let i = 1 + int(5); i > 0; i--) children.push(block(0));
    children.push({
      type: 'references', group: '', definitions: [],
      list: LABELS.map((label) => ({ label, group: '', name: null, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'note ' + label + ' ' + str() }] }] })),
    });
    return { type: 'document', children };
  };
}

