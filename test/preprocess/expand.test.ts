import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryPageSource } from '../../src/engine/pagesource.js';
import type { Warning } from '../../src/engine/types.js';
import { expand, newExpandRecord } from '../../src/preprocess/expand.js';
import { readMarker, type Marker } from '../../src/preprocess/markers.js';
import type { ExpandOptions } from '../../src/preprocess/types.js';
import { siteFor } from '../../src/site/defaults.js';
import type { TemplateRegistry } from '../../src/templates/types.js';

const en = siteFor('en');
const zh = siteFor('zh');

function source(pages: Record<string, string>, site = en): MemoryPageSource {
  const s = new MemoryPageSource(site);
  for (const [k, v] of Object.entries(pages)) s.set(k, v);
  return s;
}

/** Expanded text with markers shown as ⟦kind:name|args⟧. */
function show(text: string, markers: Marker[]): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    if (text.charCodeAt(i) === 0x7f) {
      const m = readMarker(text, i)!;
      const marker = markers[m.index]!;
      if (marker.kind === 'template') {
        out += `⟦template:${marker.call.name}${[...marker.call.args].map(([k, v]) => `|${k}=${show(v, markers)}`).join('')}⟧`;
      } else if (marker.kind === 'extension') {
        out += `⟦${marker.name}:${marker.inner === null ? '' : show(marker.inner, markers)}⟧`;
      } else out += `⟦dropped:${marker.name}⟧`;
      i = m.end;
    } else out += text[i++];
  }
  return out;
}

function run(src: string, pages: Record<string, string> = {}, over: Partial<ExpandOptions> = {}) {
  const warnings: Warning[] = [];
  const record = newExpandRecord();
  const site = over.site ?? en;
  const pre = expand(src, {
    site, title: 'Parser test', source: source(pages, site), registry: null,
    now: new Date(Date.UTC(1970, 0, 1, 0, 2, 3)), warn: (w) => warnings.push(w), record, ...over,
  });
  return { text: show(pre.text, pre.markers), warnings, record };
}

test('templates, parameters, defaults, trimming rules', () => {
  const pages = {
    'Template:1x': '{{{1}}}',
    'Template:Pair': '[{{{1}}}|{{{a}}}|{{{b|def}}}|{{{c|}}}]',
    'Template:Nested': '<{{1x|{{{1}}}}}>',
  };
  assert.equal(run('a{{1x|b}}c', pages).text, 'abc');
  assert.equal(run('{{1x| b }}', pages).text, ' b ');
  assert.equal(run('{{Pair| p | a = x }}', pages).text, '[ p |x|def|]');
  assert.equal(run('{{Pair|1=one|1=two}}', pages).text, '[two|{{{a}}}|def|]');
  assert.equal(run('{{nested|deep}}', pages).text, '<deep>');
  assert.equal(run('{{Template:1x|x}}{{ 1x |y}}', pages).text, 'xy');
  assert.equal(run('{{{1|top default}}}{{{x}}}', pages).text, 'top default{{{x}}}');
});

test('main-namespace transclusion, subst, msgnw, invalid names stay literal', () => {
  const pages = { Foo: 'FOO', 'Template:1x': '{{{1}}}' };
  assert.equal(run('{{:Foo}}', pages).text, 'FOO');
  // Viewing a page (no pre-save transform), plain subst: stays as written with its arguments
  // expanded (Parser::braceSubstitution: "literal when not in PST with plain subst:"); safesubst: expands.
  assert.equal(run('{{subst:1x|s}}{{safesubst:1x|t}}', pages).text, '{{subst:1x|s}}t');
  assert.equal(run('{{ SUBST:1x|{{1x|n}}| k = v }}|{{subst:PAGENAME}}', pages).text, '{{ SUBST:1x|n| k = v }}|{{subst:PAGENAME}}');
  assert.equal(run('<ref>{{subst:1x|r}}</ref>', pages).text, '⟦ref:{{subst:1x|r}}⟧');
  assert.equal(run('{{[[Foo]]}}', pages).text, '{{[[Foo]]}}');
  assert.equal(run('{{1x|[[Foo}}|bar]]|bat}}', pages).text, '[[Foo}}|bar]]');
});

