/**
 * A mirror page's Markdown → HTML body, with markdown-it (CommonMark + GFM tables and
 * strikethrough) and markdown-it-footnote. Raw HTML is allowed but every fragment goes through
 * sanitizeHtml; link and image targets meet the writer's allow-list (writer/attrs.ts isSafeUrl:
 * MediaWiki's protocols and relative paths; images only http(s)), not markdown-it's shorter
 * blacklist, which lets through `ms-msdt:`, `search-ms:` and data: images.
 * Maths, in GitHub's forms (markdown-maths.ts) and in the writer's HTML, is laid out by KaTeX.
 */
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import footnote from 'markdown-it-footnote';
import { footnotesInPlace } from './footnote-places.js';
import { imageCaptions } from './image-captions.js';
import { infoboxTables } from './infobox-tables.js';
import { mathsPlugin, type MathsEnv } from './markdown-maths.js';
import { pageTexBudget, renderHtmlMaths, type WithMaths } from './render-maths.js';
import { isSafeUrl } from '../writer/attrs.js';
import { escapeHtml, sanitizeHtml } from './sanitize-html.js';

/**
 * GitHub's heading anchors (what the writer's `#section` links target): lower case, punctuation
 * removed, spaces → '-', repeats numbered -1, -2, ….
 */
export function headingSlug(text: string): string {
  return text.trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
}

/**
 * markdown-it keeps a backslash escape or an entity as a `text_special` token, joined into the
 * text around it (core rule text_join) only at the paragraph's level: inside an image's label it
 * stays apart, and the alt text, made of text tokens alone, loses it: `![50 000\$]` gets alt
 * "50 000", `![\frac{a}{b}]` (a backslash before a letter is no escape) "rac{a}{b}". GitHub shows
 * them as CommonMark says, "50 000$" and "\frac{a}{b}"; so does this. On the 735 real pages of
 * bench/quality 2 of 3234 pictures have such alt text, both captioned (image-captions.ts empties
 * their alt), so no real page changes; the fix shows in an alt= that differs from its caption and
 * in a refused picture's text.
 */
function joinAltEscapes(tokens: Token[] | null, inImage: boolean): void {
  for (const t of tokens ?? []) {
    if (inImage && t.type === 'text_special') t.type = 'text';
    else if (t.type === 'image' || t.type === 'inline') joinAltEscapes(t.children, inImage || t.type === 'image');
  }
}

function createRenderer(): MarkdownIt {
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false }).use(footnote).use(footnotesInPlace).use(mathsPlugin).use(imageCaptions).use(infoboxTables);
  md.renderer.rules.html_block = (tokens, idx) => sanitizeHtml(tokens[idx]!.content);
  md.renderer.rules.html_inline = (tokens, idx) => sanitizeHtml(tokens[idx]!.content);
  // A link or image whose URL the check refuses stays source text, as markdown-it leaves it; an
  // image whose URL is fine for a link but not for a picture (ftp:, mailto:, tel:) shows its alt.
  md.validateLink = (url) => isSafeUrl(url);
  md.core.ruler.push('alt_escapes', (state) => joinAltEscapes(state.tokens, false));
  const image = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, idx, options, env, self) =>
    isSafeUrl(tokens[idx]!.attrGet('src') ?? '', 'image') ? image(tokens, idx, options, env, self) : escapeHtml(self.renderInlineAsText(tokens[idx]!.children ?? [], options, env));
  // A footnote cited again reads [1] as on GitHub and in MediaWiki, not markdown-it-footnote's [1:1].
  md.renderer.rules.footnote_caption = (tokens, idx) => `[${Number((tokens[idx]!.meta as { id: number }).id) + 1}]`;
  md.core.ruler.push('heading_ids', (state) => {
    const seen = new Map<string, number>();
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length - 1; i++) {
      if (tokens[i]!.type !== 'heading_open') continue;
      // Maths counts with its TeX, as in the writer's anchors (writer/anchors.ts).
      const base = headingSlug(tokens[i + 1]!.children?.filter((t) => t.type === 'text' || t.type === 'code_inline' || t.type === 'math_inline').map((t) => t.content).join('') ?? '');
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      tokens[i]!.attrSet('id', n === 0 ? base : `${base}-${n}`);
    }
  });
  return md;
}

let renderer: MarkdownIt | null = null;

/** A page's HTML body, and whether it holds laid-out maths (views.ts then links KaTeX's stylesheet). */
export function renderPage(markdown: string): WithMaths {
  renderer ??= createRenderer();
  const env: MathsEnv = { maths: false, texBudget: pageTexBudget() };
  const html = renderer.render(markdown, env);
  return renderHtmlMaths(html, env.maths, env.texBudget);
}

export function renderMarkdown(markdown: string): string {
  return renderPage(markdown).html;
}
