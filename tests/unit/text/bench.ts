/**
 * Micro-benchmark for the text library (not a test; run manually):
 *   npx tsx tests/unit/text/bench.ts
 */
import { floatRepr } from '../../../src/interpreter/objects/text/float-repr';
import { formatFloat, formatInt } from '../../../src/interpreter/objects/text/format-spec';
import { floatPow, floatRound } from '../../../src/interpreter/objects/text/float-ops';
import { parseFloatLiteral, parseIntLiteral } from '../../../src/interpreter/objects/text/int-text';
import { doubleFromBitsHex } from '../../../src/interpreter/objects/text/float-bits';

function randomDoubles(n: number, seed = 12345): number[] {
  let s = seed >>> 0;
  const next = (): number => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
  const out: number[] = [];
  while (out.length < n) {
    const h = next().toString(16).padStart(8, '0') + next().toString(16).padStart(8, '0');
    const x = doubleFromBitsHex(h);
    if (Number.isFinite(x)) out.push(x);
  }
  return out;
}

function bench(name: string, n: number, f: (i: number) => unknown): void {
  for (let i = 0; i < Math.min(n, 2000); i++) f(i); // warm up
  const t0 = performance.now();
  let sink = 0;
  for (let i = 0; i < n; i++) {
    const r = f(i);
    if (typeof r === 'string') sink += r.length;
  }
  const ms = performance.now() - t0;
  console.log(`${name.padEnd(44)} ${n.toString().padStart(8)} ops ${ms.toFixed(0).padStart(6)} ms  ${((ms * 1e6) / n).toFixed(0).padStart(6)} ns/op  (${sink})`);
}

const N = 1_000_000;
const xs = randomDoubles(N);
const decimals = xs.map((_, i) => Math.round((xs[i]! % 1) * 1e6) / 1000 + i);
bench('floatRepr(random bit patterns)', N, (i) => floatRepr(xs[i]!));
bench('floatRepr(short decimals like 123.456)', N, (i) => floatRepr(decimals[i]!));
bench("formatFloat(x, '.2f') short decimals", 200_000, (i) => formatFloat(decimals[i]!, '.2f'));
bench("formatFloat(x, '.6e') random bits", 200_000, (i) => formatFloat(xs[i]!, '.6e'));
bench("formatFloat(x, '') random bits", 200_000, (i) => formatFloat(xs[i]!, ''));
bench("formatInt(i, ',')", 200_000, (i) => formatInt(BigInt(i * 7919), ','));
bench('floatRound(x, 2)', 200_000, (i) => floatRound(decimals[i]!, 2));
bench('floatPow(x, 0.5)', 200_000, (i) => floatPow(Math.abs(decimals[i]!) + 1, 0.5));
bench('parseFloatLiteral(repr)', 200_000, (i) => parseFloatLiteral(String(decimals[i]!)));
bench('parseIntLiteral(decimal)', 200_000, (i) => parseIntLiteral(String(i * 7919)));