test('a percent escape in a call name makes it no title: the braces stay as text', () => {
  // Title::newFromText takes the name as written; only links rawurldecode their target.
  const pages = { 'Template:A b': 'AB', 'Template:%41': 'never' };
  const url = 'https://ja.wikipedia.org/wiki/%E3%81%84%E3%81%A1';
  assert.equal(run(`<ref>{{${url}}}</ref>`, pages).text, `⟦ref:{{${url}}}⟧`);
  assert.equal(run('{{%41}}|{{A_b}}|{{A&#32;b}}', pages).text, '{{%41}}|AB|AB');
  assert.equal(run('{{:%41}}', pages).text, '{{:%41}}');
});

test('noinclude, includeonly, onlyinclude', () => {
  const pages = {
    'Template:A': 'x<noinclude>DOC</noinclude><includeonly>y</includeonly>',
    'Template:B': 'hidden<onlyinclude>shown</onlyinclude>hidden<onlyinclude>!</onlyinclude>',
  };
  assert.equal(run('{{A}}', pages).text, 'xy');
  assert.equal(run('{{B}}', pages).text, 'shown!');
  assert.equal(run('<includeonly>no</includeonly><noinclude>yes</noinclude>').text, 'yes');
});

test('parser functions and magic words inside templates', () => {
  const pages = {
    'Template:If': '{{#if:{{{1|}}}|has {{{1}}}|empty}}',
    'Template:Sw': '{{#switch:{{{1}}}|a|b=AB|c=C|#default=D}}',
    'Template:Pn': '{{PAGENAME}}',
  };
  assert.equal(run('{{If}}/{{If|x}}', pages).text, 'empty/has x');
  assert.equal(run('{{Sw|a}}{{Sw|c}}{{Sw|z}}', pages).text, 'ABCD');
  assert.equal(run('{{Pn}}', pages, { title: 'Foo bar' }).text, 'Foo bar');
  assert.equal(run('{{#expr: 2 * (3 + 4) }}').text, '14');
  assert.equal(run('{{CURRENTYEAR}}{{!}}{{=}}').text, '1970|=');
  assert.equal(run('{{#if: x | a=b }}').text, 'a=b');
});

test('T2529: output starting a list or table after text starts a new line', () => {
  const pages = { 'Template:Bullet': '*Bar', 'Template:Table': '{|\n|x\n|}' };
  assert.equal(run('x{{Bullet}}', pages).text, 'x\n*Bar');
  // MediaWiki counts only a call after a newline as at line start, not one at offset 0.
  assert.equal(run('{{Bullet}}', pages).text, '\n*Bar');
  assert.equal(run('x\n{{Bullet}}', pages).text, 'x\n*Bar');
  assert.equal(run('x{{Table}}', pages).text, 'x\n{|\n|x\n|}');
  assert.equal(run('x{{#if:1|#a}}').text, 'x\n#a');
});

