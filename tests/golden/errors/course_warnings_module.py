import warnings

def old_api(x):
    warnings.warn("old_api is deprecated; use new_api", DeprecationWarning, stacklevel=2)
    return x * 2

def noisy():
    warnings.warn("something odd")

print(old_api(2))
noisy()
noisy()
for i in range(3):
    warnings.warn(f"loop warning {i % 2}", RuntimeWarning)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api(1)
    noisy()
    warnings.warn("custom", UserWarning)
    print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught])
    print(caught[0].lineno, caught[0].filename.split("/")[-1])
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    noisy()
    print("ignored")
warnings.filterwarnings("error", category=RuntimeWarning)
try:
    warnings.warn("now an error", RuntimeWarning)
except RuntimeWarning as e:
    print("raised:", repr(e))
class MyWarning(UserWarning):
    pass
warnings.warn("mine", MyWarning)
warnings.warn(MyWarning("instance form"))
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "line of code"), end="")
warnings.simplefilter("once")
for i in range(3):
    warnings.warn("once only")
warnings.simplefilter("error")
warnings.warn("fatal", UserWarning)
