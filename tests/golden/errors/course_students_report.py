from dataclasses import dataclass, field
from statistics import mean, median, stdev
from collections import defaultdict
import json, operator
@dataclass(order=True)
class Student:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    grades: dict = field(default_factory=dict, compare=False)
    def __post_init__(self):
        self.sort_key = (-self.average, self.name)
    @property
    def average(self):
        return mean(self.grades.values()) if self.grades else 0.0
    def letter(self):
        avg = self.average
        for cutoff, letter in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
            if avg >= cutoff:
                return letter
        return "F"
roster = [
    Student("Ana", {"math": 95, "art": 88, "cs": 92}),
    Student("Ben", {"math": 72, "art": 65, "cs": 80}),
    Student("Cho", {"math": 88, "art": 91, "cs": 79}),
    Student("Dee", {}),
]
for s in sorted(roster):
    print(f"{s.name:<4} {s.average:6.2f} {s.letter()} {sorted(s.grades.items(), key=operator.itemgetter(1), reverse=True)[:1]}")
by_subject = defaultdict(list)
for s in roster:
    for subj, g in s.grades.items():
        by_subject[subj].append(g)
for subj, gs in sorted(by_subject.items()):
    print(f"{subj:>5}: mean={mean(gs):.1f} median={median(gs)} sd={stdev(gs):.3f} range={max(gs) - min(gs)}")
print(json.dumps({s.name: s.letter() for s in roster}, indent=None, separators=(", ", ": ")))
top = max(roster, key=lambda s: s.average)
print(top, top == Student("Ana"), repr(top)[:20])
hist = {l: sum(1 for s in roster if s.letter() == l) for l in "ABCDF"}
print(" ".join(f"{l}:{'#' * n}" for l, n in hist.items()))
print(hist["Z"])
