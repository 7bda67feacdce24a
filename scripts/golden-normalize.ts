/**
 * golden-normalize — make a program's output comparable between real CPython and our interpreter.
 *
 * A TypeScript port of the seed harness's `normalize.py` (kept next to this file, byte for byte, as
 * `scripts/golden-normalize.py`; `tests/unit/golden-normalize.test.ts` checks that both agree on
 * every golden output). The golden test applies `normalize` to BOTH sides — CPython's stored output
 * and the interpreter's output — so the goldens themselves stay raw CPython bytes.
 *
 * Only four things vary between two honest runs of the same program, and only they are masked:
 *
 *  1. Hex addresses      `0x7f3a2c1b5e90`                         → `0xADDR`
 *     (any `0x` followed by hex digits — so `hex(255)` prints as `0xADDR` too; a program that
 *     wants to show a hex number prints `format(n, 'x')`).
 *  2. id() numbers                                                 → `<ID>`
 *     a. after a label naming an id: `id(a): 1402…`, `id(x) = 1402…`, `식별자: 1402…`,
 *        `destroy 1402…` (a seed's `__del__` prints `id(self)`);
 *     b. any other stand-alone run of 12 or more digits (ids are ~15-digit addresses on 64-bit
 *        Linux). Big integers are hit by this rule too: a program that shows `10**100` prints it
 *        with separators (`f"{n:_}"`) or in pieces.
 *  3. Absolute paths     `/any/dir/file.py`                        → `file.py`
 *     (tracebacks, `__file__`, tracemalloc file names, stdlib paths such as
 *     `<prefix>/lib/python3.12/tracemalloc.py`). Needs at least one directory: `/x` is kept.
 *  4. Timings: in a line that contains 초, 시간, sec, time (any case) or 향상 — "초기" (initial)
 *     does not count as 초 — decimal numbers become `<T>` (with a leading minus sign). If some
 *     number in the line is directly followed by a time unit (초, s, sec, secs, seconds, ms), only
 *     those numbers are replaced, so `245.67 MB 5.43초` keeps the MB value.
 *
 * The rules run line by line, in this order. Lines are split exactly as Python's
 * `str.splitlines(keepends=True)` splits them, and the character classes are Python's (`re` on
 * `str` patterns is Unicode-aware): `\d` = Unicode decimal digit, `\w` = letter, digit or `_`
 * (Hangul counts as a word character), `\s` = Python's whitespace set, `\b` = a boundary between
 * such word and non-word characters. The only known divergence is for characters assigned after
 * Unicode 15.0 (CPython 3.12's database; Node's ICU may be newer).
 *
 * Deliberately NOT normalised (they are what the interpreter must get right): getsizeof values,
 * refcounts, gc counts, tracemalloc sizes, exception messages, ordering.
 */

/** Python's `\s` for str patterns (the 29 code points for which `str.isspace()` is true). */
const PY_SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
/** Python's `\d` for str patterns: Unicode category Nd. */
const PY_DIGIT = '\\p{Nd}';
/** Python's `\w` for str patterns: `str.isalnum()` characters and `_`. */
const PY_WORD = '\\p{L}\\p{N}_';
/** Python's `\b` before a word character / after one. */
const WORD_START = `(?<![${PY_WORD}])`;
const WORD_END = `(?![${PY_WORD}])`;

/** Rule 1 (`HEX = r'0x[0-9a-fA-F]+'`). */
const HEX = /0x[0-9a-fA-F]+/gu;
/** Rule 2a (`ID_LABELLED = r'(\bid\([^)]*\)\s*[:=]\s*|식별자\s*[:=]\s*|\bdestroy\s+)(\d+)'`). */
const ID_LABELLED = new RegExp(
  `(${WORD_START}id\\([^)]*\\)[${PY_SPACE}]*[:=][${PY_SPACE}]*` +
    `|식별자[${PY_SPACE}]*[:=][${PY_SPACE}]*` +
    `|${WORD_START}destroy[${PY_SPACE}]+)(${PY_DIGIT}+)`,
  'gu',
);
/** Rule 2b (`LONG_INT = r'(?<![\d.])\d{12,}(?![\d.])'`). */
const LONG_INT = new RegExp(`(?<![${PY_DIGIT}.])${PY_DIGIT}{12,}(?![${PY_DIGIT}.])`, 'gu');
/** Rule 3 (`ABS_PATH = r'(?<![\w.~])/(?:[^\s/"\'<>:,()\[\]]+/)+([^\s/"\'<>:,()\[\]]+)'`). */
const PATH_PART = `[^${PY_SPACE}/"'<>:,()\\[\\]]+`;
const ABS_PATH = new RegExp(`(?<![${PY_WORD}.~])/(?:${PATH_PART}/)+(${PATH_PART})`, 'gu');
/** Rule 4 (`FLOAT`, `FLOAT_WITH_UNIT`, `TIMING_LINE`). */
const FLOAT = new RegExp(`(?<![${PY_DIGIT}.])-?${PY_DIGIT}+\\.${PY_DIGIT}+(?![${PY_DIGIT}.])`, 'gu');
const FLOAT_WITH_UNIT = new RegExp(
  `(?<![${PY_DIGIT}.])-?${PY_DIGIT}+\\.${PY_DIGIT}+` +
    `(?=[${PY_SPACE}]*(?:초|seconds${WORD_END}|secs?${WORD_END}|ms${WORD_END}|s${WORD_END}))`,
  'gu',
);
const HAS_FLOAT_WITH_UNIT = new RegExp(FLOAT_WITH_UNIT.source, 'u');
const TIMING_LINE = /초|시간|sec|time|향상/iu;

/** Python's `str.splitlines(keepends=True)` line boundaries (`\r\n` counts as one). */
const LINE = /[^\n\v\f\r\x1c\x1d\x1e\x85\u2028\u2029]*(?:\r\n|[\n\v\f\r\x1c\x1d\x1e\x85\u2028\u2029])?/gu;

/** Python's `str.splitlines(keepends=True)`. */
export function splitLinesKeepEnds(text: string): string[] {
  const lines: string[] = [];
  for (const m of text.matchAll(LINE)) {
    if (m[0] !== '') lines.push(m[0]);
  }
  return lines;
}

/** Normalise one line (with or without its line ending); rules 1-4 in order. */
export function normalizeLine(line: string): string {
  line = line.replace(HEX, '0xADDR');
  line = line.replace(ID_LABELLED, (_m, label: string) => `${label}<ID>`);
  line = line.replace(LONG_INT, '<ID>');
  line = line.replace(ABS_PATH, (_m, base: string) => base);
  if (TIMING_LINE.test(line.replaceAll('초기', ''))) {
    line = HAS_FLOAT_WITH_UNIT.test(line) ? line.replace(FLOAT_WITH_UNIT, '<T>') : line.replace(FLOAT, '<T>');
  }
  return line;
}

/** Normalise a whole output text, line by line. */
export function normalize(text: string): string {
  return splitLinesKeepEnds(text).map(normalizeLine).join('');
}
