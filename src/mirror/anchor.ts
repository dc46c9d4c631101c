/**
 * The anchor a section link points at. GitHub derives heading anchors from the heading text;
 * until the writer's `githubAnchor` is available the fragment is kept as written (URL-encoded).
 */
export function sectionAnchor(fragment: string): string {
  return fragment.replace(/[%\s()<>[\]#?"'`^{}|\\\u0000-\u001f\u007f]/g, (ch) =>
    Buffer.from(ch, 'utf8').toString('hex').toUpperCase().replace(/(..)/g, '%$1'),
  );
}
