/**
 * Real zh.wikipedia pages with `-{…}-` or `{{NoteTA}}`: converted with the minimal reader, no raw
 * markup may remain and every rule the page declares must show in the output (no other variant's
 * form of a ruled word left in the text).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { plainText, type Block, type Inline } from '../../src/ast/nodes.js';
import { walk } from '../../src/ast/walk.js';
import type { PageMeta } from '../../src/engine/types.js';
import { FALLBACKS, validateVariant, type Variant } from '../../src/variants/codes.js';
import { groupRules } from '../../src/variants/groups.js';
import { parseChoices } from '../../src/variants/rules.js';
import { applyVariants } from '../../src/variants/transform.js';
import { closeOfVariant, miniDocument, miniInline } from './mini-wikitext.js';
import { sharedDir } from './peer-cases.js';

/** `{{NoteTA|G1=IT|1=zh-cn:…}}` → meta (what the template handler records), and the page without it. */
function takeNoteTA(src: string): { noteTA: PageMeta['noteTA']; rest: string } {
  const m = /\{\{\s*noteTA\s*\n?\|([\s\S]*?)\}\}/i.exec(src);
  if (!m) return { noteTA: null, rest: src };
  const noteTA = { title: null as string | null, rules: [] as string[], groups: [] as string[] };
  for (const part of m[1]!.split('|')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (/^G\d+$/i.test(key)) noteTA.groups.push(value);
    else if (/^\d+$/.test(key)) noteTA.rules.push(value);
    else if (key === 'T') noteTA.title = value;
  }
  return { noteTA, rest: src.slice(0, m.index) + src.slice(m.index + m[0].length) };
}

/** Rules written in the page body (`-{H|…}-`, `-{A|…}-`). */
function bodyRules(src: string): string[] {
  const out: string[] = [];
  for (let i = src.indexOf('-{'); i >= 0; i = src.indexOf('-{', i + 2)) {
    const end = closeOfVariant(src, i);
    if (end < 0) break;
    const m = /^\s*[AH]\s*\|([\s\S]*)$/.exec(src.slice(i + 2, end - 2));
    if (m) out.push(m[1]!);
  }
  return out;
}

/** Forms of a rule that must not remain in text converted to `v`. */
function foreignForms(rule: string, v: Variant): string[] {
  const { bid } = parseChoices(rule);
  const target = bid.get(v) ?? FALLBACKS[v].map((f) => bid.get(f)).find((x) => x !== undefined);
  if (target === undefined) return [];
  return [...new Set(bid.values())].filter((f) => f !== target && !target.includes(f));
}

test('real pages with variant markup or NoteTA: no raw markup, every rule applied', (t) => {
  const shared = sharedDir();
  if (!shared) {
    t.skip('shared data not found');
    return;
  }
  const dir = join(shared, 'corpus', 'zhwiki', 'pages');
  let pages = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.wikitext'))) {
    const src = readFileSync(join(dir, file), 'utf8');
    if (!src.includes('-{') && !/\{\{\s*noteTA/i.test(src)) continue;
    pages++;
    const { noteTA, rest } = takeNoteTA(src);
    const rules = [...(noteTA?.rules ?? []), ...bodyRules(rest)];
    for (const g of noteTA?.groups ?? []) rules.push(...groupRules(g, null).rules);
    for (const variant of ['zh-tw', 'zh-cn', 'zh-hk', null]) {
      const { doc } = miniDocument(rest);
      let source = '';
      walk(doc, (x) => {
        if (x.type === 'text') source += x.value + '\n';
      });
      // Text shown by `-{…}-` is as the editor wrote it (`-{型}-` protects a word from the rules).
      const fromMarkup = new WeakSet<object>();
      const parseInline = (w: string): Inline[] => {
        const nodes = miniInline(w);
        for (const n of nodes) walk(n, (x) => void fromMarkup.add(x));
        return nodes;
      };
      applyVariants(doc, { variant, noteTA, groups: null, parseInline, warn: () => {} });
      const text = doc.children.map((b: Block) => plainText([b])).join('\n');
      let converted = '';
      walk(doc, (x) => {
        if (fromMarkup.has(x)) return 'skip';
        if (x.type === 'text') converted += x.value + '\n';
      });
      assert.ok(!text.includes('-{') && !text.includes('}-'), `${file} ${variant}: raw markup left`);
      const v = validateVariant(variant);
      if (!v || v === 'zh') continue;
      for (const rule of rules) {
        // A form the table produces from other text (型別 → 型别) is MediaWiki's output too: only
        // forms written in the page's own text must be gone.
        for (const form of foreignForms(rule, v).filter((f) => source.includes(f))) {
          assert.ok(!converted.includes(form), `${file} ${variant}: "${form}" left although the page rules ${rule}`);
        }
      }
    }
  }
  assert.ok(pages >= 10, `pages with markup or NoteTA: ${pages}`);
});
