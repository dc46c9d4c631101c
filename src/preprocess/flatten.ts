/**
 * The no-expansion path of the preprocessor: PP tree → text with strip markers, without fetching
 * any template. Comments and include-control markup vanish (the tokenizer already gave a comment
 * alone on its line the whole line, so removing it removes the line); `{{!}}`/`{{=}}` become `|`/`=`;
 * every other call becomes a `template` marker for the built-in handlers; extension tags become
 * `extension` markers; `{{{x|d}}}` becomes its default (or stays literal).
 *
 * The marker builders (makeTemplateCall, makeExtensionMarker, templateName) are exported so the
 * expanding preprocessor (expand.ts) produces exactly the same markers.
 */
import { detached } from '../engine/strings.js';
import type { Warning } from '../engine/types.js';
import { parseAttributes } from '../parser/attributes.js';
import { parseTitle } from '../site/titles.js';
import type { SiteConfig } from '../site/types.js';
import type { TemplateCall } from '../templates/types.js';
import { MARKER_CHAR, MarkerTable, type Marker, type Preprocessed } from './markers.js';
import { tokenize } from './tokenize.js';
import type { PPExtension, PPNode, TokenizeOptions } from './tree.js';

export interface FlattenContext {
  site: SiteConfig;
  /** Marker table to add to (a new one when absent). */
  markers?: MarkerTable;
  /** Options for re-tokenizing the wikitext inside `<ref>`, `<poem>` …; default: page view, variant brackets for zh. */
  tokenize?: TokenizeOptions;
  warn?(w: Warning): void;
}

/**
 * Extension tags whose content is wikitext: their inner text is preprocessed too, so templates
 * inside a `<ref>` become markers like everywhere else. The others keep their inner text raw.
 */
export const WIKITEXT_CONTENT_TAGS: ReadonlySet<string> = new Set([
  'ref', 'references', 'poem', 'gallery', 'indicator', 'center', 'tab', 'tabs', 'section', 'langconvert',
]);

/** Nesting depth past which calls are dropped instead of flattened (keeps recursion bounded). */
const MAX_DEPTH = 60;

// ───────────────────────────── template names ─────────────────────────────

/**
 * Names MediaWiki reads as parser functions or variables rather than templates when they stand
 * before the first `:` (or alone). Case-insensitive ones are listed in lower case.
 */
const FUNCTIONS_ANY_CASE = new Set([
  'ns', 'nse', 'urlencode', 'lcfirst', 'ucfirst', 'lc', 'uc', 'localurl', 'localurle', 'fullurl', 'fullurle',
  'canonicalurl', 'canonicalurle', 'formatnum', 'grammar', 'gender', 'plural', 'bidi', 'padleft', 'padright',
  'anchorencode', 'filepath', 'int', 'special', 'speciale', 'tag', 'formatdate', 'msg', 'msgnw', 'raw', 'subst',
  'safesubst', 'nse', 'language', 'dir', 'pageid',
]);
/** Variables MediaWiki matches in any case (flag 0 in MessagesEn.php's `$magicWords`), in lower case. */
const VARIABLES_ANY_CASE = new Set(['pageid', 'server', 'servername', 'scriptpath', 'stylepath', 'articlepath']);
const UPPER_CASE_WORDS = new Set([
  'DEFAULTSORT', 'DEFAULTSORTKEY', 'DEFAULTCATEGORYSORT', 'DISPLAYTITLE', 'PAGENAME', 'PAGENAMEE', 'FULLPAGENAME',
  'FULLPAGENAMEE', 'BASEPAGENAME', 'BASEPAGENAMEE', 'ROOTPAGENAME', 'ROOTPAGENAMEE', 'SUBPAGENAME', 'SUBPAGENAMEE',
  'TALKPAGENAME', 'TALKPAGENAMEE', 'SUBJECTPAGENAME', 'SUBJECTPAGENAMEE', 'ARTICLEPAGENAME', 'ARTICLEPAGENAMEE',
  'NAMESPACE', 'NAMESPACEE', 'NAMESPACENUMBER', 'TALKSPACE', 'TALKSPACEE', 'SUBJECTSPACE', 'SUBJECTSPACEE',
  'ARTICLESPACE', 'ARTICLESPACEE', 'PAGELANGUAGE', 'CURRENTYEAR', 'CURRENTMONTH', 'CURRENTMONTH1',
  'CURRENTMONTH2', 'CURRENTMONTHNAME', 'CURRENTMONTHNAMEGEN', 'CURRENTMONTHABBREV', 'CURRENTDAY', 'CURRENTDAY2',
  'CURRENTDAYNAME', 'CURRENTTIME', 'CURRENTHOUR', 'CURRENTWEEK', 'CURRENTDOW', 'CURRENTTIMESTAMP', 'LOCALYEAR',
  'LOCALMONTH', 'LOCALMONTH1', 'LOCALMONTH2', 'LOCALMONTHNAME', 'LOCALMONTHNAMEGEN', 'LOCALMONTHABBREV',
  'LOCALDAY', 'LOCALDAY2', 'LOCALDAYNAME', 'LOCALTIME', 'LOCALHOUR', 'LOCALWEEK', 'LOCALDOW', 'LOCALTIMESTAMP',
  'SITENAME', 'CONTENTLANGUAGE', 'CONTENTLANG', 'DIRMARK',
  'DIRECTIONMARK', 'NUMBEROFPAGES', 'NUMBEROFARTICLES', 'NUMBEROFFILES', 'NUMBEROFUSERS', 'NUMBEROFACTIVEUSERS',
  'NUMBEROFEDITS', 'NUMBEROFADMINS', 'REVISIONID', 'REVISIONDAY', 'REVISIONDAY2', 'REVISIONMONTH',
  'REVISIONMONTH1', 'REVISIONYEAR', 'REVISIONTIMESTAMP', 'REVISIONUSER', 'REVISIONSIZE', 'CASCADINGSOURCES',
  'PAGESINCATEGORY', 'PAGESINCAT', 'PAGESIZE', 'PROTECTIONLEVEL', 'PROTECTIONEXPIRY', 'NUMBERINGROUP', 'NUMINGROUP',
  'NOEXTERNALLANGLINKS', '!', '=',
]);

