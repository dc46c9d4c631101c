/**
 * Footnotes: give every `<ref>` a label in first-use order, merge named reuses, and hand each
 * reference list (`<references/>`, `{{reflist}}`) the definitions of its group used before it —
 * what Cite does. Definitions never come out empty: a ref without text gets Cite's error text.
 */
import type { Block, Document, FootnoteDefinition, FootnoteRef, Node, References } from '../ast/nodes.js';
import { plainText } from '../ast/nodes.js';
import { walk } from '../ast/walk.js';
import type { PageMeta } from '../engine/types.js';
import { takeFootnoteIndex } from './links.js';
import { COUNTER_STYLES } from '../ast/counters.js';

interface GroupState {
  pending: FootnoteDefinition[];
  byName: Map<string, FootnoteDefinition>;
  count: number;
}

/** Groups named like a counter style are labelled in it (`lower-alpha` → a, b, c), as Cite does. */
const ALPHA_GROUPS = COUNTER_STYLES;

/** Footnote labels may not hold whitespace or brackets in GFM. */
function labelSafe(group: string): string {
  return group.replace(/[\s[\]^\\]+/g, '-');
}

const MISSING_TEXT: Record<string, (name: string) => string> = {
  zh: (name) => `引用错误：没有为名为“${name}”的参考文献提供内容`,
  ja: (name) => `出典エラー：「${name}」という名前の注釈に対するテキストが指定されていません`,
  ko: (name) => `인용 오류: "${name}"이라는 이름의 각주에 내용이 없습니다`,
  uk: (name) => `Помилка цитування: для виноски «${name}» не вказано тексту`,
  en: (name) => `Cite error: no text was given for the reference named "${name}"`,
};

/**
 * An unnamed reference left without text — its body was only templates that were dropped
 * (`<ref>{{OED|ampersand}}</ref>` with no OED template) — has no name to report; the wiki, when
 * a ref's body expands to nothing, says that a ref without a name needs content.
 */
const UNNAMED_EMPTY_TEXT: Record<string, string> = {
  zh: '引用错误：没有名称的参考文献必须有内容',
  ja: '出典エラー：name 属性のない注釈には内容が必要です',
  ko: '인용 오류: 이름이 없는 각주에는 내용이 있어야 합니다',
  uk: 'Помилка цитування: виноска без назви мусить мати текст',
  en: 'Cite error: a reference without a name must have content',
};

function hasContent(blocks: Block[] | null | undefined): blocks is Block[] {
  if (!blocks) return false;
  for (const b of blocks) {
    if (b.type !== 'paragraph') return true;
    for (const n of b.children) {
      if (n.type === 'text') {
        if (n.value.trim() !== '') return true;
      } else if (n.type !== 'break' && n.type !== 'dropped') return true;
    }
  }
  return false;
}

/**
 * The numbering state of one page. Its methods live on the prototype rather than in closures made
 * per page: V8 holds a closure's optimised code weakly, so per-page closures lost it at every full
 * GC and were compiled again on the next page.
 */
class FootnoteNumbering {
  readonly groups = new Map<string, GroupState>();
  readonly labels = new Set<string>();
  /** List-defined references (`<references><ref name=x>…</ref></references>`), by group and name. */
  readonly listDefined = new Map<string, Block[]>();
  readonly lists: References[] = [];
  /** Whether the node visited stands in a footnote's content; null when walking without the index (then it is searched for). */
  inFootnote: boolean | null = null;

  visit(node: Node): void | 'skip' {
    if (node.type === 'footnoteRef') return this.useRef(node);
    if (node.type === 'references') return this.place(node);
  }

  state(group: string): GroupState {
    let g = this.groups.get(group);
    if (!g) this.groups.set(group, (g = { pending: [], byName: new Map(), count: 0 }));
    return g;
  }

  newLabel(group: string, g: GroupState): string {
    g.count++;
    const make = ALPHA_GROUPS[group];
    let label = group === '' ? String(g.count) : make ? make(g.count) : `${labelSafe(group)}-${g.count}`;
    while (this.labels.has(label)) label += '_';
    this.labels.add(label);
    return label;
  }

