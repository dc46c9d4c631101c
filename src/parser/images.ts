/**
 * Image options of `[[File:x|…]]` and gallery lines. Options are split on `|` outside nested
 * `[[ ]]`; each is matched against the image keywords (English and the zh/ja/ko/uk spellings);
 * the last one that matches nothing is the caption, parsed as inline wikitext (links allowed).
 */
import { plainText, type Image, type Inline } from '../ast/nodes.js';
import { decodeEntities } from '../site/entities.js';
import { parseTitle } from '../site/titles.js';
import type { TitleParts } from '../site/types.js';
import { isUrlChar, protocolAt, startsWithProtocol } from './extlinks.js';
import { Mode, parseInlineRange } from './inline.js';
import type { State } from './state.js';

/*
 * Option words as maps, not object literals: looked up with every option and caption text, the
 * objects' keyed loads missed V8's stub cache at each text they had not seen (9.5k IC misses per two
 * bench rounds, `node --log-ic`), and an object answers `constructor` or `toString` from its prototype.
 */
const FORMAT = new Map<string, Image['format'] | 'border'>(Object.entries({
  thumb: 'thumb', thumbnail: 'thumb', mini: 'thumb', サムネイル: 'thumb', 缩略图: 'thumb', 縮圖: 'thumb', 缩图: 'thumb',
  縮略圖: 'thumb', 섬네일: 'thumb', 썸네일: 'thumb', мініатюра: 'thumb', міні: 'thumb',
  frame: 'frame', framed: 'frame', enframed: 'frame', フレーム: 'frame', 有框: 'frame', 框: 'frame', 프레임: 'frame', обрамити: 'frame',
  frameless: 'frameless', フレームなし: 'frameless', 无框: 'frameless', 無框: 'frameless', 프레임없음: 'frameless', безрамки: 'frameless',
  border: 'border', 境界: 'border', 边框: 'border', 邊框: 'border', 테두리: 'border', межа: 'border',
} as const));

const ALIGN = new Map<string, NonNullable<Image['align']>>(Object.entries({
  left: 'left', 左: 'left', 왼쪽: 'left', ліворуч: 'left', зліва: 'left',
  right: 'right', 右: 'right', 오른쪽: 'right', праворуч: 'right', справа: 'right',
  center: 'center', centre: 'center', 中央: 'center', 居中: 'center', 中: 'center', 가운데: 'center', центр: 'center',
  none: 'none', なし: 'none', 无: 'none', 無: 'none', 없음: 'none', без: 'none',
} as const));

const VALIGN = new Set(['baseline', 'sub', 'super', 'sup', 'top', 'text-top', 'middle', 'bottom', 'text-bottom']);

const KEYS = new Map<string, 'link' | 'alt' | 'ignore' | 'upright' | 'thumb'>(Object.entries({
  link: 'link', リンク: 'link', 链接: 'link', 鏈接: 'link', 連結: 'link', 링크: 'link', посилання: 'link',
  alt: 'alt', 代替文: 'alt', 替代: 'alt', 替代文字: 'alt', 替代文本: 'alt', 대체글: 'alt', альт: 'alt',
  lang: 'ignore', page: 'ignore', class: 'ignore', ページ: 'ignore', 页: 'ignore', 頁: 'ignore', 言語: 'ignore', 语言: 'ignore',
  upright: 'upright', thumb: 'thumb', thumbnail: 'thumb', mini: 'thumb', サムネイル: 'thumb', 缩略图: 'thumb',
} as const));

const SIZE = /^(\d*)(?:\s*[x×]\s*(\d+))?\s*(?:px|ピクセル|像素|픽셀|пкс)$/i;

/** Audio and video files: TimedMediaHandler draws them, and reads a few options of its own. */
const TIMED_MEDIA = /\.(?:og[gav]|opus|flac|wav|mp3|midi?|webm|mpe?g)$/i;
/**
 * TimedMediaHandler's time options take `[[h:]m:]s` (each part a number); its flags take no value.
 * `noicon` and `noplayer` are the older OggHandler's flags, still written on pages (uk 0382's anthem):
 * a player option, never words a reader should see.
 */
