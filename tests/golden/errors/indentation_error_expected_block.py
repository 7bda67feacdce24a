# A block that is missing after a compound statement.
for i in range(3):
print(i)
