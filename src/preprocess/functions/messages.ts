/**
 * ParserFunctions' error messages in the wiki's content language. MediaWiki prints them with
 * `inContentLanguage()`, so zhwiki shows its zh-hans texts (the `zh` content language falls back
 * to zh-hans; a reader's variant then converts them like the page's text), jawiki its Japanese
 * ones and ukwiki its Ukrainian ones. The texts are those of the extension's i18n files
 * (wikimedia/mediawiki-extensions-ParserFunctions i18n/en, zh-hans, ja, uk .json); a key a
 * language does not translate falls back to English, as MediaWiki's message fallback does.
 */
export type PfMessageKey =
  | 'time_error' | 'time_too_big' | 'time_too_small' | 'timef_bad_format' | 'rel2abs_invalid_depth'
  | 'expr_stack_exhausted' | 'expr_unexpected_number' | 'expr_unrecognised_word'
  | 'expr_unexpected_operator' | 'expr_missing_operand' | 'expr_unexpected_closing_bracket'
  | 'expr_unrecognised_punctuation' | 'expr_unclosed_bracket' | 'expr_division_by_zero'
  | 'expr_invalid_argument' | 'expr_invalid_argument_ln' | 'expr_unknown_error' | 'expr_not_a_number';

type Table = Partial<Record<PfMessageKey, string>>;

const EN: Record<PfMessageKey, string> = {
  time_error: 'Error: invalid time',
  time_too_big: 'Error: #time only supports years up to 9999.',
  time_too_small: 'Error: #time only supports years from 0.',
  timef_bad_format: 'Error: invalid format type',
  rel2abs_invalid_depth: 'Error: Invalid depth in path: "$1" (tried to access a node above the root node)',
  expr_stack_exhausted: 'Expression error: Stack exhausted',
  expr_unexpected_number: 'Expression error: Unexpected number',
  expr_unrecognised_word: 'Expression error: Unrecognised word "$1"',
  expr_unexpected_operator: 'Expression error: Unexpected $1 operator',
  expr_missing_operand: 'Expression error: Missing operand for $1',
  expr_unexpected_closing_bracket: 'Expression error: Unexpected closing bracket',
  expr_unrecognised_punctuation: 'Expression error: Unrecognised punctuation character "$1"',
  expr_unclosed_bracket: 'Expression error: Unclosed bracket',
  expr_division_by_zero: 'Division by zero',
  expr_invalid_argument: 'Invalid argument for $1: < -1 or > 1',
  expr_invalid_argument_ln: 'Invalid argument for ln: <= 0',
  expr_unknown_error: 'Expression error: Unknown error ($1)',
  expr_not_a_number: 'In $1: result is not a number',
};

const ZH_HANS: Table = {
  time_error: '错误：无效时间',
  time_too_big: '错误：#time只支持到9999年',
  time_too_small: '错误：#time只支持最低0年。',
  rel2abs_invalid_depth: '错误：无效路径深度：“$1”（尝试访问根节点以上节点）',
  expr_stack_exhausted: '表达式错误：堆栈耗尽',
  expr_unexpected_number: '表达式错误：未预料的数字',
  expr_unrecognised_word: '表达式错误：无法识别的词语“$1”',
  expr_unexpected_operator: '表达式错误：未预料的$1操作符',
  expr_missing_operand: '表达式错误：缺少$1的操作数',
  expr_unexpected_closing_bracket: '表达式错误：未预料的反括号',
  expr_unrecognised_punctuation: '表达式错误：无法识别的标点“$1”',
  expr_unclosed_bracket: '表达式错误：未封闭的括号',
  expr_division_by_zero: '零除',
  expr_invalid_argument: '$1的无效参数：< -1 或 > 1',
  expr_invalid_argument_ln: 'ln的无效参数：<= 0',
  expr_unknown_error: '表达式错误：未知错误（$1）',
  expr_not_a_number: '在$1中：结果不是数字',
};

const JA: Table = {
  time_error: 'エラー: 日時が無効です。',
  time_too_big: 'エラー: #time が対応しているのは 9999 年までです。',
  time_too_small: 'エラー: #time が対応しているのは 0 年以降です。',
  rel2abs_invalid_depth: 'エラー: パス「$1」の階層が無効です (ルート階層からのアクセスをお試しください)。',
  expr_stack_exhausted: '構文エラー: スタックを使い果たしました。',
  expr_unexpected_number: '構文エラー: 予期しない数値です。',
  expr_unrecognised_word: '構文エラー:「$1」を認識できません。',
  expr_unexpected_operator: '構文エラー: 予期しない演算子 $1 です。',
  expr_missing_operand: '構文エラー: $1 の演算対象がありません。',
  expr_unexpected_closing_bracket: '構文エラー: 予期しない閉じ括弧です。',
  expr_unrecognised_punctuation: '構文エラー: 認識できない区切り文字「$1」です。',
  expr_unclosed_bracket: '構文エラー: 括弧が閉じられていません。',
  expr_division_by_zero: '0 で除算しました。',
  expr_invalid_argument: '$1 の引数が無効です: -1 未満または 1 より大きいです。',
  expr_invalid_argument_ln: 'ln の引数が無効です: 0 以下です。',
  expr_unknown_error: '構文エラー: 不明なエラー ($1) です。',
  expr_not_a_number: '$1: 結果が数値ではありません。',
};

const UK: Table = {
  time_error: 'Помилка: неправильний час',
  time_too_big: 'Помилка: Параметр #time підтримує роки лише до 9999.',
  time_too_small: 'Помилка: #time підтримує роки лише після 0.',
  timef_bad_format: 'Помилка: недійсний формат для #timef',
  rel2abs_invalid_depth: 'Помилка: неправильна глибина шляху: «$1» (спроба доступу до вузла, що знаходиться вище, ніж кореневий)',
  expr_stack_exhausted: 'Помилка виразу: стек переповнений',
  expr_unexpected_number: 'Помилка виразу: неочікуване число',
  expr_unrecognised_word: 'Помилка виразу: незрозуміле слово «$1»',
  expr_unexpected_operator: 'Помилка виразу: неочікуваний оператор $1',
  expr_missing_operand: 'Помилка виразу: бракує операнда для $1',
  expr_unexpected_closing_bracket: 'Помилка виразу: неочікувана закривальна дужка',
  expr_unrecognised_punctuation: 'Помилка виразу: незрозумілий розділовий знак «$1»',
  expr_unclosed_bracket: 'Помилка виразу: незакрита дужка',
  expr_division_by_zero: 'Ділення на нуль',
  expr_invalid_argument: 'Недійсний аргумент для $1: менше ніж -1 або більше ніж 1.',
  expr_invalid_argument_ln: 'Недійсний аргумент для ln: менше або дорівнює 0.',
  expr_unknown_error: 'Помилка виразу: невідома помилка ($1)',
  expr_not_a_number: 'У $1: результат не є числом',
};

/** By content language; `zh` and its variants read zh-hans's texts (MessagesZh.php's fallback). */
function table(lang: string): Table | null {
  const base = lang.toLowerCase().split('-')[0];
  return base === 'zh' ? ZH_HANS : base === 'ja' ? JA : base === 'uk' ? UK : null;
}

/** The message `key` in the content language `lang`, `$1` replaced by `param`. */
export function pfMessage(lang: string, key: PfMessageKey, param = ''): string {
  const text = table(lang)?.[key] ?? EN[key];
  return text.split('$1').join(param);
}
