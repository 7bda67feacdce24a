import statistics as st
from fractions import Fraction
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.mean([1, 2, 3]), st.mean([1.5, 2.5, 3.1]), st.mean([Fraction(1, 3), Fraction(2, 3)]), st.fmean([1, 2, 3, 4]))
print(st.median(data), st.median([3, 1, 2]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]), st.median([1.5, 2.5]))
print(st.mode([1, 1, 2, 3]), st.mode("aabbbc"), st.multimode("aabbcc"), st.multimode([]))
print(st.pstdev(data), st.stdev(data), st.variance(data), st.pvariance(data), st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.stdev([0.1, 0.2, 0.3, 0.4]), st.pstdev([1, 2, 3, 4, 5]), st.variance([Fraction(1, 2), Fraction(3, 4), 1]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(100), n=10, method='inclusive'), st.geometric_mean([1, 10, 100]))
scores = [88, 92, 79, 95, 85, 91, 70, 65, 80, 100, 98, 99]
print(f"mean={st.mean(scores):.2f} median={st.median(scores)} stdev={st.stdev(scores):.4f} {st.stdev(scores)}")
for bad in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.mode([]), lambda: st.median([]), lambda: st.mean(["a"])]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError))
