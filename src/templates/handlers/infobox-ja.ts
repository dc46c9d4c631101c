/**
 * jawiki infoboxes whose parameters are not the rows the box shows (the dump carries no template
 * pages, so the layout is written down here):
 *   {{Infobox 漫画家}}: `脚注` is the photo's caption; `生年`+`生地` make the row 生誕, `没年`+`没地` 死没.
 *   {{基礎情報 都道府県}}, {{東京都の特別区}}, {{日本の市町村}}: flag and emblem are pictures with
 *     their `…の説明` captions, `区分` names the symbol rows (県の木, 区の花), `シンボル名` labels
 *     `歌など`/`鳥など`, the prefecture or municipality name heads the box.
 *   {{基礎情報 国}}: rank, year and figure parameters combine into rows under 面積 / 人口 / GDP
 *     headings ("総計（2020年） | 40,222,503人（36位）"), `元首等肩書` labels `元首等氏名`, each
 *     `確立形態N` labels `確立年月日N`; the `…大きさ` sort keys are no rows.
 *   {{Infobox Language}}: `family`, `fam1` … `fam15` are one 言語系統 row, branch under branch.
 * Most are rewritten into a call the generic infobox reads; the country box is laid out here.
 */
import type { Infobox, InfoboxRow, Inline, Table, TableRow } from '../../ast/nodes.js';
import type { HandlerEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateResult } from '../types.js';
import { imagesFrom, inline, isPositional, plain, text, textCell } from '../util.js';
import { infobox } from './infobox.js';
import { hasVisible, valueNodes } from './infobox-values.js';

function filled(call: TemplateCall, key: string): string | undefined {
  const v = call.args.get(key)?.trim();
  return v ? v : undefined;
}

/** The call with its arguments replaced (positional ones kept). */
function withArgs(call: TemplateCall, args: Map<string, string>): TemplateCall {
  for (const [k, v] of call.args) if (isPositional(k)) args.set(k, v);
  return { ...call, args };
}

/** `a` and `b` on two lines, or whichever is given. */
function lines(a: string | undefined, b: string | undefined): string | undefined {
  return a && b ? `${a}<br />${b}` : a ?? b;
}

// ───────────── Infobox 漫画家 ─────────────

function mangaka(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const args = new Map<string, string>();
  for (const [k, v] of call.args) {
    if (isPositional(k)) continue;
    const key = k.trim();
    if (key === '脚注') args.set('キャプション', v);
    else if (key === '生年' || (key === '生地' && !filled(call, '生年'))) args.set('生誕', lines(filled(call, '生年'), filled(call, '生地')) ?? '');
    else if (key === '没年' || (key === '没地' && !filled(call, '没年'))) args.set('死没', lines(filled(call, '没年'), filled(call, '没地')) ?? '');
    else if (key !== '生地' && key !== '没地') args.set(k, v);
  }
  return infobox(withArgs(call, args), ctx);
}

// ───────────── 基礎情報 都道府県, 東京都の特別区, 日本の市町村 ─────────────

const BR = /<br\s*\/?>/i;

/** The lines of a value written with `<br />` (none when it is empty). */
function brLines(v: string | undefined): string[] {
  return v ? v.split(BR).map((l) => l.trim()).filter((l) => l !== '') : [];
}

/**
 * `画像の説明` written as a grid (`<table><tr><td>[[大鳴門橋]]<td>[[脇町南町]]</tr>…`) names the
 * photos of the `画像` montage in their places: with one cell per uncaptioned photo, each photo
 * takes its cell as its caption (flattened, the grid ran the names together under the first).
 */