test('loops, depth and missing templates give warnings and markers, never a hang', () => {
  const loop = run('{{Loop1}}', { 'Template:Loop1': 'a{{Loop2}}', 'Template:Loop2': 'b{{Loop1}}' });
  assert.equal(loop.text, 'ab<span class="error">Template loop detected: [[Template:Loop1]]</span>');
  assert.deepEqual(loop.warnings.map((w) => w.code), ['template-loop']);
  const self = run('{{:Parser test}}', { 'Parser test': 'me' });
  assert.match(self.text, /Template loop detected: \[\[Parser test\]\]/);
  const chain: Record<string, string> = {};
  for (let i = 0; i < 50; i++) chain[`Template:D${i}`] = `{{D${i + 1}}}`;
  const deep = run('{{D0}}', chain);
  assert.match(deep.text, /depth limit exceeded/);
  assert.equal(deep.warnings[0]?.code, 'expansion-depth');
  const missing = run('a{{No such}}b{{No such}}');
  assert.equal(missing.text, 'a⟦dropped:No such⟧b⟦dropped:No such⟧');
  assert.deepEqual(missing.record.unhandled, { 'No such': 2 });
  assert.deepEqual(missing.warnings, []);
  assert.equal(run('{{No such}}', {}, { missingTemplates: 'link' }).text, '[[:Template:No such]]');
  // An expression over a missing template is dropped with it, not printed as an error.
  assert.equal(run('a{{#expr:{{Pop}}/2}}b{{#ifexpr:{{Pop}}>1|x|y}}').text, 'a⟦dropped:Pop⟧b⟦dropped:Pop⟧');
  const big = run('{{Big}}{{Big}}{{Big}}', { 'Template:Big': 'x'.repeat(1000) }, { limits: { maxIncludeSize: 2500 } });
  assert.equal(big.text, 'x'.repeat(2000) + '⟦dropped:Big⟧');
  assert.equal(big.warnings[0]?.code, 'expansion-size');
});

test('built-in handlers win over expansion, with expanded arguments; preferExpansion overrides', () => {
  const registry: TemplateRegistry = { lookup: (name) => (name === 'Cite web' || name === 'DEFAULTSORT' ? () => ({ kind: 'drop' }) : null) };
  const pages = { 'Template:Cite web': 'EXPANDED', 'Template:Wrap': '{{cite web|title={{{1}}}| x }}' };
  const r = run('{{Wrap|T}}', pages, { registry });
  assert.equal(r.text, '⟦template:Cite web|title=T|1= x ⟧');
  assert.deepEqual(r.record.templates, { Wrap: 1, 'Cite web': 1 });
  assert.equal(run('{{Wrap|T}}', pages, { registry, preferExpansion: new Set(['Cite web']) }).text, 'EXPANDED');
  assert.equal(run('{{DEFAULTSORT:Key}}', {}, { registry }).text, '⟦template:DEFAULTSORT|1=Key⟧');
  const rec = run('{{DEFAULTSORT:Key}}x');
  assert.equal(rec.text, 'x');
  assert.equal(rec.record.defaultSort, 'Key');
});

test('extension tags: markers; ref content expanded with the page frame', () => {
  const pages = { 'Template:1x': '{{{1}}}', 'Template:R': '<ref>{{{1}}} {{1x|in}}</ref>' };
  assert.equal(run('a<ref name="x">{{1x|b}}</ref>', pages).text, 'a⟦ref:b⟧');
  assert.equal(run('{{R|p}}', pages).text, '⟦ref:{{{1}}} in⟧');
  assert.equal(run('{{#tag:ref|{{1x|c}}|name=n}}', pages).text, '⟦ref:c⟧');
  assert.equal(run('<nowiki>{{1x|raw}}</nowiki>', pages).text, '⟦nowiki:{{1x|raw}}⟧');
  assert.equal(run('{{#tag:b|bold|class=x}}').text, '<b class="x">bold</b>');
  assert.equal(run('{{#tag:nosuch|x}}').text, '<strong class="error">Unknown extension tag "nosuch"</strong>');
  assert.equal(run('{{1x|<nowiki>|</nowiki>}}', pages).text, '⟦nowiki:|⟧');
});

test('gallery caption="…": templates in it expand (MediaWiki reads it through recursiveTagParse)', () => {
  const site = en;
  const galleryCaption = (src: string): string | undefined => {
    const pre = expand(src, {
      site, title: 'Parser test', source: source({ 'Template:1x': '{{{1}}}' }, site), registry: null,
      now: new Date(0), warn: () => {}, record: newExpandRecord(),
    });
    const marker = pre.markers.find((m) => m.kind === 'extension' && m.name === 'gallery');
    return marker && marker.kind === 'extension' ? marker.attrs.caption : undefined;
  };
  assert.equal(galleryCaption('<gallery caption="{{1x|hi}} and {{ns:-1}}">\nA.jpg\n</gallery>'), 'hi and Special');
  // Other attributes and other tags' attributes stay as written.
  assert.equal(galleryCaption('<gallery caption="plain">\nA.jpg\n</gallery>'), 'plain');
});

