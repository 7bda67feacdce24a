def compute(a, b, c):
    return (a +
            b) / c

def load(records):
    return [
        r["value"]
        for r in records
    ]

class Config:
    def __init__(self, **kw):
        self.__dict__.update(kw)

config = Config(
    name="demo",
    debug=True,
)
print(config.name, config.debug)
try:
    compute(1,
            2,
            0)
except ZeroDivisionError as e:
    import traceback
    traceback.print_exc()
try:
    load([{"value": 1}, {"val": 2}])
except KeyError as e:
    import traceback
    print("".join(traceback.format_exception(e)[-2:]), end="")
data = {
    "a": [1, 2, 3],
    "b": {"c": None},
}
total = (data["a"][0]
         + data["a"][1]
         + data["b"]["c"])
