# TypeError: 'NoneType' object is not subscriptable.
def find(items, target):
    for item in items:
        if item['id'] == target:
            return item
record = find([{'id': 1, 'name': 'a'}], 2)
print(record['name'])
