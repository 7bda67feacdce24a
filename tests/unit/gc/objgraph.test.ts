/**
 * The simulated objgraph on the simulated heap: objgraph's output formats ('%-*s %i' for
 * show_most_common_types, '%-*s%9d %+9d' for show_growth), counts that follow the program's
 * objects, and show_backrefs' dot file and messages. objgraph is not installed in the golden
 * CPython, so these are checked against objgraph 3.x's documented behaviour.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { runProgram } from '../../../src/interpreter/index';
import { enableObjgraph } from '../../../src/interpreter/modules/objgraph';
import { MemoryFileSystem } from '../../../src/interpreter/vm/memory-fs';

beforeAll(() => enableObjgraph());

function run(source: string, fs = new MemoryFileSystem()) {
  const r = runProgram({ source, filename: '/tmp/og.py', maxInstructions: 1e8, fs });
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe('objgraph', () => {
  it('count and by_type follow the objects the program makes', () => {
    const out = run(
      'import objgraph\nclass Point:\n    pass\nps = [Point() for _ in range(7)]\n' +
        "print(objgraph.count('Point'), len(objgraph.by_type('Point')), objgraph.count('__main__.Point'))\n" +
        "del ps[:3]\nprint(objgraph.count('Point'))\n",
    );
    expect(out).toBe('7 7 7\n4\n');
  });

  it('show_most_common_types: name padded to the widest, then the count', () => {
    const out = run('import objgraph\nobjgraph.show_most_common_types(limit=3)\n');
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const width = Math.max(...lines.map((l) => l.lastIndexOf(' ')));
    for (const l of lines) expect(l).toMatch(new RegExp(`^\\S+ +\\d+$`));
    for (const l of lines) expect(l.lastIndexOf(' ')).toBe(width);
    const counts = lines.map((l) => Number(l.split(/ +/)[1]));
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });

  it('show_growth reports the types that grew since the last call', () => {
    const out = run(
      'import objgraph\nobjgraph.show_growth(limit=3)\nprint("--")\nclass Leak:\n    pass\n' +
        'keep = [Leak() for _ in range(25)]\nobjgraph.show_growth()\n',
    );
    const after = out.split('--\n')[1];
    expect(after).toMatch(/^Leak +25 +\+25$/m);
  });

  it('show_backrefs writes a dot graph of the referrers and says so', () => {
    const fs = new MemoryFileSystem();
    const out = run("import objgraph\nx = [1, 2, 3]\nobjgraph.show_backrefs([x], filename='graph.png')\n", fs);
    expect(out).toMatch(/^Graph written to \/tmp\/objgraph-1\.dot \(\d+ nodes\)\nImage renderer \(dot\) not found, not doing anything else\n$/);
    const dot = new TextDecoder().decode(fs.readFile('/tmp/objgraph-1.dot')!);
    expect(dot.startsWith('digraph ObjectGraph {')).toBe(true);
    expect(dot).toMatch(/\[label="x"\]/); // the module dict refers to the list under the name x
  });

  it('is a third-party package: nothing imports it by itself', () => {
    expect(run('import sys\nprint("objgraph" in sys.modules)\n')).toBe('False\n');
  });
});
