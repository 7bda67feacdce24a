/**
 * `\N{NAME}` lookup for string literals: a subset of the Unicode name database.
 *
 * CPython consults the full database (unicodedata). We cover what course material plausibly
 * uses: names derived algorithmically (HANGUL SYLLABLE …, CJK UNIFIED IDEOGRAPH-…, LATIN
 * CAPITAL/SMALL LETTER A–Z, DIGIT ZERO–NINE) plus a table of common symbols, punctuation,
 * Greek letters, emoji and control-character aliases (generated from Python's unicodedata).
 * Matching is case-insensitive, as in CPython. A name we do not know raises the same error
 * CPython raises for an unknown name.
 */

const COMMON_NAMES: ReadonlyMap<string, number> = new Map<string, number>([
  ['SPACE', 0x20], ['NO-BREAK SPACE', 0xa0], ['BULLET', 0x2022], ['EM DASH', 0x2014],
  ['EN DASH', 0x2013], ['HYPHEN', 0x2010], ['HORIZONTAL ELLIPSIS', 0x2026], ['DEGREE SIGN', 0xb0],
  ['COPYRIGHT SIGN', 0xa9], ['REGISTERED SIGN', 0xae], ['TRADE MARK SIGN', 0x2122],
  ['EURO SIGN', 0x20ac], ['POUND SIGN', 0xa3], ['YEN SIGN', 0xa5], ['CENT SIGN', 0xa2],
  ['WON SIGN', 0x20a9], ['SECTION SIGN', 0xa7], ['PILCROW SIGN', 0xb6], ['MIDDLE DOT', 0xb7],
  ['MULTIPLICATION SIGN', 0xd7], ['DIVISION SIGN', 0xf7], ['PLUS-MINUS SIGN', 0xb1],
  ['MICRO SIGN', 0xb5], ['LEFT DOUBLE QUOTATION MARK', 0x201c],
  ['RIGHT DOUBLE QUOTATION MARK', 0x201d], ['LEFT SINGLE QUOTATION MARK', 0x2018],
  ['RIGHT SINGLE QUOTATION MARK', 0x2019], ['LEFT-POINTING DOUBLE ANGLE QUOTATION MARK', 0xab],
  ['RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK', 0xbb], ['RIGHTWARDS ARROW', 0x2192],
  ['LEFTWARDS ARROW', 0x2190], ['UPWARDS ARROW', 0x2191], ['DOWNWARDS ARROW', 0x2193],
  ['LEFT RIGHT ARROW', 0x2194], ['RIGHTWARDS DOUBLE ARROW', 0x21d2], ['CHECK MARK', 0x2713],
  ['HEAVY CHECK MARK', 0x2714], ['BALLOT X', 0x2717], ['MULTIPLICATION X', 0x2715],
  ['BLACK STAR', 0x2605], ['WHITE STAR', 0x2606], ['SNOWMAN', 0x2603],
  ['BLACK HEART SUIT', 0x2665], ['WHITE SMILING FACE', 0x263a], ['INFINITY', 0x221e],
  ['NOT EQUAL TO', 0x2260], ['LESS-THAN OR EQUAL TO', 0x2264],
  ['GREATER-THAN OR EQUAL TO', 0x2265], ['ALMOST EQUAL TO', 0x2248], ['IDENTICAL TO', 0x2261],
  ['SQUARE ROOT', 0x221a], ['N-ARY SUMMATION', 0x2211], ['N-ARY PRODUCT', 0x220f],
  ['INTEGRAL', 0x222b], ['PARTIAL DIFFERENTIAL', 0x2202], ['INCREMENT', 0x2206], ['NABLA', 0x2207],
  ['ELEMENT OF', 0x2208], ['FOR ALL', 0x2200], ['THERE EXISTS', 0x2203], ['EMPTY SET', 0x2205],
  ['LOGICAL AND', 0x2227], ['LOGICAL OR', 0x2228], ['INTERSECTION', 0x2229], ['UNION', 0x222a],
  ['SUBSET OF', 0x2282], ['SUPERSET OF', 0x2283], ['ZERO WIDTH SPACE', 0x200b],
  ['ZERO WIDTH JOINER', 0x200d], ['ZERO WIDTH NON-JOINER', 0x200c],
  ['ZERO WIDTH NO-BREAK SPACE', 0xfeff], ['REPLACEMENT CHARACTER', 0xfffd],
  ['OBJECT REPLACEMENT CHARACTER', 0xfffc], ['BOX DRAWINGS LIGHT HORIZONTAL', 0x2500],
  ['BOX DRAWINGS LIGHT VERTICAL', 0x2502], ['BOX DRAWINGS LIGHT DOWN AND RIGHT', 0x250c],
  ['BOX DRAWINGS LIGHT DOWN AND LEFT', 0x2510], ['BOX DRAWINGS LIGHT UP AND RIGHT', 0x2514],
  ['BOX DRAWINGS LIGHT UP AND LEFT', 0x2518], ['BOX DRAWINGS LIGHT VERTICAL AND RIGHT', 0x251c],
  ['BOX DRAWINGS LIGHT VERTICAL AND LEFT', 0x2524],
  ['BOX DRAWINGS LIGHT DOWN AND HORIZONTAL', 0x252c],
  ['BOX DRAWINGS LIGHT UP AND HORIZONTAL', 0x2534],
  ['BOX DRAWINGS LIGHT VERTICAL AND HORIZONTAL', 0x253c],
  ['BOX DRAWINGS DOUBLE HORIZONTAL', 0x2550], ['BOX DRAWINGS DOUBLE VERTICAL', 0x2551],
  ['FULL BLOCK', 0x2588], ['UPPER HALF BLOCK', 0x2580], ['LOWER HALF BLOCK', 0x2584],
  ['LIGHT SHADE', 0x2591], ['MEDIUM SHADE', 0x2592], ['DARK SHADE', 0x2593],
  ['BLACK SQUARE', 0x25a0], ['WHITE SQUARE', 0x25a1], ['BLACK CIRCLE', 0x25cf],
  ['WHITE CIRCLE', 0x25cb], ['BLACK RIGHT-POINTING TRIANGLE', 0x25b6],
  ['BLACK UP-POINTING TRIANGLE', 0x25b2], ['BLACK DOWN-POINTING TRIANGLE', 0x25bc],
  ['GRINNING FACE', 0x1f600], ['SMILING FACE WITH SMILING EYES', 0x1f60a],
  ['FACE WITH TEARS OF JOY', 0x1f602], ['THINKING FACE', 0x1f914], ['THUMBS UP SIGN', 0x1f44d],
  ['THUMBS DOWN SIGN', 0x1f44e], ['CLAPPING HANDS SIGN', 0x1f44f], ['ROCKET', 0x1f680],
  ['FIRE', 0x1f525], ['SPARKLES', 0x2728], ['WARNING SIGN', 0x26a0], ['HIGH VOLTAGE SIGN', 0x26a1],
  ['PARTY POPPER', 0x1f389], ['HOURGLASS', 0x231b], ['HEAVY BLACK HEART', 0x2764],
  ['CROSS MARK', 0x274c], ['WHITE HEAVY CHECK MARK', 0x2705], ['SNAKE', 0x1f40d],
  ['PILE OF POO', 0x1f4a9], ['RED APPLE', 0x1f34e], ['GLOBE WITH MERIDIANS', 0x1f310],
  ['BRAIN', 0x1f9e0], ['WASTEBASKET', 0x1f5d1], ['PACKAGE', 0x1f4e6],
  ['CHART WITH UPWARDS TREND', 0x1f4c8], ['CHART WITH DOWNWARDS TREND', 0x1f4c9],
  ['BAR CHART', 0x1f4ca], ['MEMO', 0x1f4dd], ['BOOKS', 0x1f4da], ['HAMMER AND WRENCH', 0x1f6e0],
  ['GEAR', 0x2699], ['LOCK', 0x1f512], ['KEY', 0x1f511], ['BELL', 0x1f514], ['STOPWATCH', 0x23f1],
  ['ALARM CLOCK', 0x23f0], ['CHEQUERED FLAG', 0x1f3c1], ['SQUARED OK', 0x1f197],
  ['HUNDRED POINTS SYMBOL', 0x1f4af], ['COLLISION SYMBOL', 0x1f4a5], ['DIZZY SYMBOL', 0x1f4ab],
  ['GREEK CAPITAL LETTER DELTA', 0x394], ['GREEK CAPITAL LETTER SIGMA', 0x3a3],
  ['GREEK CAPITAL LETTER OMEGA', 0x3a9], ['GREEK SMALL LETTER ALPHA', 0x3b1],
  ['GREEK SMALL LETTER BETA', 0x3b2], ['GREEK SMALL LETTER GAMMA', 0x3b3],
  ['GREEK SMALL LETTER DELTA', 0x3b4], ['GREEK SMALL LETTER EPSILON', 0x3b5],
  ['GREEK SMALL LETTER THETA', 0x3b8], ['GREEK SMALL LETTER LAMDA', 0x3bb],
  ['GREEK SMALL LETTER MU', 0x3bc], ['GREEK SMALL LETTER PI', 0x3c0],
  ['GREEK SMALL LETTER SIGMA', 0x3c3], ['GREEK SMALL LETTER TAU', 0x3c4],
  ['GREEK SMALL LETTER PHI', 0x3c6], ['GREEK SMALL LETTER OMEGA', 0x3c9],
  ['LATIN SMALL LETTER E WITH ACUTE', 0xe9], ['LATIN SMALL LETTER A WITH DIAERESIS', 0xe4],
  ['LATIN SMALL LETTER O WITH DIAERESIS', 0xf6], ['LATIN SMALL LETTER U WITH DIAERESIS', 0xfc],
  ['LATIN SMALL LETTER SHARP S', 0xdf], ['LATIN SMALL LETTER N WITH TILDE', 0xf1],
  ['LATIN SMALL LETTER C WITH CEDILLA', 0xe7], ['COMBINING ACUTE ACCENT', 0x301],
  ['COMBINING DIAERESIS', 0x308], ['IDEOGRAPHIC SPACE', 0x3000], ['IDEOGRAPHIC FULL STOP', 0x3002],
  ['FULLWIDTH COMMA', 0xff0c], ['HIRAGANA LETTER A', 0x3042], ['KATAKANA LETTER A', 0x30a2],
  ['SUPERSCRIPT TWO', 0xb2], ['SUPERSCRIPT THREE', 0xb3], ['SUBSCRIPT TWO', 0x2082],
  ['VULGAR FRACTION ONE HALF', 0xbd], ['VULGAR FRACTION ONE QUARTER', 0xbc],
  ['PER MILLE SIGN', 0x2030], ['PRIME', 0x2032], ['DOUBLE PRIME', 0x2033], ['DAGGER', 0x2020],
  ['DOUBLE DAGGER', 0x2021], ['TILDE', 0x7e], ['GRAVE ACCENT', 0x60], ['CIRCUMFLEX ACCENT', 0x5e],
  ['AMPERSAND', 0x26], ['APOSTROPHE', 0x27], ['QUOTATION MARK', 0x22], ['NUMBER SIGN', 0x23],
  ['DOLLAR SIGN', 0x24], ['PERCENT SIGN', 0x25], ['ASTERISK', 0x2a], ['PLUS SIGN', 0x2b],
  ['HYPHEN-MINUS', 0x2d], ['FULL STOP', 0x2e], ['SOLIDUS', 0x2f], ['REVERSE SOLIDUS', 0x5c],
  ['COLON', 0x3a], ['SEMICOLON', 0x3b], ['LESS-THAN SIGN', 0x3c], ['EQUALS SIGN', 0x3d],
  ['GREATER-THAN SIGN', 0x3e], ['QUESTION MARK', 0x3f], ['COMMERCIAL AT', 0x40],
  ['LEFT SQUARE BRACKET', 0x5b], ['RIGHT SQUARE BRACKET', 0x5d], ['LEFT CURLY BRACKET', 0x7b],
  ['RIGHT CURLY BRACKET', 0x7d], ['LEFT PARENTHESIS', 0x28], ['RIGHT PARENTHESIS', 0x29],
  ['VERTICAL LINE', 0x7c], ['LOW LINE', 0x5f], ['EXCLAMATION MARK', 0x21], ['COMMA', 0x2c],
  ['NULL', 0x0], ['CHARACTER TABULATION', 0x9], ['LINE FEED', 0xa], ['CARRIAGE RETURN', 0xd],
  ['ESCAPE', 0x1b], ['DELETE', 0x7f], ['BACKSPACE', 0x8], ['FORM FEED', 0xc],
  ['LINE SEPARATOR', 0x2028], ['PARAGRAPH SEPARATOR', 0x2029], ['SOFT HYPHEN', 0xad],
  ['LEFT-TO-RIGHT MARK', 0x200e], ['RIGHT-TO-LEFT MARK', 0x200f], ['NBSP', 0xa0], ['ZWJ', 0x200d],
  ['ZWNJ', 0x200c], ['BOM', 0xfeff], ['ZWSP', 0x200b], ['LF', 0xa], ['CR', 0xd], ['TAB', 0x9],
  ['EOL', 0xa], ['NEL', 0x85], ['SHY', 0xad], ['LRM', 0x200e], ['RLM', 0x200f], ['ALERT', 0x7],
]);

