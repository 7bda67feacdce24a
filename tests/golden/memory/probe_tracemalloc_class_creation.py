import tracemalloc
tracemalloc.start()
b = tracemalloc.get_traced_memory()[0]
class New:
    def m(self): pass
print('class creation', tracemalloc.get_traced_memory()[0] - b)
b = tracemalloc.get_traced_memory()[0]
class NewSlots:
    __slots__ = ('a', 'b')
print('slots class creation', tracemalloc.get_traced_memory()[0] - b)
tracemalloc.stop()
