import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';
import { dump, parse } from './util.js';
import type { TemplateHandler } from '../../src/templates/types.js';

const lang: TemplateHandler = (call, ctx) => ({ kind: 'inline', nodes: [{ type: 'text', value: '英语：' }, ...ctx.parseInline(call.args.get('2') ?? '')] });
const box: TemplateHandler = (call, ctx) => ({ kind: 'block', nodes: ctx.parseBlocks(call.args.get('1') ?? '') });
const drop: TemplateHandler = () => ({ kind: 'drop' });

test('handler results: inline in place, block splits the paragraph, drop leaves a DroppedTemplate', () => {
  const r = parse("a {{lang|en|''x''}} b {{Box|* i}} c {{Navbox}} d {{未知}} e", { templates: { Lang: lang, Box: box, Navbox: drop } });
  assert.equal(dump(r.doc), 'P("a 英语：" I("x") " b") UL(li(P("i"))) P("c " DROP(Navbox) " d " DROP(未知) " e")');
  assert.deepEqual(r.meta.templates, { Lang: 1, Box: 1, Navbox: 1, 未知: 1 });
  assert.deepEqual(r.meta.unhandledTemplates, { 未知: 1 });
});

test('a throwing handler is a warning and a dropped template', () => {
  const r = parse('x {{Bad}} y', { templates: { Bad: () => { throw new Error('boom'); } } });
  assert.equal(dump(r.doc), 'P("x " DROP(Bad) " y")');
  assert.deepEqual(r.warnings.map((w) => w.code), ['template-error']);
});

test('template calls get their args and lineStart', () => {
  const calls: Array<[string, boolean]> = [];
  const rec: TemplateHandler = (call) => { calls.push([[...call.args].map(([k, v]) => `${k}=${v}`).join(','), call.lineStart]); return { kind: 'drop' }; };
  parse('{{R|a|k = v }}\ntext {{R|b}}', { templates: { R: rec } });
  assert.deepEqual(calls, [['1=a,k=v', true], ['1=b', false]]);
});

test('block results in list items and headings', () => {
  const r = parse('* {{Box|para}}\n== {{Box|h}} ==', { templates: { Box: box } });
  assert.equal(dump(r.doc), 'UL(li(P("para"))) H2("h")');
});

test('unknown extension tags are dropped with a warning; silent ones without', () => {
  const r = parse('a<templatestyles src="x.css"/>b<mapframe latitude=1 longitude=2 />c');
  assert.equal(dump(r.doc), 'P("abc")');
  assert.deepEqual(r.warnings, []);
});

test('tags the wiki draws a picture from keep their source as a code block named for the notation', () => {
  const md = (text: string) => convertPage(text, { site: 'zh', title: 'T' }).markdown;
  assert.equal(md("甲<score>\\relative c' { c d }</score>乙"), "甲\n\n```lilypond\n\\relative c' { c d }\n```\n\n乙\n");
  assert.equal(md('<score lang="ABC">\nX:1\nK:C\n</score>'), '```abc\nX:1\nK:C\n```\n');
  assert.equal(md('<timeline>\nImageSize = width:100\n</timeline>'), '```timeline\nImageSize = width:100\n```\n');
  assert.equal(md('<graph>{"version": 2}</graph>'), '```json\n{"version": 2}\n```\n');
  // An empty one draws nothing on the wiki either.
  assert.equal(md('甲<timeline> </timeline>乙'), '甲乙\n');
});

test('math and chem', () => {
  assert.equal(dump(parse('a <math>x^2</math> <chem>H2O</chem> <ce>CO2</ce>').doc), 'P("a " MATH("x^2") " " MATHce("H2O") " " MATHce("CO2"))');
  // <math chem> turns mhchem on for text that writes its own \ce{…}: it is not wrapped again
  // (the Math extension's chemTagHook wraps only <chem> and <ce>).
  assert.equal(dump(parse('<math chem>\\ce{NaCl}</math>').doc), 'P(MATH("\\\\ce{NaCl}"))');
  assert.equal(convertPage('鹽<math chem>\\ce{NaCl}</math>', { site: 'zh', title: 'T' }).markdown.trim(), '鹽 $\\ce{NaCl}$');
  assert.equal(dump(parse('<math display="block">\\int f</math>').doc), 'MATHBLOCK("\\\\int f")');
});

test('poem keeps lines', () => {
  assert.equal(dump(parse("<poem>\n床前'''明月'''光\n疑是地上霜\n\n举头望明月\n</poem>").doc), '<div {"class":"poem"}>[P("床前" B("明月") "光" BR "疑是地上霜") P("举头望明月")]');
});

test('parseBlocks on an argument: spaces before the first line are not preformatted text', () => {
  const r = parse('{{Box| quoted\n more}}', { templates: { Box: box } });
  assert.equal(dump(r.doc), 'P("quoted") PRE("more")');
});

test('table rows after a template that opened the table: a table, dropped with a deliberately dropped template', () => {
  const src = '{{Start box}}\n|-\n| a || b\n{{End box}}\nafter';
  assert.equal(dump(parse(src).doc), 'TABLE(tr(td(P("a")) td(P("b")))) P(DROP(End box) " after")');
  const dropped = parse(src, { templates: { 'Start box': drop, 'End box': drop } });
  assert.equal(dump(dropped.doc), 'P(DROP(End box) " after")');
  assert.deepEqual(dropped.meta.templates, { 'Start box': 1, 'End box': 1 });
});
