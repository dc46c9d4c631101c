/** Wikimark's library surface. */
export { convertPage } from './engine/convert.js';
export { MemoryPageSource, folderPageSource } from './engine/pagesource.js';
export type {
  CategoryEntry, ConvertOptions, ConvertResult, ImageMode, LinkResolver, PageMeta, PageSource, ReferenceEntry, Warning,
} from './engine/types.js';
export { buildSite, siteFor } from './site/defaults.js';
export { liveUrl, parseTitle, uploadUrl } from './site/titles.js';
export type { SiteConfig, TitleParts } from './site/types.js';
export type * from './ast/nodes.js';
