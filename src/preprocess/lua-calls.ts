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

/**
 * Where the call opening at `from` (a run of `{`) closes: the index after its last `}`, or -1 when
 * it does not. Braces pair as MediaWiki's preprocessor pairs them, in runs of two or three — a
 * single `{` or `}` is text (`{{#invoke:A|b|x={}}` closes at its `}}`, x being "{"), and a run of
 * five opens a template around a parameter (`{{{{{|safesubst:}}}#invoke:…}}`).
 */
function callEnd(t: string, from: number): number {
  const open: number[] = [];
  let i = from;
  while (i < t.length) {
    const c = t[i];
    if (c !== '{' && c !== '}') { i++; continue; }
    let n = 1;
    while (t[i + n] === c) n++;
    if (c === '{') {
      if (n >= 2) open.push(n);
      else if (open.length === 0) return -1;
    } else {
      let left = n;
      while (left >= 2 && open.length > 0) {
        const top = open[open.length - 1]!;
        const k = Math.min(top, left) >= 3 ? 3 : 2;
        left -= k;
        if (top - k >= 2) open[open.length - 1] = top - k;
        else open.pop();
        if (open.length === 0) return i + (n - left);
      }
    }
    i += n;
  }
  return -1;
}

/** White space as PHP's trim reads it: a no-break or ideographic space is text the page shows. */
const BLANK = /^[ \t\n\r\v\0]*/;

/**
 * A category link (`[[Category:X]]`, `[[分类:X]]` …): it files the page and shows nothing where it
 * stands, so a template of #invoke calls and categories still shows only what Lua prints. A link to
 * the category page (`[[:Category:X]]`) is visible text.
 */
const CATEGORY = /^\[\[\s*(?:category|分类|分類|カテゴリ|категорія)\s*:[^\[\]]*\]\]/i;

/**
 * Whether a template's transcluded text is nothing but `#invoke` calls (and white space and
 * category links): zhwiki's {{TWNint}} (`{{#invoke:Jctint/TWN|twnint}}`). A template with text of
 * its own besides — a table heading before a `{{#invoke:Check for unknown parameters|…}}` line, an
 * #invoke in one `#if` branch — is wikitext that does its work without Lua, at least in part.
 */
export function onlyCallsLua(text: string): boolean {
  let t = transcludedPart(text);
  let calls = 0;
  for (;;) {
    t = t.replace(BLANK, '');
    if (t === '') return calls > 0;
    const cat = CATEGORY.exec(t);
    if (cat) {
      t = t.slice(cat[0].length);
      continue;
    }
    const m = INVOKE.exec(t);
    if (!m || m.index !== 0) return false;
    const end = callEnd(t, 0);
    if (end < 0) return false;
    t = t.slice(end);
    calls++;
  }
}
