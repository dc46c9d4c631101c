/**
 * `{{#expr:}}`: ParserFunctions' expression language. An operator-precedence (shunting-yard)
 * evaluator over one character scan, with the same operators, precedences, left
 * associativity, number handling and error messages as the extension, so results and error
 * texts print identically.
 */
import { pfMessage, type PfMessageKey } from './messages.js';
import { errorHtml, phpFloatToString, phpIntCast, phpIsNumeric, phpRound } from './php.js';

const enum Op {
  Negative = 1, Positive, Plus, Minus, Times, Divide, Mod, FMod, Open, And, Or, Not,
  Equal, Less, Greater, LessEq, GreaterEq, NotEq, Round, Exponent,
  Sin, Cos, Tan, Asin, Acos, Atan, Exp, Ln, Abs, Floor, Trunc, Ceil, Sqrt, Pow, Pi,
}

const PRECEDENCE: Record<number, number> = {
  [Op.Negative]: 10, [Op.Positive]: 10, [Op.Exponent]: 10,
  [Op.Sin]: 9, [Op.Cos]: 9, [Op.Tan]: 9, [Op.Asin]: 9, [Op.Acos]: 9, [Op.Atan]: 9, [Op.Exp]: 9,
  [Op.Ln]: 9, [Op.Abs]: 9, [Op.Floor]: 9, [Op.Trunc]: 9, [Op.Ceil]: 9, [Op.Not]: 9, [Op.Sqrt]: 9,
  [Op.Pow]: 8,
  [Op.Times]: 7, [Op.Divide]: 7, [Op.Mod]: 7, [Op.FMod]: 7,
  [Op.Plus]: 6, [Op.Minus]: 6,
  [Op.Round]: 5,
  [Op.Equal]: 4, [Op.Less]: 4, [Op.Greater]: 4, [Op.LessEq]: 4, [Op.GreaterEq]: 4, [Op.NotEq]: 4,
  [Op.And]: 3, [Op.Or]: 2, [Op.Pi]: 0, [Op.Open]: -1,
};

const NAMES: Record<number, string> = {
  [Op.Negative]: '-', [Op.Positive]: '+', [Op.Not]: 'not', [Op.Times]: '*', [Op.Divide]: '/',
  [Op.Mod]: 'mod', [Op.FMod]: 'fmod', [Op.Plus]: '+', [Op.Minus]: '-', [Op.Round]: 'round',
  [Op.Equal]: '=', [Op.Less]: '<', [Op.Greater]: '>', [Op.LessEq]: '<=', [Op.GreaterEq]: '>=',
  [Op.NotEq]: '<>', [Op.And]: 'and', [Op.Or]: 'or', [Op.Exponent]: 'e', [Op.Sin]: 'sin',
  [Op.Cos]: 'cos', [Op.Tan]: 'tan', [Op.Asin]: 'asin', [Op.Acos]: 'acos', [Op.Atan]: 'atan',
  [Op.Ln]: 'ln', [Op.Exp]: 'exp', [Op.Abs]: 'abs', [Op.Floor]: 'floor', [Op.Trunc]: 'trunc',
  [Op.Ceil]: 'ceil', [Op.Pow]: '^', [Op.Pi]: 'pi', [Op.Sqrt]: 'sqrt',
};

const WORDS: Record<string, Op> = {
  mod: Op.Mod, fmod: Op.FMod, and: Op.And, or: Op.Or, not: Op.Not, round: Op.Round, div: Op.Divide,
  e: Op.Exponent, sin: Op.Sin, cos: Op.Cos, tan: Op.Tan, asin: Op.Asin, acos: Op.Acos, atan: Op.Atan,
  exp: Op.Exp, ln: Op.Ln, abs: Op.Abs, trunc: Op.Trunc, floor: Op.Floor, ceil: Op.Ceil, pi: Op.Pi,
  sqrt: Op.Sqrt,
};

export class ExprError extends Error {
  constructor(readonly key: ExprErrorKey, readonly param = '') {
    super(pfMessage('en', `expr_${key}`, param));
  }

