/**
 * What the parts of a `{{…}}` call become once the call is known: the arguments of a template's
 * frame (MediaWiki's PPTemplateFrame: unnamed parts numbered from 1, named ones keyed by their
 * trimmed expanded name, every value expanded lazily in the caller's frame), the lazy arguments
 * of a parser function, and a part written back whole. Beside them, not about parts, MediaWiki's
 * line-start rule for what any call shows (T2529), which expand.ts applies to every call kind.
 *
 * The expander is passed as an object whose method is called (`host.expandNodes`), not as an
 * arrow made per Expander: called from these module functions, an arrow of one page's Expander
 * would be the call target their feedback names, and the next page's a wrong one.
 */
import type { ExpansionHost } from './contexts.js';
import { Frame, type ArgSlot } from './frame.js';
import { phpTrim } from './functions/php.js';
import type { FnArg } from './functions/types.js';
import type { PPPart, PPTemplate } from './tree.js';

/** The expander's node walk, all these functions need of it. */
export type NodeExpander = Pick<ExpansionHost, 'expandNodes'>;

/** The arguments of a template's frame, from the call's parts in the caller's `frame`. */
export function frameArgs(parts: readonly PPPart[], frame: Frame, host: NodeExpander): Map<string, ArgSlot> {
  const args = new Map<string, ArgSlot>();
  let index = 1;
  for (const part of parts) {
    if (part.name === null) {
      args.set(String(index++), { nodes: part.value, trim: false });
    } else {
      const name = phpTrim(host.expandNodes(part.name, frame));
      args.set(name, { nodes: part.value, trim: true });
    }
  }
  return args;
}

/** A part as written back: `name=value`, or the value alone, both expanded. */
export function wholePart(part: PPPart, frame: Frame, host: NodeExpander): string {
  const value = host.expandNodes(part.value, frame);
  return part.name === null ? value : host.expandNodes(part.name, frame) + '=' + value;
}

/** A parser function's argument: each reading expanded on first use, once. */
export function fnArg(part: PPPart, frame: Frame, host: NodeExpander): FnArg {
  return new PartArg(part, frame, host);
}

/** fnArg's argument: one object per part, where four closures over its cache were. */
class PartArg implements FnArg {
  private rawText: string | undefined = undefined;
  private nameText: string | null | undefined = undefined;
  private valueText: string | undefined = undefined;

  constructor(
    private readonly part: PPPart,
    private readonly frame: Frame,
    private readonly host: NodeExpander,
  ) {}

  raw(): string {
    return (this.rawText ??= wholePart(this.part, this.frame, this.host));
  }

  text(): string {
    return phpTrim(this.raw());
  }

  name(): string | null {
    if (this.nameText === undefined) {
      const name = this.part.name;
      this.nameText = name === null ? null : phpTrim(this.host.expandNodes(name, this.frame));
    }
    return this.nameText;
  }

  value(): string {
    return (this.valueText ??= this.part.name === null ? phpTrim(this.raw()) : phpTrim(this.host.expandNodes(this.part.value, this.frame)));
  }
}

/** MediaWiki's T2529 rule: output starting a table or list after mid-line text starts a new line. */
export function startBlockOnNewLine(node: PPTemplate, text: string): string {
  if (!node.lineStart && text.length > 0) {
    const c = text.charCodeAt(0);
    if (c === 0x3a || c === 0x3b || c === 0x23 || c === 0x2a || (c === 0x7b && text.charCodeAt(1) === 0x7c)) return '\n' + text;
  }
  return text;
}
