print(f"{1+}")
