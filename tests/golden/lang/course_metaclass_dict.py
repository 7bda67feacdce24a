class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
class P(metaclass=M): pass
class H(P):
    def run(self): pass
print(vars(H), H.__dict__, P.__dict__)
class N(type): pass
class Q(metaclass=N):
    x = 1
print(Q.__dict__)
