# sorted() and list.sort(): keys, reverse, stability, errors.
people = [('kim', 30, 'seoul'), ('lee', 25, 'busan'), ('park', 30, 'busan'), ('choi', 25, 'seoul')]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[2], -p[1])))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_city = sorted(people, key=lambda p: p[2])
by_city_then_age = sorted(by_city, key=lambda p: p[1])
print(by_city_then_age)
nums = [5, -3, 2, -8, 0]
print(sorted(nums, key=abs), sorted(nums, key=lambda v: v * v, reverse=True), max(nums, key=abs))
words = ['Banana', 'apple', 'cherry', 'Apple', 'banana']
print(sorted(words), sorted(words, key=str.lower), sorted(set(w.lower() for w in words)))
lst = [3, 1, 2]
result = lst.sort()
print(result, lst)
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print('TypeError:', e)
try:
    [None, 1].sort()
except TypeError as e:
    print('TypeError:', e)
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, 'b'), (1, 'a')]), sorted('bac'), sorted((3, 2)), sorted({'b': 1, 'a': 2}))
print(sorted([0.5, -1, 3, 2.5]), sorted([True, False, 2, -1]), sorted([[], [0], [-1, 5]]))
records = [{'n': 'x', 'v': 2}, {'n': 'y', 'v': 1}]
print(sorted(records, key=lambda r: r['v']))
import operator
print(sorted(people, key=operator.itemgetter(1, 0)))
stable = [(1, 'first'), (0, 'a'), (1, 'second'), (0, 'b'), (1, 'third')]
print(sorted(stable, key=lambda t: t[0]), sorted(stable, key=lambda t: t[0], reverse=True))
data = list(range(20, 0, -3))
data.sort(key=lambda v: v % 5)
print(data)
print(sorted('Mississippi'), ''.join(sorted('python', reverse=True)), sorted([], key=len))
class Item:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f'Item{self.n}'
items = [Item(3), Item(1), Item(2)]
try:
    sorted(items)
except TypeError as e:
    print('TypeError:', e)
print(sorted(items, key=lambda i: i.n), sorted(items, key=operator.attrgetter('n'), reverse=True))
