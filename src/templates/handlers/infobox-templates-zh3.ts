/**
 * zhwiki infobox templates of the page kinds read in session 23 (docs/quality.md, "Session 23: zh
 * templates, third round"): venues and stadiums (Infobox venue) and Korean names (Infobox Korean name). Keys are folded names (foldParam).
 */
import type { InfoboxTemplate } from './infobox-templates.js';
import { KOREAN_LABELS, labelled } from './infobox-templates-zh2.js';

/**
 * Infobox venue, labels as its labelN give them (the template read; 山下球場 printed "Built",
 * "Demolished", "Seating capacity", "Tenants", "Dimensions" and a row "Native name lang | en").
 * `native_name` stands under the heading (its subheader); `tenants` and `website` are data under
 * the headers 客戶 and 網站, shown here as rows so labelled.
 */
const ZH_VENUE: InfoboxTemplate = {
  labels: labelled([
    ['native name|nickname', ''], ['fullname', '全名'], ['former names|formernames|othernames', '曾用名'],
    ['country|city|address', '地址'], ['location', '位置'], ['coordinates', '坐標'], ['publictransit', '公共交通'], ['parking', '停車'],
    ['owner', '所有者'], ['tenant', '租借者'], ['operator', '營運者'], ['designation', '紀念'], ['type', '類型'], ['genre', '体裁'],
    ['seating type', '座椅类别'], ['suites', '包间'], ['capacity|seating capacity', '座位数'], ['record attendance', '觀眾紀錄'],
    ['dimensions', '場地大小'], ['field shape', '場地形狀'], ['acreage', '英畝'], ['surface', '表面'], ['scoreboard', '計分板'],
    ['screens', '屏幕'], ['currentuse', '現用途'], ['production', '演出'], ['broke ground', '動工'], ['built', '完工'],
    ['opened', '啟用'], ['renovated', '翻修'], ['expanded', '擴建'], ['closed', '關閉'], ['reopened', '重開'], ['demolished', '拆除'],
    ['rebuilt', '重建'], ['yearsactive', '活跃年代'], ['cost|construction cost', '建築费用'], ['architect', '建築師'], ['builder', '承建者'],
    ['project manager', '项目经理'], ['structural engineer', '建築工程師'], ['services engineer', '服務工程師'],
    ['general contractor', '總承包商'], ['main contractors', '主承包商'], ['tenants', '客戶'], ['website|homepage|url', '網站'],
  ]),
  hidden: ['native name lang', 'image upright', 'logo size', 'map size', 'pushpin map', 'pushpin label', 'pushpin label position', 'pushpin mapsize', 'pushpin relief', 'embedded', 'nrhp'],
  captions: { 'logo image': 'logo caption', image: 'image caption', 'image map': 'map caption' },
};

export const ZH_TEMPLATES_THIRD: Readonly<Record<string, InfoboxTemplate>> = {
  // 山上王, 中世朝鲜语: "Hangul", "Hanja", "Rr", "Mr". zhwiki's Infobox Korean name is not stored:
  // its rows are labelled as Infobox Chinese/Korean (read) labels the same names, a guess.
  'infobox korean name': { labels: KOREAN_LABELS },
  'infobox venue': ZH_VENUE,
  'infobox stadium': ZH_VENUE,
};
