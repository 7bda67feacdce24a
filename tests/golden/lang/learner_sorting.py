from operator import itemgetter, attrgetter
from functools import cmp_to_key

students = [("alice", "B", 88), ("bob", "A", 95), ("carol", "B", 88), ("dave", "C", 70), ("eve", "A", 95)]
print(sorted(students, key=itemgetter(2), reverse=True))
print(sorted(students, key=lambda s: (-s[2], s[0])))
print(sorted(students, key=itemgetter(1, 0)))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort(key=abs)
print(nums, max(nums, key=abs), min(nums), sorted(nums, reverse=True))

class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
    def __repr__(self):
        return f"P({self.name}, {self.age})"

people = [P("x", 30), P("y", 25), P("z", 30)]
print(sorted(people, key=attrgetter("age", "name")), max(people, key=attrgetter("age")))

def compare(a, b):
    return (a > b) - (a < b)
print(sorted([5, 2, 8], key=cmp_to_key(lambda a, b: compare(b, a))))
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=lambda kv: kv[1]))
print(sorted("hello world"), sorted(set("mississippi")), list(reversed(sorted([1, 3, 2]))))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    people.sort()
except TypeError as e:
    print("TypeError:", e)
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2, 1], [1, 2], [1]]), sorted([0.5, -0.0, 0, False, True]))
