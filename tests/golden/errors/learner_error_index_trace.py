def get_scores(data):
    return [row["score"] for row in data]

def average(values):
    return sum(values) / len(values)

records = [{"name": "a", "score": 90}, {"name": "b", "score": 80}]
print(average(get_scores(records)))
print(average(get_scores([])))
