/**
 * The ParserFunctions extension: #if, #ifeq, #iferror, #ifexpr, #ifexist, #switch, #expr,
 * #time, #timel, #timef, #timefl, #titleparts, #rel2abs and the string functions. Branches are
 * expanded only when chosen, and results trimmed, exactly as the extension does.
 */
import { decodeEntities } from '../../site/entities.js';
import { parseTitle } from '../../site/titles.js';
import { exprFunction, exprTruth } from './expr.js';
import { hasErrorElement, phpLooseEquals, phpTrim } from './php.js';
import {
  countFunction, explodeFunction, lenFunction, posFunction, replaceFunction, rposFunction, subFunction,
  urldecodeFunction,
} from './strings.js';
import { timefFunction, timeFunction } from './time.js';
import { specialPageExists } from './special-pages.js';
import { rel2abs, titleparts } from './titles.js';
import type { FnArg, FnContext, ParserFunction } from './types.js';

const branch = (arg: FnArg | undefined): string => (arg ? arg.text() : '');
const decodeTrim = (s: string): string => phpTrim(decodeEntities(s));

function ifexists(ctx: FnContext, titleText: string): boolean {
  const t = parseTitle(ctx.site, titleText, 0);
  if (!t || t.interwiki || t.text === '') return false;
  // Special pages are looked up in the wiki's list of them, not the database (special-pages.ts).
  if (t.ns === -1) return specialPageExists(t.text, ctx.site.lang);
  if (!ctx.source) return false;
  if (t.ns === -2) {
    const file = parseTitle(ctx.site, t.text, 6);
    return file ? ctx.source.exists(file.full) : false;
  }
  // A missing title is looked for in the other script (ParserFunctions calls findVariantLink); not Media: above.
  return ctx.source.exists(t.full) || (ctx.source.otherSpelling?.(t.full) ?? null) !== null;
}

function isDefaultWord(s: string): boolean {
  return s.length === 8 && s.toLowerCase() === '#default';
}

const switchFunction: ParserFunction = (_ctx, first, args) => {
  const primary = decodeTrim(first);
  let found = false;
  let defaultFound = false;
  let defaultArg: FnArg | null = null;
  let lastItemHadNoEquals = false;
  let lastItem = '';
  for (const arg of args) {
    const name = arg.name();
    if (name !== null) {
      lastItemHadNoEquals = false;
      if (found) return arg.value();
      const test = decodeTrim(name);
      if (phpLooseEquals(test, primary)) return arg.value();
      if (defaultFound || isDefaultWord(test)) {
        defaultArg = arg;
        defaultFound = false;
      }
    } else {
      lastItemHadNoEquals = true;
      const expanded = arg.raw();
      lastItem = phpTrim(expanded);
      const test = decodeTrim(expanded);
      if (phpLooseEquals(test, primary)) found = true;
      else if (isDefaultWord(test)) defaultFound = true;
    }
  }
  if (lastItemHadNoEquals) return lastItem;
  return defaultArg ? defaultArg.value() : '';
};

const text = (args: FnArg[], i: number): string => (args[i] ? args[i]!.text() : '');
const optional = (args: FnArg[], i: number): string | null => (args[i] ? args[i]!.text() : null);

export const EXTENSION_FUNCTIONS: Record<string, ParserFunction> = {
  '#if': (_ctx, first, args) => (first !== '' ? branch(args[0]) : branch(args[1])),
  '#ifeq': (_ctx, first, args) => {
    const left = decodeTrim(first);
    const right = args[0] ? decodeTrim(args[0].raw()) : '';
    return phpLooseEquals(left, right) ? branch(args[1]) : branch(args[2]);
  },
  '#iferror': (_ctx, first, args) => {
    if (hasErrorElement(first)) return branch(args[0]);
    return args[1] ? args[1].text() : first;
  },
  '#ifexpr': (ctx, first, args) => {
    const truth = exprTruth(first, ctx.lang);
    if (typeof truth === 'string') return truth;
    return truth ? branch(args[0]) : branch(args[1]);
  },
  '#ifexist': (ctx, first, args) => (ifexists(ctx, first) ? branch(args[0]) : branch(args[1])),
  '#switch': switchFunction,
  '#expr': (ctx, first) => exprFunction(first, ctx.lang),
  '#time': (ctx, first, args) => timeFunction(timeCtx(ctx), first, text(args, 0), text(args, 1), args[2] ? args[2].text() !== '' : false),
  '#timel': (ctx, first, args) => timeFunction(timeCtx(ctx), first, text(args, 0), text(args, 1), true),
  '#timef': (ctx, first, args) => timefFunction(timeCtx(ctx), first, text(args, 0), text(args, 1), false),
  '#timefl': (ctx, first, args) => timefFunction(timeCtx(ctx), first, text(args, 0), text(args, 1), true),
  '#titleparts': (ctx, first, args) => titleparts(ctx.site, first, text(args, 0), text(args, 1)),
  '#rel2abs': (ctx, first, args) => rel2abs(ctx.title, first, text(args, 0), ctx.lang),
  '#len': (_ctx, first) => lenFunction(first),
  '#pos': (_ctx, first, args) => posFunction(first, text(args, 0), text(args, 1)),
  '#rpos': (_ctx, first, args) => rposFunction(first, text(args, 0)),
  '#sub': (_ctx, first, args) => subFunction(first, text(args, 0), text(args, 1)),
  '#count': (_ctx, first, args) => countFunction(first, text(args, 0)),
  '#replace': (_ctx, first, args) => replaceFunction(first, text(args, 0), text(args, 1), optional(args, 2)),
  '#explode': (_ctx, first, args) => explodeFunction(first, text(args, 0), optional(args, 1), optional(args, 2)),
  '#urldecode': (_ctx, first) => urldecodeFunction(first),
};

function timeCtx(ctx: FnContext) {
  return { now: ctx.now, lang: ctx.lang, localZone: ctx.localZone };
}
