import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Block, Document, Node } from '../../src/ast/nodes.js';
import { walk } from '../../src/ast/walk.js';
import { emptyMeta } from '../../src/engine/convert.js';
import { madeDroppedNodes, plainRunParagraphs, plainTopBlocks, parseWikitext, releaseParseContext } from '../../src/parser/index.js';
import { expand } from '../../src/preprocess/expand.js';
import { newExpandRecord } from '../../src/preprocess/types.js';
import { siteFor } from '../../src/site/defaults.js';
import type { SiteConfig } from '../../src/site/types.js';
import { builtinRegistry } from '../../src/templates/registry.js';
import type { TemplateHandler } from '../../src/templates/types.js';
import { withBuiltinTemplates } from '../../src/templates/wikitext.js';
import { readDumpPages } from '../../bench/pages.js';
import { sharedDir } from '../helpers/shared-dir.js';
import { parse } from './util.js';

/** Whether a block holds a node the walk before the writer looks for. */
function special(b: Block): boolean {
  let found = false;
  walk({ type: 'document', children: [b] } as Document, (n: Node) => {
    if (n.type === 'dropped' || n.type === 'footnoteRef' || n.type === 'references') found = true;
  });
  return found;
}

/** The top-level blocks as P (plain) or S (skipped by nothing: walked), in order. */
function marks(text: string, templates: Record<string, TemplateHandler> = {}): string {
  const r = parse(text, { templates });
  const plain = plainTopBlocks(r.ctx);
  if (!plain) return 'unreliable';
  return r.doc.children.map((b) => (plain.has(b) ? 'P' : 'S')).join('');
}

const box: TemplateHandler = (call, ctx) => ({ kind: 'block', nodes: ctx.parseBlocks(call.args.get('1') ?? '') });

test('blocks with a dropped template or a footnote are walked, the others are plain', () => {
  assert.equal(marks('a\n\nb {{未知}} c\n\nd<ref>x</ref>\n\n== h ==\n\n<references/>'), 'PSSPS');
});

test('a list is judged over all its lines, a table over all its cells', () => {
  assert.equal(marks('* a\n* b\n* c<ref>x</ref>\n\ntext\n\n{|\n| a || b\n|-\n| c {{未知}}\n|}\n\n{|\n| a\n|}'), 'SPSP');
  assert.equal(marks('# a\n#* b\n# c\n\n; t : {{未知}}'), 'PS');
});

test('content of an HTML container, fostered out of a table, counts for the container', () => {
  // The text after the cell is fostered before the table: both come from the open <table>.
  assert.equal(marks('<table><tr><td>a</td></tr>b {{未知}}</table>\n\nc'), 'SSP');
  assert.equal(marks('<div>\na\n\nb<ref>x</ref>\n</div>\n\nc'), 'SP');
});

test('nodes made by a block handler and refs inside refs count for the block that shows them', () => {
  assert.equal(marks('x {{Box|* i {{未知}}}} y\n\nz', { Box: box }), 'SSSP');
  assert.equal(marks('a<ref>b<ref>c</ref></ref>\n\nd'), 'SP');
});

test('<ref follow> adding nodes to an earlier block makes the page unreliable', () => {
  assert.equal(marks('a<ref name="p">x</ref>\n\nb<ref follow="p">y {{未知}}</ref>'), 'unreliable');
  // Plain text added to the earlier ref does not matter.
  assert.equal(marks('a<ref name="p">x</ref>\n\nb<ref follow="p">y</ref>\n\nc'), 'SPP');
});

/** The paragraphs inside the first top-level block, in reading order, as P (marked plain) or S. */
function runMarks(text: string): string {
  const r = parse(text);
  const plain = plainRunParagraphs(r.ctx);
  if (!plain) return 'unreliable';
  let out = '';
  walk({ type: 'document', children: [r.doc.children[0]!] } as Document, (n: Node) => {
    if (n.type === 'paragraph') out += plain.has(n) ? 'P' : 'S';
  });
  return out;
}

test('inside a block that is walked, paragraphs without a dropped or footnote node are marked plain', () => {
  // List items, table cells and ref contents: the ref's paragraph is plain, the item holding it is not.
  assert.equal(runMarks('* a\n* b<ref>x</ref>\n* c {{未知}} d\n* e'), 'PSPSP');
  assert.equal(runMarks('{|\n| a || b {{未知}}\n|-\n| [[c]] || d<ref>e</ref>\n|}'), 'PSPSP');
  assert.equal(runMarks('<div>\na\n\nb<ref>x</ref>\n</div>'), 'PSP');
  // A block that is plain as a whole needs no marks inside.
  assert.equal(runMarks('* a\n* b\n\nc<ref>x</ref>'), 'SS');
  assert.equal(runMarks('* a<ref name="p">x</ref>\n* b<ref follow="p">{{未知}}</ref>'), 'unreliable');
});

function checkPage(text: string, site: SiteConfig, title: string): number {
  const meta = emptyMeta(title);
  const pre = expand(text, { site, title, source: withBuiltinTemplates(site, null), registry: builtinRegistry, now: new Date(0), warn() {}, record: newExpandRecord() });
  const ctx = { site, title, markers: pre.markers, templates: builtinRegistry, meta, warn() {}, now: new Date(0) };
  const doc = parseWikitext(pre.text, ctx);
  const plain = plainTopBlocks(ctx);
  let n = 0;
  for (const b of doc.children) {
    if (!plain?.has(b)) continue;
    n++;
    assert.equal(special(b), false, `${title}: a plain block holds a dropped or footnote node`);
  }
  for (const p of plainRunParagraphs(ctx) ?? []) {
    n++;
    assert.equal(special(p as Block), false, `${title}: a plain paragraph holds a dropped or footnote node`);
  }
  return n;
}

test('no plain block of a real page holds a dropped or footnote node', (t) => {
  const shared = sharedDir('dumps');
  if (!shared) return t.skip('shared data not found');
  let plain = 0;
  for (const name of ['jawiki-truncated.xml', 'ukwiki-truncated.xml']) {
    const { site, pages } = readDumpPages(path.join(shared, 'dumps', name));
    for (const p of pages) if (p.text.length > 0) plain += checkPage(p.text, site, p.title);
  }
  const zhDir = path.join(shared, 'corpus', 'zhwiki', 'pages');
  if (fs.existsSync(zhDir)) {
    for (const f of fs.readdirSync(zhDir)) if (f.endsWith('.wikitext')) plain += checkPage(fs.readFileSync(path.join(zhDir, f), 'utf8'), siteFor('zh'), f);
  }
  assert.ok(plain > 10000, `only ${plain} plain blocks`);
});

test('the plain blocks are handed out once, and releasing the context forgets its parser state', () => {
  const r = parse('a {{未知}}\n\nb');
  assert.equal(plainTopBlocks(r.ctx)!.size, 1);
  assert.equal(plainTopBlocks(r.ctx), null);
  assert.equal(madeDroppedNodes(r.ctx), true);
  releaseParseContext(r.ctx);
  assert.equal(madeDroppedNodes(r.ctx), false);
});
