/**
 * A node's `type` read at one shared load site. Each `n.type` in the source has its own inline
 * cache: a site that looks at nodes of any kind only now and then (a cell's first block, the
 * children of a term), optimised on the few node types it had met by then, deoptimised its whole
 * function when a later page brought another type ("wrong map", then a recompilation, up to four
 * times on the way from one type to many). `typeOf` is also the load of a hot loop that meets
 * every node type on the first page, so its feedback is megamorphic before anything is optimised
 * and TurboFan inlines it everywhere as a generic load that no new node type invalidates (V8 11.3,
 * `--trace-deopt` on the bench's cold round; docs/mirror-measurements.md). Use it where a `.type` load meets
 * many node types; a site that only ever sees one keeps its own `.type`.
 */
export function typeOf<N extends { readonly type: string }>(n: N): N['type'] {
  return n.type;
}

export function isType<N extends { readonly type: string }, T extends N['type']>(n: N, type: T): n is Extract<N, { type: T }> {
  return typeOf(n) === type;
}
