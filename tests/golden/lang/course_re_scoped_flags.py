import re
print(re.match(r"(?s:a.b)", "a\nb"), re.match(r"a(?s:.)b.", "a\nb\n"), re.findall(r"(?m:^x)", "x\nx"), re.match(r"(?i:ab)c", "ABc"), re.match(r"(?s:.*)\Z", "q\nr"))
