import csv, io
rows = [["name", "age", "note"], ["Kim", 30, "likes, commas"], ["Lee", 25.5, 'says "hi"'], ["Park", None, "multi\nline"], ["", True, " lead"]]
buf = io.StringIO()
w = csv.writer(buf)
w.writerows(rows)
print(repr(buf.getvalue()))
buf.seek(0)
r = csv.reader(buf)
for row in r:
    print(r.line_num, row)
data = "id;value\n1;'a;b'\n2;c\n"
print(list(csv.reader(io.StringIO(data), delimiter=";", quotechar="'")))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["x", "y"], lineterminator="\n")
dw.writeheader(); dw.writerow({"x": 1, "y": 2}); dw.writerows([{"x": 3}, {"y": "q"}])
print(repr(out.getvalue()))
out.seek(0)
dr = csv.DictReader(out)
print(dr.fieldnames, [row for row in dr])
b2 = io.StringIO()
csv.writer(b2, quoting=csv.QUOTE_ALL).writerow([1, "a", None])
csv.writer(b2, quoting=csv.QUOTE_NONNUMERIC).writerow([1, "a", 2.5])
print(repr(b2.getvalue()), list(csv.reader(io.StringIO('1,"a",2.5\r\n'), quoting=csv.QUOTE_NONNUMERIC)))
print(csv.list_dialects(), csv.QUOTE_MINIMAL, csv.excel.delimiter, list(csv.reader(["a, b,  c"], skipinitialspace=True)), list(csv.reader(["", "x"])))
with open("course_tmp.csv", "w", newline="") as f:
    csv.writer(f).writerows([["a", "b"], [1, 2]])
with open("course_tmp.csv", newline="") as f:
    print(list(csv.reader(f)))
import os; os.remove("course_tmp.csv")
print(next(csv.reader(["x"]))[3])