function spreadCaptionTable(call: TemplateCall, ctx: TemplateContext, box: Infobox): void {
  const grid = filled(call, '画像の説明');
  if (!grid || !/<td/i.test(grid)) return;
  const cells = grid.split(/<td[^>]*>/i).slice(1).map((c) => c.replace(/<\/?(?:td|tr|table)[^>]*>/gi, '').trim());
  const files = imagesFrom(ctx, filled(call, '画像') ?? '').map((i) => i.file);
  if (cells.length < 2 || cells.length !== files.length) return;
  const photos = files.map((f) => box.images.find((i) => i.file === f));
  if (photos.some((p, i) => !p || (i > 0 && p.caption.length > 0))) return;
  photos.forEach((p, i) => {
    p!.caption = inline(ctx, cells[i]);
    p!.alt = plain(ctx, cells[i]);
  });
}

/** The flag and emblem parameters (`都道府県旗`, `区章`, `市旗` …), each with its `…の説明` caption. */
const EMBLEM = /^.+[旗章]$/;

/**
 * Prefecture and municipality boxes share their parameters: the name heads the box, flag and
 * emblem are pictures captioned by `…の説明`, `区分` (県, 都, 市, 町 …) names the symbol rows
 * (県の木), `シンボル名` labels the row after them (`歌など` / `鳥など`).
 */
function locality(defaultKind: string) {
  return (call: TemplateCall, ctx: TemplateContext): TemplateResult => {
    const kind = plain(ctx, filled(call, '区分')) || defaultKind;
    const symbols = plain(ctx, filled(call, 'シンボル名')) || '他のシンボル';
    const args = new Map<string, string>();
    const emblems: string[] = [];
    for (const [k, v] of call.args) {
      if (isPositional(k)) continue;
      const key = k.trim();
      if (key === '都道府県名' || key === '自治体名') args.set('name', v);
      else if (EMBLEM.test(key)) {
        // Numbered image keys keep each picture apart from the others' captions.
        emblems.push(key);
        args.set(`image${emblems.length + 1}`, v);
      } else if (key === '位置画像') args.set('image9', v);
      else if (key === '区分' || key === 'シンボル名' || (key.endsWith('の説明') && EMBLEM.test(key.slice(0, -3)))) continue;
      else if ((key === '木' || key === '花' || key === '鳥') && kind) args.set(`${kind}の${key}`, v);
      else if (key === '歌など' || key === '鳥など') {
        // `シンボル名 = 県の色<br />県の歌` beside `歌など = [[藍色]]<br />[[徳島県民の歌]]`: the box
        // sets the lines side by side, one name to one value.
        const names = brLines(filled(call, 'シンボル名')).map((n) => plain(ctx, n));
        const values = brLines(v);
        // A name the box already has a row for (沖縄県: 県の鳥 twice) would replace that row: kept whole then.
        const apart = names.length > 1 && names.length === values.length && new Set(names).size === names.length
          && names.every((n) => !args.has(n) && !(kind && ['木', '花', '鳥'].some((x) => n === `${kind}の${x}` && filled(call, x))));
        if (apart) names.forEach((n, i) => args.set(n, values[i]!));
        else args.set(symbols, v);
      } else args.set(k, v);
    }
    const result = infobox(withArgs(call, args), ctx);
    if (result.kind !== 'block') return result;
    const box = result.nodes[0] as Infobox;
    spreadCaptionTable(call, ctx, box);
    // `…の説明` is the caption under its picture (notes included), in place of the file link's
    // own; with no picture (a flag the wiki draws from its flag data) it stands alone.
    const lone: InfoboxRow[] = [];
    for (const pic of emblems) {
      const caption = filled(call, `${pic}の説明`);
      if (!caption) continue;
      const value = inline(ctx, caption);
      const files = new Set(imagesFrom(ctx, filled(call, pic) ?? '').map((i) => i.file));
      const image = box.images.find((i) => files.has(i.file));
      if (image) image.caption = value;
      else lone.push({ label: null, value });
    }
    return lone.length ? { kind: 'block', nodes: [{ ...box, rows: [...lone, ...box.rows] }] } : result;
  };
}

// ───────────── 基礎情報 国 ─────────────