const TIMED_TIME_OPTION = /^(?:thumbtime|start|end)=\d+(?:\.\d*)?(?::\d+(?:\.\d*)?){0,2}$/;
const TIMED_FLAG = /^(?:muted|loop|noicon|noplayer|disablecontrols=.*)$/;

/** MediaWiki's default thumbnail width, used with `upright`. */
const DEFAULT_THUMB_WIDTH = 220;

/**
 * Split on `|` outside `[[ ]]`, outside language-converter markup `-{ }-` (each may nest) and
 * outside a bracketed external link: MediaWiki has turned internal and external links into
 * placeholders before makeImage splits the rest on `|` outside `-{ }-` (T146305), so
 * `thumb|-{zh-hans|甲}-` keeps `-{zh-hans|甲}-` as one caption and `[http://x/?a=|b label]` stays
 * one link.
 */
export function splitOptions(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let convert = 0;
  let from = 0;
  // Where the last search for an external link's `]` stopped without one: no link closes before it.
  let noCloseUntil = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 91 && s.charCodeAt(i + 1) === 91) {
      depth++;
      i++;
    } else if (c === 91 && depth === 0 && i >= noCloseUntil && protocolAt(s, i + 1, true) > 0) {
      const close = extLinkClose(s, i + 1);
      if (close < 0) noCloseUntil = -close - 1;
      else i = close;
    } else if (c === 93 && s.charCodeAt(i + 1) === 93 && depth > 0) {
      depth--;
      i++;
    } else if (c === 45 && s.charCodeAt(i + 1) === 123) {
      convert++;
      i++;
    } else if (c === 125 && s.charCodeAt(i + 1) === 45 && convert > 0) {
      convert--;
      i++;
    } else if (c === 124 && depth === 0 && convert === 0) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  out.push(s.slice(from));
  return out;
}

/**
 * The `]` closing a bracketed external link whose URL starts at q: the label runs to it with no
 * line break or other control character (MediaWiki's bracketed link pattern). Otherwise
 * -(where the search stopped) - 1.
 */
function extLinkClose(s: string, q: number): number {
  for (; q < s.length; q++) {
    const c = s.charCodeAt(q);
    if (c === 93) return q;
    if (c < 32 && c !== 9) return -q - 1;
  }
  return -q - 1;
}

