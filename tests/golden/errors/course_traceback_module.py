import traceback
import sys

def level3(x):
    return {"a": 1}[x]

def level2(x):
    return level3(x) + 1

def level1(x):
    try:
        return level2(x)
    except KeyError:
        print("format_exc:")
        print(traceback.format_exc(), end="")
        raise

try:
    level1("b")
except KeyError as e:
    print("--- print_exc to stdout")
    traceback.print_exc(file=sys.stdout)
    lines = traceback.format_exception(e)
    print(len(lines), lines[0], end="")
    print(repr(lines[-1]))
    print("".join(traceback.format_exception_only(type(e), e)), end="")
    tb = traceback.extract_tb(e.__traceback__)
    for fs in tb:
        print(fs.filename.split("/")[-1], fs.lineno, fs.name, repr(fs.line))
    print(len(traceback.format_tb(e.__traceback__)))
    print(traceback.format_tb(e.__traceback__)[-1], end="")

def risky(n):
    if n == 0:
        raise ValueError("n must not be zero")
    return 10 / n

results = []
for n in [2, 0, 5]:
    try:
        results.append(risky(n))
    except ValueError:
        traceback.print_exc()
        results.append(None)
print(results)
try:
    try:
        1 / 0
    except ZeroDivisionError as exc:
        raise RuntimeError("wrapped") from exc
except RuntimeError:
    s = traceback.format_exc()
    print(s.count("Traceback"), "direct cause" in s)
print(traceback.format_exc())
risky(0)
