/**
 * The context parser functions run in, one per expansion frame: page, site and clock facts
 * shared by all frames, plus what depends on the calling frame — `#tag` markers, `#invoke`
 * (whose modules read the calling template's arguments), and messages expanded as wikitext.
 */
import { EXTENSION_TAGS, isAllowedTag } from '../ast/html.js';
import { parseTitle } from '../site/titles.js';
import type { SiteConfig } from '../site/types.js';
import { Frame } from './frame.js';
import { moduleHandler, type ModuleCall } from './functions/modules.js';
import { defaultUrls, escapeWikiText } from './functions/titles.js';
import type { FnArg, FnContext } from './functions/types.js';
import { UTC, zoneByName } from './functions/zones.js';
import { sanitizeInput, type MarkerTable } from './markers.js';
import { tokenize } from './tokenize.js';
import type { PPNode, TokenizeOptions } from './tree.js';
import type { ExpandOptions, ExpandRecord } from './types.js';

/** What a frame context needs from the expander. */
export interface ExpansionHost {
  readonly table: MarkerTable;
  readonly record: ExpandRecord;
  readonly site: SiteConfig;
  readonly pageOpts: TokenizeOptions;
  expandNodes(list: readonly PPNode[], frame: Frame): string;
  argumentValue(frame: Frame, name: string): string | undefined;
}

/** The wiki's local time zone by language, where options do not say ($wgLocaltimezone). */
const LOCAL_ZONES: Record<string, string> = {
  zh: 'Asia/Shanghai', ja: 'Asia/Tokyo', ko: 'Asia/Seoul', uk: 'Europe/Kyiv', en: 'UTC',
};

type SharedContext = Omit<FnContext, 'invoke' | 'extensionTag' | 'expandWikitext'>;

export class FrameContexts {
  private readonly shared: SharedContext;
  private readonly byFrame = new WeakMap<Frame, FnContext>();

  constructor(
    private readonly host: ExpansionHost,
    private readonly opts: ExpandOptions,
    /** The page's full title. */
    readonly pageTitle: string,
  ) {
    const lang = opts.site.lang;
    const zoneName = opts.localTimezone ?? LOCAL_ZONES[lang.split('-')[0]!] ?? 'UTC';
    const record = host.record;
    this.shared = {
      site: opts.site,
      title: pageTitle,
      lang,
      now: opts.now,
      localZone: zoneByName(zoneName) ?? UTC,
      urls: { ...defaultUrls(opts.site), ...opts.urls },
      source: opts.source,
      subpagesInMain: opts.subpagesInMain ?? false,
      revision: opts.revision ?? {},
      statistics: opts.statistics ?? {},
      record(key: string, value: string) {
        if (key === 'defaultsort') record.defaultSort = value;
        else if (key === 'displaytitle') record.displayTitle = value;
      },
    };
  }

  /** The context for functions called in `frame`. */
  of(frame: Frame): FnContext {
    let ctx = this.byFrame.get(frame);
    if (ctx) return ctx;
    ctx = new FrameContext(this.shared, this, frame);
    this.byFrame.set(frame, ctx);
    return ctx;
  }

  /** Expand wikitext (a message's text) in a child of `frame`. */
  expandIn(frame: Frame, text: string): string {
    const host = this.host;
    const child = new Frame(frame, frame.title, frame.depth + 1, new Map(), frame.pageOffset);
    return host.expandNodes(tokenize(sanitizeInput(text), host.pageOpts), child);
  }

  /** `{{#tag:name|inner|attr=v}}`: an extension marker; an HTML tag MediaWiki allows as written. */
  tag(frame: Frame, name: string, attrs: Record<string, string>, inner: string | null): string {
    if (EXTENSION_TAGS.has(name) && name !== 'noinclude' && name !== 'includeonly' && name !== 'onlyinclude') {
      return this.host.table.add({ kind: 'extension', name, attrs, inner, offset: frame.pageOffset });
    }
    if (!isAllowedTag(name)) return `<strong class="error">Unknown extension tag "${escapeWikiText(name)}"</strong>`;
    const attrText = Object.entries(attrs).map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`).join('');
    return inner === null ? `<${name}${attrText} />` : `<${name}${attrText}>${inner}</${name}>`;
  }

  /** `{{#invoke:module|fn|…}}` through a built-in handler; misses are counted. */
  invoke(frame: Frame, moduleText: string, fn: string, args: FnArg[]): string | null {
    const t = parseTitle(this.host.site, moduleText, 828);
    const module = t && t.ns === 828 ? t.text : moduleText;
    const handler = moduleHandler(this.opts.modules, module, fn);
    let result: string | null = null;
    if (handler) {
      const call: ModuleCall = {
        args: invokeArgs(args),
        parentArg: (name) => this.host.argumentValue(frame, name),
        parentArgNames: () => [...frame.args.keys()],
        ctx: this.of(frame),
      };
      result = handler(call);
    }
    if (result === null) {
      const record = this.host.record;
      const key = `${module}|${fn}`;
      record.modules[key] = (record.modules[key] ?? 0) + 1;
    }
    return result;
  }
}

/**
 * The context of one frame: the shared facts copied in one order, and the frame's own functions as
 * methods. One class rather than a spread of the shared object plus three closures per frame:
 * those objects' shapes varied, and storing and reading their functions (`invoke`,
 * `expandWikitext`, `record`) missed V8's stub cache some 1,500 times a round (`node --log-ic`).
 */
class FrameContext implements FnContext {
  readonly site: SiteConfig;
  readonly title: string;
  readonly lang: string;
  readonly now: Date;
  readonly localZone: FnContext['localZone'];
  readonly urls: FnContext['urls'];
  readonly source: FnContext['source'];
  readonly subpagesInMain: boolean;
  readonly revision: FnContext['revision'];
  readonly statistics: Record<string, number>;
  private readonly recordFn: FnContext['record'];

  constructor(
    shared: SharedContext,
    private readonly owner: FrameContexts,
    private readonly frame: Frame,
  ) {
    this.site = shared.site;
    this.title = shared.title;
    this.lang = shared.lang;
    this.now = shared.now;
    this.localZone = shared.localZone;
    this.urls = shared.urls;
    this.source = shared.source;
    this.subpagesInMain = shared.subpagesInMain;
    this.revision = shared.revision;
    this.statistics = shared.statistics;
    this.recordFn = shared.record;
  }

  record(key: string, value: string): void {
    this.recordFn(key, value);
  }

  extensionTag(name: string, attrs: Record<string, string>, inner: string | null): string {
    return this.owner.tag(this.frame, name, attrs, inner);
  }

  expandWikitext(text: string): string {
    return this.owner.expandIn(this.frame, text);
  }

  invoke(module: string, fn: string, args: FnArg[]): string | null {
    return this.owner.invoke(this.frame, module, fn, args);
  }
}

/** Scribunto's frame.args: positional values untrimmed, named ones trimmed. */
function invokeArgs(args: FnArg[]): Map<string, string> {
  const out = new Map<string, string>();
  let index = 1;
  for (const arg of args) {
    const name = arg.name();
    if (name === null) out.set(String(index++), arg.raw());
    else out.set(name, arg.value());
  }
  return out;
}
