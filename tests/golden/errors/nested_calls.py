# An error three calls deep: one traceback entry per frame, innermost last.
def parse(text):
    return int(text)
def load(rows):
    return [parse(r) for r in rows]
def main():
    data = load(['1', '2', 'x'])
    print(data)
main()
