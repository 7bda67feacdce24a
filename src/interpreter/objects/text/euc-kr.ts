/**
 * The Korean double-byte codecs: euc_kr (KS X 1001, lead and trail bytes 0xA1–0xFE, plus the
 * eight-byte composed syllables) and cp949 (Microsoft's superset: lead 0x81–0xFE, trail
 * 0x41–0xFE). The mapping tables come from the platform's `euc-kr` TextDecoder, built lazily by
 * decoding every two-byte code. Browsers decode windows-949 there (so cp949's extra syllables
 * work); Node's ICU decoder knows only KS X 1001, so under Node cp949 = euc_kr (documented gap). Errors read like CPython's multibyte codecs
 * ("illegal multibyte sequence", "incomplete multibyte sequence").
 */
export type KoreanCodec = 'euc-kr' | 'cp949';

interface Tables {
  decode: Map<number, number>; // (lead << 8 | trail) → code point
  encode: Map<number, number>; // code point → (lead << 8 | trail)
}
const cache = new Map<KoreanCodec, Tables>();

function tables(codec: KoreanCodec): Tables {
  let t = cache.get(codec);
  if (t !== undefined) return t;
  t = { decode: new Map(), encode: new Map() };
  const dec = new TextDecoder('euc-kr', { fatal: true });
  const leadLo = codec === 'euc-kr' ? 0xa1 : 0x81;
  const trailLo = codec === 'euc-kr' ? 0xa1 : 0x41;
  const pair = new Uint8Array(2);
  for (let lead = leadLo; lead <= 0xfe; lead++) {
    for (let trail = trailLo; trail <= 0xfe; trail++) {
      pair[0] = lead;
      pair[1] = trail;
      let s: string;
      try {
        s = dec.decode(pair);
      } catch {
        continue;
      }
      const cp = s.codePointAt(0)!;
      if (s.length !== 1 || cp < 0x80) continue;
      const code = (lead << 8) | trail;
      t.decode.set(code, cp);
      if (!t.encode.has(cp)) t.encode.set(cp, code);
    }
  }
  cache.set(codec, t);
  return t;
}

// KS X 1001:1998 composed Hangul: a syllable outside the 2350 precomposed ones is written as
// eight bytes, HANGUL FILLER + initial + medial + final compatibility jamo (filler for no final),
// as CPython's euc_kr codec does.
const L_JAMO = [0x3131, 0x3132, 0x3134, 0x3137, 0x3138, 0x3139, 0x3141, 0x3142, 0x3143, 0x3145, 0x3146, 0x3147, 0x3148, 0x3149, 0x314a, 0x314b, 0x314c, 0x314d, 0x314e];
const T_JAMO = [0x3164, 0x3131, 0x3132, 0x3133, 0x3134, 0x3135, 0x3136, 0x3137, 0x3139, 0x313a, 0x313b, 0x313c, 0x313d, 0x313e, 0x313f, 0x3140, 0x3141, 0x3142, 0x3144, 0x3145, 0x3146, 0x3147, 0x3148, 0x314a, 0x314b, 0x314c, 0x314d, 0x314e];
const FILLER = 0xa4d4;

/** Bytes for code point c, or null if the codec cannot encode it. */
export function koreanEncodeChar(codec: KoreanCodec, c: number): number[] | null {
  if (c < 0x80) return [c];
  const t = tables(codec);
  const code = t.encode.get(c);
  if (code !== undefined) return [code >> 8, code & 0xff];
  if (codec === 'euc-kr' && c >= 0xac00 && c <= 0xd7a3) {
    const sIdx = c - 0xac00;
    const parts = [FILLER, t.encode.get(L_JAMO[Math.floor(sIdx / 588)]!)!, t.encode.get(0x314f + Math.floor((sIdx % 588) / 28))!, t.encode.get(T_JAMO[sIdx % 28]!)!];
    return parts.flatMap((p) => [p >> 8, p & 0xff]);
  }
  return null;
}

function composed(t: Tables, d: Uint8Array, i: number): number | null {
  if (i + 8 > d.length) return null;
  const at = (k: number) => t.decode.get((d[i + k]! << 8) | d[i + k + 1]!);
  const l = L_JAMO.indexOf(at(2) ?? -1);
  const v = (at(4) ?? -1) - 0x314f;
  const tt = T_JAMO.indexOf(at(6) ?? -1);
  if (l < 0 || v < 0 || v > 20 || tt < 0) return null;
  return 0xac00 + (l * 21 + v) * 28 + tt;
}

/** Decode; `bad(start, end, reason)` handles an error (it may throw) and returns replacement text. */
export function koreanDecode(codec: KoreanCodec, d: Uint8Array, bad: (start: number, end: number, reason: string) => string): string {
  const t = tables(codec);
  let out = '';
  for (let i = 0; i < d.length; ) {
    const b = d[i]!;
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    if (i + 1 >= d.length) {
      out += bad(i, d.length, 'incomplete multibyte sequence');
      break;
    }
    if (codec === 'euc-kr' && ((b << 8) | d[i + 1]!) === FILLER) {
      const syl = composed(t, d, i);
      if (syl !== null) {
        out += String.fromCharCode(syl);
        i += 8;
        continue;
      }
    }
    const cp = t.decode.get((b << 8) | d[i + 1]!);
    if (cp === undefined) {
      out += bad(i, i + 1, 'illegal multibyte sequence');
      i++;
      continue;
    }
    out += String.fromCodePoint(cp);
    i += 2;
  }
  return out;
}
