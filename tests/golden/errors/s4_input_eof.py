name = input("Your name: ")
print("hi", name)