/** The function/variable name if `title` calls a parser function or magic word, else null. */
export function magicName(title: string): string | null {
  const t = title.trim();
  const colon = t.indexOf(':');
  const head = (colon >= 0 ? t.slice(0, colon) : t).trim();
  if (head.startsWith('#') && colon > 1) return head.toLowerCase();
  if (UPPER_CASE_WORDS.has(head)) return head;
  if (colon < 0 && VARIABLES_ANY_CASE.has(head.toLowerCase())) return head.toLowerCase();
  if (colon > 0 && FUNCTIONS_ANY_CASE.has(head.toLowerCase())) return head.toLowerCase();
  return null;
}

/**
 * Normalised name of a call: parser functions and magic words by their name as written
 * (`#if`, `#invoke`, `DEFAULTSORT`, `lc`), templates as parseTitle gives them in the Template
 * namespace ("Cite web"); other namespaces keep their prefix ("Wikipedia:X"), articles get ":X".
 */
const nameCaches = new WeakMap<SiteConfig, Map<string, string>>();

export function templateName(site: SiteConfig, rawTitle: string): string {
  let cache = nameCaches.get(site);
  if (!cache) {
    cache = new Map();
    nameCaches.set(site, cache);
  }
  let name = cache.get(rawTitle);
  if (name === undefined) {
    name = detached(computeTemplateName(site, rawTitle));
    if (cache.size > 20000) cache.clear();
    cache.set(detached(rawTitle), name);
  }
  return name;
}


function computeTemplateName(site: SiteConfig, rawTitle: string): string {
  const magic = magicName(rawTitle);
  if (magic !== null) return magic;
  const raw = rawTitle.trim();
  // A leading colon transcludes from the main namespace (or the namespace written after it).
  const t = raw.startsWith(':') ? parseTitle(site, raw.slice(1), 0) : parseTitle(site, raw, 10);
  if (!t || t.interwiki !== null) return raw;
  if (t.ns === 10) return t.text;
  if (t.ns === 0) return ':' + t.text;
  return t.full;
}

export interface CallPart {
  /** Name text before the first top-level `=`, or null for positional parts. */
  name: string | null;
  value: string;
}

/**
 * Build the TemplateCall for `{{title|parts…}}` from already-flattened (or expanded) text.
 * Templates: positional parts numbered "1", "2", … and kept untrimmed; named parts trimmed (name
 * and value); a later duplicate wins. Parser functions/magic words: the text after the colon is
 * "1" (trimmed) and every part follows as a positional, trimmed, written `name=value` when it
 * had an `=` — except `#invoke`, whose parts after the function name keep template semantics.
 */
export function makeTemplateCall(
  site: SiteConfig,
  rawTitle: string,
  parts: readonly CallPart[],
  offset: number,
  lineStart: boolean,
): TemplateCall {
  const name = templateName(site, rawTitle);
  const args = new Map<string, string>();
  const magic = magicName(rawTitle) !== null;
  let index = 1;
  if (magic) {
    const colon = rawTitle.indexOf(':');
    if (colon >= 0) args.set(String(index++), rawTitle.slice(colon + 1).trim());
  }
  const templateLike = !magic || name === '#invoke';
  for (const part of parts) {
    if (part.name === null) {
      args.set(String(index++), templateLike ? part.value : part.value.trim());
    } else if (templateLike) {
      args.set(part.name.trim(), part.value.trim());
    } else {
      args.set(String(index++), (part.name + '=' + part.value).trim());
    }
  }
  return { name, args, offset, lineStart };
}

/** The marker for an extension tag, attributes parsed and decoded. */
export function makeExtensionMarker(ext: PPExtension, inner: string | null = ext.inner): Marker {
  return { kind: 'extension', name: ext.name, attrs: parseAttributes(ext.attrs), inner, offset: ext.offset };
}

/**
 * An attribute of an extension marker that is wikitext with templates in it, for the caller to
 * expand (or flatten) into `marker.attrs.caption`: the gallery reads its caption="…" through
 * recursiveTagParse. Null when there is none.
 */