test('#invoke: built-in modules, misses counted', () => {
  const pages = { 'Template:Img': '{{#invoke:InfoboxImage|InfoboxImage|image={{{1}}}|size=200}}', 'Template:Ie': '{{#invoke:If empty|main}}' };
  assert.equal(run('{{Img|A.jpg}}', pages).text, '[[File:A.jpg|200px]]');
  assert.equal(run('{{Ie||b|c}}', pages).text, 'b');
  assert.equal(run('{{#invoke:String|len|abc}}').text, '3');
  assert.equal(run('{{#invoke:Wikidata|getValue|P31|FETCH_WIKIDATA}}{{#invoke:Wikidata|getValue|P31|local}}').text, 'local');
  const miss = run('x{{#invoke:No such|f|a}}y');
  assert.equal(miss.text, 'xy');
  assert.deepEqual(miss.record.modules, { 'No such|f': 1 });
});

test('zh: namespace aliases, variant brackets keep pipes, zh dates', () => {
  const pages = { 'Template:1x': '{{{1}}}' };
  assert.equal(run('{{模板:1x|a}}', pages, { site: zh }).text, 'a');
  assert.equal(run('{{1x|-{a|b}-}}', pages, { site: zh }).text, '-{a|b}-');
  assert.equal(run('{{CURRENTMONTHNAME}}{{#time:Y年n月j日|2024-03-05}}', {}, { site: zh }).text, '1月2024年3月5日');
});

test('pathological input: never throws, limits hold', () => {
  const pages = { 'Template:1x': '{{{1}}}', 'Template:Twice': '{{{1}}}{{{1}}}' };
  const nested = '{{1x|'.repeat(3000) + 'x' + '}}'.repeat(3000);
  const r = run(nested, pages);
  assert.match(r.text, /Expansion depth limit exceeded/);
  assert.equal(r.warnings[0]?.code, 'expansion-depth');
  assert.equal(typeof run('{{'.repeat(20000), pages).text, 'string');
  assert.equal(typeof run('{{{'.repeat(5000) + '}}}'.repeat(4000), pages).text, 'string');
  assert.equal(typeof run('[[{{1x|'.repeat(2000), pages).text, 'string');
  // Exponential growth (each level doubles) stops at the include-size limit.
  const bombs: Record<string, string> = { 'Template:B0': 'xxxxxxxxxx' };
  for (let i = 1; i <= 30; i++) bombs[`Template:B${i}`] = `{{B${i - 1}}}{{B${i - 1}}}`;
  const big = run('{{B30}}', bombs, { limits: { maxIncludeSize: 100000 } });
  assert.ok(big.text.length < 300000, `bounded output, got ${big.text.length}`);
  assert.equal(big.warnings[0]?.code, 'expansion-size');
});

test('relative names: subpages where the namespace has them, else an ordinary template name', () => {
  const uk = siteFor('uk');
  const pages = { 'Шаблон:/рамка': '[рамка]', 'Користувач:A/рамка': '[sub]', 'Користувач:A': '[base]' };
  // Articles have no subpages: `{{/рамка}}` is the template "/рамка" (missing → dropped, counted).
  const article = run('x{{/рамка}}y', {}, { site: uk, title: 'Київ' });
  assert.equal(article.text, 'x⟦dropped:/рамка⟧y');
  assert.deepEqual(article.record.unhandled, { '/рамка': 1 });
  assert.equal(run('x{{/рамка}}y', pages, { site: uk, title: 'Київ' }).text, 'x[рамка]y');
  // `../` is no valid title there: the call stays as written.
  assert.equal(run('{{../рамка}}', pages, { site: uk, title: 'Київ' }).text, '{{../рамка}}');
  // User pages have subpages.
  assert.equal(run('{{/рамка}}', pages, { site: uk, title: 'Користувач:A' }).text, '[sub]');
  assert.equal(run('{{../}}', pages, { site: uk, title: 'Користувач:A/b' }).text, '[base]');
  assert.equal(run('{{../../x}}', pages, { site: uk, title: 'Користувач:A/b' }).text, '{{../../x}}');
});

