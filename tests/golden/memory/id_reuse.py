# id() values are memory addresses and get reused after an object is freed.
# (Only relations between ids are printed: the numbers themselves change every run.)
a = object()
first = id(a)
del a
b = object()
print('freed object memory reused by the next object of the same size:', id(b) == first)
print('temporary lists reuse memory:', id([]) == id([]))
print('but two live lists differ:', id(x := []) != id(y := []))
class C:
    pass
c1 = C()
c1_id = id(c1)
del c1
c2 = C()
print('new instance reuses the old address:', id(c2) == c1_id)
s = 'some string'
print('id of the same object is stable:', id(s) == id(s))
nums = [1000, 1000]
print('two equal literals in one list share one object:', id(nums[0]) == id(nums[1]))
print('small ints are shared:', id(5) == id(2 + 3), id(int('5')) == id(5))
print('id is an int, addresses are 16-byte aligned on 64-bit:', isinstance(id(s), int), id(object()) % 16)
print(hex(id(s)) == hex(id(s)), f'{id(s):x}' == hex(id(s))[2:])
print(repr(C())[:22], '... at 0x... addresses are masked by the golden normaliser:', repr(c2))
