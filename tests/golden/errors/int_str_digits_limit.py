# Converting a huge int to str hits the 4300-digit limit (CPython 3.11+).
n = 10 ** 5000
print(n.bit_length())
print(str(n))