test('a template with no page found in another spelling (otherSpelling): its handler, else its text; #ifexist asks too, not for Media:', () => {
  const pages = source({ 'Template:Spelled': 'TEXT OF SPELLED', 'Template:Boxed': 'RAW BOX', 'File:Spelled.png': 'file' });
  const asked: string[] = [];
  const other: Record<string, string> = { 'Template:Other': 'Template:Spelled', 'Template:Box2': 'Template:Boxed', 'File:Other.png': 'File:Spelled.png' };
  const withSpellings = Object.assign(Object.create(pages) as MemoryPageSource, {
    otherSpelling: (t: string) => (asked.push(t), other[t] ?? null),
  });
  const registry: TemplateRegistry = { lookup: (name) => (name === 'Boxed' ? () => ({ kind: 'drop' }) : null) };
  const opts = { source: withSpellings, registry };
  assert.equal(run('{{Other}}', {}, opts).text, 'TEXT OF SPELLED');
  // The handler is looked up under the spelling found, and gets the call's arguments.
  assert.equal(run('{{Box2|1950|a=b}}', {}, opts).text, '⟦template:Boxed|1=1950|a=b⟧');
  // A title that exists is never asked about; nor is a missing one without a handler or page in any spelling.
  asked.length = 0;
  assert.equal(run('{{Spelled}}{{Boxed|x}}', {}, opts).text, 'TEXT OF SPELLED⟦template:Boxed|1=x⟧');
  assert.deepEqual(asked, []);
  assert.equal(run('{{#ifexist:Template:Other|yes|no}}{{#ifexist:Nothing|yes|no}}', {}, opts).text, 'yesno');
  assert.deepEqual(asked, ['Template:Other', 'Nothing']);
  // Media: is not looked up in another spelling (findVariantLink does nothing below namespace 0).
  asked.length = 0;
  assert.equal(run('{{#ifexist:Media:Other.png|yes|no}}{{#ifexist:Media:Spelled.png|yes|no}}', {}, opts).text, 'noyes');
  assert.deepEqual(asked, []);
});

test('with otherSpelling a template call asks for its tree once: a kept tree notes its title once a call (noteUse)', () => {
  const pages = source({ 'Template:Spelled': 'TEXT OF SPELLED', 'Template:Kept': 'KEPT' });
  const noted: string[] = [];
  const other: Record<string, string> = { 'Template:Other': 'Template:Spelled' };
  const counting = Object.assign(Object.create(pages) as MemoryPageSource, {
    otherSpelling: (t: string) => other[t] ?? null,
    noteUse: (t: string) => void noted.push(t),
  });
  const opts = { source: counting };
  // The first page reads the texts (no note); the second gets the kept trees and notes each once.
  assert.equal(run('{{Kept}}{{Other}}', {}, opts).text, 'KEPTTEXT OF SPELLED');
  assert.deepEqual(noted, []);
  assert.equal(run('{{Kept}}{{Other}}', {}, opts).text, 'KEPTTEXT OF SPELLED');
  assert.deepEqual(noted, ['Template:Kept', 'Template:Other', 'Template:Spelled']);
});

