# datetime objects are C structs in CPython: their sizes, and they are not tracked by the collector; a Python subclass is.
import datetime as d, sys, gc
for o in [d.date(2024,1,1), d.datetime(2024,1,1), d.datetime(2024,1,1,tzinfo=d.timezone.utc), d.time(1), d.time(1, tzinfo=d.timezone.utc), d.timedelta(1), d.timezone.utc, d.timezone(d.timedelta(hours=9))]:
    print(type(o).__name__, sys.getsizeof(o), o.__sizeof__(), gc.is_tracked(o))
class MyDate(d.date):
    pass
m = MyDate(2024, 1, 2)
print(sys.getsizeof(m), gc.is_tracked(m), m, m + d.timedelta(days=1))
print(d.datetime(2024, 5, 6, 7, 8, 9) - d.datetime(2024, 1, 1))
