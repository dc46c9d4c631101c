/**
 * Quotation templates → a block quote with the attribution as its last paragraph
 * (zh/ja `——作者，出处`, elsewhere `— Author, Source`).
 */
import type { Block, Inline } from '../../ast/nodes.js';
import type { HandlerEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateHandler, TemplateResult } from '../types.js';
import { arg, blocks, DROP, inline, isCjk, join, mergeText, paragraph, text, uiLang, type UiLang } from '../util.js';

/** Where each template keeps its text, author and source. */
interface QuoteParams {
  text: readonly string[];
  author: readonly string[];
  source: readonly string[];
  /** The template prints author and source as written, no dash before them. */
  noDash?: boolean;
  /** Where the template keeps a heading it prints in bold above the quote. */
  heading?: readonly string[];
}

const QUOTE: QuoteParams = { text: ['text', 'quote', '1', 'quotetext', '引文', '内容'], author: ['author', 'sign', 'personquoted', '2', 'cite', '作者', 'автор'], source: ['source', 'title', '3', 'publication', 'quotesource', '出处', '出處', 'джерело'] };
const CQUOTE: QuoteParams = { text: ['quote', 'text', '1', 'quotetext'], author: ['author', 'personquoted', '3'], source: ['source', 'publication', 'quotesource', '4'] };
const QUOTATION: QuoteParams = { text: ['1', 'text', 'quote'], author: ['2', 'author'], source: ['3', '4', 'source', 'title'] };
const RQUOTE: QuoteParams = { text: ['2', 'text', 'quote'], author: ['3', 'author'], source: ['4', 'source'] };
/**
 * ukwiki `{{Цитата|текст|ширина|автор|джерело}}`: the 2nd positional is the box width in per cent
 * (`|40|`, `|30|` on real pages), so the author is the 3rd and the source the 4th.
 */
const UK_QUOTE: QuoteParams = { text: ['1', 'текст', 'text', 'quote'], author: ['3', 'автор', 'author'], source: ['4', 'джерело', 'source'] };
const QUOTE_BOX: QuoteParams = { text: ['quote', 'text', '1'], author: ['author', 'sign', '2'], source: ['source', 'title', '3'] };
/**
 * zhwiki's Quote box prints its cite line as written: the dash before it is commented out in the
 * template ("manually inserted dashes will need to be removed … first"), and editors write their own
 * (zh 美丽人生: `source= —  时光网` read "———  时光网").
 */
/*
 * Its parameters, as the template reads them: the quote is `text`, `content`, `quotetext`, `quote`
 * or `1`; the cite line `author`/`2` then `source`/`3`; `title` a bold heading above the quote.
 */
const ZH_QUOTE_BOX: QuoteParams = {
  text: ['text', 'content', 'quotetext', 'quote', '1'], author: ['author', '2'], source: ['source', '3'], heading: ['title'], noDash: true,
};

function quoteHandler(p: QuoteParams): TemplateHandler {
  return (call: TemplateCall, ctx: TemplateContext): TemplateResult => {
    const body = blocks(ctx, arg(call, p.text));
    if (!body.length) return DROP;
    const lang = uiLang(ctx);
    const author = inline(ctx, arg(call, p.author));
    const source = inline(ctx, arg(call, p.source));
    const heading = p.heading ? inline(ctx, arg(call, p.heading)) : [];
    const children: Block[] = heading.length ? [paragraph([{ type: 'strong', children: heading }]), ...body] : [...body];
    if (author.length || source.length) {
      const cjk = isCjk(lang);
      const dash = p.noDash ? [] : [text(cjk ? '——' : '— ')];
      // zhwiki's Quote box joins them with ", " (`,&#32;`), as written in its source.
      const sep = p.noDash ? ', ' : cjk ? '，' : ', ';
      const attribution: Inline[] = mergeText([...dash, ...join([author, source], sep)]);
      children.push(paragraph(attribution));
    }
    return { kind: 'block', nodes: [{ type: 'blockquote', children }] };
  };
}

const INLINE_MARKS: Record<UiLang, [string, string]> = { zh: ['“', '”'], ja: ['「', '」'], en: ['"', '"'], uk: ['«', '»'], ko: ['“', '”'] };

/** `{{ilq|text}}`, `{{inline quote|text}}` → the text in the language's quotation marks. */
function inlineQuote(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const body = inline(ctx, arg(call, ['1', 'text', 'quote']));
  if (!body.length) return DROP;
  const [open, close] = INLINE_MARKS[uiLang(ctx)];
  return { kind: 'inline', nodes: mergeText([text(open), ...body, text(close)]) };
}

export const QUOTE_ENTRIES: HandlerEntry[] = [
  { family: 'quote', names: ['Quote', 'Blockquote', 'Block quote', 'Bquote', 'Quote/en', '引言', '引用文', 'Squote', 'Цитата', 'Начало цитаты'], handler: quoteHandler(QUOTE) },
  { family: 'quote', names: ['Цитата'], langs: ['uk'], handler: quoteHandler(UK_QUOTE) },
  { family: 'quote', names: ['Cquote', 'Cquote2', 'Centered pull quote', 'Pull quote', 'Pullquote', '大引號', '大引号'], handler: quoteHandler(CQUOTE) },
  { family: 'quote', names: ['Quotation', 'Quotation2', 'Cquotetxt'], handler: quoteHandler(QUOTATION) },
  { family: 'quote', names: ['Rquote', 'Quote frame'], handler: quoteHandler(RQUOTE) },
  { family: 'quote', names: ['Quote box', 'Quotebox', 'Quote box2'], langs: ['zh'], handler: quoteHandler(ZH_QUOTE_BOX) },
  { family: 'quote', names: ['Quote box', 'Quotebox', 'Quote box2'], handler: quoteHandler(QUOTE_BOX) },
  { family: 'quote', names: ['Ilq', 'Inline quote', 'Qi', 'Inline-quote', '行内引用'], handler: inlineQuote },
];
