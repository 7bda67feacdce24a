# What does a function object refer to?
import gc

def greet(name, greeting="hello"):
    "Say hello."
    return f"{greeting}, {name}"

for r in gc.get_referents(greet):
    if isinstance(r, dict):
        print("dict", r.get("__name__"))
    elif isinstance(r, str):
        print("str", r)
    else:
        print(type(r).__name__, r if isinstance(r, tuple) else "")
print(greet.__name__ in gc.get_referents(greet))
