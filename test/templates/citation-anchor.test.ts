/**
 * The ids full citations take (src/templates/handlers/citation-anchor.ts) meet the links their
 * short citations make: checked end to end, link and anchor in the written Markdown. Cases are
 * the shapes that left links dangling on the ja/uk dump pages (人工知能, Мова, Блог, Ярослав Мудрий).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';
import { makeCtx, render, inlineOf } from './harness.js';

function md(wikitext: string, site: 'ja' | 'uk' | 'en'): string {
  return convertPage(wikitext, { title: 'T', site }).markdown;
}

/** Every in-page link target and every <a id> of a page. */
function targets(markdown: string): { links: string[]; ids: string[] } {
  return {
    links: [...markdown.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!),
    ids: [...markdown.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]!),
  };
}

const idOf = (name: string, args: Record<string, string>, site: 'ja' | 'uk' | 'en'): unknown =>
  (inlineOf(render(name, [], args, makeCtx(site)))[0] as { attrs?: { id?: string } }).attrs?.id;

test('CS1: the authors make the anchor; editors only when there are no authors', () => {
  // Мова: last=Bett with editor2=… — the anchor was "CITEREFBettRobert J Stainton2010".
  assert.equal(idOf('Cite book', { last: 'Bett', editor: 'Alex Barber', editor2: 'Robert J Stainton', year: '2010', title: 'X', ref: 'harv' }, 'en'), 'CITEREFBett2010');
  // 人工知能: last1…last6 and editor= — the editor came first.
  const six = { last1: '合原', last2: '牧野', last3: '金山', last4: '河野', last5: '木脇', editor: '合原一幸（編著）', year: '2017', title: 'X', ref: 'harv' };
  assert.equal(idOf('Cite book', six, 'ja'), 'CITEREF合原牧野金山河野2017');
  assert.equal(idOf('Cite book', { 'editor-last': 'Foss', 'editor-last2': 'Shapiro', year: '1966', title: 'X', ref: 'harv' }, 'en'), 'CITEREFFossShapiro1966');
  assert.equal(idOf('Cite web', { author: 'Melissa Heikkilä', title: 'X', ref: 'harv' }, 'en'), 'CITEREFMelissa Heikkilä');
  assert.equal(idOf('Cite web', { title: 'X', year: '2010', ref: 'harv' }, 'en'), undefined);
});

test("CS1: the year is year= (ukwiki рік=), else the date's year with its letter", () => {
  assert.equal(idOf('Cite book', { last: 'Айзексон', 'рік': '2017', 'назва': 'X', ref: 'harv' }, 'uk'), 'CITEREFАйзексон2017');
  assert.equal(idOf('Cite journal', { last: 'Clark', date: 'March 2015a', title: 'X', ref: 'harv' }, 'en'), 'CITEREFClark2015a');
  assert.equal(idOf('Cite journal', { last: 'Clark', date: '2015-03-01', title: 'X', ref: 'harv' }, 'en'), 'CITEREFClark2015');
  assert.equal(idOf('Cite book', { last: '山本', date: '1970年1月1日', title: 'X', ref: 'harv' }, 'ja'), 'CITEREF山本1970');
});

test('sfn links and CS1 anchors agree in the written page', () => {
  const out = md(
    '本文{{sfn|合原|牧野|金山|河野|2017|p=34}}。\n\n== 参考文献 ==\n' +
      '* {{Cite book|和書|last1=合原|first1=一幸|last2=牧野|last3=金山|last4=河野|last5=木脇|editor=合原一幸（編著）|year=2017|title=人工知能はこうして創られる|ref=harv}}\n',
    'ja',
  );
  const { links, ids } = targets(out);
  assert.deepEqual(links, ['citeref合原牧野金山河野2017']);
  assert.deepEqual(ids, ['citeref合原牧野金山河野2017']);
});

