import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flatten, makeTemplateCall, preprocessWithoutExpansion, templateName } from '../../src/preprocess/flatten.js';
import { tokenize } from '../../src/preprocess/tokenize.js';
import { readMarker, type Marker } from '../../src/preprocess/markers.js';
import { siteFor } from '../../src/site/defaults.js';

const zh = siteFor('zh');
const en = siteFor('en');

/** Flattened text with markers shown as ⟦kind:name⟧. */
function run(src: string, site = zh): { text: string; markers: Marker[] } {
  const pre = preprocessWithoutExpansion(src, { site });
  let text = '';
  for (let i = 0; i < pre.text.length; ) {
    if (pre.text.charCodeAt(i) === 0x7f) {
      const m = readMarker(pre.text, i)!;
      const marker = pre.markers[m.index]!;
      text += '⟦' + marker.kind + ':' + (marker.kind === 'template' ? marker.call.name : marker.name) + '⟧';
      i = m.end;
    } else {
      text += pre.text[i++];
    }
  }
  return { text, markers: pre.markers };
}

test('text passes through; comments vanish, whole lines when alone', () => {
  assert.equal(run('a<!-- x -->b').text, 'ab');
  assert.equal(run('a\n<!-- x -->\nb').text, 'a\nb');
  assert.equal(run('a\n  <!-- x -->  <!-- y -->\nb').text, 'a\nb');
  assert.equal(run('a\n<!-- x -->b').text, 'a\nb');
  assert.equal(run('a <!-- x\n').text, 'a ');
  assert.equal(run('a\x7fb').text, 'ab');
});

test('{{!}} and {{=}}', () => {
  assert.equal(run('a{{!}}b{{=}}c{{ ! }}').text, 'a|b=c|');
});

test('templates become markers with normalised names and args', () => {
  const r = run('x{{cite_web |url= http://a |title=T|  pos  |3=three|pos2}}y');
  assert.equal(r.text, 'x⟦template:Cite web⟧y');
  const m = r.markers[0]!;
  assert.ok(m.kind === 'template');
  assert.deepEqual([...m.call.args], [['url', 'http://a'], ['title', 'T'], ['1', '  pos  '], ['3', 'three'], ['2', 'pos2']]);
  assert.equal(m.call.offset, 1);
  assert.equal(m.call.lineStart, false);
});

test('template names: namespaces, aliases, functions, magic words', () => {
  assert.equal(templateName(zh, 'Template:Lang'), 'Lang');
  assert.equal(templateName(zh, '模板:lang-en'), 'Lang-en');
  assert.equal(templateName(zh, ' #if: x '), '#if');
  assert.equal(templateName(zh, '#Invoke:Foo'), '#invoke');
  assert.equal(templateName(zh, 'DEFAULTSORT:x'), 'DEFAULTSORT');
  assert.equal(templateName(zh, 'PAGENAME'), 'PAGENAME');
  assert.equal(templateName(zh, 'lc:ABC'), 'lc');
  assert.equal(templateName(zh, ':Main Page'), ':Main Page');
  assert.equal(templateName(en, 'Wikipedia:Foo'), 'Wikipedia:Foo');
  assert.equal(templateName(zh, 'NoteTA'), 'NoteTA');
});

test('parser function args: text after the colon is "1", the rest positional', () => {
  const c = makeTemplateCall(zh, '#if: a ', [{ name: null, value: ' b ' }, { name: 'k', value: 'v ' }], 0, true);
  assert.deepEqual([...c.args], [['1', 'a'], ['2', 'b'], ['3', 'k=v']]);
  const inv = makeTemplateCall(zh, '#invoke:Mod', [{ name: null, value: 'fn' }, { name: ' k ', value: ' v ' }], 0, true);
  assert.deepEqual([...inv.args], [['1', 'Mod'], ['2', 'fn'], ['k', 'v']]);
});

test('nested templates in args are markers inside the arg text', () => {
  const r = run('{{a|{{b|c}}}}');
  assert.equal(r.text, '⟦template:A⟧');
  assert.equal(r.markers.length, 2);
  const outer = r.markers[1]!;
  assert.ok(outer.kind === 'template');
  assert.equal(outer.call.args.get('1'), '\x7f0\x7f');
});

test('lineStart: the call begins a line', () => {
  const r = run('{{a}}\n{{b}} {{c}}');
  const starts = r.markers.map((m) => (m.kind === 'template' ? m.call.lineStart : null));
  assert.deepEqual(starts, [true, true, false]);
});

test('arguments flatten to their default or stay literal', () => {
  assert.equal(run('{{{1|def}}}|{{{x}}}').text, 'def|{{{x}}}');
});

test('extension tags: attributes decoded, wikitext content preprocessed, other content raw', () => {
  const r = run('a<ref name="x&amp;y" group=g>t{{cite web|url=u}}</ref><math>{{x}}</math>');
  assert.equal(r.text, 'a⟦extension:ref⟧⟦extension:math⟧');
  const ref = r.markers.find((m) => m.kind === 'extension' && m.name === 'ref')!;
  assert.ok(ref.kind === 'extension');
  assert.deepEqual(ref.attrs, { name: 'x&y', group: 'g' });
  assert.equal(ref.inner, 't\x7f0\x7f');
  const math = r.markers.find((m) => m.kind === 'extension' && m.name === 'math')!;
  assert.ok(math.kind === 'extension');
  assert.equal(math.inner, '{{x}}');
  const self = run('<ref name=a />').markers[0]!;
  assert.ok(self.kind === 'extension');
  assert.equal(self.inner, null);
  assert.deepEqual(self.attrs, { name: 'a' });
});

test('include control: page view keeps noinclude content, drops includeonly', () => {
  assert.equal(run('a<noinclude>b</noinclude><includeonly>c</includeonly>d').text, 'abd');
});

test('deep nesting is bounded and warns', () => {
  const warnings: string[] = [];
  const src = '{{a|'.repeat(5000) + '}}'.repeat(5000);
  const pre = flatten(tokenize(src, { forInclusion: false, variantBrackets: true }), { site: zh, warn: (w) => warnings.push(w.code) });
  assert.equal(pre.text, '\x7f' + (pre.markers.length - 1).toString(36) + '\x7f');
  assert.deepEqual(warnings, ['nesting-limit']);
});

test('gallery caption="…": its templates become markers like the gallery lines\' do', () => {
  const pre = preprocessWithoutExpansion('<gallery caption="{{lang|en|hi}} x">\nA.jpg|{{lang|en|ho}}\n</gallery>', { site: en });
  const gallery = pre.markers.find((m) => m.kind === 'extension' && m.name === 'gallery');
  assert.ok(gallery && gallery.kind === 'extension');
  const caption = gallery.attrs.caption!;
  const at = readMarker(caption, caption.indexOf('\x7f'));
  assert.ok(at, 'caption holds a template marker');
  const call = pre.markers[at.index]!;
  assert.equal(call.kind === 'template' ? call.call.name : call.kind, 'Lang');
  assert.equal(caption.slice(at.end), ' x');
});
