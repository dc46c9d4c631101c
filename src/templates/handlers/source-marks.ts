/**
 * Marks in citations: the file kind after a link to a cited document (`{{PDFlink}}`, ja
 * `{{XLSlink}}`) and jawiki's short citation of a Japan Center for Asian Historical Records item
 * (`{{アジア歴史資料センター}}`). Split from links.ts, whose helpers make the links themselves.
 */
import type { Inline } from '../../ast/nodes.js';
import type { HandlerEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateResult } from '../types.js';
import { DROP, inline, inlineResult, plain, pos, text } from '../util.js';

/** ja `{{PDFlink|[url title]}}` → the link and "(PDF)". */
function pdfLink(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const body = inline(ctx, pos(call, 1));
  return body.length ? inlineResult([...body, text(' (PDF)')]) : DROP;
}

/**
 * ja `{{XLSlink}}` after a link to a spreadsheet (ja 0181: `[url title]{{XLSlink}}` in a footnote
 * citing a census spreadsheet) marks the file's kind, "(XLS)"; given the link as its argument, the
 * link and the mark. The mark's wording is ours, not checked against the template.
 */
function xlsLink(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const body = inline(ctx, pos(call, 1));
  return inlineResult(body.length ? [...body, text(' (XLS)')] : [text(' (XLS)')]);
}

/**
 * ja `{{アジア歴史資料センター|A15111667700|件名}}` (ja 0141: a footnote that read only as the template's
 * name): the document's title and its JACAR reference code, "「件名」 アジア歴史資料センター
 * Ref.A15111667700" (the code form JACAR gives its records). Unlinked: the item address was not confirmed.
 */
function jacar(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const code = plain(ctx, pos(call, 1));
  const title = inline(ctx, pos(call, 2));
  if (!code && !title.length) return DROP;
  const out: Inline[] = title.length ? [text('「'), ...title, text('」 ')] : [];
  out.push(text(code ? `アジア歴史資料センター Ref.${code}` : 'アジア歴史資料センター'));
  return inlineResult(out);
}

export const SOURCE_MARK_ENTRIES: HandlerEntry[] = [
  { family: 'link', names: ['PDFlink', 'PDF', 'Pdf'], handler: pdfLink },
  { family: 'link', names: ['XLSlink'], langs: ['ja'], handler: xlsLink },
  { family: 'link', names: ['アジア歴史資料センター'], langs: ['ja'], handler: jacar, traits: { fallbackOnly: true } },
];
