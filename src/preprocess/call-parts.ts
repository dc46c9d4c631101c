/**
 * What the parts of a `{{…}}` call become once the call is known: the arguments of a template's
 * frame (MediaWiki's PPTemplateFrame: unnamed parts numbered from 1, named ones keyed by their
 * trimmed expanded name, every value expanded lazily in the caller's frame), the lazy arguments
 * of a parser function, a part written back whole; and the line-start rule applied to what a
 * call shows (T2529).
 */
import { Frame, type ArgSlot } from './frame.js';
import { phpTrim } from './functions/php.js';
import type { FnArg } from './functions/types.js';
import type { PPNode, PPPart, PPTemplate } from './tree.js';

/** Expands nodes in a frame (the Expander's node walk). */
export type ExpandIn = (list: readonly PPNode[], frame: Frame) => string;

/** The arguments of a template's frame, from the call's parts in the caller's `frame`. */
export function frameArgs(parts: readonly PPPart[], frame: Frame, expand: ExpandIn): Map<string, ArgSlot> {
  const args = new Map<string, ArgSlot>();
  let index = 1;
  for (const part of parts) {
    if (part.name === null) {
      args.set(String(index++), { nodes: part.value, trim: false });
    } else {
      const name = phpTrim(expand(part.name, frame));
      args.set(name, { nodes: part.value, trim: true });
    }
  }
  return args;
}

/** A part as written back: `name=value`, or the value alone, both expanded. */
export function wholePart(part: PPPart, frame: Frame, expand: ExpandIn): string {
  const value = expand(part.value, frame);
  return part.name === null ? value : expand(part.name, frame) + '=' + value;
}

/** A parser function's argument: each reading expanded on first use, once. */
export function fnArg(part: PPPart, frame: Frame, expand: ExpandIn): FnArg {
  let raw: string | undefined;
  let name: string | null | undefined;
  let value: string | undefined;
  return {
    raw: () => (raw ??= wholePart(part, frame, expand)),
    text: () => phpTrim(raw ??= wholePart(part, frame, expand)),
    name: () => (name !== undefined ? name : (name = part.name === null ? null : phpTrim(expand(part.name, frame)))),
    value: () => (value ??= part.name === null ? phpTrim(raw ??= wholePart(part, frame, expand)) : phpTrim(expand(part.value, frame))),
  };
}

/** MediaWiki's T2529 rule: output starting a table or list after mid-line text starts a new line. */
export function startBlockOnNewLine(node: PPTemplate, text: string): string {
  if (!node.lineStart && text.length > 0) {
    const c = text.charCodeAt(0);
    if (c === 0x3a || c === 0x3b || c === 0x23 || c === 0x2a || (c === 0x7b && text.charCodeAt(1) === 0x7c)) return '\n' + text;
  }
  return text;
}
