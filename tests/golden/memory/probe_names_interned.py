def mk(): pass
class C:
    def m(self): pass
print(mk.__name__ is 'mk', mk.__qualname__ is 'mk', C.__name__ is 'C', C.__qualname__ is 'C', C.m.__name__ is 'm', C.m.__qualname__ is 'C.m', mk.__code__.co_name is 'mk')
mk.__name__ = 'other_' + 'x'
print(mk.__name__ is 'other_x', C.__module__ is '__main__', __name__ is '__main__')
import sys
print(sys.getrefcount(mk.__name__) > 100, sys.getrefcount('mk'))
