// heap/snapshot.ts: what the heap panel shows must be what the program itself sees — compared
// here with what the same program prints through sys.getrefcount / sys.getsizeof / id / gc.
import { describe, it, expect } from 'vitest';
import { runProgram } from '../../../src/interpreter/index';
import { takeSnapshot, type HeapSnapshot, type SnapshotOptions } from '../../../src/interpreter/heap/snapshot';
import { renderHeapPanel } from '../../../src/site/heap-panel';
import type { MallocStats } from '../../../src/interpreter/heap/obmalloc';

function run(source: string, opts?: SnapshotOptions): { out: string[]; snap: HeapSnapshot; stats: MallocStats } {
  let snap: HeapSnapshot | null = null;
  let stats: MallocStats | null = null;
  const r = runProgram({
    source, filename: 'main.py',
    onProgramEnd: (end) => {
      stats = end.heap.stats(); // sys._debugmallocstats()'s numbers
      snap = takeSnapshot(end.heap, end.registry, end.main, opts);
    },
  });
  expect(r.stderr).toBe('');
  return { out: r.stdout.trim().split('\n'), snap: snap!, stats: stats! };
}

const byName = (s: HeapSnapshot, name: string) => {
  const id = s.names.find((n) => n.name === name)!.id;
  return s.objects.find((o) => o.id === id)!;
};

describe('takeSnapshot', () => {
  it('reports refcount, size, id and references as the program sees them', () => {
    const { out, snap } = run([
      'import sys, gc',
      'class P:',
      '    def __init__(self, x):',
      '        self.x = x',
      'a = [1, 2, "x"]',
      'b = a',
      'p = P(a)',
      'd = {"k": a}',
      'print(sys.getrefcount(a), sys.getsizeof(a), id(a))',
      'print(sys.getrefcount(p), sys.getsizeof(p), id(p))',
      'print(sys.getsizeof(d), gc.is_tracked(a), gc.is_tracked(1))',
    ].join('\n'));
    const [ra, sa, ia] = out[0].split(' ').map(Number);
    const a = byName(snap, 'a');
    expect(a.type).toBe('list');
    expect(a.refcount).toBe(ra - 1);
    expect(a.size).toBe(sa);
    expect(a.id).toBe(ia);
    expect(byName(snap, 'b').id).toBe(ia);
    expect(a.refs.map((r) => r.label)).toEqual(['[0]', '[1]', '[2]']);
    expect(a.gen).toBe(0);
    expect(a.where).toBe('pymalloc');
    const [rp, sp, ip] = out[1].split(' ').map(Number);
    const p = byName(snap, 'p');
    expect([p.type, p.refcount, p.size, p.id]).toEqual(['P', rp - 1, sp, ip]);
    expect(p.refs.find((r) => r.label === 'x')!.id).toBe(ia);
    const d = byName(snap, 'd');
    expect(d.size).toBe(Number(out[2].split(' ')[0]));
    expect(d.refs).toEqual([{ id: ia, label: "['k']" }]);
    // small ints are static and immortal: not in the heap, not tracked
    const one = snap.objects.find((o) => o.id === a.refs[0].id)!;
    expect([one.text, one.immortal, one.where, one.gen]).toEqual(['1', true, 'static', null]);
    // the program's data comes before its modules and classes
    expect(snap.objects[0].id).toBe(ia);
  });

  it('finds a garbage cycle no name reaches, and the generations after a collection', () => {
    const { snap } = run([
      'import gc',
      'class Node: pass',
      'gc.disable()',
      'kept = [[]]',
      'gc.collect()',
      'x = Node(); y = Node(); x.other = y; y.other = x',
      'del x, y',
    ].join('\n'));
    const lost = snap.objects.filter((o) => snap.unreachable.includes(o.id));
    expect(lost.map((o) => [o.type, o.refcount])).toEqual([['Node', 1], ['Node', 1]]);
    expect(lost[0].refs.find((r) => r.label === 'other')!.id).toBe(lost[1].id);
    // survivors of a full collection are in the oldest generation
    expect(byName(snap, 'kept').gen).toBe(2);
    expect(snap.gc.enabled).toBe(false);
  });

  it('summarises pymalloc as sys._debugmallocstats counts it', () => {
    const { snap, stats } = run('xs = [str(i) * 3 for i in range(2000)]');
    const used = stats.classes.filter((c) => c.numPools > 0);
    expect(snap.pymalloc.sizeClasses.map((c) => [c.szidx, c.blockSize, c.pools, c.usedBlocks, c.freeBlocks]))
      .toEqual(used.map((c) => [c.szidx, c.size, c.numPools, c.blocksInUse, c.availBlocks]));
    const inUse = used.reduce((n, c) => n + c.blocksInUse, 0);
    expect(snap.pymalloc.totals.usedBlocks).toBe(inUse);
    expect(snap.pymalloc.totals.bytesInUse).toBe(stats.bytesInAllocatedBlocks);
    expect(snap.pymalloc.totals.arenas).toBe(stats.arenasAllocatedCurrent);
    expect(snap.pymalloc.arenas.reduce((n, a) => n + a.usedBlocks, 0)).toBe(inUse);
    expect(snap.live.byType.find((x) => x.type === 'str')!.count).toBeGreaterThanOrEqual(2000);
  });

  it('stays bounded for 100 000 objects', () => {
    const { snap } = run('big = [[i] for i in range(100_000)]', { maxObjects: 8, maxRefs: 10 });
    expect(snap.objects.length).toBe(8);
    expect(snap.omitted).toBeGreaterThan(0);
    const big = byName(snap, 'big');
    expect(big.refs.length).toBe(10);
    expect(big.moreRefs).toBe(99_990);
    expect(snap.live.objects).toBeGreaterThan(100_000);
  });

  it('never runs Python code: a __repr__ or __sizeof__ of the program is not called', () => {
    const { out, snap } = run([
      'class Loud:',
      '    def __repr__(self):',
      '        print("repr called")',
      '        return "L"',
      '    def __sizeof__(self):',
      '        print("sizeof called")',
      '        return 1',
      'o = Loud()',
      'print("end")',
    ].join('\n'));
    expect(out).toEqual(['end']);
    const o = byName(snap, 'o');
    expect([o.text, o.size]).toEqual(['<Loud object>', null]);
  });
});

