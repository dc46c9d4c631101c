/**
 * How an infobox reads its parameter names: which keys are the title, images and their captions,
 * layout settings that are never rows, chemical formula atoms, embedded modules and the generic
 * box's numbered rows. Keys arrive folded (`foldParam`: lower case, `_` as a space).
 */
export const TITLE_KEYS = new Set([
  'name', 'title', '名称', '名稱', '名字', '姓名', '中文名', '中文名称', '中文名稱', 'above', '名前', '人名', 'назва', 'ім\'я',
  'official name', 'conventional long name', '選舉名', 'playername', 'show name', 'station name', 'film name',
  // Football club infobox (zh 广东华南虎足球俱乐部), Infobox rail system-route (zh 广三铁路): the box's heading.
  'clubname', 'rail name',
  // Drugbox / Infobox drug: `drug_name` heads the box (zh L-多巴 showed a row "Drug name"); the older
  // Infobox company names, `company_name` (zh 中东广播中心 showed a row "Company name" under the page title).
  'drug name', 'company name',
]);
/**
 * A bare file name as a value ("TW PHW10 RouteMap.svg", "File:A.jpg"): an image whatever the
 * parameter is called. A PDF or DjVu file is one too (the wiki shows its first page; uk 0128's song
 * box has the printed score as its cover and showed "Ще не вмерла Украйна!.pdf" as text); the writer
 * links such a file. A file name holds none of the characters titles forbid nor `: / \`
 * (MediaWiki's $wgIllegalFileChars), so a URL (`website = http://x/plan.pdf`) is no file but a row.
 * One namespace prefix may stand before the name.
 */
