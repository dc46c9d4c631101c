import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateExpression, exprFunction, exprTruth } from '../../src/preprocess/functions/expr.js';
import { phpFloatToString, phpRound } from '../../src/preprocess/functions/php.js';

const ev = (s: string) => evaluateExpression(s);

test('arithmetic, precedence and associativity as ParserFunctions', () => {
  assert.equal(ev('1 + 1'), '2');
  assert.equal(ev('-1 + 1'), '0');
  assert.equal(ev('+1 + 1'), '2');
  assert.equal(ev('-4 * -4'), '16');
  assert.equal(ev('(1/3) * 3'), '1');
  assert.equal(ev('3 / ( 2.0 / 10 )'), '15');
  assert.equal(ev('3 / (- 0.2 )'), '-15');
  assert.equal(ev('2 + 3 * 4'), '14');
  assert.equal(ev('2 ^ 3 ^ 2'), '64'); // left associative, as in Expr.php
  assert.equal(ev('10 - 4 - 3'), '3');
  assert.equal(ev('-2 ^ 2'), '4'); // unary minus binds tighter than ^
  assert.equal(ev('7 div 2'), '3.5');
  assert.equal(ev('7 mod 3'), '1');
  assert.equal(ev('-7 mod 3'), '-1');
  assert.equal(ev('7.9 mod 3.9'), '1'); // operands truncated to integers
  assert.equal(ev('7 fmod 2.5'), '2');
  assert.equal(ev('1e4'), '10000');
  assert.equal(ev('1e-2'), '0.01');
  assert.equal(ev('2 e 3'), '2000');
  assert.equal(ev('e'), '2.718281828459');
  assert.equal(ev('pi'), '3.1415926535898');
  assert.equal(ev('1.2.3 + 1'), '2.2');
  assert.equal(ev('1 2 &lt; 3'.replace('1 2', '2')), '1');
  assert.equal(ev('5 − 2'), '3');
});

test('functions, rounding and comparisons', () => {
  assert.equal(ev('4.5 round 0'), '5');
  assert.equal(ev('-4.5 round 0'), '-5');
  assert.equal(ev('-4.2 round 0'), '-4');
  assert.equal(ev('1.005 round 2'), '1.01');
  assert.equal(ev('1234.5678 round -2'), '1200');
  assert.equal(ev('ceil -4.5'), '-4');
  assert.equal(ev('floor -4.5'), '-5');
  assert.equal(ev('trunc(-4.5)'), '-4');
  assert.equal(ev('abs(-2)'), '2');
  assert.equal(ev('ln(exp(1))'), '1');
  assert.equal(ev('sqrt 16'), '4');
  assert.equal(ev('sin 0'), '0');
  assert.equal(ev('not 0'), '1');
  assert.equal(ev('not (1 and 0)'), '1');
  assert.equal(ev('1 or 0'), '1');
  assert.equal(ev('2 >= 2'), '1');
  assert.equal(ev('1 != 2'), '1');
  assert.equal(ev('1 <> 1'), '0');
  assert.equal(ev('3 = 3.0'), '1');
  assert.equal(ev('1 + 2 = 3'), '1');
  assert.equal(ev('(-1)*0'), '-0');
  assert.equal(ev(''), '');
});

test('float printing as PHP with precision 14', () => {
  assert.equal(phpFloatToString(0.1 + 0.2), '0.3');
  assert.equal(phpFloatToString(1e25), '1.0E+25');
  assert.equal(phpFloatToString(1e14), '1.0E+14');
  assert.equal(phpFloatToString(12345678901234), '12345678901234');
  assert.equal(phpFloatToString(0.0001), '0.0001');
  assert.equal(phpFloatToString(0.00001), '1.0E-5');
  assert.equal(phpFloatToString(-1.5e-7), '-1.5E-7');
  assert.equal(phpFloatToString(2 / 3), '0.66666666666667');
  assert.equal(phpFloatToString(Infinity), 'INF');
  assert.equal(ev('2^60'), '1.1529215046068E+18');
  assert.equal(phpRound(2.5, 0), 3);
  assert.equal(phpRound(-0.4, 0), -0);
});

test('errors print exactly as MediaWiki', () => {
  const err = (m: string) => `<strong class="error">${m}</strong>`;
  assert.equal(exprFunction('1 + X'), err('Expression error: Unrecognised word &quot;x&quot;'));
  assert.equal(exprFunction('1 +'), err('Expression error: Missing operand for +'));
  assert.equal(exprFunction('1 / 0'), err('Division by zero'));
  assert.equal(exprFunction('1 mod 0'), err('Division by zero'));
  assert.equal(exprFunction('(1'), err('Expression error: Unclosed bracket'));
  assert.equal(exprFunction('1)'), err('Expression error: Unexpected closing bracket'));
  assert.equal(exprFunction('1 2'), err('Expression error: Unexpected number'));
  assert.equal(exprFunction('* 2'), err('Expression error: Unexpected * operator'));
  assert.equal(exprFunction('1 # 2'), err('Expression error: Unrecognised punctuation character &quot;#&quot;'));
  assert.equal(exprFunction('1 + 中'), err('Expression error: Unrecognised punctuation character &quot;中&quot;'));
  assert.equal(exprFunction('asin 2'), err('Invalid argument for asin: &lt; -1 or &gt; 1'));
  assert.equal(exprFunction('ln 0'), err('Invalid argument for ln: &lt;= 0'));
  assert.equal(exprFunction('sqrt -1'), err('In sqrt: result is not a number'));
  assert.equal(exprFunction('1 pi'), err('Expression error: Unexpected number'));
  assert.equal(exprFunction('2 sin 1'), err('Expression error: Unexpected sin operator'));
  assert.equal(exprFunction('1 ('), err('Expression error: Unexpected ( operator'));
});

test('#ifexpr truth', () => {
  assert.equal(exprTruth(''), false);
  assert.equal(exprTruth('1 > 0'), true);
  assert.equal(exprTruth('(-1)*0'), false);
  assert.equal(exprTruth('0.0'), false);
  assert.equal(exprTruth('1/0'), '<strong class="error">Division by zero</strong>');
});
