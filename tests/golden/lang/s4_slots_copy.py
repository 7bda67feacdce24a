import copy
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x; self.y = y
p = P(1, 2)
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    print(p.__dict__)
except AttributeError as e:
    print(e)
q = P.__new__(P)
try:
    q.x
except AttributeError as e:
    print(e)
try:
    del q.y
except AttributeError as e:
    print(e)
print(P.x, type(P.x).__name__)
try:
    class Bad:
        __slots__ = ('a',)
        a = 1
except ValueError as e:
    print(e)
class Child(P):
    pass
c = Child(1, 2); c.z = 3
print(c.__dict__, c.__slots__)
p2 = copy.copy(p)
print(p2.x, p2.y, p2 is p)

class Team:
    def __init__(self, name, members):
        self.name = name
        self.members = members
    def __repr__(self):
        return f'Team({self.name!r}, {self.members})'
t1 = Team('a', [['kim'], ['lee']])
t2 = copy.copy(t1)
t3 = copy.deepcopy(t1)
t1.members[0].append('park')
t1.members.append(['choi'])
print(t2, t3, t2.members is t1.members, t3.members[0] is t1.members[0])
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self):
        print('copy called'); return Custom(self.v)
    def __deepcopy__(self, memo):
        print('deepcopy called', type(memo).__name__); return Custom(copy.deepcopy(self.v, memo))
copy.copy(Custom(1)); copy.deepcopy(Custom([1]))
a = [1, 2]; a.append(a)
b = copy.deepcopy(a)
print(b, b[2] is b, b is a)
d = {'k': (1, [2])}
e = copy.deepcopy(d)
print(e, e['k'] is d['k'], copy.deepcopy((1, 2)) is (1, 2) or 'tuple-identity', copy.copy([1]) == [1])
