/**
 * Files the wiki shows as a player or as a thumbnail of their first page (sound, video, PDF, DjVu,
 * TIFF). An <img> of one is broken on GitHub; a link to the file opens or plays it.
 */
const NOT_AN_IMAGE = /\.(?:og[gav]|opus|flac|wav|mp3|m4a|midi?|webm|mpe?g|mp4|pdf|djvu|tiff?)$/i;

export function isPlayableFile(file: string): boolean {
  return NOT_AN_IMAGE.test(file);
}
