/**
 * The 15 real zhwiki templates of ../shared/corpus/zhwiki/templates expand without warnings,
 * called the way real pages of the corpus call them (the first call found), or with typical
 * arguments when no page calls them. Sub-templates the corpus lacks become dropped markers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Warning } from '../../src/engine/types.js';
import { expand, newExpandRecord } from '../../src/preprocess/expand.js';
import { siteFor } from '../../src/site/defaults.js';
import { sharedDir } from '../helpers/shared-dir.js';
import { readCorpusTemplates } from '../../bench/pages.js';

const zh = siteFor('zh');
const shared = sharedDir('corpus');

/** The source text of the first `{{name…}}` call in a page (balanced braces), or null. */
function firstCall(page: string, name: string): string | null {
  const first = name[0]!;
  const pattern = new RegExp(`\\{\\{\\s*[${first.toUpperCase()}${first.toLowerCase()}]${name.slice(1).replace(/[ _]/g, '[ _]')}\\s*[|}]`);
  const m = pattern.exec(page);
  if (!m) return null;
  let depth = 0;
  for (let i = m.index; i < page.length - 1; i++) {
    if (page[i] === '{' && page[i + 1] === '{') {
      depth++;
      i++;
    } else if (page[i] === '}' && page[i + 1] === '}') {
      depth--;
      i++;
      if (depth === 0) return page.slice(m.index, i + 1);
    }
  }
  return null;
}

const FALLBACK_CALLS: Record<string, string> = {
  氯化物: '{{氯化物}}',
  电影信息框: '{{电影信息框|name=示例电影|image=Example.jpg|director=某导演|starring=甲、乙|released={{Start date|2001|5|1}}|country=中国|language=汉语}}',
};

test('real zh templates expand without warnings', (t) => {
  if (!shared) {
    t.skip('shared data not found');
    return;
  }
  const dir = path.join(shared, 'corpus/zhwiki');
  const { source, names } = readCorpusTemplates(dir, zh);
  const pages = fs.readdirSync(path.join(dir, 'pages')).filter((f) => f.endsWith('.wikitext')).sort()
    .map((f) => fs.readFileSync(path.join(dir, 'pages', f), 'utf8'));
  assert.equal(names.length, 15);
  for (const name of names) {
    let call: string | null = null;
    for (const page of pages) if ((call = firstCall(page, name))) break;
    call ??= FALLBACK_CALLS[name] ?? null;
    assert.ok(call, `a call of ${name}`);
    const warnings: Warning[] = [];
    const record = newExpandRecord();
    const pre = expand(call, {
      site: zh, title: '测试页面', source, registry: null, now: new Date(Date.UTC(2024, 0, 1)),
      warn: (w) => warnings.push(w), record,
    });
    assert.deepEqual(warnings, [], `${name}: no warnings`);
    assert.ok(pre.text.trim().length > 0, `${name}: some output (text or markers)`);
    assert.ok(!pre.text.includes('{{'), `${name}: nothing left unexpanded: ${pre.text.slice(pre.text.indexOf('{{'), pre.text.indexOf('{{') + 80)}`);
    assert.ok(!pre.text.includes('class="error"'), `${name}: no errors: ${pre.text.slice(Math.max(0, pre.text.indexOf('class="error"') - 40), pre.text.indexOf('class="error"') + 120)}`);
    assert.ok(record.templates[name]! >= 1, `${name}: recorded as used`);
  }
});