  useRef(ref: FootnoteRef): void | 'skip' {
    const g = this.state(ref.group);
    if (ref.name) {
      const known = g.byName.get(ref.name);
      if (known) {
        ref.label = known.label;
        if (!hasContent(known.children) && hasContent(ref.children)) {
          known.children = ref.children;
          return; // visit the content now, it is the definition
        }
        return 'skip'; // a repeated body is not a second definition
      }
    }
    const def: FootnoteDefinition = { label: this.newLabel(ref.group, g), group: ref.group, name: ref.name, children: ref.children ?? [] };
    ref.label = def.label;
    g.pending.push(def);
    if (ref.name) g.byName.set(ref.name, def);
  }

  place(refs: References): 'skip' {
    // A list inside the content of a footnote (`{{efn|…{{notelist}}}}`; Cite shows such a nested
    // tag as text): taking that footnote in, it would be printed nowhere. It lists nothing; its
    // footnotes wait for the next list or the end of the page.
    if (this.inFootnote === null ? this.insidePending(refs) : this.inFootnote) {
      refs.list = [];
      return 'skip';
    }
    const g = this.state(refs.group);
    for (const def of refs.definitions) {
      const group = refs.group || def.group;
      if (def.name && hasContent(def.children)) this.listDefined.set(key(group, def.name), def.children);
    }
    // Refs defined inside the list but never used still print (Cite shows them with an error).
    for (const def of refs.definitions) {
      if (!def.name || g.byName.has(def.name)) continue;
      this.useRef({ ...def });
    }
    refs.list = g.pending;
    g.pending = [];
    this.lists.push(refs);
    return 'skip';
  }

  /** Whether `refs` stands in the content of a footnote not yet listed (the only ones it can take in). */
  insidePending(refs: References): boolean {
    let found = false;
    const seek = (node: Node): void | 'skip' => {
      if (node === refs) found = true;
      return found ? 'skip' : undefined;
    };
    for (const g of this.groups.values()) {
      for (const def of g.pending) {
        for (const block of def.children) {
          walk(block, seek);
          if (found) return true;
        }
      }
    }
    return false;
  }
}

/**
 * Number the footnotes of `doc` in place; records them in `meta.references`. One walk of the tree.
 * `words` converts the wiki's own messages (cite errors) to the reader's variant on zh.
 */
export function numberFootnotes(doc: Document, meta: PageMeta, lang: string, words: ((text: string) => string) | null = null): void {
  const numbering = new FootnoteNumbering();
  // resolveLinks noted where the footnote nodes stand; without it (used alone), walk the tree.
  const index = takeFootnoteIndex(doc);
  if (index) {
    const { nodes, ends } = index;
    let footnoteEnd = -1; // where the content of the footnotes around node i ends
    for (let i = 0; i < nodes.length; ) {
      const node = nodes[i]!;
      numbering.inFootnote = i < footnoteEnd;
      if (node.type === 'footnoteRef') footnoteEnd = Math.max(footnoteEnd, ends[i]!);
      i = numbering.visit(node) === 'skip' ? ends[i]! : i + 1;
    }
  } else walk(doc, (node) => numbering.visit(node));
  const { groups, lists, listDefined } = numbering;

  // Refs with no list after them get one at the end of the page, as Cite does for the default group.
  for (const [group, g] of groups) {
    if (g.pending.length === 0) continue;
    const end: References = { type: 'references', group, definitions: [], list: g.pending };
    doc.children.push(end);
    lists.push(end);
    g.pending = [];
  }

  const missingIn = MISSING_TEXT[lang] ?? MISSING_TEXT.en!;
  // The message is converted, the name it quotes is not (MediaWiki inserts it into a message
  // already in the reader's variant).
  const missingTemplate = words ? words(missingIn('\u0000')) : null;
  const missing = missingTemplate ? (name: string) => missingTemplate.replace('\u0000', name) : missingIn;
  const unnamed = UNNAMED_EMPTY_TEXT[lang] ?? UNNAMED_EMPTY_TEXT.en!;
  for (const list of lists) {
    for (const def of list.list!) {
      if (!hasContent(def.children) && def.name) {
        // Used before the list that defines it (`<ref name=x/>` … `<references><ref name=x>…`).
        const defined = listDefined.get(key(def.group, def.name));
        if (defined) def.children = defined;
      }
      if (!hasContent(def.children)) {
        const message = def.name ? missing(def.name) : words ? words(unnamed) : unnamed;
        def.children = [{ type: 'paragraph', children: [{ type: 'text', value: message }] }];
      }
      meta.references.push({ label: def.label, group: def.group, name: def.name, text: plainText(def.children).trim() });
    }
  }
}

function key(group: string, name: string): string {
  return group + '\u0000' + name;
}
