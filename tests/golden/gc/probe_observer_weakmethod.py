# An event bus that stores WeakMethods so subscribers can be garbage collected
import weakref, gc

class Bus:
    def __init__(self):
        self.subs = []
    def subscribe(self, method):
        self.subs.append(weakref.WeakMethod(method, self._cleanup))
    def _cleanup(self, ref):
        self.subs.remove(ref)
        print("subscriber removed; left:", len(self.subs))
    def publish(self, msg):
        for ref in list(self.subs):
            m = ref()
            if m is not None:
                m(msg)

class Listener:
    def __init__(self, name):
        self.name = name
    def on(self, msg):
        print(self.name, "got", msg)

bus = Bus()
a = Listener("a"); b = Listener("b")
bus.subscribe(a.on); bus.subscribe(b.on)
bus.publish("hello")
del a
bus.publish("again")
b.me = b
del b
print("b in a cycle, still subscribed:", len(bus.subs))
gc.collect()
bus.publish("last")
