/**
 * The conversion pipeline as far as templates are concerned, for tests: preprocess (no template
 * pages, so only built-in handlers apply) → parse → scars → footnotes → Markdown. Every handler
 * call is recorded with its result so tests can check what the registry produced on real pages.
 */
import type { Document } from '../../src/ast/nodes.js';
import type { PageSource, Warning } from '../../src/engine/types.js';
import { parseWikitext } from '../../src/parser/index.js';
import { expand, newExpandRecord, type ExpandRecord } from '../../src/preprocess/expand.js';
import { siteFor } from '../../src/site/defaults.js';
import { builtinRegistry } from '../../src/templates/registry.js';
import type { TemplateCall, TemplateRegistry, TemplateResult } from '../../src/templates/types.js';
import { numberFootnotes } from '../../src/transform/footnotes.js';
import { resolveLinks } from '../../src/transform/links.js';
import { removeScars } from '../../src/transform/scars.js';
import { writeMarkdown } from '../../src/writer/markdown.js';
import { emptyMeta } from '../../src/engine/convert.js';

export interface Recorded {
  call: TemplateCall;
  family: string;
  result: TemplateResult | null;
  error: unknown;
}

export interface Converted {
  doc: Document;
  markdown: string;
  calls: Recorded[];
  warnings: Warning[];
  meta: ReturnType<typeof emptyMeta>;
  /** Templates used and those with no handler (from expansion). */
  record: ExpandRecord;
}

/** A registry that records every handler call made through it. */
function recording(calls: Recorded[]): TemplateRegistry {
  return {
    lookup(name, lang) {
      const r = builtinRegistry.resolve(name, lang);
      if (!r) return null;
      return (call, ctx) => {
        const rec: Recorded = { call, family: r.family, result: null, error: null };
        calls.push(rec);
        try {
          rec.result = r.handler(call, ctx);
        } catch (e) {
          rec.error = e;
          throw e;
        }
        return rec.result;
      };
    },
  };
}

export function convert(wikitext: string, title: string, lang = 'zh', source: PageSource | null = null): Converted {
  const site = siteFor(lang);
  const calls: Recorded[] = [];
  const warnings: Warning[] = [];
  const registry = recording(calls);
  const warn = (w: Warning) => warnings.push(w);
  const meta = emptyMeta(title);
  const record = newExpandRecord();
  const pre = expand(wikitext, { site, title, source, registry, now: new Date(Date.UTC(2025, 5, 1)), warn, record });
  const doc = parseWikitext(pre.text, { site, title, markers: pre.markers, templates: registry, meta, warn });
  removeScars(doc);
  numberFootnotes(doc, meta, lang);
  resolveLinks(doc, { site, selfTitle: title, anchor: (f) => f });
  const markdown = writeMarkdown(doc, { lang });
  return { doc, markdown, calls, warnings, meta, record };
}
