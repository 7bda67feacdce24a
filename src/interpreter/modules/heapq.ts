/**
 * `heapq`: the binary min-heap algorithms of Lib/heapq.py (CPython uses the C accelerator
 * _heapq with the same algorithm: sift-down to the leaves then up, so element order after each
 * operation is identical). nlargest/nsmallest follow the documented equivalents
 * (sorted(iterable, key=key, reverse=True)[:n] and sorted(...)[:n]), which give the same
 * result, ties included.
 */
import { registerPyModule } from './pymodule';

const SOURCE = `
__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem

def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)

def _check(heap, name):
    if not isinstance(heap, list):
        raise TypeError(f"{name}() argument 1 must be list, not {type(heap).__name__}")

def heappush(heap, item, /):
    _check(heap, 'heappush')
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)

def heappop(heap, /):
    _check(heap, 'heappop')
    if not heap:
        raise IndexError("index out of range")
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt

def heapreplace(heap, item, /):
    _check(heap, 'heapreplace')
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem

def heappushpop(heap, item, /):
    _check(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item

def heapify(x, /):
    _check(x, 'heapify')
    n = len(x)
    for i in reversed(range(n // 2)):
        _siftup(x, i)

def merge(*iterables, key=None, reverse=False):
    items = []
    for it in iterables:
        items.extend(it)
    return iter(sorted(items, key=key, reverse=reverse))

def nsmallest(n, iterable, key=None):
    return sorted(iterable, key=key)[:n]

def nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:n]
`;

// the C accelerator _heapq replaces these (merge, nlargest and nsmallest stay Python)
registerPyModule('heapq', SOURCE, undefined, {
  native: ['heappush', 'heappop', 'heapify', 'heapreplace', 'heappushpop', '_siftdown', '_siftup',
    '_heappop_max', '_heapify_max', '_heapreplace_max', '_siftdown_max', '_siftup_max'],
});

registerPyModule(
  'tempfile',
  `
import os as _os

tempdir = None

def gettempdir():
    return '/tmp'

def gettempprefix():
    return 'tmp'
`,
);
