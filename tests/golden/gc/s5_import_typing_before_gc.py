# PEP 8 import order puts these before gc: the first collection and the counts after them.
import typing
import gc
print(gc.get_count())
print(gc.collect(), gc.get_count(), len(gc.get_objects()))
print(gc.collect())