  /** The message as the wiki whose content language is `lang` prints it. */
  text(lang: string): string {
    return pfMessage(lang, `expr_${this.key}`, this.param);
  }
}

type Unprefixed<T> = T extends `expr_${infer K}` ? K : never;
type ExprErrorKey = Unprefixed<PfMessageKey>;

/** A stack value: PHP distinguishes ints (comparison results, mod, trunc) from floats when printing. */
interface Value {
  n: number;
  int: boolean;
}

const MAX_STACK = 100;

function isWhite(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
}
function isNumberChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2e;
}
function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** `(float)"1.2.3"` is 1.2: the number class allows several dots; PHP reads up to the second. */
function parseNumber(s: string): number {
  const second = s.indexOf('.', s.indexOf('.') + 1);
  const n = parseFloat(s.indexOf('.') >= 0 && second > 0 ? s.slice(0, second) : s);
  return Number.isNaN(n) ? 0 : n;
}

function unescapeOperators(expr: string): string {
  if (expr.indexOf('&') < 0 && expr.indexOf('\u2212') < 0) return expr;
  return expr.replace(/&lt;|&gt;|&minus;|\u2212/g, (m) => (m === '&lt;' ? '<' : m === '&gt;' ? '>' : '-'));
}

/** Evaluate an expression; throws ExprError. Returns the printed result ('' for an empty expression). */
export function evaluateExpression(input: string): string {
  const expr = unescapeOperators(input);
  const operands: Value[] = [];
  const operators: Op[] = [];
  let expectingExpression = true;
  let p = 0;
  const end = expr.length;

  while (p < end) {
    if (operands.length > MAX_STACK || operators.length > MAX_STACK) throw new ExprError('stack_exhausted');
    const c = expr.charCodeAt(p);
    let op: Op;
    let name: string;

    if (isWhite(c)) {
      p++;
      continue;
    } else if (isNumberChar(c)) {
      if (!expectingExpression) throw new ExprError('unexpected_number');
      let q = p + 1;
      while (q < end && isNumberChar(expr.charCodeAt(q))) q++;
      operands.push({ n: parseNumber(expr.slice(p, q)), int: false });
      p = q;
      expectingExpression = false;
      continue;
    } else if (isAsciiLetter(c)) {
      let q = p + 1;
      while (q < end && isAsciiLetter(expr.charCodeAt(q))) q++;
      const word = expr.slice(p, q).toLowerCase();
      p = q;
      const found = WORDS[word];
      if (found === undefined) throw new ExprError('unrecognised_word', word);
      op = found;
      name = word;
      if (op === Op.Exponent && expectingExpression) {
        operands.push({ n: Math.E, int: false });
        expectingExpression = false;
        continue;
      }
      if (op === Op.Pi) {
        if (!expectingExpression) throw new ExprError('unexpected_number');
        operands.push({ n: Math.PI, int: false });
        expectingExpression = false;
        continue;
      }
      if (PRECEDENCE[op] === 9) {
        // Unary function words.
        if (!expectingExpression) throw new ExprError('unexpected_operator', word);
        operators.push(op);
        continue;
      }
      // Binary word operators fall through.
    } else {
      const c2 = p + 1 < end ? expr.charCodeAt(p + 1) : 0;
      if (c === 0x3c /* < */ && c2 === 0x3d) {
        op = Op.LessEq; name = '<='; p += 2;
      } else if (c === 0x3e /* > */ && c2 === 0x3d) {
        op = Op.GreaterEq; name = '>='; p += 2;
      } else if ((c === 0x3c && c2 === 0x3e) || (c === 0x21 /* ! */ && c2 === 0x3d)) {
        op = Op.NotEq; name = expr.slice(p, p + 2); p += 2;
      } else if (c === 0x2b /* + */) {
        p++;
        if (expectingExpression) { operators.push(Op.Positive); continue; }
        op = Op.Plus; name = '+';
      } else if (c === 0x2d /* - */) {
        p++;
        if (expectingExpression) { operators.push(Op.Negative); continue; }
        op = Op.Minus; name = '-';
      } else if (c === 0x2a /* * */) {
        op = Op.Times; name = '*'; p++;
      } else if (c === 0x2f /* / */) {
        op = Op.Divide; name = '/'; p++;
      } else if (c === 0x5e /* ^ */) {
        op = Op.Pow; name = '^'; p++;
      } else if (c === 0x28 /* ( */) {
        if (!expectingExpression) throw new ExprError('unexpected_operator', '(');
        operators.push(Op.Open);
        p++;
        continue;
      } else if (c === 0x29 /* ) */) {
        let last = operators[operators.length - 1];
        while (last !== undefined && last !== Op.Open) {
          apply(last, operands);
          operators.pop();
          last = operators[operators.length - 1];
        }
        if (last === undefined) throw new ExprError('unexpected_closing_bracket');
        operators.pop();
        expectingExpression = false;
        p++;
        continue;
      } else if (c === 0x3d /* = */) {
        op = Op.Equal; name = '='; p++;
      } else if (c === 0x3c) {
        op = Op.Less; name = '<'; p++;
      } else if (c === 0x3e) {
        op = Op.Greater; name = '>'; p++;
      } else {
        const cp = expr.codePointAt(p)!;
        throw new ExprError('unrecognised_punctuation', String.fromCodePoint(cp));
      }
    }

    // A binary operator.
    if (expectingExpression) throw new ExprError('unexpected_operator', name);
    const prec = PRECEDENCE[op]!;
    let last = operators[operators.length - 1];
    while (last !== undefined && prec <= PRECEDENCE[last]!) {
      apply(last, operands);
      operators.pop();
      last = operators[operators.length - 1];
    }
    operators.push(op);
    expectingExpression = true;
  }

  while (operators.length > 0) {
    const op = operators.pop()!;
    if (op === Op.Open) throw new ExprError('unclosed_bracket');
    apply(op, operands);
  }
  return operands.map((v) => (v.int ? String(v.n + 0) : phpFloatToString(v.n))).join('<br />\n');
}

