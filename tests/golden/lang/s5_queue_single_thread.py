# queue in a one-thread program: FIFO / LIFO / priority queues, Empty and Full with timeouts, task_done/join, SimpleQueue, a breadth-first search.
import queue, sys, gc
q = queue.Queue(); print(sys.getsizeof(q), type(q.queue).__name__, queue.SimpleQueue)
try: q.get_nowait()
except queue.Empty as e: print(repr(e), queue.Empty.__module__, queue.Empty.__mro__)
try: q.get(timeout=0.5)
except queue.Empty: print('empty after timeout')
q2 = queue.Queue(maxsize=1); q2.put(1)
try: q2.put(2, timeout=0.1)
except queue.Full as e: print('full', repr(e))
try: q2.put_nowait(3)
except queue.Full: print('full nowait')
print(q2.qsize(), q2.full(), q2.empty(), q2.maxsize)
pq = queue.PriorityQueue(); [pq.put(x) for x in (3,1,2)]; print([pq.get() for _ in range(3)])
lq = queue.LifoQueue(); [lq.put(x) for x in (3,1,2)]; print([lq.get() for _ in range(3)])
q.put(1); q.task_done()
try: q.task_done()
except ValueError as e: print(e)
q.join(); print('joined')
sq = queue.SimpleQueue(); sq.put(5); print(sq.get(), sq.empty(), sq.qsize())
graph = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": []}
def bfs(start):
    seen = {start}; order = []; fq = queue.Queue(); fq.put(start)
    while not fq.empty():
        n = fq.get(); order.append(n)
        for m in graph[n]:
            if m not in seen:
                seen.add(m); fq.put(m)
    return order
print(bfs("A"))
