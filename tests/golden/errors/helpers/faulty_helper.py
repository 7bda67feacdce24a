# Helper module for errors/error_in_imported_module.py (not a program itself).
def risky(x):
    return 100 // x
