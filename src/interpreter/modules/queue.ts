/**
 * `queue` (Lib/queue.py with _queue's SimpleQueue and Empty), for a program with one thread —
 * the only kind this interpreter runs: a FIFO / LIFO / priority queue used as a data structure
 * (breadth-first search, task lists) behaves as in CPython. A blocking put() on a full queue or
 * get() on an empty one waits: for `timeout` seconds of simulated time and then raises Full /
 * Empty, or, without a timeout, forever (no other thread can ever wake it, as in CPython with
 * one thread; the instruction budget or the stop button ends the program).
 */
import { registerPyModule } from './pymodule';

registerPyModule(
  '_queue',
  String.raw`
from collections import deque as _deque

class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    __module__ = '_queue'


class SimpleQueue:
    '''Simple, unbounded, reentrant FIFO queue.'''
    __module__ = '_queue'
    __slots__ = ('_queue', '__weakref__')

    def __init__(self):
        self._queue = _deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)

    def put_nowait(self, item):
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        if self._queue:
            return self._queue.popleft()
        _wait(block, timeout)
        raise Empty

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._queue

    def qsize(self):
        return len(self._queue)


def _wait(block, timeout):
    # one thread: nothing can arrive while we wait
    if not block:
        return
    if timeout is None:
        while True:
            pass
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    import time
    time.sleep(timeout)
`,
  undefined,
  { native: true },
);

registerPyModule(
  'queue',
  String.raw`
from collections import deque
from heapq import heappush, heappop
from time import monotonic as time
from _queue import Empty, SimpleQueue, _wait

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


class ShutDown(Exception):
    pass


class Queue:
    '''Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    '''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        unfinished = self.unfinished_tasks - 1
        if unfinished <= 0:
            if unfinished < 0:
                raise ValueError('task_done() called too many times')
        self.unfinished_tasks = unfinished

    def join(self):
        if self.unfinished_tasks:
            _wait(True, None)

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        if self.maxsize > 0 and self._qsize() >= self.maxsize:
            if block and timeout is not None and timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            _wait(block, timeout)
            raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        if not self._qsize():
            _wait(block, timeout)
            raise Empty
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(lambda cls, item: cls)


class PriorityQueue(Queue):
    '''Variant of Queue that retrieves open entries in priority order (lowest first).'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    '''Variant of Queue that retrieves most recently added entries first.'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()
`,
);
