/** Finding `-{…}-` in plain text (markup that reached a text node, or a `<pre>`'s content). */

/** Text split into plain runs and `-{…}-` insides (nesting-aware); unclosed markup stays text. */
export function splitMarkup(text: string): Array<string | { raw: string }> {
  const out: Array<string | { raw: string }> = [];
  let pos = 0;
  let open = text.indexOf('-{');
  while (open >= 0) {
    let depth = 0;
    let close = -1;
    for (let i = open; i < text.length - 1; i++) {
      if (text.charCodeAt(i) === 45 && text.charCodeAt(i + 1) === 123) {
        depth++;
        i++;
      } else if (text.charCodeAt(i) === 125 && text.charCodeAt(i + 1) === 45) {
        depth--;
        i++;
        if (depth === 0) {
          close = i - 1;
          break;
        }
      }
    }
    if (close < 0) break;
    if (open > pos) out.push(text.slice(pos, open));
    out.push({ raw: text.slice(open + 2, close) });
    pos = close + 2;
    open = text.indexOf('-{', pos);
  }
  if (pos < text.length || out.length === 0) out.push(text.slice(pos));
  return out;
}
