/**
 * A framed picture with its caption, as the writer puts it (`![caption](url)<br />` and the
 * caption again on the next line): the caption is the paragraph's text, so the picture's alt
 * text, the same words, is emptied and the paragraph marked `captioned`. Offline (the pictures
 * are on upload.wikimedia.org) the browser then shows the caption once instead of the alt text
 * beside a broken-picture icon and the caption under it; a screen reader reads it once too, as
 * MediaWiki's own empty alt on captioned thumbnails does. An alt that differs from the caption
 * (the wiki's `alt=`) is kept.
 */
import type MarkdownIt from 'markdown-it';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';

const BREAK = /^<br\s*\/?>$/i;

/** What a reader sees of inline tokens, without any whitespace (the writer's line breaks move it). */
function visibleText(tokens: readonly Token[]): string {
  let out = '';
  for (const t of tokens) {
    if (t.type === 'text' || t.type === 'text_special' || t.type === 'code_inline' || t.type === 'math_inline') out += t.content;
    else if (t.type === 'image') out += visibleText(t.children ?? []);
  }
  return out.replace(/\s+/g, '');
}

function markCaptions(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const inline = tokens[i]!;
    const children = inline.children;
    if (inline.type !== 'inline' || tokens[i - 1]!.type !== 'paragraph_open' || !children || children.length < 4) continue;
    const [image, br, newline] = children;
    if (image!.type !== 'image' || br!.type !== 'html_inline' || !BREAK.test(br!.content.trim()) || newline!.type !== 'softbreak') continue;
    const alt = visibleText(image!.children ?? []);
    if (alt === '' || alt !== visibleText(children.slice(3))) continue;
    image!.children = [];
    tokens[i - 1]!.attrJoin('class', 'captioned');
  }
}

export function imageCaptions(md: MarkdownIt): void {
  md.core.ruler.push('image_captions', markCaptions);
}
