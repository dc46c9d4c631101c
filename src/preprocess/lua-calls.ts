/**
 * Whether a template's wikitext calls Lua (`{{#invoke:…}}`), which the engine does not run: read by
 * the handlers' rule (mirror/own-templates.ts: a dump's template that calls Lua leaves the call to
 * the built-in handler) and the built-in bodies' (templates/wikitext.ts: a dump's template that
 * only calls Lua yields to the body written for it).
 */

/**
 * An `#invoke` call as a template writes it: `{{#invoke:`, also behind a `safesubst:`/`subst:`
 * prefix and behind the `{{{♥|safesubst:}}}` parameter zhwiki's {{Convert}} opens with
 * (`{{{{{♥|safesubst:}}}#invoke:convert|…}}`); read in the text left by `transcludedPart`.
 */
const INVOKE = /(?<!\{)\{\{\s*(?:\{\{\{[^{}|]*\|[^{}]*\}\}\}\s*)?(?:(?:safe)?subst\s*:\s*)?#invoke\s*:/i;

/**
 * The part of a template's text that a page using it gets: without comments, `<nowiki>` sections
 * (text, not calls) and `<noinclude>` sections, only the `<onlyinclude>` parts when there are any,
 * and the include tags themselves dropped (`{{<includeonly>safesubst:</includeonly>#invoke:…}}`,
 * `{{SAFESUBST:<noinclude />#invoke:…}}`). An `#invoke` of the documentation
 * (`<noinclude>{{#invoke:Documentation|main}}</noinclude>`) is not a call the template makes.
 */
function transcludedPart(text: string): string {
  let t = text.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  const only = [...t.matchAll(/<onlyinclude\s*>([\s\S]*?)(?:<\/onlyinclude\s*>|$)/gi)];
  if (only.length > 0) t = only.map((m) => m[1]).join('');
  t = t.replace(/<noinclude\s*>[\s\S]*?(?:<\/noinclude\s*>|$)/gi, '');
  t = t.replace(/<nowiki\s*>[\s\S]*?(?:<\/nowiki\s*>|$)/gi, '');
  return t.replace(/<\/?(?:includeonly|noinclude|onlyinclude)\s*\/?>/gi, '');
}

/** Whether a template's transcluded text calls Lua (`#invoke`) anywhere. */
export function callsLua(text: string): boolean {
  return INVOKE.test(transcludedPart(text));
}

/** Where the call opening at `from` (`{{`) closes: the index after its `}}`, or -1 when it does not. */
function callEnd(t: string, from: number): number {
  let depth = 0;
  for (let i = from; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x7b) depth++;
    else if (c === 0x7d && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * Whether a template's transcluded text is nothing but `#invoke` calls (and white space): zhwiki's
 * {{TWNint}} (`{{#invoke:Jctint/TWN|twnint}}`). A template with text of its own besides — a table
 * heading before a `{{#invoke:Check for unknown parameters|…}}` line, an #invoke in one `#if`
 * branch — is wikitext that does its work without Lua, at least in part.
 */
export function onlyCallsLua(text: string): boolean {
  let t = transcludedPart(text);
  let calls = 0;
  for (;;) {
    t = t.trimStart();
    if (t === '') return calls > 0;
    const m = INVOKE.exec(t);
    if (!m || m.index !== 0) return false;
    const end = callEnd(t, 0);
    if (end < 0) return false;
    t = t.slice(end);
    calls++;
  }
}
