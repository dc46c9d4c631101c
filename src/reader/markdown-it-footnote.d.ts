// markdown-it-footnote ships no types: the reader (and the parse-back tests) use its default export as a markdown-it plugin.
declare module 'markdown-it-footnote' {
  import type { PluginSimple } from 'markdown-it';
  const footnote: PluginSimple;
  export default footnote;
}