/** Parameters the country box reads into combined rows (everything else is a row of its own). */
const COUNTRY_USED = new Set([
  '略名', '日本語国名', '公式国名', '公用語', '首都', '国旗画像', '国章画像', '国章リンク', '位置画像', '標語', '国歌', '最大都市',
  '面積順位', '面積大きさ', '面積値', '水面積率', '人口統計年', '人口順位', '人口大きさ', '人口値', '人口密度値',
  'GDP統計年元', 'GDP値元', 'GDP統計年MER', 'GDP順位MER', 'GDP値MER', 'GDP MER/人', 'GDP統計年', 'GDP順位', 'GDP値',
  'GDP/人', '建国形態', '通貨', '通貨コード', '時間帯', '夏時間', '注記',
]);
const TITLE_PAIR = /^(.+等)肩書(\d*)$/;
const FOUNDING = /^確立(?:形態|年月日)(\d*)$/;

/** Wikitext of a figure with its unit and rank: "437,072km²（57位）". */
function figure(value: string | undefined, unit: string, rank: string | undefined): string | undefined {
  if (!value) return undefined;
  return rank ? `${value}${unit}（${rank}位）` : `${value}${unit}`;
}

function country(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const get = (k: string) => filled(call, k);
  // The pictures and the heading come from the generic box; the rows are laid out below.
  const pictures = new Map<string, string>();
  const name = get('日本語国名') ?? get('略名');
  if (name) pictures.set('name', name);
  if (get('国旗画像')) pictures.set('image1', get('国旗画像')!);
  if (get('国章画像')) pictures.set('image2', get('国章画像')!);
  if (get('国章リンク')) pictures.set('image2 caption', get('国章リンク')!);
  if (get('位置画像')) pictures.set('image3', get('位置画像')!);
  const head = infobox(withArgs(call, pictures), ctx);
  const rows: InfoboxRow[] = [];
  const add = (label: string | Inline[] | null, raw: string | undefined) => {
    if (!raw) return;
    const value = valueNodes(ctx, raw);
    if (!hasVisible(value)) return;
    rows.push({ label: typeof label === 'string' ? [text(label)] : label, value });
  };
  const heading = (title: string, ...values: Array<string | undefined>) => {
    if (values.some((v) => v)) rows.push({ label: null, value: [text(title)], header: true });
  };
  add(null, get('公式国名'));
  add('国の標語', get('標語'));
  add('国歌', get('国歌'));
  add('公用語', get('公用語'));
  add('首都', get('首都'));
  add('最大の都市', get('最大都市'));
  const rest: Array<[string, string]> = [];
  for (const [k, raw] of call.args) {
    const key = k.trim();
    if (isPositional(k) || COUNTRY_USED.has(key) || FOUNDING.test(key) || /氏名\d*$/.test(key) || !raw.trim()) continue;
    const pair = TITLE_PAIR.exec(key);
    // `元首等肩書 = [[大統領]]`, `元首等氏名 = X` → the row "大統領 | X".
    if (pair) add(inline(ctx, raw), get(`${pair[1]}氏名${pair[2]}`));
    else rest.push([key, raw]);
  }
  heading('面積', get('面積値'), get('水面積率'));
  add('総計', figure(get('面積値'), 'km²', get('面積順位')));
  add('水面積率', get('水面積率'));
  const year = (k: string) => (get(k) ? `（${get(k)}年）` : '');
  heading('人口', get('人口値'), get('人口密度値'));
  add(`総計${year('人口統計年')}`, figure(get('人口値'), '人', get('人口順位')));
  add('人口密度', figure(get('人口密度値'), '人/km²', undefined));
  heading('GDP（自国通貨表示）', get('GDP値元'));
  add(`合計${year('GDP統計年元')}`, get('GDP値元'));
  heading('GDP（MER）', get('GDP値MER'), get('GDP MER/人'));
  add(`合計${year('GDP統計年MER')}`, figure(get('GDP値MER'), 'ドル', get('GDP順位MER')));
  add('1人あたり', figure(get('GDP MER/人'), 'ドル', undefined));
  heading('GDP（PPP）', get('GDP値'), get('GDP/人'));
  add(`合計${year('GDP統計年')}`, figure(get('GDP値'), 'ドル', get('GDP順位')));
  add('1人あたり', figure(get('GDP/人'), 'ドル', undefined));
  // 建国形態 heads the founding steps: 確立形態N is the label of 確立年月日N.
  const steps: string[] = [];
  for (const k of call.args.keys()) {
    const m = FOUNDING.exec(k.trim());
    if (m && !steps.includes(m[1]!)) steps.push(m[1]!);
  }
  if (steps.length && get('建国形態')) rows.push({ label: null, value: inline(ctx, get('建国形態')), header: true });
  for (const n of steps) {
    const label = get(`確立形態${n}`);
    add(label ? inline(ctx, label) : null, get(`確立年月日${n}`));
  }
  const currency = get('通貨');
  add('通貨', currency && get('通貨コード') ? `${currency}（${get('通貨コード')}）` : currency);
  const zone = get('時間帯');
  add('時間帯', zone ? `UTC${zone}${get('夏時間') ? ` (DST: ${get('夏時間')})` : ''}` : undefined);
  for (const [key, raw] of rest) add(key, raw);
  add('注記', get('注記'));
  if (head.kind !== 'block') return rows.length ? { kind: 'block', nodes: [{ type: 'infobox', name: call.name, title: name ? inline(ctx, name) : [text(ctx.title)], images: [], rows }] } : head;
  const box = head.nodes[0] as Infobox;
  return { kind: 'block', nodes: [{ ...box, rows: [...box.rows, ...rows] }] };
}

