e=AttributeError('x'); print(e.name, e.obj)
e=AttributeError('x', name='n', obj=1); print(e.name, e.obj, e.args)
class A: pass
try: A().zz
except AttributeError as e: print(e.name, type(e.obj).__name__)
try: zz
except NameError as e: print(e.name)
e = NameError('q', name='w'); print(e.name)
try: import nosuch
except ImportError as e: print(e.name, e.path, e.msg)
try: from os import nosuch
except ImportError as e: print(e.name, e.msg, e.name_from)
try: {}['k']
except KeyError as e: print(e.args)
try: open('/nonexist')
except OSError as e: print(e.errno, e.strerror, e.filename)
e = StopIteration(5); print(e.value)
try: (x for x in []).__next__()
except StopIteration as e: print(e.value)
e = SystemExit(3); print(e.code)
e = ImportError('m', name='n', path='p'); print(e.msg, e.name, e.path, e.name_from, e.__dict__, str(e), repr(e))
e = ImportError(); print(e.msg, str(e), repr(e))
e = ImportError('a','b'); print(e.msg, str(e))
try: ImportError(x=1)
except TypeError as t: print(t)
try: from os import nosuch
except ImportError as e: print(e.__dict__, e.name_from, e.name)
try: import nosuch2
except ModuleNotFoundError as e: print(e.__dict__, e.name, e.msg, str(e))
e = AttributeError('m', name='x'); print(e.name, e.obj, e.__dict__)
try: AttributeError(q=1)
except TypeError as t: print(t)
try: undefined_thing
except NameError as e: print(e.name, e.__dict__)
