scores = {'kim': [90, 80], 'lee': [], 'park': [70]}
def average(xs):
    return sum(xs) / len(xs)
for name in ['kim', 'park']:
    print(name, average(scores[name]))
averages = {name: average(vals) for name, vals in scores.items()}
