/**
 * The preprocessor tree: wikitext split into what MediaWiki's preprocessor sees before any
 * expansion (Preprocessor_Hash's DOM): plain text, `{{templates}}`, `{{{arguments}}}`, comments,
 * extension tags, and the include-control tags. Built by `tokenize` (tokenize.ts), consumed by
 * expansion (expand.ts) and by the flattening used when no expansion is wanted.
 */

export interface PPText {
  type: 'text';
  value: string;
}

/** One `|`-separated part of a template call. `name` is null for positional parts. */
export interface PPPart {
  /** Nodes before the first top-level `=`, or null when the part has none (positional). */
  name: PPNode[] | null;
  value: PPNode[];
}

/** `{{title|part|name=value}}`; also parser functions (`{{#if:…}}`) and magic words. */
export interface PPTemplate {
  type: 'template';
  /** Everything before the first `|` (for `{{#if:a|b}}` that is `#if:a`). */
  title: PPNode[];
  parts: PPPart[];
  /** Offset of `{{` in the source (for warnings). */
  offset: number;
  /** True when `{{` stands at the start of a line (MediaWiki's "lineStart"). */
  lineStart: boolean;
}

/** `{{{name|default}}}`. */
export interface PPArgument {
  type: 'argument';
  name: PPNode[];
  /** The first default; further `|parts` are ignored as MediaWiki ignores them. */
  default: PPNode[] | null;
  offset: number;
}

export interface PPComment {
  type: 'comment';
  /** The raw comment including `<!--` and `-->` (the close may be missing at end of input). */
  raw: string;
}

/** An extension tag (`<ref>`, `<math>`, `<nowiki>`, …) cut out whole; its inner text is not tokenized. */
export interface PPExtension {
  type: 'extension';
  /** Lower-case tag name. */
  name: string;
  /** Raw attribute text between the name and `>` (without a trailing `/`). */
  attrs: string;
  /** Inner text, or null for a self-closed `<ref name=x/>`. */
  inner: string | null;
  /** The closing tag as written, or null when self-closed or unclosed. */
  close: string | null;
  offset: number;
}

/** Include-control markup that is dropped in the current mode (`<noinclude>` tags, `<includeonly>…</includeonly>` …). */
export interface PPIgnore {
  type: 'ignore';
  raw: string;
}

export type PPNode = PPText | PPTemplate | PPArgument | PPComment | PPExtension | PPIgnore;

export interface TokenizeOptions {
  /** Parse as a transcluded template (true) or as the page being viewed (false). */
  forInclusion: boolean;
  /** Languages with variants (zh) treat `-{ … }-` as a bracket pair: pipes inside do not split arguments. */
  variantBrackets: boolean;
  /** Extension tag names to cut out (lower case). Defaults to EXTENSION_TAGS. */
  extensionTags?: ReadonlySet<string>;
}
