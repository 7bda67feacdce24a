# Storing a bound method on its own instance makes a cycle
import gc
gc.collect()

class Button:
    def __init__(self, label):
        self.label = label
        self.on_click = self.handle
    def handle(self):
        return "clicked " + self.label
    def __del__(self):
        print("del", self.label)

b = Button("ok")
print(b.on_click())
del b
print("after del")
print("collected:", gc.collect())

class Plain:
    def go(self):
        pass
p = Plain()
m = p.go
print(m.__self__ is p)
del p
print("method keeps instance alive:", gc.collect())
del m
print("done:", gc.collect())