export const FILE_VALUE = /^(?:[^[\]{}|<>\n#:/\\]+:)?[^[\]{}|<>\n#:/\\]+\.(?:svg|png|jpe?g|gif|tiff?|webp|pdf|djvu)$/i;
/** A sound or video file named bare (`аудіофайл = Anthem.ogg`): the box shows a player. Not a URL, as above. */
export const MEDIA_VALUE = /^(?:[^[\]{}|<>\n#:/\\]+:)?[^[\]{}|<>\n#:/\\]+\.(?:ogg|oga|ogv|mp3|wav|flac|opus|midi?|webm)$/i;
/** The player's title, shown with it rather than as a row of its own. */
export const SOUND_TITLE_KEYS: readonly string[] = ['sound title', 'soundtitle', 'audio title'];
export const IMAGE_KEYS = new Set([
  'image', 'image1', 'image2', 'image3', 'image name', 'imagename', 'img', 'photo', 'logo', 'image map', 'map', 'map image',
  'imagefile', 'imagefile1', 'imagefile2', 'imagefilel1', 'imagefiler1', 'imagefilel2', 'imagefiler2', 'cover', 'poster',
  'image flag', 'flag', 'image seal', 'seal', 'image skyline', 'customimage', 'image_file', 'pic', 'picture', 'insignia', 'icon',
  'company logo',
  '图像', '圖像', '图片', '圖片', '照片', '相片', '画像', '画像1', '画像2', 'ロゴ', '地図', 'зображення', 'фото', 'карта', 'обкладинка',
]);
export const CAPTION_KEYS = new Set([
  'caption', 'image caption', 'imagecaption', 'caption1', 'caption2', 'image1 caption', 'image2 caption', 'map caption',
  'photoname', 'logo caption', 'cover caption', 'imagecaption1', 'imagecaption2', 'flag caption', 'seal caption',
  '图像说明', '圖像說明', '图片说明', '圖片說明', '说明', '說明', '画像説明', 'キャプション', 'підпис', 'опис',
  '画像キャプション', '画像の説明', 'підпис зображення', 'підпис до зображення',
]);
/** Layout and bookkeeping parameters: never rows. */
const SKIP_KEYS = new Set([
  'width', 'size', 'style', 'bodystyle', 'bodyclass', 'class', 'titlestyle', 'abovestyle', 'aboveclass', 'headerstyle',
  'labelstyle', 'datastyle', 'belowstyle', 'captionstyle', 'imagestyle', 'child', 'embed', 'subbox', 'nocat', 'noicon',
  'float', 'color', 'colour', 'background', 'bgcolor', 'bgcolour', 'border', 'upright', 'alt', 'alt2', 'signature',
  'verifiedrevid', 'verifiedfields', 'watchedfields', 'qid', 'onlysourced', 'fetchwikidata', 'suppressfields',
  'pushpin map', 'pushpin label position', 'pushpin map caption', 'pushpin mapsize', 'pushpin relief', 'mapsize',
  'map size', 'logo size', 'imagesize', 'image size', 'image width', 'image upright', 'image alt',
  'temp', 'italic title', 'auto', 'header', 'data', 'name style',
  'honorific prefix', 'honorific suffix', 'footnotes', 'caption align', 'image align', 'image link', 'pronounce',
  // The box's colour (taxoboxes, language boxes), not a fact.
  '色', '颜色', '顏色', 'колір', 'familycolor',
  // Names for captions and links (`common_name_g`, ukwiki's `назва_род`: "Розташування України"), sort keys, switches,
  // the status scale's name, sister-project and database ids the box turns into links.
  'common name', 'common name g', 'назва род', 'area magnitude', 'no mapframe', 'status system', 'iucn', 'wikispecies', 'commonscat',
  'glottoname', 'glottorefname', 'notice', 'dorlandspre', 'dorlandssuf', 'dorlandsid', 'symbol type',
]);
/** `250px`, `220 px`, `250пкс`: an image size, whatever the parameter is called. */
export const PIXEL_SIZE = /^(?:x?\d+|\d+x\d+)\s*(?:px|пкс|пікс|пікселів)$/i;
const SKIP_SUFFIXES = [' style', ' class', ' size', ' width', ' alt', ' ref', ' upright', ' link', 'style', ' comment'];

/** Element symbols used as formula parameters (`C=17 | H=19 | Cl=1`). */
export const ELEMENTS = ['C', 'H', 'Ag', 'Al', 'As', 'Au', 'B', 'Ba', 'Bi', 'Br', 'Ca', 'Cl', 'Co', 'Cu', 'F', 'Fe', 'Gd', 'Ga', 'Hg', 'I', 'K', 'Li', 'Mg', 'Mn', 'N', 'Na', 'O', 'P', 'Pt', 'S', 'Sb', 'Se', 'Si', 'Sr', 'Tc', 'Ti', 'Zn'];
export const ELEMENT_SET = new Set(ELEMENTS);

export const NUMBERED_IMAGE = /^image\d+$/;
/** Where an infobox embeds another (`module`, `module2`, …). */
export const MODULE_KEY = /^module\d*$/;
export const NUMBERED_ROW = /^(header|label|data)(\d+)$/;
const NON_DIGITS = /\D+/g;

/**
 * A former country's box: `p1 = РСФРР`, `flag_p1 = Flag RSFSR 1918.svg` — the flag is an icon beside
 * the predecessor's (or successor's, `s1`) name, which the box links to its article.
 */
export const NEIGHBOUR_FLAG = /^(?:flag|image|border) [ps]\d+$/;
export const NEIGHBOUR = /^[ps]\d+$/;

/**
 * A football club's kit as the box draws it (`leftarm1=FFFF00`, `pattern_b1=_whitestripes`,
 * zh 广东华南虎足球俱乐部): colours and pattern names, no facts.
 */
export const KIT_KEY = /^(?:(?:leftarm|body|rightarm|shorts|socks)\d+|pattern (?:la|b|ra|sh|so)\d*)$/;

export function skipKey(folded: string): boolean {
  if (SKIP_KEYS.has(folded)) return true;
  // `mapframe_zoom`, ukwiki's `mapframe_масштаб`/`_широта`/`_контур`: settings of the box's
  // interactive map (Kartographer), which a Markdown page has no place for — never facts.
  if (folded.startsWith('mapframe')) return true;
  for (const s of SKIP_SUFFIXES) if (folded.endsWith(s) && folded.length > s.length) return true;
  return false;
}

export function captionKeyFor(imageKey: string): string[] {
  const digits = imageKey.replace(NON_DIGITS, '');
  if (imageKey === 'map' || imageKey === 'image map') return ['map caption'];
  if (imageKey === 'logo') return ['logo caption'];
  if (imageKey === 'photo') return ['photoname', 'caption'];
  if (digits && digits !== '1') return [`caption${digits}`, `image${digits} caption`, `imagecaption${digits}`];
  if (!IMAGE_KEYS.has(imageKey)) return [`${imageKey}cap`, `${imageKey} caption`, `${imageKey}caption`];
  // jawiki's musician and people boxes: `Img` with `Img_capt`.
  if (imageKey === 'img') return ['img capt', 'caption', 'img caption'];
  return [
    'caption', 'image caption', 'imagecaption', 'caption1', 'image1 caption', '图像说明', '圖像說明', '图片说明', '圖片說明', '说明', '說明',
    '画像説明', 'キャプション', '画像キャプション', '画像の説明', 'підпис', 'підпис зображення', 'підпис до зображення',
  ];
}
