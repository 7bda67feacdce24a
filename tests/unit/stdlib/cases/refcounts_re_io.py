import sys, re
s = 'hello world ' * 3
p = re.compile(r'o')
print(sys.getrefcount(s))
m = p.search(s)
print(sys.getrefcount(s), m.string is s)
del m
print(sys.getrefcount(s))
ms = p.findall(s); it = list(p.finditer(s))
print(sys.getrefcount(s), len(it))
del it
print(sys.getrefcount(s))
name = 'f' + 'x.txt'
f = open(name, 'w')
print(sys.getrefcount(name))
f.close(); del f
print(sys.getrefcount(name))
pat = 'w' + 'or'
print(sys.getrefcount(pat))
re.search(pat, s); re.findall(pat, s)
print(sys.getrefcount(pat), re.compile(pat) is re.compile(pat))
re.purge()
print(sys.getrefcount(pat))
