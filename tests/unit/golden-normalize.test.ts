/**
 * The golden normaliser (scripts/golden-normalize.ts) must behave exactly like the seed harness's
 * normalize.py (kept as scripts/golden-normalize.py). Each rule is tested on its own below (the
 * expected strings are what normalize.py prints for the same input), and — when CPython 3.12.1 is
 * available — both are run over the stdout and stderr of every golden file and must agree.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { normalize, normalizeLine, splitLinesKeepEnds } from '../../scripts/golden-normalize';
import { discoverPrograms, readExpected } from '../golden/golden-files';

describe('rule 1: hex addresses', () => {
  it('masks 0x… numbers, lower-case x only', () => {
    expect(normalize('<__main__.Data object at 0x7f3a2c1b5e90>\n')).toBe('<__main__.Data object at 0xADDR>\n');
    expect(normalize('hex(255) = 0xff, 0XFF stays\n')).toBe('hex(255) = 0xADDR, 0XFF stays\n');
  });
});

describe('rule 2: id numbers', () => {
  it('masks numbers after an id label, whatever their length', () => {
    expect(normalize('id(a): 140234567890123\n')).toBe('id(a): <ID>\n');
    expect(normalize('id(x) = 94000000000000 and id(y)=12\n')).toBe('id(x) = <ID> and id(y)=<ID>\n');
    expect(normalize('식별자: 140234567890123\n')).toBe('식별자: <ID>\n');
    expect(normalize('destroy 3112733520336\n')).toBe('destroy <ID>\n');
  });
  it('masks stand-alone runs of 12 or more digits only', () => {
    expect(normalize('destroyed 3112733520336\n')).toBe('destroyed <ID>\n');
    expect(normalize('big 123456789012 small 12345678901\n')).toBe('big <ID> small 12345678901\n');
    expect(normalize('float-ish 1234567890123.5 and v1.123456789012345\n')).toBe(
      'float-ish 1234567890123.5 and v1.123456789012345\n',
    );
  });
});

describe('rule 3: absolute paths', () => {
  it('keeps the base name of /dir/…/file', () => {
    expect(normalize('  File "/work/main/tests/golden/errors/x.py", line 3, in <module>\n')).toBe(
      '  File "x.py", line 3, in <module>\n',
    );
    expect(normalize('/usr/lib/python3.12/tracemalloc.py:560 and ~/a/b.py and x/y/z.py and /x\n')).toBe(
      'tracemalloc.py:560 and ~/a/b.py and x/y/z.py and /x\n',
    );
  });
  it('needs a non-word character before the slash (Hangul is a word character)', () => {
    expect(normalize('ratio 7/2/3 a.b/c/d.e\n')).toBe('ratio 7/2/3 a.b/c/d.e\n');
    expect(normalize('값/경로/file.py and 결과 /a/b\n')).toBe('값/경로/file.py and 결과 b\n');
  });
});

describe('rule 4: timings', () => {
  it('masks numbers with a time unit in a timing line, and keeps the others', () => {
    expect(normalize('실행 시간: 1.234초\n')).toBe('실행 시간: <T>초\n');
    expect(normalize('GC 활성화: 18.52초 (245.67 MB)\n')).toBe('GC 활성화: <T>초 (245.67 MB)\n');
    expect(normalize('took 15.0 ms total 2.5 secs\n')).toBe('took <T> ms total <T> secs\n');
    expect(normalize('SECONDS 1.5 seconds\n')).toBe('SECONDS <T> seconds\n');
  });
  it('masks every decimal number of a timing line without units, minus sign included', () => {
    expect(normalize('성능 향상: -28.3%\n')).toBe('성능 향상: <T>%\n');
    expect(normalize('Time: 3.14 and 2.71\n')).toBe('Time: <T> and <T>\n');
    expect(normalize('result: ٣.١٤ time\n')).toBe('result: <T> time\n'); // Unicode digits, as in Python
  });
  it('leaves lines without a timing word alone ("초기" does not count)', () => {
    expect(normalize('초기 값: 1.5\n')).toBe('초기 값: 1.5\n');
    expect(normalize('elapsed 0.25s, 12.5 MB\n')).toBe('elapsed 0.25s, 12.5 MB\n');
    expect(normalize('no timing 1.25 here\n')).toBe('no timing 1.25 here\n');
  });
  it('uses Python word boundaries for units (s followed by Hangul is no unit)', () => {
    expect(normalize('1.5s한 time\n')).toBe('<T>s한 time\n');
    expect(normalize('1.5s한 2.5s time\n')).toBe('1.5s한 <T>s time\n');
  });
});

describe('lines', () => {
  it('splits like str.splitlines(keepends=True)', () => {
    expect(splitLinesKeepEnds('a\rb\r\nc\x0bd\x1ce\u2028f\n\ng')).toEqual(['a\r', 'b\r\n', 'c\x0b', 'd\x1c', 'e\u2028', 'f\n', '\n', 'g']);
    expect(splitLinesKeepEnds('')).toEqual([]);
  });
  it('decides the timing rule per line', () => {
    expect(normalize('a\rb 1.5 sec\r\nc 2.5\x0bd time 3.5\x1ce 4.5\n')).toBe('a\rb <T> sec\r\nc 2.5\x0bd time <T>\x1ce 4.5\n');
  });
  it('normalizeLine applies the rules in order (as normalize.py does, quirks included)', () => {
    // rule 1 turns 0x7f00 into 0xADDR, then rule 2a takes its leading 0 for a labelled id
    expect(normalizeLine('id(o) = 0x7f00 at /a/b/c.py took 1.5 sec')).toBe('id(o) = <ID>xADDR at c.py took <T> sec');
  });
});

// ------------------------------------------------------------------------------------------------
// Cross-check with the reference implementation on every golden output.

const REFERENCE = fileURLToPath(new URL('../../scripts/golden-normalize.py', import.meta.url));
const PY_ENV = { ...process.env, PYENV_VERSION: '3.12.1' };
const hasPython = spawnSync('python3', ['-c', 'import sys; assert sys.version_info[:2] == (3, 12)'], { env: PY_ENV }).status === 0;

describe.skipIf(!hasPython)('agreement with normalize.py', () => {
  it('gives the same result on the stdout and stderr of every golden', () => {
    const texts: string[] = [];
    for (const program of discoverPrograms()) {
      const expected = readExpected(program);
      if (expected !== null) texts.push(expected.stdout, expected.stderr);
    }
    texts.push(readFileSync(REFERENCE, 'utf8')); // plus a text full of paths, numbers and regexes
    const script =
      'import json, sys, importlib.util\n' +
      `spec = importlib.util.spec_from_file_location("n", ${JSON.stringify(REFERENCE)})\n` +
      'n = importlib.util.module_from_spec(spec); spec.loader.exec_module(n)\n' +
      'sys.stdout.write(json.dumps([n.normalize(t) for t in json.load(sys.stdin)]))\n';
    const res = spawnSync('python3', ['-c', script], { env: PY_ENV, input: JSON.stringify(texts), encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(res.status, res.stderr).toBe(0);
    const reference = JSON.parse(res.stdout) as string[];
    const mismatches = texts.flatMap((t, i) => (normalize(t) === reference[i] ? [] : [i]));
    expect(mismatches).toEqual([]);
  });
});