test('a line break or tab inside a call name makes it no title; at its edges it is trimmed (parserTests: targets split by newlines)', async () => {
  const { callTitle } = await import('../../src/preprocess/expand-titles.js');
  const zh = siteFor('zh');
  assert.equal(callTitle(zh, 'Qing\nDynasty'), null);
  assert.equal(callTitle(zh, 'Qing\tDynasty'), null);
  assert.equal(callTitle(zh, ':Foo\nBar'), null);
  assert.equal(callTitle(zh, 'Qing Dynasty')?.full, 'Template:Qing Dynasty');
  const pages = { 'Template:Echo': '{{{1}}}', 'Template:1x': '{{{1}}}' };
  assert.equal(run('{{ech\no|foo}}', pages).text, '{{ech\no|foo}}');
  assert.equal(run('{{1x\n|foo}}|{{\n1x|bar}}', pages).text, 'foo|bar');
  assert.equal(run('{{  \n <!--X--> 1<!--X-->x<!--X-->  \n   <!--X-->   <!--X-->\n\n |foo}}', pages).text, 'foo');
});

test('built-in handlers count toward the include size by their arguments and are omitted past it, as templates are', () => {
  const registry: TemplateRegistry = { lookup: (name) => (name === 'Nowrap' || name === 'DISPLAYTITLE' ? () => ({ kind: 'drop' }) : null) };
  const pages = { 'Template:Big': 'x'.repeat(1000), 'Template:Small': 'small' };
  const limits = { maxIncludeSize: 2500 };
  // Only the call that would pass the limit is omitted, not counted (Parser::incrementIncludeSize):
  // a later handler's call or template that fits still shows. One warning.
  const after = run('{{Big}}{{Big}}{{Big}}{{nowrap|a}}{{Small}}', pages, { registry, limits });
  assert.equal(after.text, 'x'.repeat(2000) + '⟦dropped:Big⟧⟦template:Nowrap|1=a⟧small');
  assert.deepEqual(after.warnings.map((w) => w.code), ['expansion-size']);
  const handlerFirst = run(`{{nowrap|${'y'.repeat(3000)}}}{{nowrap|b}}{{Big}}`, pages, { registry, limits });
  assert.equal(handlerFirst.text, '⟦dropped:Nowrap⟧⟦template:Nowrap|1=b⟧' + 'x'.repeat(1000));
  // An omitted call's arguments were expanded first and their own calls counted (two Bigs fit,
  // the third does not); the arguments' text is lost with the call, and a small call still fits.
  const inner = run('{{nowrap|{{Big}}{{Big}}{{Big}}}}{{Small}}', pages, { registry, limits });
  assert.equal(inner.text, '⟦dropped:Nowrap⟧small');
  assert.deepEqual(inner.record.templates, { Big: 3, Nowrap: 1, Small: 1 });
  // {{DISPLAYTITLE:…}} prints nothing: never omitted, never a template link, even at the limit.
  const title = run('{{Big}}{{Big}}{{Big}}{{DISPLAYTITLE:甲|noreplace}}', pages, { registry, limits: { maxIncludeSize: 2000 }, missingTemplates: 'link' });
  assert.equal(title.text, 'x'.repeat(2000) + '[[:Template:Big]]⟦template:DISPLAYTITLE|1=甲|2=noreplace⟧');
  // Its arguments count: 1200 bytes of them and two 1000-byte templates pass 2500, so the second
  // template is omitted; the handler's call that crossed the limit is omitted itself.
  const counted = run(`{{Big}}{{nowrap|${'y'.repeat(1200)}}}{{Big}}`, pages, { registry, limits });
  assert.equal(counted.text, 'x'.repeat(1000) + `⟦template:Nowrap|1=${'y'.repeat(1200)}⟧⟦dropped:Big⟧`);
  const crossing = run(`{{Big}}{{Big}}{{nowrap|${'y'.repeat(600)}}}`, pages, { registry, limits });
  assert.equal(crossing.text, 'x'.repeat(2000) + '⟦dropped:Nowrap⟧');
  // Bytes, not characters: 900 CJK characters are 2700 bytes.
  assert.equal(run(`{{nowrap|${'字'.repeat(900)}}}`, {}, { registry, limits }).text, '⟦dropped:Nowrap⟧');
  // With `missingTemplates: 'link'`, a link to the template, as MediaWiki writes one.
  assert.equal(run(`{{Big}}{{Big}}{{Big}}{{nowrap|${'y'.repeat(501)}}}`, pages, { registry, limits, missingTemplates: 'link' }).text, 'x'.repeat(2000) + '[[:Template:Big]][[:Template:Nowrap]]');
});

