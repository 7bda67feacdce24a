# Inheritance, method resolution order (C3), super().
class A:
    def who(self):
        return 'A'
    def chain(self):
        return ['A']
class B(A):
    def who(self):
        return 'B'
    def chain(self):
        return ['B'] + super().chain()
class C(A):
    def who(self):
        return 'C'
    def chain(self):
        return ['C'] + super().chain()
class D(B, C):
    def chain(self):
        return ['D'] + super().chain()
print(D().who(), D().chain())
print([k.__name__ for k in D.__mro__])
print(D.__mro__)
print(D.mro() == list(D.__mro__), D.__bases__, B.__base__, A.__bases__, object.__bases__)
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(K1, K2, Z): pass
print([k.__name__ for k in K3.__mro__])
try:
    class Bad(X, K1):
        pass
except TypeError as e:
    print('TypeError:', e)
class Base:
    def __init__(self, name):
        print('  Base.__init__', name)
        self.name = name
class Child(Base):
    def __init__(self, name, extra):
        print('  Child.__init__')
        super().__init__(name)
        self.extra = extra
c = Child('kid', 7)
print(vars(c))
class Left:
    def __init__(self, **kw):
        print('  Left')
        super().__init__(**kw)
class Right:
    def __init__(self, **kw):
        print('  Right', kw)
        super().__init__()
class Both(Left, Right):
    def __init__(self):
        print('  Both')
        super().__init__(r=1)
Both()
class Animal:
    sound = '...'
    def speak(self):
        return f'{type(self).__name__}: {self.sound}'
class Cat(Animal):
    sound = 'meow'
class Lion(Cat):
    def speak(self):
        return super().speak().upper()
print(Animal().speak(), Cat().speak(), Lion().speak())
print(issubclass(Lion, Animal), issubclass(Animal, Lion), isinstance(Lion(), Cat), Lion.__mro__[1].__name__)
class Explicit(Cat):
    def speak(self):
        return 'explicit ' + super(Cat, self).speak()
print(Explicit().speak())
print(super(Lion, Lion()).speak())
class NoInit(Base):
    pass
n = NoInit('inherited init')
print(n.name, NoInit.__init__ is Base.__init__)
print(bool.__mro__, int.__subclasses__()[:1])
