# Empty dependencies file for test_main.
# This may be replaced when dependencies are built.