export function templatedCaption(marker: Marker): string | null {
  if (marker.kind !== 'extension' || marker.name !== 'gallery') return null;
  const caption = marker.attrs.caption;
  return caption !== undefined && caption.includes('{{') ? caption : null;
}

// ───────────────────────────── flatten ─────────────────────────────

function stripMarkerChars(s: string): string {
  return s.indexOf(MARKER_CHAR) < 0 ? s : s.split(MARKER_CHAR).join('');
}

/** Text nodes only, without recursion (names of calls past the nesting limit). */
function shallowText(nodes: readonly PPNode[]): string {
  let s = '';
  for (const n of nodes) if (n.type === 'text') s += n.value;
  return stripMarkerChars(s);
}

export function flatten(nodes: readonly PPNode[], ctx: FlattenContext): Preprocessed {
  const flattener = new Flattener(ctx);
  const text = flattener.flat(nodes, 0);
  return { text, markers: flattener.table.markers };
}

/** Output parts joined at the end (no rope flattening); lastNl tracks whether the output so far ends a line. */
class FlatOutput {
  readonly parts: string[] = [];
  lastNl: boolean | null = null;

  put(s: string): void {
    if (s === '') return;
    this.parts.push(s);
    this.lastNl = s.charCodeAt(s.length - 1) === 10;
  }

  text(): string {
    return this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
  }
}

/**
 * One page's flattening. A class rather than closures made per page (and per list): V8 holds a
 * closure's optimised code weakly, so those lost it at every full GC and were compiled again.
 */
class Flattener {
  readonly table: MarkerTable;
  private readonly tokenizeOptions: TokenizeOptions;
  private warnedDepth = false;

  constructor(private readonly ctx: FlattenContext) {
    this.table = ctx.markers ?? new MarkerTable();
    this.tokenizeOptions = ctx.tokenize ?? { forInclusion: false, variantBrackets: ctx.site.lang === 'zh' };
  }

  flat(list: readonly PPNode[], depth: number): string {
    const { table, ctx } = this;
    const out = new FlatOutput();
    for (const node of list) {
      switch (node.type) {
        case 'text':
          out.put(stripMarkerChars(node.value));
          break;
        case 'comment':
        case 'ignore':
          break;
        case 'argument':
          if (depth >= MAX_DEPTH) break;
          out.put(node.default !== null ? this.flat(node.default, depth + 1) : '{{{' + this.flat(node.name, depth + 1) + '}}}');
          break;
        case 'extension': {
          let inner = node.inner;
          if (inner !== null && WIKITEXT_CONTENT_TAGS.has(node.name)) {
            inner = depth < MAX_DEPTH ? this.flat(tokenize(inner, this.tokenizeOptions), depth + 1) : stripMarkerChars(inner);
          } else if (inner !== null) {
            inner = stripMarkerChars(inner);
          }
          const marker = makeExtensionMarker(node, inner);
          const caption = depth < MAX_DEPTH ? templatedCaption(marker) : null;
          if (caption !== null && marker.kind === 'extension') marker.attrs.caption = this.flat(tokenize(caption, this.tokenizeOptions), depth + 1);
          out.put(table.add(marker));
          break;
        }
        case 'template': {
          if (depth >= MAX_DEPTH) {
            if (!this.warnedDepth) {
              this.warnedDepth = true;
              ctx.warn?.({ code: 'nesting-limit', message: `templates nested deeper than ${MAX_DEPTH} were dropped`, offset: node.offset });
            }
            out.put(table.add({ kind: 'dropped', name: shallowText(node.title).trim(), offset: node.offset }));
            break;
          }
          const title = this.flat(node.title, depth + 1);
          const trimmed = title.trim();
          if (trimmed === '!') {
            out.put('|');
            break;
          }
          if (trimmed === '=') {
            out.put('=');
            break;
          }
          if (title.indexOf(MARKER_CHAR) >= 0) {
            // A computed name ({{ {{x}} }}) cannot be looked up without expansion.
            out.put(table.add({ kind: 'dropped', name: trimmed.replace(/\x7f[^\x7f]*\x7f/g, '').trim(), offset: node.offset }));
            break;
          }
          const lineStart = out.lastNl === null ? node.lineStart || depth === 0 : out.lastNl;
          const parts: CallPart[] = [];
          for (const p of node.parts) parts.push({ name: p.name === null ? null : this.flat(p.name, depth + 1), value: this.flat(p.value, depth + 1) });
          out.put(table.add({ kind: 'template', call: makeTemplateCall(ctx.site, title, parts, node.offset, lineStart) }));
          break;
        }
      }
    }
    return out.text();
  }
}

/** Convenience: tokenize a page and flatten it. */
export function preprocessWithoutExpansion(text: string, ctx: FlattenContext): Preprocessed {
  const opts: TokenizeOptions = ctx.tokenize ?? { forInclusion: false, variantBrackets: ctx.site.lang === 'zh' };
  return flatten(tokenize(text, opts), { ...ctx, tokenize: opts });
}
