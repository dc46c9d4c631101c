/**
 * Extension tags (from `extension` markers) → nodes: ref, references, math/chem/ce,
 * syntaxhighlight/source, pre, nowiki, poem, gallery, imagemap, langconvert; tags whose output is a picture
 * drawn from their text (score, timeline, graph) keep that text as a code block (PICTURE_SOURCE); the
 * rest (templatestyles, mapframe, templatedata, indicator, categorytree, …) produce nothing.
 */
import type { Block, FootnoteRef, Gallery, Image, Inline, Text } from '../ast/nodes.js';
import { phpTrim } from '../preprocess/functions/php.js';
import { MARKER_CHAR, readMarker } from '../preprocess/markers.js';
import { decodeEntities } from '../site/entities.js';
import { parseTitle } from '../site/titles.js';
import { parseBlockFragmentIn, parseInlineFragmentIn } from './fragments.js';
import { parseImage } from './images.js';
import { templatePageLink } from './links.js';
import { langConvertWikitext } from '../variants/langconvert.js';
import { VARIANT_LANGUAGES } from '../variants/literal.js';
import type { Rendered } from './markers.js';
import type { State } from './state.js';

const NOTHING: Rendered = { inline: [], blocks: null };

/** Tags that are deliberately dropped (no readable output in Markdown). */
const SILENT = new Set([
  'templatestyles', 'mapframe', 'maplink', 'templatedata', 'indicator', 'categorytree',
  'hiero', 'inputbox', 'charinsert', 'section', 'tabs', 'tab', 'phonos', 'quiz', 'dynamicpagelist', 'rss', 'talkpage',
  'chart', 'noinclude', 'includeonly', 'onlyinclude',
]);

/**
 * Tags the wiki draws a picture from (Score's notation, EasyTimeline; Graph's Vega JSON, drawn no more since the
 * extension was disabled on Wikimedia wikis in 2023): a mirror cannot draw it, and dropping it left no trace, so the
 * source is kept as a code block, its info string naming the notation. `<score lang="ABC">` is ABC; LilyPond is Score's
 * default.
 */
const PICTURE_SOURCE: Record<string, (attrs: Record<string, string>) => string> = {
  score: (attrs) => ((attrs.lang ?? '').trim().toLowerCase() === 'abc' ? 'abc' : 'lilypond'),
  timeline: () => 'timeline',
  graph: () => 'json',
};

/**
 * Raw text with the strip markers an argument of `{{#tag:pre|…}}` brought in put back as text:
 * a `<nowiki>` gives its content, other markers nothing (MediaWiki unstrips them the same way).
 */
function unstripRaw(st: State, raw: string): string {
  if (raw.indexOf(MARKER_CHAR) < 0) return raw;
  let out = '';
  let from = 0;
  for (let i = raw.indexOf(MARKER_CHAR); i >= 0; i = raw.indexOf(MARKER_CHAR, from)) {
    const m = readMarker(raw, i);
    if (!m) break;
    const marker = st.ctx.markers[m.index];
    out += raw.slice(from, i);
    if (marker && marker.kind === 'extension' && marker.name === 'nowiki') out += marker.inner ?? '';
    from = m.end;
  }
  return out + raw.slice(from);
}

const inlineOf = (nodes: Inline[]): Rendered => ({ inline: nodes, blocks: null });
const blocksOf = (blocks: Block[]): Rendered => ({ inline: null, blocks });

