import datetime
datetime.datetime.utcnow()
datetime.datetime.utcfromtimestamp(0)
print(bool(NotImplemented))
if NotImplemented: print("yes")
def g():
    try:
        yield 1
    except ValueError:
        yield 2
x = g(); next(x); print(x.throw(ValueError, ValueError("v")))
