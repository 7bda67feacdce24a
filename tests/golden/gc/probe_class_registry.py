# Subclass registries: classes refer to each other through __subclasses__ (weak) and __mro__ (strong)
import gc, weakref
gc.collect()

class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append(cls)

def define():
    class Plugin(Base):
        pass
    return weakref.ref(Plugin)

r = define()
print([c.__name__ for c in Base.__subclasses__()], len(Base.registry))
print(r() is not None)
Base.registry.clear()
print("still alive before collect:", r() is not None)
gc.collect()
print("after collect:", r(), Base.__subclasses__())