export function renderExtension(
  st: State,
  name: string,
  attrs: Record<string, string>,
  inner: string | null,
  offset: number,
): Rendered {
  switch (name) {
    case 'ref': {
      const ref = makeRef(st, attrs, inner, offset);
      return ref ? inlineOf([ref]) : NOTHING;
    }
    case 'references':
      // Inside a footnote Cite shows the tag as text (its attributes dropped); as a list there it
      // would hold its own footnote, printed nowhere.
      if (st.refDepth > 0) return inlineOf([{ type: 'text', value: inner === null ? '<references/>' : `<references>${inner}</references>` }]);
      st.footnoteNodes++;
      return blocksOf([{ type: 'references', group: (attrs.group ?? '').trim(), definitions: listDefinedRefs(st, inner) }]);
    case 'math':
    case 'chem':
    case 'ce': {
      const value = (inner ?? '').trim();
      if (value === '') return NOTHING;
      // `<chem>` and `<ce>` wrap their text in `\ce{…}` (the Math extension's chemTagHook); a
      // `<math chem>` only switches mhchem on, its text already holds the `\ce{…}` it needs.
      const chem = name !== 'math';
      st.mathNodes++;
      // display="block" is a block wherever it is written (the Math extension's display style is
      // `display: block`): text before and after it in the paragraph shows above and below.
      // The value is compared as written, trimmed (MathRenderer: `$layoutMode == 'block'`).
      if ((attrs.display ?? '').trim() === 'block') return blocksOf([{ type: 'mathBlock', value, chem }]);
      return inlineOf([{ type: 'math', value, display: false, chem }]);
    }
    case 'score':
    case 'timeline':
    case 'graph': {
      const value = trimCode(unstripRaw(st, inner ?? ''));
      return value.trim() === '' ? NOTHING : blocksOf([{ type: 'codeBlock', lang: PICTURE_SOURCE[name]!(attrs), value }]);
    }
    case 'syntaxhighlight':
    case 'source': {
      const lang = (attrs.lang ?? attrs.language ?? '').trim().toLowerCase() || null;
      const value = trimCode(unstripRaw(st, inner ?? ''));
      if ('inline' in attrs) return inlineOf([{ type: 'inlineCode', value: value.replace(/\s+/g, (ws) => (ws.includes('\n') ? ' ' : ws)) }]);
      return blocksOf([{ type: 'codeBlock', lang, value }]);
    }
    case 'pre': {
      if ((attrs.format ?? '').trim().toLowerCase() === 'wikitext') return blocksOf([wikitextPre(st, inner ?? '')]);
      // Paired <nowiki>…</nowiki> inside <pre> keep only their content; a lone tag stays visible.
      const raw = unstripRaw(st, inner ?? '').replace(/<nowiki>([\s\S]*?)<\/nowiki>/gi, '$1');
      return blocksOf([{ type: 'codeBlock', lang: null, value: decodeEntities(raw.replace(/^\r?\n/, '')).trimEnd() }]);
    }
    case 'nowiki': {
      if (!inner) return NOTHING;
      const node: Text = { type: 'text', value: decodeEntities(inner) };
      if (VARIANT_LANGUAGES.has(st.ctx.site.lang)) (st.literalTexts ??= new Set()).add(node);
      return inlineOf([node]);
    }
    case 'langconvert': {
      // Chinese text converted once to `to` (protected from the page's own conversion on zh);
      // other languages' converters are not built in, and their text as written beats losing it.
      const body = (inner ?? '').trim();
      if (body === '') return NOTHING;
      const shown = langConvertWikitext(body, attrs.from ?? '', attrs.to ?? '', st.ctx.site.lang) ?? body;
      return inlineOf(parseInlineFragmentIn(st, shown));
    }
    case 'poem':
      return inner ? blocksOf(renderPoem(st, inner, attrs)) : NOTHING;
    case 'gallery': {
      // caption="…" is wikitext MediaWiki shows as a line above the pictures.
      const caption = (attrs.caption ?? '').trim();
      const gallery = renderGallery(st, inner ?? '');
      if (caption === '') return blocksOf([gallery]);
      return blocksOf([{ type: 'paragraph', children: parseInlineFragmentIn(st, caption) }, gallery]);
    }
    case 'imagemap': {
      const image = imagemapImage(st, inner ?? '');
      return image ? inlineOf([image]) : NOTHING;
    }
    default:
      if (!SILENT.has(name)) st.warn({ code: 'unknown-extension', message: `extension tag <${name}> dropped`, offset });
      return NOTHING;
  }
}

