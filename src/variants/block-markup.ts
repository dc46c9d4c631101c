/**
 * `-{…}-` whose shown text holds blocks: a template that renders a block (`{{Cquote}}`, a table,
 * a list) written inside the markup in the middle of a sentence, as in
 * `本詩作：-{zh-cn:{{Cquote|…}};zh-tw:{{Cquote|…}}}-后《全唐詩》也沿用此本。`. MediaWiki expands the
 * template before it builds blocks, starts the template's table or list on a line of its own, and
 * converts the variants afterwards: the reader sees the sentence, the quotation as a block, then
 * the rest of the sentence as a new paragraph. The parser keeps such markup as one inline node of
 * the paragraph, so the variants transform splits the paragraph around what the rule shows.
 */
import type { Block, Inline } from '../ast/nodes.js';
import { MARKER_CHAR } from '../preprocess/markers.js';

/**
 * Whether a markup's text may show blocks: only a template call or tag (a strip marker) or a line
 * break can bring one; other markup shows inline text and keeps the cheaper inline parse.
 */
export function mayShowBlocks(raw: string): boolean {
  return raw.includes(MARKER_CHAR) || raw.includes('\n');
}

/** Whether a paragraph's own runs hold markup that may show blocks. */
export function hasBlockMarkup(children: readonly Inline[]): boolean {
  for (const n of children) if (n.type === 'variant' && mayShowBlocks(n.raw)) return true;
  return false;
}

/**
 * The blocks a paragraph becomes: its inline runs converted by `convertRun`, each markup that may
 * show blocks replaced by what `showBlocks` returns for it (its rule applied, its text parsed as
 * blocks and converted). A leading or trailing paragraph of what a markup shows joins the text
 * around it; anything else stands between two paragraphs.
 */
export function splitParagraph(
  children: Inline[],
  convertRun: (run: Inline[]) => Inline[],
  showBlocks: (raw: string) => Block[],
): Block[] {
  const out: Block[] = [];
  let run: Inline[] = [];
  let from = 0;
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type !== 'variant' || !mayShowBlocks(node.raw)) continue;
    for (const n of convertRun(children.slice(from, i))) run.push(n);
    from = i + 1;
    const shown = showBlocks(node.raw);
    let first = 0;
    let last = shown.length;
    if (first < last && shown[0]!.type === 'paragraph') {
      for (const n of (shown[0] as { children: Inline[] }).children) run.push(n);
      first = 1;
    }
    if (first === last) continue;
    let tail: Inline[] = [];
    if (shown[last - 1]!.type === 'paragraph') tail = (shown[--last] as { children: Inline[] }).children;
    pushParagraph(out, run);
    for (let k = first; k < last; k++) out.push(shown[k]!);
    run = tail;
  }
  for (const n of convertRun(children.slice(from))) run.push(n);
  pushParagraph(out, run);
  return out;
}

/**
 * Gives back the spaces at the edges of a markup's text that the block parse dropped. MediaWiki
 * prints the markup's text as it is, spaces included (`X-{ outer }-X` is `X outer X`), whether
 * or not a template call sits in it: a leading or trailing paragraph of what the markup shows
 * joins the text around it, so it keeps the spaces of the text's first and last line. (A paragraph
 * that then meets a block or a paragraph edge is trimmed again by `pushParagraph`.)
 */
export function keepEdgeSpaces(wikitext: string, blocks: Block[]): void {
  const first = blocks[0];
  const lead = /^[ \t]+(?=[^\s])/.exec(wikitext);
  if (lead && first?.type === 'paragraph' && !startsBlank(first.children[0])) {
    first.children.unshift({ type: 'text', value: lead[0] });
  }
  const last = blocks[blocks.length - 1];
  const trail = /[^\s]([ \t]+)$/.exec(wikitext);
  if (trail && last?.type === 'paragraph' && !endsBlank(last.children[last.children.length - 1])) {
    last.children.push({ type: 'text', value: trail[1]! });
  }
}

/** Whether a paragraph already starts (ends) with its spaces: the parse's fallback keeps the text whole. */
function startsBlank(n: Inline | undefined): boolean {
  return n?.type === 'text' && /^[ \t]/.test(n.value);
}

function endsBlank(n: Inline | undefined): boolean {
  return n?.type === 'text' && /[ \t]$/.test(n.value);
}

/** A paragraph of the run, unless it shows nothing; spaces at its edges trimmed (they met a block). */
function pushParagraph(out: Block[], run: Inline[]): void {
  const first = run[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  const last = run[run.length - 1];
  if (last?.type === 'text') last.value = last.value.trimEnd(); // not /\s+$/, quadratic on a run of blanks
  for (const n of run) {
    if (n.type !== 'text' || n.value !== '') {
      out.push({ type: 'paragraph', children: run });
      return;
    }
  }
}
