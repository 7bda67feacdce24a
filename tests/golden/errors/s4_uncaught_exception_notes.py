def parse_row(row, lineno):
    try:
        return [int(x) for x in row.split()]
    except ValueError as e:
        e.add_note(f'while parsing line {lineno}: {row!r}')
        raise
rows = ['1 2 3', '4 five 6']
for i, r in enumerate(rows, 1):
    print(parse_row(r, i))
