import traceback
def show(f):
    try:
        f()
    except Exception as e:
        print(traceback.format_exception_only(e)[-1], end='')
        print(''.join(traceback.format_exception(e)).splitlines()[-1])
class Box:
    def __init__(self):
        self.value = 1
        self.values = [1]
    def total(self):
        return valu
count = 0
show(lambda: prnt('x'))
show(lambda: attr)
show(lambda: cout)
show(lambda: Box().valeu)
show(lambda: Box().total())
show(lambda: [].apend(1))
show(lambda: 'x'.uper())
show(lambda: __import__('math').sqr(4))
show(lambda: lenght([1]))
show(lambda: Box().vlaues)
try:
    prnt
except NameError as e:
    te = traceback.TracebackException.from_exception(e)
    print(list(te.format_exception_only())[-1], end='')
    print(traceback.format_exception_only(e)[-1], end='')
    traceback.print_exc()
def uncaught():
    return attr
uncaught()
