/**
 * A small unified diff (`--- expected` / `+++ actual`, `@@` hunks with 3 lines of context) for
 * showing how the interpreter's output differs from CPython's.
 *
 * Lines are compared after a common prefix and suffix are cut off; the rest is aligned by a longest
 * common subsequence when it is small enough (≤ 4 million cell table), else shown as one replaced
 * block. A text that does not end in a newline gets diff's "\ No newline at end of file" marker.
 */

type Op = { kind: ' ' | '-' | '+'; text: string; a: number; b: number };

const NO_NEWLINE = '\\ No newline at end of file';

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  else lines.push(NO_NEWLINE);
  return lines;
}

/** Edit script turning `a` into `b`. */
function editScript(a: string[], b: string[]): Op[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const ops: Op[] = [];
  for (let i = 0; i < pre; i++) ops.push({ kind: ' ', text: a[i]!, a: i, b: i });
  const am = a.slice(pre, a.length - suf);
  const bm = b.slice(pre, b.length - suf);
  const n = am.length;
  const m = bm.length;
  if (n * m <= 4_000_000) {
    // lcs[i][j] = LCS length of am[i:] and bm[j:]
    const lcs = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i]![j] = am[i] === bm[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && am[i] === bm[j]) {
        ops.push({ kind: ' ', text: am[i]!, a: pre + i++, b: pre + j++ });
      } else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
        ops.push({ kind: '-', text: am[i]!, a: pre + i++, b: pre + j }); // deletions before insertions
      } else {
        ops.push({ kind: '+', text: bm[j]!, a: pre + i, b: pre + j++ });
      }
    }
  } else {
    for (let i = 0; i < n; i++) ops.push({ kind: '-', text: am[i]!, a: pre + i, b: pre + m });
    for (let j = 0; j < m; j++) ops.push({ kind: '+', text: bm[j]!, a: pre + n, b: pre + j });
  }
  for (let k = 0; k < suf; k++) {
    ops.push({ kind: ' ', text: a[a.length - suf + k]!, a: a.length - suf + k, b: b.length - suf + k });
  }
  return ops;
}

/**
 * Unified diff lines of `expected` → `actual` (empty when equal), at most `maxLines` of them
 * (a final "… N more diff lines" line says how many were cut).
 */
export function unifiedDiff(
  expected: string,
  actual: string,
  { label = 'output', context = 3, maxLines = 40 }: { label?: string; context?: number; maxLines?: number } = {},
): string[] {
  if (expected === actual) return [];
  const ops = editScript(splitLines(expected), splitLines(actual));
  const out = [`--- expected ${label} (CPython 3.12)`, `+++ actual ${label} (interpreter)`];
  // Changes closer than 2 × context unchanged lines share a hunk.
  const changes = ops.flatMap((o, i) => (o.kind === ' ' ? [] : [i]));
  for (let c = 0; c < changes.length; ) {
    let last = c;
    while (last + 1 < changes.length && changes[last + 1]! - changes[last]! - 1 <= 2 * context) last++;
    const hunk = ops.slice(Math.max(0, changes[c]! - context), Math.min(ops.length, changes[last]! + context + 1));
    const aLines = hunk.filter((o) => o.kind !== '+').length;
    const bLines = hunk.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${hunk[0]!.a + 1},${aLines} +${hunk[0]!.b + 1},${bLines} @@`);
    for (const o of hunk) out.push(`${o.kind}${o.text}`);
    c = last + 1;
  }
  if (out.length > maxLines) {
    const more = out.length - maxLines;
    return [...out.slice(0, maxLines), `… ${more} more diff line${more === 1 ? '' : 's'}`];
  }
  return out;
}
