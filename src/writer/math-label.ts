/**
 * Maths inside link text. GitHub does not render `$…$` inside a link's label (it shows the
 * dollars and the TeX), so simple formulas — letters, digits, operators, Greek letters and
 * common symbols, one level of sub- and superscripts — are written as Unicode text with
 * `<sub>`/`<sup>`, which GitHub shows inside a link: `[[π|<math>\pi</math>]]` → `[π](…)`.
 * Anything else is shown as its TeX in a code span, still the link's label.
 */
import type { Inline } from '../ast/nodes.js';

const SYMBOLS: Record<string, string> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ϵ', varepsilon: 'ε', zeta: 'ζ', eta: 'η', theta: 'θ',
  vartheta: 'ϑ', iota: 'ι', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π', varpi: 'ϖ', rho: 'ρ',
  varrho: 'ϱ', sigma: 'σ', varsigma: 'ς', tau: 'τ', upsilon: 'υ', phi: 'ϕ', varphi: 'φ', chi: 'χ', psi: 'ψ',
  omega: 'ω', Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ', Pi: 'Π', Sigma: 'Σ', Upsilon: 'Υ',
  Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω', infty: '∞', cdot: '·', times: '×', div: '÷', pm: '±', mp: '∓', le: '≤',
  leq: '≤', ge: '≥', geq: '≥', ne: '≠', neq: '≠', approx: '≈', equiv: '≡', sim: '∼', propto: '∝', to: '→',
  rightarrow: '→', leftarrow: '←', Rightarrow: '⇒', Leftrightarrow: '⇔', mapsto: '↦', in: '∈', notin: '∉',
  ni: '∋', subset: '⊂', subseteq: '⊆', supset: '⊃', cup: '∪', cap: '∩', emptyset: '∅', varnothing: '∅',
  forall: '∀', exists: '∃', neg: '¬', land: '∧', lor: '∨', wedge: '∧', vee: '∨', oplus: '⊕', otimes: '⊗',
  sum: '∑', prod: '∏', int: '∫', oint: '∮', partial: '∂', nabla: '∇', circ: '∘', bullet: '•', ldots: '…',
  dots: '…', cdots: '⋯', prime: '′', hbar: 'ℏ', ell: 'ℓ', aleph: 'ℵ', perp: '⊥', parallel: '∥', angle: '∠',
  star: '⋆', ast: '∗', lfloor: '⌊', rfloor: '⌋', lceil: '⌈', rceil: '⌉', langle: '⟨', rangle: '⟩',
  sin: 'sin', cos: 'cos', tan: 'tan', log: 'log', ln: 'ln', exp: 'exp', lim: 'lim', max: 'max', min: 'min',
  det: 'det', gcd: 'gcd', mod: 'mod', Re: 'ℜ', Im: 'ℑ', quad: ' ', qquad: '  ',
};

/** Commands whose one argument is shown as plain text. */
const TEXT_ARG = new Set(['mathrm', 'text', 'textrm', 'mathit', 'mathbf', 'operatorname', 'mbox', 'boldsymbol', 'mathsf']);

/** Longest TeX turned into text; longer formulas are not "simple". */
const MAX_TEX = 80;

class TexReader {
  p = 0;
  constructor(readonly s: string) {}
}

/** Plain nodes for a simple formula, or null when it needs real maths. */
export function texToInlines(tex: string): Inline[] | null {
  const s = tex.trim();
  if (s === '' || s.length > MAX_TEX) return null;
  const r = new TexReader(s);
  const out = group(r, -1, 0);
  if (out === null || r.p < s.length) return null;
  return out;
}

function pushText(out: Inline[], v: string): void {
  if (v === '') return;
  const last = out[out.length - 1];
  if (last && last.type === 'text') last.value += v;
  else out.push({ type: 'text', value: v });
}

/** Read until `stop` (a char code, -1 = end of input); depth bounds sub/superscript nesting. */
function group(r: TexReader, stop: number, depth: number): Inline[] | null {
  const s = r.s;
  const out: Inline[] = [];
  while (r.p < s.length) {
    const c = s.charCodeAt(r.p);
    if (c === stop) {
      r.p++;
      return out;
    }
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || '+-=<>()[],./\'|!:;'.includes(s[r.p]!)) {
      pushText(out, c === 45 ? '−' : s[r.p]!);
      r.p++;
    } else if (c === 32 || c === 126) {
      if (!/ $/.test(lastText(out))) pushText(out, ' ');
      r.p++;
    } else if (c === 123) {
      r.p++;
      const inner = group(r, 125, depth);
      if (inner === null) return null;
      for (const n of inner) n.type === 'text' ? pushText(out, n.value) : out.push(n);
    } else if (c === 94 || c === 95) {
      if (depth > 0) return null;
      r.p++;
      const arg = argument(r, depth + 1);
      if (arg === null || arg.length === 0) return null;
      out.push({ type: 'htmlInline', tag: c === 94 ? 'sup' : 'sub', attrs: {}, children: arg });
    } else if (c === 92) {
      let q = r.p + 1;
      while (q < s.length && /[a-zA-Z]/.test(s[q]!)) q++;
      const name = s.slice(r.p + 1, q);
      if (name === '') {
        const d = s[r.p + 1];
        if (d === ',' || d === ';' || d === ' ' || d === ':') pushText(out, ' ');
        else if (d !== '!') return null;
        r.p += 2;
        continue;
      }
      r.p = q;
      if (TEXT_ARG.has(name)) {
        while (r.p < s.length && s.charCodeAt(r.p) === 32) r.p++;
        if (s.charCodeAt(r.p) !== 123) return null;
        r.p++;
        const inner = group(r, 125, depth);
        if (inner === null) return null;
        for (const n of inner) n.type === 'text' ? pushText(out, n.value) : out.push(n);
        continue;
      }
      const sym = SYMBOLS[name];
      if (sym === undefined) return null;
      const spaced = / $/.test(lastText(out));
      pushText(out, sym);
      // A space after a command name only ends the name; it is kept when one stood before
      // the command too (`a \le b` → "a ≤ b", `\alpha x` → "αx").
      const from = r.p;
      while (r.p < s.length && s.charCodeAt(r.p) === 32) r.p++;
      if (spaced && r.p > from && r.p < s.length) pushText(out, ' ');
    } else {
      return null;
    }
  }
  return stop < 0 ? out : null;
}

/** The argument of `^`/`_`: a braced group or one character (or command). */
function argument(r: TexReader, depth: number): Inline[] | null {
  const s = r.s;
  while (r.p < s.length && s.charCodeAt(r.p) === 32) r.p++;
  if (r.p >= s.length) return null;
  if (s.charCodeAt(r.p) === 123) {
    r.p++;
    return group(r, 125, depth);
  }
  let end = r.p + 1;
  if (s.charCodeAt(r.p) === 92) while (end < s.length && /[a-zA-Z]/.test(s[end]!)) end++;
  const one = new TexReader(s.slice(r.p, end));
  r.p = end;
  const out = group(one, -1, depth);
  return out !== null && one.p === one.s.length ? out : null;
}

function lastText(out: Inline[]): string {
  const last = out[out.length - 1];
  return last && last.type === 'text' ? last.value : '';
}
