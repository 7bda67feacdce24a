# An error inside a lambda called by sorted().
records = [{'name': 'b'}, {'name': 'a'}, {'title': 'c'}]
print(sorted(records, key=lambda r: r['name']))
