x = "\d"
if x is 1: pass
def f():
    return [1, 2] [0, 1] if 0 else None
print(f)
try:
    (1, 2)(3)
except TypeError as e: print(e)
try:
    5[0]
except TypeError as e: print(e)
try:
    assert (1, "msg")
    print("a"[1.5])
except Exception as e: print(e)
y = [f"{x}" for x in (1,)][0]
print({1}[0] if False else 0, "s"[0], (1,2)[1:])
