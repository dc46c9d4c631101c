import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { HandlerEntry } from '../../src/templates/entry.js';
import { CITATION_ENTRIES } from '../../src/templates/handlers/citations.js';
import { CONVERT_ENTRIES } from '../../src/templates/handlers/convert.js';
import { COORD_ENTRIES } from '../../src/templates/handlers/coord.js';
import { DATE_ENTRIES } from '../../src/templates/handlers/dates.js';
import { DROP_ENTRIES } from '../../src/templates/handlers/drop.js';
import { FLAG_ENTRIES } from '../../src/templates/handlers/flags.js';
import { FORMAT_ENTRIES } from '../../src/templates/handlers/format.js';
import { HATNOTE_ENTRIES } from '../../src/templates/handlers/hatnotes.js';
import { INFOBOX_ENTRIES } from '../../src/templates/handlers/infobox-entries.js';
import { LANG_ENTRIES } from '../../src/templates/handlers/lang.js';
import { LINK_ENTRIES } from '../../src/templates/handlers/links.js';
import { LIST_ENTRIES } from '../../src/templates/handlers/lists.js';
import { MISC_ENTRIES } from '../../src/templates/handlers/misc.js';
import { QUOTE_ENTRIES } from '../../src/templates/handlers/quotes.js';
import { REFERENCE_ENTRIES } from '../../src/templates/handlers/references.js';
import type { TemplateCall } from '../../src/templates/types.js';
import { makeCtx } from './harness.js';

const ALL: HandlerEntry[] = [
  ...CITATION_ENTRIES, ...CONVERT_ENTRIES, ...COORD_ENTRIES, ...DATE_ENTRIES, ...DROP_ENTRIES, ...FLAG_ENTRIES, ...FORMAT_ENTRIES,
  ...HATNOTE_ENTRIES, ...INFOBOX_ENTRIES, ...LANG_ENTRIES, ...LINK_ENTRIES, ...LIST_ENTRIES, ...MISC_ENTRIES, ...QUOTE_ENTRIES,
  ...REFERENCE_ENTRIES,
];

/** Deterministic pseudo-random strings with the characters that trip parsers up. */
function* garbage(seed: number): Generator<string> {
  const alphabet = ['a', '1', '0', '-', '.', ',', ' ', '\n', '|', '=', '[[', ']]', '{{', '}}', "''", '<', '>', '&amp;', '\x7f0\x7f', '（', '）', '年', 'N', 'E', 'km', 'http://x.org/', '%', '#', ':', 'File:A.jpg', 'é', '\u00a0'];
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    let s = '';
    const len = x % 12;
    for (let i = 0; i < len; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      s += alphabet[x % alphabet.length];
    }
    yield s;
  }
}

const NAMED = ['url', 'title', 'date', 'name', 'group', 'archive-url', 'access-date', 'image', 'caption', 'last1', 'first1', 'abbr', 'disp', 'format', 's', 't', 'p', 'j', 'refs', 'embed', 'header1', 'label2', 'data2', 'C', 'H', 'm', 'T', 'G1', 'Section1'];

test('no handler throws or returns a malformed result, whatever the arguments', () => {
  const gen = garbage(42);
  const next = () => gen.next().value as string;
  let runs = 0;
  for (const lang of ['zh', 'ja', 'en', 'uk', 'ko', 'fr']) {
    const ctx = makeCtx(lang);
    for (const entry of ALL) {
      for (const name of entry.names) {
        for (let k = 0; k < 4; k++) {
          const args = new Map<string, string>();
          const npos = k === 0 ? 0 : (k * 3) % 9;
          for (let i = 1; i <= npos; i++) args.set(String(i), next());
          if (k > 1) for (const key of NAMED) if ((key.length + k) % 3 === 0) args.set(key, next());
          if (k === 3) args.set('1', 'x'.repeat(5000));
          const call: TemplateCall = { name, args, offset: 0, lineStart: k % 2 === 0 };
          const r = entry.handler(call, ctx);
          runs++;
          assert.ok(r && (r.kind === 'drop' || ((r.kind === 'inline' || r.kind === 'block') && Array.isArray(r.nodes))), `${name}: ${JSON.stringify(r)}`);
          if (r.kind !== 'drop') for (const n of r.nodes) assert.ok(n && typeof n.type === 'string', `${name}: node without type`);
        }
      }
    }
  }
  assert.ok(runs > 5000, `${runs} runs`);
});
