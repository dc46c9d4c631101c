/**
 * Where a wiki's uploaded files load from. Three cases:
 * - a Wikimedia wiki: its own files at `https://upload.wikimedia.org/<project>/<lang>/a/ab/Name`,
 *   every other file on Commons (`…/wikipedia/commons/a/ab/Name`);
 * - any other MediaWiki: `<article path>Special:FilePath/Name`, which every MediaWiki answers with a
 *   redirect to the file wherever its upload settings put it (local or a foreign repository);
 * - a base the user gives (`--upload-base`): the wiki's hashed `a/ab/Name` layout under it.
 */
import type { SiteConfig, UploadLayout } from './types.js';

export const COMMONS_UPLOAD_BASE = 'https://upload.wikimedia.org/wikipedia/commons/';

/** Sister projects whose language editions are `<lang>.<project>.org`. */
const LANGUAGE_PROJECTS = new Set(['wikipedia', 'wiktionary', 'wikibooks', 'wikiquote', 'wikisource', 'wikinews', 'wikiversity', 'wikivoyage']);

/** The upload.wikimedia.org folder of a Wikimedia wiki (`wikipedia/zh`), or null when `host` is no Wikimedia wiki. */
export function wikimediaUploadFolder(host: string): string | null {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  // The mobile site (`zh.m.wikipedia.org`) is the same wiki.
  if (labels.length === 4 && labels[1] === 'm') labels.splice(1, 1);
  if (labels.length < 2 || labels[labels.length - 1] !== 'org') return null;
  const domain = labels[labels.length - 2]!;
  const sub = labels.length >= 3 ? labels[labels.length - 3]! : null;
  if (LANGUAGE_PROJECTS.has(domain)) {
    // wikisource.org without a language is the multilingual Wikisource ("sources").
    if (!sub || sub === 'www') return domain === 'wikisource' ? 'wikipedia/sources' : null;
    return `${domain}/${sub}`;
  }
  if (domain === 'wikimedia') return sub && sub !== 'www' ? `wikipedia/${sub}` : null;
  if (domain === 'mediawiki') return 'wikipedia/mediawiki';
  if (domain === 'wikidata') return sub === 'test' ? 'wikipedia/testwikidata' : 'wikipedia/wikidata';
  return null;
}

function hostOf(url: string): string | null {
  const m = /^(?:https?:)?\/\/([^/:?#]+)/i.exec(url);
  return m ? m[1]! : null;
}

/** Whether a URL (a siteinfo base, an article path) is on a Wikimedia wiki. */
export function isWikimediaUrl(url: string): boolean {
  const host = hostOf(url);
  return host !== null && wikimediaUploadFolder(host) !== null;
}

export interface UploadSettings {
  uploadBase: string;
  localUploadBase?: string;
  uploadLayout: UploadLayout;
}

/**
 * The upload settings of the wiki whose articles are at `articleBase`
 * (`https://zh.wikipedia.org/wiki/`, `https://wiki.example.com/index.php/`).
 */
export function defaultUploads(articleBase: string): UploadSettings {
  const host = hostOf(articleBase);
  const folder = host ? wikimediaUploadFolder(host) : null;
  if (folder) {
    return { uploadBase: COMMONS_UPLOAD_BASE, localUploadBase: `https://upload.wikimedia.org/${folder}/`, uploadLayout: 'hashed' };
  }
  // `Special:` is the canonical name, understood by a wiki of any language; `FilePath` the English alias, likewise.
  return { uploadBase: `${articleBase}Special:FilePath/`, uploadLayout: 'name' };
}

/**
 * Settings for a user-given base: every file under it in the hashed layout. A base without a
 * scheme that does not start with `/` is a path relative to the output (`images/`); it is kept
 * relative (see relativeUploadBase).
 */
export function givenUploads(base: string): UploadSettings {
  let b = base.trim();
  if (isRelativeBase(b)) b = b.replace(/^(?:\.\/)+/, '');
  if (b !== '' && !b.endsWith('/')) b += '/';
  return { uploadBase: b, uploadLayout: 'hashed' };
}

/** A user-given base worth trying: an http(s) URL or a path, without characters a link cannot hold as they are. */
export function validUploadBase(base: string): boolean {
  const b = base.trim();
  if (b === '' || /[\s"<>\\^`{|}\u0000-\u001f\u007f]/.test(b)) return false;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(b);
  return scheme ? /^https?$/i.test(scheme[1]!) && /^https?:\/\/[^/]/i.test(b) : true;
}

/** Whether a base is a path relative to the output folder (`images/`, `./files`), not a URL or an absolute path. */
export function isRelativeBase(base: string): boolean {
  return !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(base) && !base.startsWith('/');
}

/** A relative base as seen from a file `depth` folders below the output folder (`Page/X.md`: 1). */
export function relativeUploadBase(base: string, depth: number): string {
  return '../'.repeat(depth) + base;
}

/** The same site with other upload settings (the rest shared, not copied). */
export function withUploads(site: SiteConfig, uploads: UploadSettings): SiteConfig {
  return { ...site, uploadBase: uploads.uploadBase, localUploadBase: uploads.localUploadBase, uploadLayout: uploads.uploadLayout };
}