export function parseImage(st: State, file: string, optionsText: string, hasOptions: boolean, inGallery = false): Image {
  const image: Image = {
    type: 'image',
    file,
    alt: '',
    caption: [],
    link: null,
    format: 'inline',
    width: null,
    height: null,
    align: null,
  };
  if (!hasOptions) return image;
  let caption: string | null = null;
  let upright: number | null = null;
  // MediaWiki keeps the first of thumb / frame / frameless (and thumbnail=…); a later one of
  // these words is no option, so it stands as a caption candidate like any unknown part.
  let seenFormat = false;
  const timedMedia = TIMED_MEDIA.test(file);
  for (const raw of splitOptions(optionsText)) {
    const opt = raw.trim();
    if (opt === '') {
      // An empty part is a caption too: MediaWiki keeps the last non-option part, so `|a|]]` shows none.
      caption = '';
      continue;
    }
    const format = FORMAT.get(opt);
    if (format !== undefined) {
      if (format === 'border') continue;
      if (seenFormat) {
        caption = raw;
        continue;
      }
      seenFormat = true;
      image.format = format;
      continue;
    }
    const align = ALIGN.get(opt);
    if (align !== undefined) {
      image.align = align;
      continue;
    }
    if (VALIGN.has(opt)) continue;
    const size = SIZE.exec(opt);
    if (size && (size[1] || size[2])) {
      if (size[1]) image.width = parseInt(size[1], 10);
      if (size[2]) image.height = parseInt(size[2], 10);
      continue;
    }
    if (opt === 'upright' || opt === '右上') {
      upright = 0.75;
      continue;
    }
    const eq = opt.indexOf('=');
    const key = eq > 0 ? KEYS.get(opt.slice(0, eq).trim()) : undefined;
    if (key !== undefined) {
      const value = opt.slice(eq + 1).trim();
      if (key === 'link') {
        const target = decodeEntities(value);
        const page = imageLinkPage(st, target);
        if (page === false) {
          // A gallery takes its link option whatever the value, and drops a bad one.
          if (!inGallery) caption = raw;
          continue;
        }
        image.link = linkTargetText(target);
        // The page is one of the page's links, as MediaWiki's parseLinkParameter (and a gallery's
        // `link=`, in renderImageGallery) addLink()s it; a link to another wiki is not.
        if (page !== null && page.interwiki === null) st.addLink(page.full);
      }
      // A template call in the alt text (a marker here) is its text, tags stripped, as
      // Parser::stripAltText leaves it; the marker's index had printed ("x0z").
      else if (key === 'alt') image.alt = value.includes('\x7f') ? plainText(captionInline(st, value)).trim() : decodeEntities(value);
      else if (key === 'upright') upright = parseFloat(value) > 0 ? parseFloat(value) : 0.75;
      else if (key === 'thumb' && !seenFormat) {
        seenFormat = true;
        image.format = 'thumb';
      }
      continue;
    }
    if (opt.startsWith('upright ')) {
      const f = parseFloat(opt.slice(8));
      upright = f > 0 ? f : 0.75;
      continue;
    }
    // `thumbtime=1:25`, `start=…`, `loop` on a video are the player's options, not its caption.
    if (timedMedia && (TIMED_TIME_OPTION.test(opt) || TIMED_FLAG.test(opt))) continue;
    caption = raw;
  }
  if (upright !== null && image.width === null && (image.format === 'thumb' || image.format === 'frameless')) {
    image.width = Math.round((DEFAULT_THUMB_WIDTH * upright) / 10) * 10;
  }
  if (caption !== null) image.caption = captionInline(st, caption.trim());
  return image;
}

/**
 * `; 増加` on a line of its own inside a caption that runs over several lines (a map legend):
 * MediaWiki replaces the link before its block pass, which then makes the line a definition term,
 * shown bold. Here it becomes bold text rather than a visible `;`.
 */
const CAPTION_TERM = /\n[ \t]*;[ \t]*([^\n:;]*[^\s:;])[ \t]*(?=\n|$)/g;

/**
 * Whether a `link=` value is one MediaWiki's makeImage takes: empty (no link), a URL made of URL
 * characters only, or a valid title. Any other `link=…` part is no option (false): like an unknown
 * word it may be the caption (`[[File:x.jpg|link=<|thumb]]` shows "link=<" under the picture).
 * A taken value gives the page it names, parsed once here, or null (empty, or a URL).
 */
function imageLinkPage(st: State, target: string): TitleParts | null | false {
  if (target === '') return null;
  const proto = protocolAt(target, 0, true);
  if (proto > 0) {
    if (target.length === proto) return false;
    for (let i = proto; i < target.length; i++) if (!isUrlChar(target.charCodeAt(i))) return false;
    return null;
  }
  // `link=[[Foo]]`: MediaWiki has made the link before it reads the option, and reads its text.
  const text = linkTargetText(target);
  const page = parseTitle(st.site, text);
  if (page === null) return false;
  // `link=[[http://x]]` reads as the URL its text is, not as a page.
  return startsWithProtocol(text) ? null : page;
}

/** The page or URL a valid `link=` value names: `link=[[Foo|bar]]` reads the text of the link it made ("bar"). */
function linkTargetText(target: string): string {
  if (!(target.startsWith('[[') && target.endsWith(']]'))) return target;
  const inner = target.slice(2, -2);
  return inner.slice(inner.indexOf('|') + 1);
}

export function captionInline(st: State, text: string): Inline[] {
  if (text === '') return [];
  if (text.includes('\n')) text = text.replace(CAPTION_TERM, "\n'''$1'''");
  return parseInlineRange(text, 0, text.length, st, { mode: Mode.Para, inLink: false });
}
