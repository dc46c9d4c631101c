/**
 * The YAML block `convert --front-matter` opens each page with (writer/markdown.ts): title, source
 * URL and categories, each a double-quoted string in JSON's escapes. The reader neither shows it
 * (markdown-it would make rules, a paragraph and a list of it) nor indexes it (every snippet would start
 * with `title: "…" source: …`). Only the writer's exact form counts: a page whose text merely
 * opens with a rule is left alone.
 */

export interface PageFrontMatter {
  title: string;
  source: string;
  /** Where the page's own Markdown starts, past the block and the blank line after it. */
  end: number;
}

/** A double-quoted JSON string on one line; the writer's `\n` line ends, or a CRLF copy's `\r\n`. */
const QUOTED = '"(?:[^"\\\\\\r\\n]|\\\\[^\\r\\n])*"';
const BLOCK = new RegExp(`^---\\r?\\ntitle: (${QUOTED})\\r?\\nsource: (${QUOTED})\\r?\\ncategories:(?: \\[\\]\\r?\\n|\\r?\\n((?:  - ${QUOTED}\\r?\\n)*))---\\r?\\n(?:\\r?\\n|$)`);
const CATEGORY = new RegExp(`  - (${QUOTED})`, 'g');

function unquote(s: string): string | null {
  try {
    const value: unknown = JSON.parse(s);
    return typeof value === 'string' ? value : null;
  } catch {
    return null; // an escape JSON does not know: not the writer's block
  }
}

/**
 * The page's front matter, or null when it does not open with the writer's block (line ends may
 * be CRLF, as in a mirror checked out with git's autocrlf). Every value must read as JSON,
 * categories too, though only title and source are kept.
 */
export function readFrontMatter(markdown: string): PageFrontMatter | null {
  // One character code first: nearly every page (no --front-matter) stops here.
  if (markdown.charCodeAt(0) !== 45 /* - */) return null;
  const m = BLOCK.exec(markdown);
  if (!m) return null;
  const title = unquote(m[1]!);
  const source = unquote(m[2]!);
  if (title === null || source === null) return null;
  for (const category of (m[3] ?? '').matchAll(CATEGORY)) if (unquote(category[1]!) === null) return null;
  return { title, source, end: m[0].length };
}

/** The page's Markdown without its front matter. */
export function withoutFrontMatter(markdown: string): string {
  const fm = readFrontMatter(markdown);
  return fm ? markdown.slice(fm.end) : markdown;
}