test('ukwiki GOST templates: ref= plus рік is the anchor {{sfn}} links to', () => {
  const out = md(
    'Текст{{sfn|Климовський|2003|с=2—3}}.\n\n== Джерела ==\n' +
      '* {{публікація|стаття\n | автор = Климовський С. І.\n | назва = Новий княжий двір\n | рік = 2003\n | ref = Климовський\n}}\n',
    'uk',
  );
  const { links, ids } = targets(out);
  assert.deepEqual(links, ['citerefклимовський2003']);
  assert.deepEqual(ids, ['citerefклимовський2003']);
  // ref=none, or no ref=: no anchor.
  assert.doesNotMatch(md('* {{книга|автор=Каргер М. К.|назва=Древний Киев|рік=1958|ref=none}}', 'uk'), /<a id/);
  assert.doesNotMatch(md('* {{книга|автор=Каргер М. К.|назва=Древний Киев|рік=1958}}', 'uk'), /<a id/);
});

test('ukwiki GOST templates: ref=harv is the CS1 switch, not a name (the anchor CS1 would give)', () => {
  const out = md('* {{книга|автор=Каргер|назва=Древний Киев|рік=1958|ref=harv}}', 'uk');
  assert.deepEqual(targets(out).ids, ['citerefкаргер1958']);
});

test('CS1: a Vancouver list (vauthors=) gives the surnames, split at commas, each without its initials', () => {
  assert.equal(idOf('Cite journal', { vauthors: 'Smith J, Jones K', year: '2020', title: 'X', ref: 'harv' }, 'en'), 'CITEREFSmithJones2020');
  assert.equal(idOf('Cite journal', { vauthors: 'van der Berg JH, Li', year: '2020', title: 'X', ref: 'harv' }, 'en'), 'CITEREFvan der BergLi2020');
  // last= wins over vauthors=; veditors= stands in for missing authors as editors do.
  assert.equal(idOf('Cite journal', { last: 'Brown', vauthors: 'Smith J', year: '2020', title: 'X', ref: 'harv' }, 'en'), 'CITEREFBrown2020');
  assert.equal(idOf('Cite book', { veditors: 'Lee AB, Kim C', year: '2001', title: 'X', ref: 'harv' }, 'en'), 'CITEREFLeeKim2001');
  const out = md('Text{{sfn|Smith|Jones|2020}}.\n\n== Sources ==\n* {{cite journal|vauthors=Smith J, Jones K|year=2020|title=X}}\n', 'en');
  const { links, ids } = targets(out);
  assert.deepEqual(links, ['citerefsmithjones2020']);
  assert.deepEqual(ids, ['citerefsmithjones2020']);
});

test('without ref=, on a page citing by author and year, a citation without a year takes no anchor', () => {
  const page = (cite: string) => md(`Text{{sfn|Smith|2020}}.\n\n== Sources ==\n* ${cite}\n`, 'en');
  assert.deepEqual(targets(page('{{cite book|last=Smith|year=2020|title=X}}')).ids, ['citerefsmith2020']);
  assert.deepEqual(targets(page('{{cite book|last=Smith|title=X}}')).ids, []);
  // Asked for with ref=harv, the anchor needs no year.
  assert.deepEqual(targets(page('{{cite book|last=Smith|title=X|ref=harv}}')).ids, ['citerefsmith']);
});

test('ukwiki {{h|Mioduszewski|1935}}: the anchor {{sfn|Mioduszewski|1935}} links to; other wikis do not know it', () => {
  assert.deepEqual(inlineOf(render('H', ['Mioduszewski', '1935'], {}, makeCtx('uk'))), [
    { type: 'htmlInline', tag: 'span', attrs: { id: 'CITEREFMioduszewski1935' }, children: [] },
  ]);
  assert.deepEqual(render('H', [], {}, makeCtx('uk')), { kind: 'drop' });
  assert.throws(() => render('H', ['Mioduszewski', '1935'], {}, makeCtx('ja')), /no handler for H/);
});

