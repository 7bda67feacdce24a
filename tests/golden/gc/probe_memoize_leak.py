# A memoizing decorator that caches on self keeps instances alive; a WeakKeyDictionary does not
import gc, weakref
gc.collect()

class Model:
    live = 0
    def __init__(self):
        Model.live += 1
    def __del__(self):
        Model.live -= 1

strong_cache = {}
def predict_strong(model, x):
    key = (model, x)
    if key not in strong_cache:
        strong_cache[key] = x * 2
    return strong_cache[key]

weak_cache = weakref.WeakKeyDictionary()
def predict_weak(model, x):
    per_model = weak_cache.setdefault(model, {})
    if x not in per_model:
        per_model[x] = x * 2
    return per_model[x]

for i in range(5):
    m = Model()
    predict_strong(m, i)
del m
print("strong cache keeps:", Model.live)
strong_cache.clear()
print("after clear:", Model.live)
for i in range(5):
    m = Model()
    predict_weak(m, i)
del m
print("weak cache keeps:", Model.live, len(weak_cache))
