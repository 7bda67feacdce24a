import json
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1}}, cls=Enc), json.dumps({"s": {3, 1}, "t": [1]}, cls=Enc, indent=2, sort_keys=True))
try:
    json.dumps({"o": object()}, cls=Enc)
except TypeError as e:
    print("TypeError:", e)
print(Enc().encode([1, {2}]), json.JSONEncoder(separators=(",", ":")).encode({"a": [1, 2]}), json.JSONEncoder.__module__)
print(json.dumps({1, 2}, default=list), isinstance(Enc(), json.JSONEncoder))