const DIGIT_NAMES = ['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'];

// Hangul syllables are named from their jamo (Unicode §3.12).
const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];
let hangulNames: Map<string, number> | null = null;

function hangulSyllable(suffix: string): number | undefined {
  if (hangulNames === null) {
    hangulNames = new Map();
    for (let l = 0; l < JAMO_L.length; l++) {
      for (let v = 0; v < JAMO_V.length; v++) {
        for (let t = 0; t < JAMO_T.length; t++) {
          hangulNames.set(JAMO_L[l] + JAMO_V[v] + JAMO_T[t], 0xac00 + (l * 21 + v) * 28 + t);
        }
      }
    }
  }
  return hangulNames.get(suffix);
}

const CJK_RANGES: readonly (readonly [number, number])[] = [
  [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0x20000, 0x2a6df], [0x2a700, 0x2b739], [0x2b740, 0x2b81d],
  [0x2b820, 0x2cea1], [0x2ceb0, 0x2ebe0], [0x30000, 0x3134a], [0x31350, 0x323af],
];

/** The code point named `name`, or undefined if we do not know the name. */
export function lookupUnicodeName(name: string): number | undefined {
  const upper = name.toUpperCase();
  const common = COMMON_NAMES.get(upper);
  if (common !== undefined) return common;
  let m = /^LATIN (CAPITAL|SMALL) LETTER ([A-Z])$/.exec(upper);
  if (m) return m[2].charCodeAt(0) + (m[1] === 'SMALL' ? 32 : 0);
  m = /^DIGIT ([A-Z]+)$/.exec(upper);
  if (m && DIGIT_NAMES.includes(m[1])) return 0x30 + DIGIT_NAMES.indexOf(m[1]);
  if (upper.startsWith('HANGUL SYLLABLE ')) return hangulSyllable(upper.slice(16));
  m = /^CJK UNIFIED IDEOGRAPH-([0-9A-F]{4,5})$/.exec(upper);
  if (m) {
    const cp = parseInt(m[1], 16);
    if (CJK_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi)) return cp;
  }
  return undefined;
}
