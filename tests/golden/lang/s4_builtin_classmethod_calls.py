# class methods of built-in types reached through an instance
print({}.fromkeys('ab'), {'x': 1}.fromkeys(range(2), 0))
print((1).from_bytes(b'\x01\x00', 'big'), (0).from_bytes(b'\xff', 'little', signed=True))
print(''.maketrans('ab', 'xy'), 'abc'.translate(''.maketrans({'a': 'A'})))
print((1.0).fromhex('0x1.8p3'), bytes().fromhex('41 42'), bytearray().fromhex('ff'))
m = {}.fromkeys
print(m('xy'), m.__self__, m.__name__)
class MyDict(dict):
    pass
print(type(MyDict().fromkeys('a')).__name__, MyDict.fromkeys('b', 1))
import collections
print(collections.OrderedDict().fromkeys('xy'), type(collections.Counter().fromkeys) if False else 'skip')
for bad in ([], {}, set()):
    try:
        {}.fromkeys([bad])
    except TypeError as e:
        print(e)
for op in ('getitem', 'get', 'contains', 'del'):
    d = {}
    try:
        if op == 'getitem': d[[1]]
        elif op == 'get': d.get([1])
        elif op == 'contains': [1] in d
        else: del d[[1]]
    except TypeError as e:
        print(op, e)
print({}.pop([1], 'default-without-hash'))
class Loud:
    def __hash__(self):
        print('hash called')
        return 1
print(Loud() in {}, {}.get(Loud()), {}.pop(Loud(), 'no hash'))