// ───────────── Infobox Language ─────────────

const FAMILY_STEP = /^fam(\d+)$/;

/**
 * `family`/`fam1` … `fam15`: one 言語系統 row, the family's branches line under line from the
 * largest down (the wiki draws them as a nested list), not one row per branch.
 */
function language(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const steps: Array<[number, string]> = [];
  let at = -1;
  const args = new Map<string, string>();
  for (const [k, v] of call.args) {
    if (isPositional(k)) continue;
    const key = k.trim().toLowerCase();
    const m = FAMILY_STEP.exec(key);
    if (m || key === 'family') {
      if (v.trim()) steps.push([m ? Number(m[1]) : 0, v.trim()]);
      if (at < 0) {
        at = args.size;
        args.set('family', '');
      }
      continue;
    }
    args.set(k, v);
  }
  if (steps.length) args.set('family', steps.sort((a, b) => a[0] - b[0]).map(([, v]) => v).join('<br />'));
  else args.delete('family');
  return infobox(withArgs(call, args), ctx);
}

// ───────────── 基礎情報 テレビ番組 ─────────────

/**
 * `番組名` names the programme (the box's heading); `番組名1`, `番組名2` … head the groups of rows
 * for each season or version after them (シーズン1), as the wiki's sub-headings.
 */
function tvProgramme(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const args = new Map<string, string>();
  const headings = new Set<string>();
  for (const [k, v] of call.args) {
    if (isPositional(k)) continue;
    const key = k.trim();
    if (key === '番組名') args.set('name', v);
    else {
      if (/^番組名\d+$/.test(key) && v.trim()) headings.add(plain(ctx, v));
      args.set(k, v);
    }
  }
  const result = infobox(withArgs(call, args), ctx);
  if (result.kind !== 'block' || !headings.size) return result;
  const box = result.nodes[0] as Infobox;
  const rows = box.rows.map((r): InfoboxRow =>
    r.label && r.label.length === 1 && r.label[0]!.type === 'text' && r.label[0]!.value === '番組名' ? { label: null, value: r.value, header: true } : r,
  );
  return { kind: 'block', nodes: [{ ...box, rows }] };
}

// ───────────── Infobox animanga/* ─────────────