test('parser functions and variables count toward the include size by their result, as templates do', () => {
  const pages = { 'Template:Big': 'x'.repeat(1000) };
  const limits = { maxIncludeSize: 2500 };
  // Parser::braceSubstitution counts every brace's resulting text: an #if printing 3000 bytes is
  // omitted (one warning), a later small one still shows.
  const fn = run(`a{{#if:1|${'y'.repeat(3000)}}}b{{#if:1|c}}`, {}, { limits });
  assert.equal(fn.text, 'a⟦dropped:#if⟧bc');
  assert.deepEqual(fn.warnings.map((w) => w.code), ['expansion-size']);
  // Nesting counts at each level: the inner 1500 bytes fit, the outer's 1500 more do not.
  assert.equal(run(`{{#if:1|{{#if:1|${'y'.repeat(1500)}}}}}`, {}, { limits }).text, '⟦dropped:#if⟧');
  assert.equal(run(`{{#switch:a|a=${'字'.repeat(900)}}}`, {}, { limits }).text, '⟦dropped:#switch⟧');
  // A variable's text counts too (the page's own text does not): after 2000 bytes, "Foo bar" (7)
  // fits under 2010 and the next does not.
  const vars = run(`{{Big}}{{Big}}zz{{PAGENAME}}|{{PAGENAME}}`, pages, { title: 'Foo bar', limits: { maxIncludeSize: 2010 } });
  assert.equal(vars.text, 'x'.repeat(2000) + 'zzFoo bar|⟦dropped:PAGENAME⟧');
  // A doubling bomb made of #if calls (2^12 × 10 bytes) stops at the limit.
  const bombs: Record<string, string> = { 'Template:D0': 'xxxxxxxxxx' };
  for (let i = 1; i <= 12; i++) bombs[`Template:D${i}`] = `{{#if:1|{{D${i - 1}}}{{D${i - 1}}}}}`;
  const bomb = run('{{D12}}', bombs, { limits: { maxIncludeSize: 20000 } });
  assert.ok(bomb.text.length < 60000, `bounded output, got ${bomb.text.length}`);
  assert.equal(bomb.warnings[0]?.code, 'expansion-size');
});

test('the node limit counts one per expansion call, as PPFrame::expand() does', () => {
  // {{T|x}} with T = a{{{1}}}b: T's name, T's body, the argument's name and x are four expansions;
  // the page itself is one more. Counting every node of every list made it 7 per call.
  const pages = { 'Template:T': 'a{{{1}}}b' };
  const fits = run('{{T|x}}'.repeat(10), pages, { limits: { maxNodes: 41 } });
  assert.equal(fits.text, 'axb'.repeat(10));
  assert.deepEqual(fits.warnings, []);
  // One short: the last expansion (the value x) is the one refused, as in MediaWiki.
  const cut = run('{{T|x}}'.repeat(10), pages, { limits: { maxNodes: 40 } });
  assert.equal(cut.text, 'axb'.repeat(9) + 'a<span class="error">Node-count limit exceeded</span>b');
  assert.deepEqual(cut.warnings.map((w) => w.code), ['expansion-size']);
  // Every later expansion is refused too: a call past the limit has no name, so it stays as text
  // ({{name|args}}, each expanded to the error, as Parser::braceSubstitution's implode does).
  const err = '<span class="error">Node-count limit exceeded</span>';
  const past = run('{{T|x}}'.repeat(12), pages, { limits: { maxNodes: 40 } });
  assert.equal(past.text, 'axb'.repeat(9) + `a${err}b` + `{{${err}|${err}}}`.repeat(2));
});
