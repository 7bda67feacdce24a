/**
 * A program leaves nothing behind for the next one run in the same process (the site's worker
 * and the golden workers run many): the start-up population a fresh program sees is the same
 * after programs that used every lazily built part of the runtime (asyncio, async generators
 * and their hooks, warnings, struct sequences, stdin, deep structures).
 */
import { describe, it, expect } from 'vitest';
import { runProgram } from '../../../src/interpreter/index';

const probe = 'import gc\nprint(gc.collect(), gc.get_count(), len(gc.get_objects()))\n';
const run = (source: string): string => runProgram({ source, filename: '/tmp/p.py', cwd: '/tmp' }).stdout;

const programs = [
  `import asyncio, sys
async def agen():
    yield 1
async def main():
    async for x in agen():
        break
    print(sys.get_asyncgen_hooks().firstiter is not None)
    await asyncio.gather(asyncio.sleep(0.01), asyncio.sleep(0))
asyncio.run(main())
async def never(): pass
never()
`,
  'import warnings\nwarnings.warn("w")\nimport time\nprint(time.gmtime(0).tm_year, tuple(__import__("sys").float_info)[:1])\n',
  'import sys\nsys.set_int_max_str_digits(0)\nprint(len(str(10 ** 5000)))\nt = ()\nfor i in range(1000): t = (t,)\nprint(hash(t) != 0)\n',
];

describe('programs run one after another in one process', () => {
  it('see the same start-up heap whatever ran before them', () => {
    const fresh = run(probe);
    for (const p of programs) {
      run(p);
      expect(run(probe)).toBe(fresh);
    }
  });
});
