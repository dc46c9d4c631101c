/**
 * What a template's own source says about its parameters when the template is built on
 * `{{Infobox}}` (most infoboxes of the large wikis): `labelN` names the row `dataN` fills, and a
 * parameter that no `dataN` reads is no row of its own (an image size, a colour, a part of a
 * label like `census yr`). Read from the preprocessor tree of the template page, once per page.
 */
import type { PPNode, PPTemplate } from './tree.js';

export interface InfoboxPlan {
  /** `labelN` values by N, unexpanded. */
  labels: Map<number, PPNode[]>;
  /** Parameter name → the first N whose `dataN` reads it. */
  rowOf: Map<string, number>;
}

const ROW_PART = /^(label|data)(\d+)$/;
const UNLABELLED_PART = /^(?:below|subheader\d*)$/;

/** Text of nodes that hold only plain text (a part's name), or null when something dynamic is in it. */
function plainName(nodes: readonly PPNode[]): string | null {
  let s = '';
  for (const n of nodes) {
    if (n.type === 'text') s += n.value;
    else if (n.type !== 'comment' && n.type !== 'ignore') return null;
  }
  return s.trim();
}

/** The first `{{Infobox …}}` call in the tree, searching inside other calls and defaults. */
function findInfobox(nodes: readonly PPNode[]): PPTemplate | null {
  for (const n of nodes) {
    if (n.type === 'template') {
      const title = plainName(n.title);
      if (title !== null && title.toLowerCase() === 'infobox') return n;
      const inTitle = findInfobox(n.title);
      if (inTitle) return inTitle;
      for (const p of n.parts) {
        const found = findInfobox(p.value);
        if (found) return found;
      }
    } else if (n.type === 'argument' && n.default) {
      const found = findInfobox(n.default);
      if (found) return found;
    }
  }
  return null;
}

/** Every `{{{name}}}` read in the nodes, fallbacks included (`{{{a|{{{b|}}}}}}` reads a and b). */
function readArguments(nodes: readonly PPNode[], out: Set<string>): void {
  for (const n of nodes) {
    if (n.type === 'argument') {
      const name = plainName(n.name);
      if (name) out.add(name);
      if (n.default) readArguments(n.default, out);
    } else if (n.type === 'template') {
      readArguments(n.title, out);
      for (const p of n.parts) {
        if (p.name) readArguments(p.name, out);
        readArguments(p.value, out);
      }
    }
  }
}

/** Plans by template tree: trees are cached per page source (expand-titles.ts), so a plan is worked out once per template, not once per page that calls it. */
const planCache = new WeakMap<readonly PPNode[], InfoboxPlan | null>();

/** infoboxPlan, remembered for the tree. */
export function cachedInfoboxPlan(tree: readonly PPNode[]): InfoboxPlan | null {
  let plan = planCache.get(tree);
  if (plan === undefined) planCache.set(tree, (plan = infoboxPlan(tree)));
  return plan;
}

export function infoboxPlan(tree: readonly PPNode[]): InfoboxPlan | null {
  const box = findInfobox(tree);
  if (!box) return null;
  const labels = new Map<number, PPNode[]>();
  const data: Array<[number, PPNode[]]> = [];
  // `subheader` and `below` lines show what they read without a label: rows "-1" have none.
  const unlabelled: PPNode[][] = [];
  for (const part of box.parts) {
    if (!part.name) continue;
    const name = plainName(part.name);
    if (name !== null && UNLABELLED_PART.test(name)) unlabelled.push(part.value);
    const m = name === null ? null : ROW_PART.exec(name);
    if (!m) continue;
    const n = Number(m[2]);
    if (m[1] === 'label') labels.set(n, part.value);
    else data.push([n, part.value]);
  }
  if (!data.length) return null;
  data.sort((a, b) => a[0] - b[0]);
  const rowOf = new Map<string, number>();
  for (const [n, value] of data) {
    const read = new Set<string>();
    readArguments(value, read);
    for (const name of read) if (!rowOf.has(name)) rowOf.set(name, n);
  }
  for (const value of unlabelled) {
    const read = new Set<string>();
    readArguments(value, read);
    for (const name of read) if (!rowOf.has(name)) rowOf.set(name, -1);
  }
  return { labels, rowOf };
}

/**
 * Each non-empty argument a `dataN` of the plan reads → its row's `labelN` as `expand` gives it
 * ('' when the row has none); each row's label is expanded once.
 */
export function rowLabelsOf(plan: InfoboxPlan, args: ReadonlyMap<string, string>, expand: (nodes: readonly PPNode[]) => string): Map<string, string> {
  const out = new Map<string, string>();
  const expanded = new Map<number, string>();
  for (const [key, value] of args) {
    if (value === '') continue;
    const n = plan.rowOf.get(key);
    if (n === undefined) continue;
    let label = expanded.get(n);
    if (label === undefined) {
      const nodes = plan.labels.get(n);
      label = nodes ? expand(nodes) : '';
      expanded.set(n, label);
    }
    out.set(key, label);
  }
  return out;
}