function pop1(op: Op, stack: Value[]): number {
  if (stack.length < 1) throw new ExprError('missing_operand', NAMES[op]);
  return stack.pop()!.n;
}

function pop2(op: Op, stack: Value[]): [number, number] {
  if (stack.length < 2) throw new ExprError('missing_operand', NAMES[op]);
  const right = stack.pop()!.n;
  const left = stack.pop()!.n;
  return [left, right];
}

const float = (n: number): Value => ({ n, int: false });
const int = (n: number): Value => ({ n: n + 0, int: true });
const bool = (b: boolean): Value => ({ n: b ? 1 : 0, int: true });

function apply(op: Op, stack: Value[]): void {
  switch (op) {
    case Op.Negative: {
      if (stack.length < 1) throw new ExprError('missing_operand', NAMES[op]);
      const v = stack.pop()!;
      stack.push({ n: -v.n, int: v.int });
      return;
    }
    case Op.Positive:
      if (stack.length < 1) throw new ExprError('missing_operand', NAMES[op]);
      return;
    case Op.Times: { const [l, r] = pop2(op, stack); stack.push(float(l * r)); return; }
    case Op.Divide: {
      const [l, r] = pop2(op, stack);
      if (r === 0) throw new ExprError('division_by_zero', NAMES[op]);
      stack.push(float(l / r));
      return;
    }
    case Op.Mod: {
      const [l, r] = pop2(op, stack);
      const li = phpIntCast(l);
      const ri = phpIntCast(r);
      if (ri === 0) throw new ExprError('division_by_zero', NAMES[op]);
      stack.push(int(li % ri));
      return;
    }
    case Op.FMod: {
      const [l, r] = pop2(op, stack);
      if (r === 0) throw new ExprError('division_by_zero', NAMES[op]);
      stack.push(float(l % r));
      return;
    }
    case Op.Plus: { const [l, r] = pop2(op, stack); stack.push(float(l + r)); return; }
    case Op.Minus: { const [l, r] = pop2(op, stack); stack.push(float(l - r)); return; }
    case Op.And: { const [l, r] = pop2(op, stack); stack.push(bool(l !== 0 && r !== 0)); return; }
    case Op.Or: { const [l, r] = pop2(op, stack); stack.push(bool((l !== 0) || (r !== 0))); return; }
    case Op.Equal: { const [l, r] = pop2(op, stack); stack.push(bool(l === r)); return; }
    case Op.Not: { const a = pop1(op, stack); stack.push(bool(a === 0)); return; }
    case Op.Round: {
      const [value, digits] = pop2(op, stack);
      stack.push(float(phpRound(value, phpIntCast(digits))));
      return;
    }
    case Op.Less: { const [l, r] = pop2(op, stack); stack.push(bool(l < r)); return; }
    case Op.Greater: { const [l, r] = pop2(op, stack); stack.push(bool(l > r)); return; }
    case Op.LessEq: { const [l, r] = pop2(op, stack); stack.push(bool(l <= r)); return; }
    case Op.GreaterEq: { const [l, r] = pop2(op, stack); stack.push(bool(l >= r)); return; }
    case Op.NotEq: { const [l, r] = pop2(op, stack); stack.push(bool(l !== r)); return; }
    case Op.Exponent: { const [l, r] = pop2(op, stack); stack.push(float(l * Math.pow(10, r))); return; }
    case Op.Sin: stack.push(float(Math.sin(pop1(op, stack)))); return;
    case Op.Cos: stack.push(float(Math.cos(pop1(op, stack)))); return;
    case Op.Tan: stack.push(float(Math.tan(pop1(op, stack)))); return;
    case Op.Asin: {
      const a = pop1(op, stack);
      if (a < -1 || a > 1) throw new ExprError('invalid_argument', NAMES[op]);
      stack.push(float(Math.asin(a)));
      return;
    }
    case Op.Acos: {
      const a = pop1(op, stack);
      if (a < -1 || a > 1) throw new ExprError('invalid_argument', NAMES[op]);
      stack.push(float(Math.acos(a)));
      return;
    }
    case Op.Atan: stack.push(float(Math.atan(pop1(op, stack)))); return;
    case Op.Exp: stack.push(float(Math.exp(pop1(op, stack)))); return;
    case Op.Ln: {
      const a = pop1(op, stack);
      if (a <= 0) throw new ExprError('invalid_argument_ln', NAMES[op]);
      stack.push(float(Math.log(a)));
      return;
    }
    case Op.Abs: {
      if (stack.length < 1) throw new ExprError('missing_operand', NAMES[op]);
      const v = stack.pop()!;
      stack.push({ n: Math.abs(v.n), int: v.int });
      return;
    }
    case Op.Floor: stack.push(float(Math.floor(pop1(op, stack)))); return;
    case Op.Trunc: stack.push(int(phpIntCast(pop1(op, stack)))); return;
    case Op.Ceil: stack.push(float(Math.ceil(pop1(op, stack)))); return;
    case Op.Pow: { const [l, r] = pop2(op, stack); stack.push(float(Math.pow(l, r))); return; }
    case Op.Sqrt: {
      const r = Math.sqrt(pop1(op, stack));
      if (Number.isNaN(r)) throw new ExprError('not_a_number', NAMES[op]);
      stack.push(float(r));
      return;
    }
    default:
      throw new ExprError('unknown_error');
  }
}

/** `{{#expr:}}` as MediaWiki prints it: the value, or an error element. */
export function exprFunction(expr: string, lang = 'en'): string {
  try {
    return evaluateExpression(expr);
  } catch (e) {
    if (e instanceof ExprError) return errorHtml(e.text(lang));
    throw e;
  }
}

/** `{{#ifexpr:}}`'s test: true, false, or the error element to print instead. */
export function exprTruth(expr: string, lang = 'en'): boolean | string {
  try {
    const result = evaluateExpression(expr);
    // A non-numeric result ("INF", several values joined by <br />) is a non-empty string: true.
    return phpIsNumeric(result) ? Number(result) !== 0 : result !== '';
  } catch (e) {
    if (e instanceof ExprError) return errorHtml(e.text(lang));
    throw e;
  }
}
