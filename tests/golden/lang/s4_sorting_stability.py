students = [('kim', 'B', 85), ('lee', 'A', 92), ('park', 'B', 85), ('choi', 'A', 78), ('jung', 'C', 85)]
by_score = sorted(students, key=lambda s: s[2], reverse=True)
print(by_score)
by_grade_then_name = sorted(sorted(students, key=lambda s: s[0]), key=lambda s: s[1])
print(by_grade_then_name)
print(sorted(students, key=lambda s: (-s[2], s[0])))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort(key=abs); print(nums)
nums.sort(reverse=True); print(nums)
print(sorted('hello world'), sorted({3: 'a', 1: 'b'}), sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]))
print(sorted([[2, 1], [1, 2], [1, 1, 0]]), sorted([(1, 'b'), (1, 'a')]), min('abc', key=ord), max([], default='empty'))
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print(e)
try:
    [3, None].sort()
except TypeError as e:
    print(e)
try:
    max([])
except ValueError as e:
    print(e)
from operator import itemgetter, attrgetter
class Emp:
    def __init__(self, name, dept, pay): self.name, self.dept, self.pay = name, dept, pay
    def __repr__(self): return self.name
emps = [Emp('a', 'x', 3), Emp('b', 'y', 1), Emp('c', 'x', 1)]
print(sorted(emps, key=attrgetter('dept', 'pay')), sorted(students, key=itemgetter(1, 2)))
print(list(reversed([1, 2, 3])), sorted(range(5), key=lambda n: n % 2), sorted([0.1, -0.0, 0.0, -1e-9]))
import heapq
h = [5, 1, 8, 3]; heapq.heapify(h); print(h, heapq.heappop(h), heapq.nsmallest(2, [5, 1, 8]), heapq.nlargest(2, students, key=itemgetter(2)))
import bisect
grades = [60, 70, 80, 90]
print([('FDCBA'[bisect.bisect(grades, s)]) for s in [55, 60, 75, 95]], bisect.bisect_left(grades, 70), bisect.bisect_right(grades, 70))
arr = [1, 3, 5]; bisect.insort(arr, 4); print(arr)
lst = [5, 2, 7]
def bad_key(x):
    lst.append(x)
    return x
try:
    lst.sort(key=bad_key)
except ValueError as e:
    print(e)
print(lst)