/** Characters that could start markup, written as references so the inline parse keeps them as text. */
const MARKUP_CHARS = /['[\]{}<>|=*#:;~_&-]/g;

/**
 * `<pre format="wikitext">` (what `{{#tag:pre|…|format="wikitext"}}` templates give): the content
 * is wikitext — quotes, links — shown preformatted, line breaks kept; `<nowiki>` parts stay literal.
 * Each line is its own inline parse, as quotes are in MediaWiki.
 */
function wikitextPre(st: State, inner: string): Block {
  const text = inner
    .replace(/<nowiki>([\s\S]*?)<\/nowiki>/gi, (_, body: string) => body.replace(MARKUP_CHARS, (c) => `&#${c.charCodeAt(0)};`))
    .replace(/^\r?\n/, '')
    .trimEnd();
  const children: Inline[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) children.push({ type: 'text', value: '\n' });
    children.push(...parseInlineFragmentIn(st, lines[i]!));
  }
  return { type: 'preformatted', children };
}

/** Code content: drop leading blank lines and trailing whitespace. */
function trimCode(s: string): string {
  return s.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
}

function makeRef(st: State, attrs: Record<string, string>, inner: string | null, offset: number): FootnoteRef | null {
  const group = (attrs.group ?? '').trim();
  const name = (attrs.name ?? '').trim() || null;
  const follow = (attrs.follow ?? '').trim();
  const empty = inner === null || inner.trim() === '';
  if (empty && name === null) {
    if (!follow) st.warn({ code: 'empty-ref', message: 'a <ref> without name or content was dropped', offset });
    return null;
  }
  const made = st.specialNodes();
  // Cite trims the content, with PHP's trim (ASCII): a leading space is not preformatted text,
  // a U+3000 or &nbsp; indent stays, as it does in a paragraph.
  st.refDepth++;
  let children: Block[] | null;
  try {
    children = empty ? null : parseBlockFragmentIn(st, phpTrim(inner!));
  } finally {
    st.refDepth--;
  }
  if (children && !hasText(children)) children = unrenderedTemplateLinks(st, inner!) ?? children;
  if (follow && children) {
    const target = st.namedRefs.get(group + '\u0000' + follow);
    if (target && target.children) {
      target.children.push(...children);
      // An earlier block gains nodes made now: the plain-block test no longer holds (plain-blocks.ts).
      if (st.specialNodes() !== made) st.plainUnreliable = true;
      return null;
    }
  }
  const ref: FootnoteRef = { type: 'footnoteRef', group, name, children };
  st.footnoteNodes++;
  if (name !== null && children !== null) {
    const key = group + '\u0000' + name;
    if (!st.namedRefs.has(key)) st.namedRefs.set(key, ref);
  }
  return ref;
}

/** Whether blocks show anything: the footnote transform's test for a ref with no text. */
function hasText(blocks: readonly Block[]): boolean {
  for (const b of blocks) {
    if (b.type !== 'paragraph') return true;
    for (const n of b.children) {
      if (n.type === 'text' ? n.value.trim() !== '' : n.type !== 'break' && n.type !== 'dropped') return true;
    }
  }
  return false;
}

/**
 * A ref whose only content is templates we could not render (`<ref>{{МД}}</ref>`: a reference
 * work with no source page and no handler; `{{アジア歴史資料センター|…}}`, whose wording we do
 * not know) would come out empty, and the footnote transform would print Cite's "a ref
 * without a name must have content" — an error the wiki does not show: there the template prints
 * its citation. We cannot print that citation; what MediaWiki prints for a template it cannot
 * find is a link to the template's page, and on the live wiki that page shows the citation. So:
 * one link per such template. The real cite errors (a named ref never defined, a ref empty in the
 * source) stay. Every template standing in `inner` rendered nothing (the ref has no text); null
 * when none stands there.
 */
function unrenderedTemplateLinks(st: State, inner: string): Block[] | null {
  const links: Inline[] = [];
  for (let i = inner.indexOf(MARKER_CHAR); i >= 0; i = inner.indexOf(MARKER_CHAR, i + 1)) {
    const m = readMarker(inner, i);
    if (!m) continue;
    i = m.end - 1;
    const marker = st.ctx.markers[m.index];
    const name = marker?.kind === 'dropped' ? marker.name : marker?.kind === 'template' ? marker.call.name : '';
    const link = name ? templatePageLink(st.site, name) : null;
    if (!link) continue;
    if (links.length) links.push({ type: 'text', value: ' ' });
    links.push(link);
  }
  return links.length ? [{ type: 'paragraph', children: links }] : null;
}

