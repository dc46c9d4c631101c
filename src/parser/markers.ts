/**
 * Strip markers in the text → nodes: template calls go to the built-in handler registry (or
 * become DroppedTemplate), extension tags to their own small renderers (extensions.ts).
 */
import type { Block, Inline } from '../ast/nodes.js';
import type { Warning } from '../engine/types.js';
import { readMarker } from '../preprocess/markers.js';
import type { TemplateCall, TemplateContext, TemplateResult } from '../templates/types.js';
import { renderExtension } from './extensions.js';
import type { Scanner } from './inline.js';
import { MAX_NESTING, type State } from './state.js';
import { blocksTok } from './tokens.js';
import { parseBlockFragmentIn, parseInlineFragmentIn } from './fragments.js';

export type Rendered = { inline: Inline[]; blocks: null } | { inline: null; blocks: Block[] };

const NOTHING: Rendered = { inline: [], blocks: null };

export function markerRule(sc: Scanner, p: number): number {
  const m = readMarker(sc.src, p);
  if (!m || m.end > sc.end) {
    // A lone marker character: never valid in output.
    sc.flush(p);
    return p + 1;
  }
  sc.flush(p);
  const r = renderMarker(sc.st, m.index, p);
  if (r.blocks) sc.push(blocksTok(r.blocks));
  else sc.pushNodes(r.inline);
  return m.end;
}

export function renderMarker(st: State, index: number, offset: number): Rendered {
  const marker = st.ctx.markers[index];
  if (!marker) {
    st.warn({ code: 'bad-marker', message: `unknown strip marker ${index}`, offset });
    return NOTHING;
  }
  if (st.activeMarkers.has(index) || st.depth > MAX_NESTING) {
    st.warn({ code: 'nesting-limit', message: 'marker nested too deeply', offset });
    return NOTHING;
  }
  st.activeMarkers.add(index);
  try {
    switch (marker.kind) {
      case 'template':
        return renderTemplate(st, marker.call);
      case 'dropped':
        st.countTemplate(marker.name, false);
        st.droppedNodes++;
        return { inline: [{ type: 'dropped', name: marker.name }], blocks: null };
      case 'extension':
        return renderExtension(st, marker.name, marker.attrs, marker.inner, marker.offset);
      default:
        st.warn({ code: 'bad-marker', message: `malformed strip marker ${index}`, offset });
        return NOTHING;
    }
  } finally {
    st.activeMarkers.delete(index);
  }
}

/**
 * What a template handler sees of the page. A class, its methods on the prototype, rather than an
 * object of arrows made per template call: V8 holds a closure's optimised code weakly, so those
 * arrows lost it at every full GC and were compiled again. Everything it reads is the page's, so one
 * serves every call of a page (State.handlerContext).
 */
class HandlerContext implements TemplateContext {
  readonly site: TemplateContext['site'];
  readonly title: string;
  readonly meta: TemplateContext['meta'];
  readonly now: Date | undefined;

  constructor(private readonly st: State) {
    const ctx = st.ctx;
    this.site = st.site;
    this.title = ctx.title;
    this.meta = ctx.meta;
    this.now = ctx.now;
  }

  parseInline(wikitext: string): Inline[] {
    return parseInlineFragmentIn(this.st, wikitext);
  }

  parseBlocks(wikitext: string): Block[] {
    return parseBlockFragmentIn(this.st, wikitext);
  }

  warn(w: Warning): void {
    this.st.warn(w);
  }

  pageExists(fullTitle: string): boolean | null {
    const exists = this.st.ctx.pageExists;
    return exists ? exists(fullTitle) : null;
  }
}

/** A template call shown as nothing (no handler, or the handler failed). */
function droppedTemplate(st: State, call: TemplateCall): Rendered {
  st.droppedNodes++;
  return { inline: [{ type: 'dropped', name: call.name }], blocks: null };
}

function renderTemplate(st: State, call: TemplateCall): Rendered {
  let handler = null;
  try {
    handler = st.ctx.templates.lookup(call.name, st.site.lang);
    if (!handler && call.dataBox) handler = st.ctx.templates.dataBox?.(call, st.site.lang) ?? null;
  } catch (e) {
    st.warn({ code: 'template-error', message: `lookup of ${call.name} failed: ${String(e)}`, offset: call.offset });
  }
  st.countTemplate(call.name, handler !== null);
  if (!handler) return droppedTemplate(st, call);
  let result: TemplateResult;
  try {
    result = handler(call, (st.handlerContext ??= new HandlerContext(st)));
  } catch (e) {
    st.warn({ code: 'template-error', message: `handler for ${call.name} threw: ${String(e)}`, offset: call.offset });
    return droppedTemplate(st, call);
  }
  if (!result || typeof result !== 'object') return droppedTemplate(st, call);
  if (result.kind === 'inline' || result.kind === 'block') {
    const nodes = Array.isArray(result.nodes) ? result.nodes : [];
    // `{{reflist}}` inside a footnote: Cite shows the tag it makes as text (see extensions.ts);
    // as a list it would hold its own footnote, printed nowhere.
    if (st.refDepth > 0 && nodes.some((n) => n.type === 'references')) {
      const rest = (nodes as Array<Inline | Block>).filter((n) => n.type !== 'references');
      if (rest.length === 0) return { inline: [{ type: 'text', value: '<references/>' }], blocks: null };
      countFootnotes(st, rest);
      return result.kind === 'inline' ? { inline: rest as Inline[], blocks: null } : { inline: null, blocks: rest as Block[] };
    }
    countFootnotes(st, nodes);
    return result.kind === 'inline' ? { inline: nodes as Inline[], blocks: null } : { inline: null, blocks: nodes as Block[] };
  }
  return droppedTemplate(st, call);
}

/**
 * Handlers make footnote nodes of their own (`{{efn}}`, `{{reflist}}`, `{{sfn}}`) and hand them
 * back at the top of their result; the ones inside came from `<ref>` markers, counted already.
 */
function countFootnotes(st: State, nodes: ReadonlyArray<Inline | Block>): void {
  for (let i = 0; i < nodes.length; i++) {
    const t = nodes[i]!.type;
    if (t === 'footnoteRef' || t === 'references') st.footnoteNodes++;
  }
}
