/** Test converter that kills its worker thread on pages containing CRASH_WORKER (test code only). */
import type { ConvertOptions, ConvertResult } from '../../src/engine/types.js';
import { convertPage as fake } from './fake-converter.js';

export function convertPage(wikitext: string, options: ConvertOptions): ConvertResult {
  if (wikitext.includes('CRASH_WORKER')) process.exit(7);
  if (wikitext.includes('THROW_IN_CONVERTER')) throw new Error('converter bug');
  return fake(wikitext, options);
}