describe('snapshots at breakpoint()', () => {
  it('see the running function\'s locals and what its stack holds', () => {
    const snaps: HeapSnapshot[] = [];
    const r = runProgram({
      source: [
        'import sys',
        'def f(n):',
        '    tmp = [n] * 3',
        '    print(sys.getrefcount(tmp))',
        '    breakpoint()',
        '    return len(tmp)',
        'a = []',
        'breakpoint()',
        'a.append(f(2))',
      ].join('\n'),
      filename: 'main.py',
      onBreakpoint: (at) => snaps.push(takeSnapshot(at.heap, at.registry, at.main, { label: 'breakpoint', frame: at.frame })),
      onProgramEnd: (end) => snaps.push(takeSnapshot(end.heap, end.registry, end.main)),
    });
    expect(r.stderr).toBe('');
    expect(snaps.map((s) => [s.label, s.line])).toEqual([['breakpoint', 8], ['breakpoint', 5], ['end', undefined]]);
    const inF = snaps[1];
    const tmp = inF.names.find((n) => n.name === 'tmp')!;
    expect(tmp.scope).toBe('f');
    const obj = inF.objects.find((o) => o.id === tmp.id)!;
    expect(obj.refcount).toBe(Number(r.stdout.trim()) - 1);
    expect(obj.refs.length).toBe(3);
    // nothing the frames hold is reported as unreachable
    expect(inF.unreachable).toEqual([]);
    expect(snaps[2].names.some((n) => n.name === 'tmp')).toBe(false);
  });

  it('breakpoint() without a host hook does nothing (PYTHONBREAKPOINT=0)', () => {
    const r = runProgram({ source: 'breakpoint()\nprint("ok")', filename: 'main.py' });
    expect([r.stdout, r.stderr]).toEqual(['ok\n', '']);
  });
});

describe('renderHeapPanel', () => {
  it('escapes the program\'s text and links references to rows', () => {
    const { snap } = run('s = "<b>&</b>"\nl = [s]');
    const html = renderHeapPanel(snap, 'ex-1');
    expect(html).not.toContain('<b>&</b>');
    expect(html).toContain('&lt;b&gt;&amp;&lt;/b&gt;');
    const l = byName(snap, 'l');
    expect(html).toContain(`id="ex-1-o-${l.id.toString(16)}"`);
    expect(html).toContain(`href="#ex-1-o-${l.refs[0].id.toString(16)}"`);
  });
});
