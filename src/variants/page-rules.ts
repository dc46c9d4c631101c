/**
 * The page's NoteTA rules, set up on a fresh conversion state before the tree walk: the groups
 * it names (`G1=IT`), its title (`T=`), then its numbered rules, so the page's own rules win.
 * Group rules run to hundreds per page and many pages name the same groups, so the state they
 * produce is kept per (page source, variant, group list) and copied into the next page, which then
 * reads its groups again from groupRules' cache, so that the source hears it used them
 * (PageSource.noteUse).
 */
import type { PageMeta, PageSource, Warning } from '../engine/types.js';
import { groupRules } from './groups.js';
import type { ConversionState, StateSnapshot } from './markup.js';

/** Group rule states by page source (NO_PAGE_SOURCE: built-in groups only), then variant and group names. */
const groupSnapshots = new WeakMap<object, Map<string, { state: StateSnapshot; missing: string[] }>>();
const NO_PAGE_SOURCE = {};
const GROUP_SNAPSHOT_LIMIT = 1000;

/** NoteTA: groups first, then the title, then the numbered rules (page-specific rules win). */
export function applyPageRules(
  state: ConversionState,
  noteTA: PageMeta['noteTA'],
  groups: PageSource | null,
  warn: (w: Warning) => void,
): void {
  if (!noteTA) return;
  if (noteTA.groups.length > 0) applyGroups(state, noteTA.groups, groups, warn);
  if (noteTA.title) state.markup(`T|${noteTA.title}`);
  for (const rule of noteTA.rules) if (rule.trim() !== '') state.addHiddenRule(rule);
}

/** The rules of NoteTA groups, applied to the fresh state (or copied from a page that named the same groups). */
function applyGroups(state: ConversionState, names: readonly string[], pages: PageSource | null, warn: (w: Warning) => void): void {
  const key = `${state.variant}\n${names.join('\n')}`;
  const source = pages ?? NO_PAGE_SOURCE;
  let known = groupSnapshots.get(source);
  if (!known) groupSnapshots.set(source, (known = new Map()));
  let hit = known.get(key);
  if (!hit) {
    const missing: string[] = [];
    for (const name of names) {
      const group = groupRules(name, pages);
      if (group.source === 'missing') missing.push(name);
      for (const rule of group.rules) state.addHiddenRule(rule);
    }
    hit = { state: state.snapshot(), missing };
    if (known.size >= GROUP_SNAPSHOT_LIMIT) known.clear();
    known.set(key, hit);
  } else {
    state.restore(hit.state);
    // Read again from groupRules' cache: it notes the groups' pages as used by this page too.
    if (pages?.noteUse) for (const name of names) groupRules(name, pages);
  }
  for (const name of hit.missing) {
    warn({ code: 'variant-group-missing', message: `conversion group "${name}" is neither in the dump nor built in` });
  }
}
