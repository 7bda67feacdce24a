def read_records(lines):
    for n, line in enumerate(lines, 1):
        name, age = line.split(',')
        yield name, int(age)

def adults(records):
    for name, age in records:
        if age >= 18:
            yield name

data = ['kim,30', 'lee,17', 'park,x1']
for who in adults(read_records(data)):
    print(who)
