students = {"Kim": [88, 92, 79], "Lee": [95, 85, 91], "Park": [70, 65, 80], "Choi": [100, 98, 99]}
def average(xs):
    return sum(xs) / len(xs)
def grade(avg):
    if avg >= 90: return "A"
    elif avg >= 80: return "B"
    elif avg >= 70: return "C"
    return "F"
print(f"{'Name':<6}{'Avg':>8}{'Grade':>7}")
print("-" * 21)
for name, scores in sorted(students.items(), key=lambda kv: -average(kv[1])):
    avg = average(scores)
    print(f"{name:<6}{avg:>8.2f}{grade(avg):>7}")
all_scores = [s for v in students.values() for s in v]
mean = sum(all_scores) / len(all_scores)
var = sum((x - mean) ** 2 for x in all_scores) / len(all_scores)
print(f"mean={mean:.3f} std={var ** 0.5:.3f} max={max(all_scores)} min={min(all_scores)}")
print(sorted(all_scores)[len(all_scores) // 2], round(mean), round(mean, 1), f"{mean:.0%}", f"{0.8765:.1%}")
best = max(students, key=lambda n: max(students[n]))
print(best, {n: grade(average(s)) for n, s in students.items()})
from collections import Counter
print(Counter(grade(average(s)) for s in students.values()).most_common())
print(f"{1234567.891:,.2f} {-42:+05d} {3.14159:10.3f}| {'left':-<10}| {255:#010b} {1e-5:.2e} {123456789:e}")
print("%-8s|%8.3f|%+d" % ("x", 2.5, 3), "{:>{w}}".format("r", w=5), f"{'nested':{'>'}{10}}")
