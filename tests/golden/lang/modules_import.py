# import of helper modules in a package next to this program; module objects, caching, attributes.
import sys
print('before import')
import modules.helper_mod
print('after import')
import modules.helper_mod as hm
from modules.helper_mod import greet, CONSTANT
from modules import other_mod
print(hm is modules.helper_mod, hm.CONSTANT, CONSTANT, greet('kim'), other_mod.VALUE, other_mod.shout('lee'))
print(hm.__name__, other_mod.__name__, modules.__name__, type(hm).__name__, hm.__package__)
print(hm.bump(), hm.bump(), modules.helper_mod.counter)
import modules.helper_mod
print('imported again: no second execution', hm.counter)
print('modules.helper_mod' in sys.modules, sys.modules['modules.helper_mod'] is hm)
print(sorted(n for n in dir(hm) if not n.startswith('__')))
print(hm.Widget(), hm._private)
from modules.other_mod import *
print(shout('star'), 'VALUE' in dir())
import importlib
again = importlib.import_module('modules.helper_mod')
print(again is hm)
try:
    import modules.no_such_module
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e, e.name)
try:
    from modules.helper_mod import missing_name
except ImportError as e:
    print('ImportError:', str(e).split(' (')[0])
import math, json
print(math.sqrt(16), json.dumps({'a': [1, 2]}), math.__name__)
from math import pi as PI, floor
print(round(PI, 2), floor(2.7))
print(__name__, hm.__file__.endswith('helper_mod.py'), hm.__spec__.name)
