/**
 * A node's `type` read at one shared load site (the same helper as writer/node-type.ts and
 * parser/node-type.ts; each stage keeps its own). A `.type` load that meets nodes of any kind only
 * now and then (the node before a seam, a label's children), optimised on the few types it had
 * met by then, deoptimised its whole function when a later page brought another type ("wrong
 * map", then a recompilation). `typeOf` is also the load of Resolver.all, which meets every node
 * type on the first page: its feedback is megamorphic before anything is optimised, so TurboFan
 * inlines it everywhere as a generic load no new node type invalidates (docs/mirror-measurements.md).
 */
export function typeOf<N extends { readonly type: string }>(n: N): N['type'] {
  return n.type;
}

export function isType<N extends { readonly type: string }, T extends N['type']>(n: N, type: T): n is Extract<N, { type: T }> {
  return typeOf(n) === type;
}
