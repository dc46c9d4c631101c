/**
 * Queries against the search index. Every whitespace-separated term must occur (AND); for Chinese
 * mirrors a term also matches in its simplified and traditional forms. Trigram FTS5 can only look
 * up terms of three or more characters, so a query with a shorter term is answered with LIKE over
 * the same table (a full scan: slower on a big mirror, but correct).
 */
import type Database from 'better-sqlite3';
import { createConverter } from '../variants/converter.js';
import { escapeHtml } from './sanitize-html.js';

export interface TextHit {
  title: string;
  file: string;
  /** Safe HTML: the text around the first match, matches in <mark>. */
  snippet: string;
}

export interface TextResults {
  total: number;
  hits: TextHit[];
}

/** Each term with its variant spellings (deduplicated; the term itself first). */
export function queryTerms(query: string, lang: string): string[][] {
  const terms = query.normalize('NFKC').split(/\s+/u).filter(Boolean);
  if (lang !== 'zh') return terms.map((t) => [t]);
  const hans = createConverter('zh-hans');
  const hant = createConverter('zh-hant');
  return terms.map((t) => [...new Set([t, hans(t), hant(t)])]);
}

const codePoints = (s: string) => [...s].length;
const quoteFts = (s: string) => `"${s.replace(/"/g, '""')}"`;
const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function whereClause(terms: string[][]): { sql: string; params: string[]; order: string; orderParams: string[] } {
  if (terms.every((alts) => alts.every((t) => codePoints(t) >= 3))) {
    const match = terms.map((alts) => `(${alts.map(quoteFts).join(' OR ')})`).join(' AND ');
    // Titles weigh ten times the body; the file column is not indexed.
    return { sql: 'pages MATCH ?', params: [match], order: 'bm25(pages, 10.0, 0.0, 1.0)', orderParams: [] };
  }
  const params: string[] = [];
  const parts = terms.map((alts) => {
    const ors = alts.map((t) => {
      params.push(likePattern(t), likePattern(t));
      return "(title LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\')";
    });
    return `(${ors.join(' OR ')})`;
  });
  // No relevance score without MATCH: pages whose title holds the first term come first.
  return { sql: parts.join(' AND '), params, order: 'instr(title, ?) = 0, rowid', orderParams: [terms[0]![0]!] };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** ~120 characters around the first match of any term, matches highlighted. */
export function makeSnippet(body: string, terms: string[][], radius = 60): string {
  const needles = terms.flat().filter(Boolean).sort((a, b) => b.length - a.length);
  if (needles.length === 0) return escapeHtml(body.slice(0, radius * 2));
  const pattern = new RegExp(needles.map(escapeRegExp).join('|'), 'giu');
  const first = pattern.exec(body);
  const at = first ? first.index : 0;
  let start = Math.max(0, at - radius);
  let end = Math.min(body.length, at + radius);
  // Never cut a surrogate pair in half.
  if (start > 0 && /[\udc00-\udfff]/.test(body[start]!)) start--;
  if (end < body.length && /[\udc00-\udfff]/.test(body[end]!)) end++;
  const text = body.slice(start, end);
  let out = start > 0 ? '…' : '';
  let last = 0;
  pattern.lastIndex = 0;
  for (const m of text.matchAll(pattern)) {
    out += `${escapeHtml(text.slice(last, m.index))}<mark>${escapeHtml(m[0])}</mark>`;
    last = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(last)) + (end < body.length ? '…' : '');
}

export function searchFullText(db: Database.Database, query: string, lang: string, page: number, pageSize: number): TextResults {
  const terms = queryTerms(query, lang);
  if (terms.length === 0) return { total: 0, hits: [] };
  const where = whereClause(terms);
  const total = (db.prepare(`SELECT count(*) AS n FROM pages WHERE ${where.sql}`).get(...where.params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT title, file, body FROM pages WHERE ${where.sql} ORDER BY ${where.order} LIMIT ? OFFSET ?`)
    .all(...where.params, ...where.orderParams, pageSize, (page - 1) * pageSize) as { title: string; file: string; body: string }[];
  return { total, hits: rows.map((r) => ({ title: r.title, file: r.file, snippet: makeSnippet(r.body, terms) })) };
}
