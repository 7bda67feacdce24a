# Tracking live instances of a class with a WeakSet
import weakref

class Player:
    instances = weakref.WeakSet()
    def __init__(self, name):
        self.name = name
        Player.instances.add(self)

p1 = Player("ann"); p2 = Player("bob"); p3 = Player("cid")
print(len(Player.instances))
print(sorted(p.name for p in Player.instances))
del p2
print(sorted(p.name for p in Player.instances))
team = [p1, p3]
del p1, p3
print(len(Player.instances))
team.clear()
print(len(Player.instances))
s = weakref.WeakSet()
try:
    s.add(1)
except TypeError as e:
    print("TypeError:", e)
print(repr(s)[:8])
