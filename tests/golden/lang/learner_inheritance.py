class Animal:
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        raise NotImplementedError(f"{type(self).__name__} must implement speak")
    def __str__(self):
        return f"{self.__class__.__name__}({self.name}) says {self.speak()}"

class Dog(Animal):
    def speak(self):
        return "Woof"

class Puppy(Dog):
    def speak(self):
        return super().speak().lower() + "!"

class Cat(Animal):
    sound = "Meow"
    def speak(self):
        return self.sound

for a in [Dog("Rex"), Puppy("Bit"), Cat("Tom")]:
    print(a)
print(Animal.count, Puppy.__mro__, Puppy.__bases__, issubclass(Puppy, Animal), isinstance(Puppy("x"), Dog))
try:
    print(Animal("generic"))
except NotImplementedError as e:
    print("NotImplementedError:", e)

class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.mro()])
try:
    class X(A, D):
        pass
except TypeError as e:
    print("TypeError:", e)

class Shape:
    def __init_subclass__(cls, sides=0, **kw):
        super().__init_subclass__(**kw)
        cls.sides = sides
class Tri(Shape, sides=3):
    pass
print(Tri.sides, Shape.__subclasses__())

from abc import ABC, abstractmethod
class Base(ABC):
    @abstractmethod
    def area(self): ...
    @classmethod
    def unit(cls):
        return cls(1)
    @staticmethod
    def info():
        return "shapes"
class Square(Base):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Square.unit().area(), Square.info(), Square(3).area())
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
class Half(Base):
    pass
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
