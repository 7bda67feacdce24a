# Objects held by class attributes and by closures at exit
class Logger:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("closing logger", self.name)

class Service:
    log = Logger("class attribute")

def make():
    inner = Logger("closure cell")
    def use():
        return inner.name
    return use

use = make()
instances = {"svc": Service()}
print(use())
print("exit")
