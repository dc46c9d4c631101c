/**
 * A call a built-in handler takes: its arguments expanded and counted toward the include size,
 * then a `template` marker holding the call — cut into lines first for a wrapper
 * (wrapper-lines.ts), with the row labels of its template page and the flag data of its
 * `Country data` pages read aside (expand-aside.ts). Split out of expand.ts, whose Expander is
 * the host and decides which calls come here.
 */
import { readCountryData, readRowLabels, type AsideHost } from './expand-aside.js';
import { makeTemplateCall, type CallPart } from './flatten.js';
import type { Frame } from './frame.js';
import type { IncludeSizeBudget } from './include-size.js';
import type { PPTemplate } from './tree.js';
import { splitWrapperCall } from './wrapper-lines.js';

/** What a handler call needs of the Expander. */
export interface HandlerHost extends AsideHost {
  readonly budget: IncludeSizeBudget;
  /** The call the include size refused: omitted, with the warning and marker every omission has. */
  handlerTooLarge(node: PPTemplate, frame: Frame, part1: string): string;
}

export interface HandlerCallOptions {
  /** `atLineStart`: the call follows a newline in its own text, or opens the page. */
  atLineStart: boolean;
  /** A missing template that looks like a data box, printed as one (no handler's traits). */
  dataBox?: boolean;
  /** The template's page, whose `{{Infobox}}` row labels the handler reads when the source has it. */
  page?: string | null;
  /** false for a call that prints nothing (a recording word): no size counted. */
  prints?: boolean;
}

export function handlerCall(host: HandlerHost, node: PPTemplate, frame: Frame, part1: string, o: HandlerCallOptions): string {
  const dataBox = o.dataBox === true;
  const page = o.page ?? null;
  // A handler's call counts toward the include size as the template's text would, by its
  // arguments' expanded bytes (what it prints is made of them); a call that would pass the
  // limit is omitted, as a dump template is (its arguments expanded first, as the wiki's are).
  let bytes = 0;
  const parts: CallPart[] = node.parts.map((p) => {
    const part = { name: p.name === null ? null : host.expandNodes(p.name, frame), value: host.expandNodes(p.value, frame) };
    bytes += Buffer.byteLength(part.value, 'utf8');
    return part;
  });
  if (o.prints !== false && !host.budget.fits(bytes)) return host.handlerTooLarge(node, frame, part1);
  const call = makeTemplateCall(host.site, part1, parts, host.offsetOf(node, frame), o.atLineStart || node.lineStart);
  const lang = host.site.lang;
  const traits = dataBox ? null : host.opts.registry?.traits?.(call.name, lang);
  if (dataBox) call.dataBox = true;
  else if (traits?.wrapper) {
    const lines = splitWrapperCall(call, host.table.markers, (piece) => host.table.add({ kind: 'template', call: piece }), traits.wrapperRest, traits.wrapperTail);
    if (lines !== null) return lines;
  }
  if (page !== null) {
    const labels = readRowLabels(host, node, frame, page, call.args);
    if (labels) call.rowLabels = labels;
  }
  const country = traits?.countryKey && host.opts.source ? traits.countryKey(call) : null;
  if (country) {
    const data = readCountryData(host, node, frame, country);
    if (data) call.countryData = data;
  }
  const countries = traits?.countryKeys && host.opts.source ? traits.countryKeys(call) : null;
  if (countries) call.countriesData = countries.map((req) => (req ? readCountryData(host, node, frame, req) : null));
  return host.table.add({ kind: 'template', call });
}
