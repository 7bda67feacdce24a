class X:
  def __hash__(self): return 2**62
class Y:
  def __hash__(self): return -1
class Z:
  def __hash__(self): return 2**70
print(hash(X()), hash(Y()), hash(Z()), {X(): 1})
import math
print([math.isqrt(i) for i in range(30)], math.isqrt(10**100+7), math.isqrt(2**200-1), math.sqrt(2**2000) if False else '')
