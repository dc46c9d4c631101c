// The markdown plugin of wtf_wikipedia ships no types; the bench only passes it to wtf.extend().
declare module 'wtf-plugin-markdown' {
  const plugin: unknown;
  export default plugin;
}