/**
 * The parts of one manga/anime box, each its own call: /Header names the work, each media part
 * (/Manga, /TVAnime, …) is headed by the medium, with its own title after a colon ("映画：
 * APPLESEED"); /Other is headed by its タイトル alone, /RadioDrama by its メディア (ドラマCD).
 */
/** Part template (`Infobox animanga/…`) → the medium heading its rows (none for Header and Other). */
const ANIMANGA_PARTS: ReadonlyArray<readonly [string, string]> = [
  ['Header', ''], ['Other', ''], ['Manga', '漫画'], ['TVAnime', 'アニメ'], ['OVA', 'OVA'], ['Movie', '映画'], ['Game', 'ゲーム'],
  ['Novel', '小説'], ['RadioDrama', 'ラジオドラマ'], ['WebAnime', 'Webアニメ'], ['Drama', 'テレビドラマ'], ['WebRadio', 'Webラジオ'],
];

function animangaPart(part: string, medium: string) {
  return (call: TemplateCall, ctx: TemplateContext): TemplateResult => {
    const title = filled(call, 'タイトル');
    const args = new Map<string, string>();
    for (const [k, v] of call.args) if (!isPositional(k) && k.trim() !== 'タイトル' && !(part === 'radiodrama' && k.trim() === 'メディア')) args.set(k, v);
    let heading: string | undefined;
    if (part === 'header' || part === 'other') heading = title;
    else {
      const shown = (part === 'radiodrama' ? plain(ctx, filled(call, 'メディア')) : '') || medium;
      heading = title ? (shown ? `${shown}：${title}` : title) : shown;
    }
    if (heading) args.set('name', heading);
    return infobox(withArgs(call, args), ctx);
  };
}

/** /Cast: `役名` and `出演者` list the roles and their actors line by line — a two-column table. */
function animangaCast(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const split = (v: string | undefined) => (v ?? '').split(/<br\s*\/?>|\n/i).map((x) => x.trim()).filter((x) => x);
  const roles = split(filled(call, '役名'));
  const actors = split(filled(call, '出演者'));
  if (!roles.length || roles.length !== actors.length) return infobox(call, ctx);
  const rows: TableRow[] = [{ type: 'tableRow', attrs: {}, cells: [textCell([text('役名')], true), textCell([text('出演者')], true)] }];
  roles.forEach((r, i) => rows.push({ type: 'tableRow', attrs: {}, cells: [textCell(inline(ctx, r), false), textCell(inline(ctx, actors[i]!), false)] }));
  const table: Table = { type: 'table', attrs: {}, caption: null, rows };
  return { kind: 'block', nodes: [table] };
}

export const JA_INFOBOX_ENTRIES: HandlerEntry[] = [
  { family: 'infobox', names: ['Infobox 漫画家'], langs: ['ja'], handler: mangaka },
  { family: 'infobox', names: ['基礎情報 都道府県'], langs: ['ja'], handler: locality('都道府県') },
  { family: 'infobox', names: ['東京都の特別区'], langs: ['ja'], handler: locality('区') },
  { family: 'infobox', names: ['日本の市町村', '基礎情報 日本の市町村'], langs: ['ja'], handler: locality('') },
  { family: 'infobox', names: ['基礎情報 国'], langs: ['ja'], handler: country },
  { family: 'infobox', names: ['Infobox Language', 'Infobox language'], langs: ['ja'], handler: language },
  { family: 'infobox', names: ['基礎情報 テレビ番組'], langs: ['ja'], handler: tvProgramme },
  ...ANIMANGA_PARTS.map(([part, medium]): HandlerEntry => ({
    family: 'infobox',
    names: [`Infobox animanga/${part}`],
    langs: ['ja'],
    handler: animangaPart(part.toLowerCase(), medium),
  })),
  { family: 'infobox', names: ['Infobox animanga/Cast'], langs: ['ja'], handler: animangaCast },
  // The box's foot: links to the WikiProject and portal, no facts about the work.
  { family: 'infobox', names: ['Infobox animanga/Footer'], langs: ['ja'], handler: () => ({ kind: 'drop' }) },
];
