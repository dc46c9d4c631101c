/**
 * Track listings: `{{tracklist}}` and zhwiki's older `{{tracklist/common}}` → a table of the
 * album's tracks. Split from lists.ts.
 */
import type { Block, Table, TableRow } from '../../ast/nodes.js';
import type { HandlerEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateResult } from '../types.js';
import { arg, DROP, inline, isCjk, paragraph, text, textCell, type UiLang, uiLang } from '../util.js';

const TRACK_HEADERS: Record<UiLang, { no: string; title: string; writer: string; lyrics: string; music: string; extra: string; length: string; total: string }> = {
  zh: { no: '曲序', title: '曲目', writer: '作者', lyrics: '作词', music: '作曲', extra: '编曲', length: '时长', total: '总时长' },
  ja: { no: '#', title: 'タイトル', writer: '作詞・作曲', lyrics: '作詞', music: '作曲', extra: '編曲', length: '時間', total: '合計時間' },
  en: { no: 'No.', title: 'Title', writer: 'Writer(s)', lyrics: 'Lyrics', music: 'Music', extra: 'Other', length: 'Length', total: 'Total length' },
  uk: { no: '№', title: 'Назва', writer: 'Автор', lyrics: 'Слова', music: 'Музика', extra: 'Інше', length: 'Тривалість', total: 'Загальна тривалість' },
  ko: { no: '번호', title: '제목', writer: '작사·작곡', lyrics: '작사', music: '작곡', extra: '편곡', length: '길이', total: '총 길이' },
};

/**
 * `{{tracklist|title1=…|length1=…|lyrics1=…}}` → a table with the columns the call uses: the
 * number, the title (its `noteN` bracketed after it), then writer, lyrics, music, extra and
 * length when any track has one. The header words and the bracketed notes are our layout.
 */
function tracklist(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const h = TRACK_HEADERS[uiLang(ctx)];
  const cols: Array<{ key: string; label: string }> = [{ key: 'title', label: h.title }];
  const has = (k: string): boolean => {
    for (let i = 1; i <= 60; i++) if (call.args.get(`${k}${i}`)?.trim()) return true;
    return false;
  };
  if (has('writer')) cols.push({ key: 'writer', label: h.writer });
  if (has('lyrics')) cols.push({ key: 'lyrics', label: h.lyrics });
  if (has('music')) cols.push({ key: 'music', label: h.music });
  if (has('extra')) cols.push({ key: 'extra', label: plainOr(arg(call, ['extra_column']), h.extra) });
  // A length column with no length in it says nothing (zh 0015's {{tracklist/common}} DVD list has none).
  if (has('length')) cols.push({ key: 'length', label: h.length });
  const rows: TableRow[] = [{ type: 'tableRow', attrs: {}, cells: [textCell([text(h.no)], true), ...cols.map((c) => textCell([text(c.label)], true))] }];
  for (let i = 1; i <= 60; i++) {
    const title = call.args.get(`title${i}`)?.trim();
    if (!title) continue;
    const note = call.args.get(`note${i}`)?.trim();
    const cells = [textCell([text(`${i}.`)])];
    for (const c of cols) {
      const v = c.key === 'title' ? title : call.args.get(`${c.key}${i}`);
      const nodes = inline(ctx, v);
      if (c.key === 'title' && note) nodes.push(text(' ('), ...inline(ctx, note), text(')'));
      // `longnoteN`: a note the wiki prints on its own line under the title, unbracketed.
      const longNote = c.key === 'title' ? inline(ctx, call.args.get(`longnote${i}`)?.trim()) : [];
      if (longNote.length) nodes.push({ type: 'break' }, ...longNote);
      cells.push(textCell(nodes));
    }
    rows.push({ type: 'tableRow', attrs: {}, cells });
  }
  if (rows.length === 1) return DROP;
  const total = arg(call, ['total_length']);
  const out: Block[] = [];
  const headline = inline(ctx, arg(call, ['headline']));
  if (headline.length) out.push(paragraph([{ type: 'strong', children: headline }]));
  const table: Table = { type: 'table', attrs: {}, caption: null, rows };
  out.push(table);
  if (total) out.push(paragraph([text(h.total + (isCjk(uiLang(ctx)) ? '：' : ': ')), ...inline(ctx, total)]));
  return { kind: 'block', nodes: out };
}

/**
 * zhwiki `{{tracklist/common|headline=DVD|t1=蟑螂|n1=MV|…}}` (zh 0015's DVD, five videos lost): the
 * older track list, keyed by letters: `tN` the title, `nN` its note. Those two are read as the
 * tracklist's title and note; other letters, whose meaning the calls here do not show, are left.
 */
function commonTracklist(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const args = new Map<string, string>();
  for (const [k, v] of call.args) {
    const m = /^([tn])(\d+)$/.exec(k);
    if (m) args.set(`${m[1] === 't' ? 'title' : 'note'}${m[2]}`, v);
    else if (k === 'headline' || k === 'total_length') args.set(k, v);
  }
  return tracklist({ ...call, args }, ctx);
}

function plainOr(v: string | undefined, fallback: string): string {
  return v && v.trim() ? v.trim() : fallback;
}

export const TRACKLIST_ENTRIES: HandlerEntry[] = [
  { family: 'list', names: ['Tracklist', 'Track listing', 'Tracklisting', '曲目列表'], handler: tracklist },
  { family: 'list', names: ['Tracklist/common'], langs: ['zh'], handler: commonTracklist, traits: { fallbackOnly: true } },
];
