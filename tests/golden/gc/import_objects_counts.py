# How many objects the collector tracks as modules are imported.
import gc
import os, sys, time

print("start:", len(gc.get_objects()))
import collections
print("collections:", gc.collect(), len(gc.get_objects()))
import functools
print("functools:", gc.collect(), len(gc.get_objects()))
import json
print("json:", gc.collect(), len(gc.get_objects()))
import dataclasses
print("dataclasses:", gc.collect(), len(gc.get_objects()))
