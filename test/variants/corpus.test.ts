/**
 * Real zh.wikipedia pages with `-{…}-` or `{{NoteTA}}`, through the real engine (`convertPage`,
 * with and without the corpus templates): in what a reader sees (the Markdown rendered by
 * markdown-it) no raw markup may remain, and every rule the page declares (NoteTA rules, its
 * groups, `-{H|…}-`/`-{A|…}-` in the body) must be applied — no other variant's form of a ruled
 * word, written in the page's own text, may be left.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { convertPage } from '../../src/engine/convert.js';
import { MemoryPageSource } from '../../src/engine/pagesource.js';
import type { PageSource } from '../../src/engine/types.js';
import { siteFor } from '../../src/site/defaults.js';
import { FALLBACKS, validateVariant, type Variant } from '../../src/variants/codes.js';
import { createConverter } from '../../src/variants/converter.js';
import { groupRules } from '../../src/variants/groups.js';
import { parseChoices } from '../../src/variants/rules.js';
import { splitMarkup } from '../../src/variants/transform.js';
import { sharedDir } from '../helpers/shared-dir.js';
import { readerText, withoutCategoryLine } from './peer-cases.js';

const SITE = siteFor('zh');

/** The corpus templates as a page source (file names → titles from the manifest). */
function corpusTemplates(dir: string): PageSource {
  const source = new MemoryPageSource(SITE);
  const lines = readFileSync(join(dir, 'manifest.tsv'), 'utf8').trim().split('\n').slice(1);
  for (const line of lines) {
    const [file, name] = line.split('\t');
    source.set(`Template:${name!.replace(/\s*\(.*\)$/, '')}`, readFileSync(join(dir, file!), 'utf8'));
  }
  return source;
}

/** The page's text outside markup, the insides of its markup, and the rules written in the body. */
function readSource(src: string): { outside: string; inside: string; bodyRules: string[] } {
  let outside = '';
  let inside = '';
  const bodyRules: string[] = [];
  const visit = (text: string): void => {
    for (const part of splitMarkup(text)) {
      if (typeof part === 'string') outside += part;
      else {
        inside += part.raw + '\n';
        const m = /^\s*[AH]\s*\|([\s\S]*)$/.exec(part.raw);
        if (m) bodyRules.push(m[1]!);
      }
    }
  };
  // Link targets are never shown (only labels are), so they are not the page's text.
  // {{vgname}}'s regional names are shown as written (the template wraps them in -{…}-).
  const protectedNames = src.replace(/\{\{\s*vgname\b[^{}]*\}\}/gi, (call) => call.replace(/\|\s*(cn|tw|hk|ja|kr)\s*=([^|}]*)/g, '|$1=-{$2}-'));
  visit(protectedNames.replace(/\{\{\s*noteTA\b[\s\S]*?\}\}/i, '').replace(/\[\[[^\[\]|]*\|/g, '[['));
  return { outside, inside, bodyRules };
}

/** Forms of a rule that must not remain in text converted to `v`. */
function foreignForms(rule: string, v: Variant): string[] {
  const { bid } = parseChoices(rule);
  const target = bid.get(v) ?? FALLBACKS[v].map((f) => bid.get(f)).find((x) => x !== undefined);
  if (target === undefined) return [];
  return [...new Set(bid.values())].filter((f) => f !== target && !target.includes(f));
}

/**
 * Whether the base table turns some other text into `form` (球会 → 球會 in zh-tw): then an
 * occurrence in the output may come from text the page did not write in that form (a label a
 * template handler wrote in Simplified), and the check cannot tell.
 */
function tableMakes(form: string, v: Variant): boolean {
  const convert = createConverter(v);
  for (const script of ['zh-hans', 'zh-hant']) {
    const other = createConverter(script)(form);
    if (other !== form && convert(other) === form) return true;
  }
  return false;
}

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

test('real pages with variant markup or NoteTA: no raw markup, every rule applied (real engine)', (t) => {
  const shared = sharedDir('corpus');
  if (!shared) {
    t.skip('shared data not found');
    return;
  }
  const dir = join(shared, 'corpus', 'zhwiki', 'pages');
  const templates = corpusTemplates(join(shared, 'corpus', 'zhwiki', 'templates'));
  let pages = 0;
  let checkedForms = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.wikitext'))) {
    const src = readFileSync(join(dir, file), 'utf8');
    if (!src.includes('-{') && !/\{\{\s*noteTA\s*[|\n]/i.test(src)) continue;
    pages++;
    const { outside, inside, bodyRules } = readSource(src);
    for (const source of [null, templates]) {
      for (const variant of ['zh-tw', 'zh-cn', 'zh-hk', null]) {
        const where = `${file} ${variant ?? 'no variant'}${source ? ' with templates' : ''}`;
        const res = convertPage(src, { site: 'zh', title: file, variant, templates: source });
        // The category line is the engine's, written from names it does not convert (yet).
        const page = withoutCategoryLine(res.markdown);
        const text = readerText(page);
        const prose = readerText(page, { withoutCode: true });
        assert.equal(count(text, '-{'), 0, `${where}: raw -{ left`);
        assert.equal(count(text, '}-'), 0, `${where}: raw }- left`);
        assert.deepEqual(res.warnings.filter((w) => w.code === 'variant-group-missing'), [], where);
        const v = validateVariant(variant);
        if (!v || v === 'zh') continue;
        const noteTA = res.meta.noteTA;
        const rules = [...(noteTA?.rules ?? []), ...bodyRules];
        for (const g of noteTA?.groups ?? []) rules.push(...groupRules(g, source).rules);
        for (const rule of rules) {
          for (const form of foreignForms(rule, v)) {
            // Only forms the editor wrote outside markup must be gone; `-{型}-` protects a word.
            if (!outside.includes(form) || tableMakes(form, v)) continue;
            checkedForms++;
            assert.ok(count(prose, form) <= count(inside, form), `${where}: "${form}" left although the page rules ${rule}`);
          }
        }
      }
    }
  }
  assert.ok(pages >= 10, `pages with markup or NoteTA: ${pages}`);
  t.diagnostic(`${pages} pages, ${checkedForms} (rule form, variant) checks`);
  assert.ok(checkedForms > 50, `rule forms checked: ${checkedForms}`);
});
