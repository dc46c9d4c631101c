/**
 * ukwiki's own citation templates (`{{книга}}`, `{{стаття}}`, `{{публікація}}`, ruwiki-born
 * `{{статья}}`) print a library card in the Ukrainian/GOST style, not CS1's:
 *   *Автор.* Частина // Назва / Відповідальний. — Видання. — Місце : Видавництво, 2001. — Т. 2. — С. 10. — 334 с. — (Серія). — ISBN ….
 *   *Автор.* Назва // Журнал. — 1974. — Т. 37, вип. 7. — С. 10–13. — ISSN ….
 * Parts are joined with ". — " (or " — " after a part that already ends with a full stop).
 */
import type { Inline } from '../../ast/nodes.js';
import type { TemplateCall, TemplateContext } from '../types.js';
import { arg, externalLink, inline, join, mergeText, plain, text, unlink } from '../util.js';
import type { Citation } from './citation-params.js';

/** The template names that print this style (folded: lower case, spaces). */
const GOST_NAMES = new Set(['книга', 'стаття', 'статья', 'публікація', 'джерело-стаття']);

export function isGostCitation(name: string): boolean {
  return GOST_NAMES.has(name.trim().replace(/_/g, ' ').toLowerCase());
}

function lastChar(nodes: readonly Inline[]): string {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i]!;
    if (n.type === 'text') {
      const v = n.value.trimEnd();
      if (v) return v[v.length - 1]!;
      continue;
    }
    if ('children' in n && Array.isArray(n.children)) return lastChar(n.children as Inline[]);
    return '';
  }
  return '';
}

const ENDS_SENTENCE = new Set(['.', '!', '?', '…']);

function withStop(nodes: Inline[]): Inline[] {
  return ENDS_SENTENCE.has(lastChar(nodes)) ? nodes : [...nodes, text('.')];
}

/** `С. 10` unless the value already names its unit. */
function pagesCited(v: string): string {
  return /^[СсPpS]\.|^стор/.test(v) ? v : `С. ${v}`;
}

/** "Т. 37, вип. 7" / "№ 7": ukwiki keeps `номер` and `випуск` apart. */
function volumeIssue(c: Citation, call: TemplateCall, ctx: TemplateContext): string {
  const parts: string[] = [];
  if (c.volume) parts.push(`Т. ${c.volume}`);
  const number = plain(ctx, arg(call, ['номер', 'issue', 'number']));
  const release = plain(ctx, arg(call, ['випуск']));
  if (release) parts.push(`вип. ${release}`);
  if (number) parts.push(`№ ${number}`);
  const s = parts.join(', ');
  // A part after " — " opens with a capital: "Вип. 31", "Т. 2, вип. 7".
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/**
 * The card. `identifiers` (ISBN, ISSN, doi …), `archive` and `accessed` come from the CS1
 * renderer so the links read the same in both styles; `languageNote` is "(англ.)" or ''.
 */
export function renderGost(c: Citation, call: TemplateCall, ctx: TemplateContext, extra: { identifiers: Inline[][]; archive: Inline[]; accessed: Inline[]; languageNote: string }): Inline[] {
  const head: Inline[] = [];
  if (c.authors.length) {
    head.push({ type: 'emphasis', children: withStop(join(c.authors, ', ')) });
  }
  // стаття/публікація: the journal or collection the article is in.
  const periodical = c.work;
  const linked = (label: Inline[], url: string | null): Inline[] => (url ? [externalLink(url, unlink(label))] : label);
  const title = c.title ? linked(c.title, c.linkUrl) : null;
  const body: Inline[] = [];
  if (c.chapter) {
    const chapterUrl = plain(ctx, arg(call, ['посилання частина', 'chapter-url', 'chapterurl']));
    body.push(...linked(c.chapter, /^(https?:)?\/\//.test(chapterUrl) ? chapterUrl : null));
    if (title) body.push(text(' // '));
  }
  if (title) body.push(...title);
  // публікація `інфо`: what the work is ("навчальний посібник"), after a colon.
  const info = inline(ctx, arg(call, ['інфо']));
  if (title && info.length) body.push(text(' : '), ...info);
  if (extra.languageNote) body.push(text(' ' + extra.languageNote));
  if (c.editors.length) body.push(text(' / '), ...join(c.editors, ', '));
  if (periodical) body.push(text(' // '), ...periodical);
  if (body.length) {
    if (head.length) head.push(text(' '));
    head.push(...body);
  }

  const parts: Inline[][] = [];
  if (head.length) parts.push(head);
  if (c.edition) parts.push([text(c.edition)]);
  const place: Inline[] = [];
  if (c.location) place.push(text(c.location));
  if (c.publisher) place.push(text(c.location ? ' : ' : ''), ...c.publisher);
  if (c.date) place.push(text(place.length ? ', ' + c.date : c.date));
  if (place.length) parts.push(place);
  const vol = volumeIssue(c, call, ctx);
  if (vol) parts.push([text(vol)]);
  const cited = c.pages ?? c.page ?? c.at;
  if (cited) parts.push([text(pagesCited(cited))]);
  if (c.totalPages) parts.push([text(`${c.totalPages} с.`)]);
  if (c.series) parts.push([text('('), ...c.series, text(')')]);
  parts.push(...extra.identifiers);
  if (c.printRun) parts.push([text(`${c.printRun} прим.`)]);
  if (extra.archive.length) parts.push(extra.archive);
  if (extra.accessed.length) parts.push(extra.accessed);
  // стаття `цитати`: the passage quoted, last.
  if (c.quote) parts.push([text('«'), ...c.quote, text('»')]);

  const out: Inline[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push(text(ENDS_SENTENCE.has(lastChar(parts[i - 1]!)) ? ' — ' : '. — '));
    out.push(...p);
  });
  if (out.length && !ENDS_SENTENCE.has(lastChar(out))) out.push(text('.'));
  return mergeText(out);
}
