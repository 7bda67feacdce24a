# The collector's population when a script starts: gen 1 holds tuples of atoms that only a
# collection of that generation untracks, and a full collection also untracks atom-only dicts.
import gc

before = len(gc.get_objects())
young, old = len(gc.get_objects(0)), len(gc.get_objects(1))
collected = gc.collect()
after = len(gc.get_objects())
print(before, collected, after, before - after)
print(gc.get_objects(2) == [] or len(gc.get_objects(2)) == after - 1)
