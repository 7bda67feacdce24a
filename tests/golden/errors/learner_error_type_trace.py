def make_greeting(person):
    return "Hello, " + person["name"] + "! You are " + person["age"] + " years old."

people = [{"name": "Ann", "age": "30"}, {"name": "Bob", "age": 25}]
for p in people:
    print(make_greeting(p))
