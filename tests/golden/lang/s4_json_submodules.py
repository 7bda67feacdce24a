# json's submodules by name: json.decoder / json.encoder, JSONDecoder with hooks.
import gc
import json
import json.decoder
from json.decoder import JSONDecodeError
import json.encoder

print(json.decoder.JSONDecodeError is json.JSONDecodeError, JSONDecodeError)
print(json.encoder.JSONEncoder is json.JSONEncoder, json.JSONDecoder)
try:
    json.loads("{")
except JSONDecodeError as e:
    print(type(e).__module__, e, e.pos, e.lineno, e.colno)

d = json.JSONDecoder(object_hook=lambda o: sorted(o.items()))
print(d.decode('{"b": 1, "a": {"z": 0, "y": [1, 2.5]}}'))
print(json.JSONDecoder(parse_float=str).decode("[1, 2.5, 1e3]"))
print("import garbage:", gc.collect())
