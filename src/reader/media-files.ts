/**
 * Uploaded files a mirror may hold (a wiki's `images/` folder copied into OUTDIR and linked with
 * `--upload-base images/`): which the reader serves, as what. Only media a page can show or link;
 * anything else in OUTDIR stays unserved.
 */
const MEDIA_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  jpe: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  bmp: 'image/bmp',
  ico: 'image/vnd.microsoft.icon',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  djvu: 'image/vnd.djvu',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  ogv: 'video/ogg',
  opus: 'audio/ogg',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  flac: 'audio/flac',
  mid: 'audio/midi',
  mp4: 'video/mp4',
  webm: 'video/webm',
};

/** The Content-Type of a media file by its extension (case-insensitive), or null when it is none. */
export function mediaType(file: string): string | null {
  const dot = file.lastIndexOf('.');
  if (dot < 0 || dot < file.lastIndexOf('/')) return null;
  return MEDIA_TYPES[file.slice(dot + 1).toLowerCase()] ?? null;
}

/**
 * Headers of a served media file. An SVG is a document that can hold scripts: opened on its own
 * it is sandboxed and may load nothing, as an <img> it runs nothing anyway. No other site may
 * frame it (the sandbox does not forbid that), as none may frame the reader's pages.
 */
export const MEDIA_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
