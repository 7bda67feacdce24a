import string, copy
print(string.punctuation, string.ascii_letters, string.digits, repr(string.whitespace))
print(string.capwords('hello  world'))
t = string.Template('$who likes ${what}')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'))
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
print(b[1] is a[1], c[1] is a[1], c == a, c[2]['k'] is a[2]['k'])
