# gc.get_referrers finds the module namespace and containers
import gc

class Config:
    pass

cfg = Config()
registry = {"main": cfg}
items = [cfg]

names = []
for r in gc.get_referrers(cfg):
    if r is globals():
        names.append("module globals")
    elif r is registry:
        names.append("registry dict")
    elif r is items:
        names.append("items list")
    else:
        names.append(type(r).__name__)
print(sorted(names))

def holder():
    local_ref = cfg
    return [type(r).__name__ for r in gc.get_referrers(cfg) if type(r).__name__ == "frame"]
print(holder())
