/**
 * The engine as bench/mirror-engine.ts runs it alone, for the mirror's workers to call in its
 * place (bench/mirror-split.ts): the worker's site and title and the dump's date, a resolver that
 * finds no page, no template source, no category names, no attribution. The pipeline then does all
 * its own work (reading, writing, messages, checkpoints) around the engine's plain work, and the
 * difference from a real run is what the worker's resolver and template source add to convertPage.
 */
import { convertPage } from '../src/engine/convert.js';
import type { ConvertOptions, ConvertResult } from '../src/engine/types.js';

const noPage = () => null;

export function convertPlain(text: string, options: ConvertOptions): ConvertResult {
  // The engine bench's options in its order ({ site, now, resolveLink } spread with the title).
  return convertPage(text, { site: options.site, now: options.now, resolveLink: noPage, title: options.title });
}
