import heapq, bisect, itertools, operator, functools, collections, datetime
tests = [lambda: heapq.heappop([]), lambda: bisect.bisect([1, "a"], 2), lambda: next(itertools.islice([], 1)),
 lambda: operator.itemgetter(5)([1]), lambda: functools.reduce(lambda a, b: a + b, []), lambda: collections.deque().pop(),
 lambda: datetime.date(2024, 13, 1), lambda: list(itertools.chain(1)), lambda: functools.reduce(lambda a, b: a / b, [1, 0]),
 lambda: sorted([3, 1], key=functools.cmp_to_key(lambda a, b: a.x)), lambda: collections.defaultdict(int, x=1)["y"] + "s"]
import traceback
for t in tests:
    try:
        t()
    except Exception as e:
        print("".join(traceback.format_exception(e)[1:]))
