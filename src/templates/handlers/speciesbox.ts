/**
 * `{{Speciesbox|genus=Conyza|species=bonariensis|authority=L.}}`: the wiki's box derives the
 * classification from the genus and shows the species abbreviated ("C. bonariensis") with the
 * full binomial name and its authority in a section of their own. The parameters alone gave a
 * 种 row reading just "bonariensis" and a bare 命名者 row; here the call is restated the way the
 * box prints it (genus, species, binomial with its authority) and handed to the infobox handler.
 */
import type { HandlerEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateResult } from '../types.js';
import { infobox } from './infobox.js';

/** A plain scientific name part: letters, hyphens, the hybrid sign, nothing to parse. */
const NAME_PART = /^[A-Za-z][A-Za-z\- ×]*$/;

function speciesbox(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const genus = call.args.get('genus')?.trim() ?? '';
  const species = call.args.get('species')?.trim() ?? '';
  if (!NAME_PART.test(genus) || !NAME_PART.test(species)) return infobox(call, ctx);
  const authority = call.args.get('authority')?.trim() ?? '';
  const args = new Map<string, string>();
  for (const [k, v] of call.args) {
    if (k === 'authority') continue;
    if (k === 'genus') args.set(k, `''${genus}''`);
    else if (k === 'species') {
      args.set(k, `''${genus.charAt(0)}. ${species}''`);
      args.set('binomial', `''${genus} ${species}''${authority ? `<br />${authority}` : ''}`);
    } else args.set(k, v);
  }
  return infobox({ ...call, args }, ctx);
}

export const SPECIESBOX_ENTRIES: HandlerEntry[] = [{ family: 'infobox', names: ['Speciesbox'], handler: speciesbox }];
