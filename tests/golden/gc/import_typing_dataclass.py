# Imports a typed program makes, then a reference cycle between dataclass instances.
import gc
from dataclasses import dataclass, field
from typing import Optional, List


@dataclass
class Item:
    name: str
    parent: Optional["Item"] = None
    children: List["Item"] = field(default_factory=list)


print("after imports:", gc.collect())
root = Item("root")
for i in range(3):
    child = Item(f"c{i}", parent=root)
    root.children.append(child)
del root, child
print("tree collected:", gc.collect())
print("nothing left:", gc.collect())
