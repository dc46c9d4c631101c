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

const QUOTED = '"(?:[^"\\\\\\n]|\\\\[^\\n])*"';
const BLOCK = new RegExp(`^---\\ntitle: (${QUOTED})\\nsource: (${QUOTED})\\ncategories:(?: \\[\\]\\n|\\n(?:  - ${QUOTED}\\n)*)---\\n(?:\\n|$)`);

function unquote(s: string): string | null {
  try {
    const value: unknown = JSON.parse(s);
    return typeof value === 'string' ? value : null;
  } catch {
    return null; // an escape JSON does not know: not the writer's block
  }
}

/** The page's front matter, or null when it does not open with the writer's block. */
export function readFrontMatter(markdown: string): PageFrontMatter | null {
  // One character code first: nearly every page (no --front-matter) stops here.
  if (markdown.charCodeAt(0) !== 45 /* - */) return null;
  const m = BLOCK.exec(markdown);
  if (!m) return null;
  const title = unquote(m[1]!);
  const source = unquote(m[2]!);
  return title === null || source === null ? null : { title, source, end: m[0].length };
}

/** The page's Markdown without its front matter. */
export function withoutFrontMatter(markdown: string): string {
  const fm = readFrontMatter(markdown);
  return fm ? markdown.slice(fm.end) : markdown;
}
