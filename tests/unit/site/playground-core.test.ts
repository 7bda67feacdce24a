import { describe, it, expect } from 'vitest';
import {
  errorLineFromTraceback, shortHash, encodeShared, decodeShared, shareHash, parseShareHash,
  textFromHighlightedHtml, parseProgress,
} from '../../../src/site/playground-core';

describe('errorLineFromTraceback', () => {
  it('takes the innermost frame of the example file', () => {
    const tb = [
      'Traceback (most recent call last):',
      '  File "/main.py", line 7, in <module>',
      '    f()',
      '  File "/main.py", line 3, in f',
      '    return 1 / 0',
      '           ~~^~~',
      'ZeroDivisionError: division by zero',
    ].join('\n');
    expect(errorLineFromTraceback(tb, '/main.py')).toBe(3);
  });
  it('ignores frames of other files and finds SyntaxError lines', () => {
    const tb = '  File "/lib/helper.py", line 9, in g\n  File "/main.py", line 2\n    x = (\nSyntaxError: x';
    expect(errorLineFromTraceback(tb, '/main.py')).toBe(2);
    expect(errorLineFromTraceback('NameError: x', '/main.py')).toBeNull();
  });
});

describe('share links', () => {
  it('round-trips Korean and long code', async () => {
    for (const code of ['print("참조 카운트")', 'x = [1, 2, 3]\n'.repeat(40), '']) {
      const enc = await encodeShared(code);
      expect(enc).toMatch(/^[uz][\w-]*$/);
      expect(await decodeShared(enc)).toBe(code);
    }
    const long = await encodeShared('a = 1\n'.repeat(100));
    expect(long[0]).toBe('z');
  });
  it('rejects garbage and parses the fragment', async () => {
    expect(await decodeShared('zzzz')).toBeNull();
    expect(parseShareHash(shareHash('ex-2', 'uABC'))).toEqual({ id: 'ex-2', payload: 'uABC' });
    expect(parseShareHash('#intro')).toBeNull();
  });
});

describe('misc', () => {
  it('hashes stably', () => {
    expect(shortHash('print(1)')).toBe(shortHash('print(1)'));
    expect(shortHash('print(1)')).not.toBe(shortHash('print(2)'));
  });
  it('recovers code from Shiki HTML', () => {
    const html = '<pre class="shiki"><code><span class="line"><span style="--shiki-light:#D73A49">if</span> a &lt; b &amp;&amp; c:</span>\n<span class="line">    print(&#39;참조&#39;, &quot;x&quot;)</span>\n</code></pre>';
    expect(textFromHighlightedHtml(html)).toBe('if a < b && c:\n    print(\'참조\', "x")');
  });
  it('parses progress defensively', () => {
    expect(parseProgress(null)).toEqual({ visited: {}, done: {} });
    expect(parseProgress('{"done":{"a":1}}').done).toEqual({ a: 1 });
  });
});

import { dedent } from '../../../src/site/playground-core';
describe('dedent', () => {
  it('removes common indentation and blank edges', () => {
    expect(dedent('\n    a = 1\n    if a:\n        print(a)\n  ')).toBe('a = 1\nif a:\n    print(a)');
  });
});
