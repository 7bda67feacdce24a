# Rich comparisons, reflected operands, functools.total_ordering, sorting custom objects.
import functools
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'Num({self.v})'
    def __lt__(self, other):
        print(f'  {self!r} < {other!r}')
        return self.v < other.v
print(Num(1) < Num(2))
print(Num(3) > Num(2))
print(sorted([Num(3), Num(1), Num(2)]))
try:
    Num(1) <= Num(2)
except TypeError as e:
    print('TypeError:', e)
@functools.total_ordering
class Student:
    def __init__(self, name, grade):
        self.name, self.grade = name, grade
    def __eq__(self, other):
        return self.grade == other.grade
    def __lt__(self, other):
        return self.grade < other.grade
    def __repr__(self):
        return self.name
s1, s2, s3 = Student('a', 90), Student('b', 85), Student('c', 90)
print(s1 > s2, s1 >= s3, s2 <= s1, s1 == s3, s1 != s2)
print(sorted([s1, s2, s3]), max([s1, s2, s3]), min([s3, s1]))
class Both:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return 'lt-result'
    def __gt__(self, other):
        return 'gt-result'
    def __le__(self, other):
        return NotImplemented
print(Both(1) < 5, 5 < Both(1), 5 > Both(1), Both(1) > 5)
try:
    Both(1) <= 5
except TypeError as e:
    print('TypeError:', e)
class Sub(Num):
    def __gt__(self, other):
        print('  Sub.__gt__ tried first')
        return True
print(Num(5) < Sub(1))
class Card:
    order = '23456789TJQKA'
    def __init__(self, rank):
        self.rank = rank
    def __lt__(self, other):
        return self.order.index(self.rank) < self.order.index(other.rank)
    def __repr__(self):
        return self.rank
print(sorted([Card(r) for r in 'KA2TJ']), sorted([Card(r) for r in 'KA2TJ'], reverse=True))
print(sorted([(1, Card('K')), (1, Card('2')), (0, Card('A'))]))
