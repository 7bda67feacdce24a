# TypeError: str + int.
age = 30
message = 'age: ' + age