/** `<references>…</references>`: the refs defined inside (their markers in the inner text). */
function listDefinedRefs(st: State, inner: string | null): FootnoteRef[] {
  const defs: FootnoteRef[] = [];
  if (!inner) return defs;
  for (let i = inner.indexOf('\x7f'); i >= 0; i = inner.indexOf('\x7f', i + 1)) {
    const m = readMarker(inner, i);
    if (!m) continue;
    const marker = st.ctx.markers[m.index];
    if (marker && marker.kind === 'extension' && marker.name === 'ref') {
      const ref = makeRef(st, marker.attrs, marker.inner, marker.offset);
      if (ref) defs.push(ref);
    }
    i = m.end - 1;
  }
  return defs;
}

/** Newlines at both ends cut off (a loop: /\n+$/ retries from every newline of a long inner run). */
function trimNewlines(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) === 10) a++;
  while (b > a && s.charCodeAt(b - 1) === 10) b--;
  return s.slice(a, b);
}

/** `<poem>`: stanzas become paragraphs, lines within a stanza are joined with line breaks. */
function renderPoem(st: State, inner: string, attrs: Record<string, string>): Block[] {
  const lines = trimNewlines(inner).split('\n');
  const blocks: Block[] = [];
  let stanza: string[] = [];
  for (let i = 0; i <= lines.length; i++) {
    const line = i < lines.length ? lines[i]! : '';
    // Leading spaces and ':' indentation are kept as non-breaking spaces, not preformatted text.
    // A line is blank when nothing follows its indentation (`:` alone indents nothing), decided
    // here once so that the indent and the stanza breaks agree.
    let lead = 0;
    while (lead < line.length && (line.charCodeAt(lead) === 32 || line.charCodeAt(lead) === 58)) lead++;
    const rest = line.slice(lead);
    if (rest.trim() === '') {
      if (stanza.length) addStanza(st, stanza, blocks);
      stanza = [];
      continue;
    }
    const indent = '\u00a0'.repeat(lead * 2);
    stanza.push(indent + rest);
  }
  const divAttrs: Record<string, string> = { class: ('poem ' + (attrs.class ?? '')).trim() };
  return [{ type: 'htmlBlock', tag: 'div', attrs: divAttrs, children: blocks }];
}

/**
 * One stanza, its lines joined with line breaks, parsed on its own. The paragraph pass trims
 * ASCII space only, so the first line's non-breaking indent stays at the paragraph's start (uk
 * 0128's chorus, every line `: `-indented, reads with its first line indented like the rest).
 */
function addStanza(st: State, stanza: string[], out: Block[]): void {
  const parsed = parseBlockFragmentIn(st, stanza.join('<br>\n'));
  for (let i = 0; i < parsed.length; i++) out.push(parsed[i]!);
}

function fileTitle(st: State, target: string): string | null {
  const first = parseTitle(st.site, target);
  if (first && first.ns === 6 && !first.interwiki) return first.text;
  const t = parseTitle(st.site, 'File:' + target);
  if (t && t.ns === 6) return t.text;
  // `:Name` (File::Name is no title): the gallery takes the name of the main-namespace title.
  return first && !first.interwiki && first.text !== '' ? first.text : null;
}

function renderGallery(st: State, inner: string): Gallery {
  const items: Image[] = [];
  for (const rawLine of inner.split('\n')) {
    const line = rawLine.trim();
    if (line === '') continue;
    const bar = line.indexOf('|');
    const file = fileTitle(st, decodeEntities(bar < 0 ? line : line.slice(0, bar)));
    if (!file) continue;
    const image = parseImage(st, file, bar < 0 ? '' : line.slice(bar + 1), bar >= 0, true);
    image.format = 'thumb';
    items.push(image);
  }
  return { type: 'gallery', items };
}

function imagemapImage(st: State, inner: string): Image | null {
  const first = inner.split('\n').find((l) => l.trim() !== '');
  if (!first) return null;
  const line = first.trim();
  const bar = line.indexOf('|');
  const file = fileTitle(st, bar < 0 ? line : line.slice(0, bar));
  return file ? parseImage(st, file, bar < 0 ? '' : line.slice(bar + 1), bar >= 0) : null;
}
