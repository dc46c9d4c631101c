/**
 * Redirect stubs of the mirror as the server reads them: where a stub leads (the reader follows it
 * in one hop), what a search result names as its target, and whether a `?from=` is a stub leading
 * to the page shown.
 */
import fs from 'node:fs';
import type { MirrorState } from './mirror-state.js';
import { resolveMirrorPath } from './safe-path.js';
import { fileHref, labelText, type StubTarget } from './views.js';

export interface RedirectTarget {
  /** The target's file, relative to the mirror. */
  relative: string;
  /** Its URL path and the section (`#…`, or ''). */
  path: string;
  hash: string;
}

/**
 * A redirect stub's target, as the wiki does it: the reader lands on the page (at its section),
 * which names the redirect it came through (`?from=`). The target is the stub's first link into
 * the mirror; a stub whose target is not in the mirror (a broken redirect, a loop, a page
 * outside the dump: its link goes to the live wiki) is shown as it is.
 */
export function redirectTarget(state: MirrorState, stub: string, markdown: string): RedirectTarget | null {
  if (state.titles.titleOfFile(stub)?.kind !== 'redirect') return null;
  const link = /\]\((\.\.\/[^)\s]+)\)/.exec(markdown)?.[1];
  if (link === undefined) return null;
  const stubUrl = new URL(`http://x${fileHref(stub)}`);
  const target = new URL(link, stubUrl);
  const resolved = resolveMirrorPath(state.rootReal, target.pathname);
  if (resolved.kind !== 'file' || resolved.relative === stub) return null;
  return { relative: resolved.relative, path: target.pathname, hash: target.hash };
}

/** A stub's first link after its heading, into the mirror or to the live wiki; the label may hold backslash escapes. */
const INSIDE_LINK = /^(?!#).*?\[((?:\\.|[^[\]\\])+)\]\(\.\.\//m;
const OUTSIDE_LINK = /^(?!#).*?\[((?:\\.|[^[\]\\])+)\]\(https?:\/\/[^)\s]+\)/m;

/**
 * Where a redirect stub of the mirror leads: the page (its index.tsv entry) and section, or, for a
 * target the mirror lacks, the title its link to the live wiki names (`[酒](https://ja.wikipedia.org/wiki/酒)`); null when unknown.
 */
export function stubTarget(state: MirrorState, stub: string): StubTarget | null {
  if (state.titles.titleOfFile(stub)?.kind !== 'redirect') return null;
  const resolved = resolveMirrorPath(state.rootReal, fileHref(stub));
  if (resolved.kind !== 'file' || !resolved.relative.endsWith('.md')) return null;
  const markdown = fs.readFileSync(resolved.file, 'utf8');
  const target = redirectTarget(state, resolved.relative, markdown);
  const entry = target === null ? undefined : state.titles.titleOfFile(target.relative);
  if (target !== null && entry !== undefined) {
    // The section as the stub's link names it (`[幾何學#歷史](../Page/几何学.md#歷史)`), else its anchor.
    const label = INSIDE_LINK.exec(markdown)?.[1];
    const named = label === undefined ? '' : labelText(label);
    const section = !target.hash ? '' : named.includes('#') ? named.slice(named.indexOf('#') + 1) : safeDecode(target.hash.slice(1));
    return { shownTitle: entry.shownTitle, file: entry.file, section };
  }
  // The stub's first link after its heading (its label unescaped: `[A\*搜索算法](https://…)`).
  const outside = OUTSIDE_LINK.exec(markdown)?.[1];
  return target === null && outside !== undefined ? { shownTitle: labelText(outside), file: null, section: '' } : null;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Whether `from` (a `?from=` value, anyone's to write) is a redirect stub of the mirror whose
 * target is `page`: only then does the page say it was reached through it.
 */
export function leadsTo(state: MirrorState, from: string, page: string): boolean {
  if (state.titles.titleOfFile(from)?.kind !== 'redirect') return false;
  const stub = resolveMirrorPath(state.rootReal, fileHref(from));
  if (stub.kind !== 'file' || !stub.relative.endsWith('.md')) return false;
  return redirectTarget(state, stub.relative, fs.readFileSync(stub.file, 'utf8'))?.relative === page;
}
